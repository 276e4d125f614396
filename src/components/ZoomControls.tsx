import { memo } from 'react';
/** Props of `ZoomControls`. */
export interface ZoomControlsProps {
  canZoomIn: boolean;
  canZoomOut: boolean;
  isAll: boolean;
  isCompressed: boolean;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onShowAll: () => void;
  onCompressChange: (isCompressed: boolean) => void;
}

/**
 * Props that make a button unavailable without taking it out of the focus order: a focused button
 * that became `disabled` (Show all, once pressed) would drop the reader's focus to <body>.
 */
function availability(isAvailable: boolean, onPress: () => void) {
  return { 'aria-disabled': !isAvailable, onClick: isAvailable ? onPress : undefined };
}

/** Zoom buttons and the compression switch. */
export const ZoomControls = memo(function ZoomControls({ canZoomIn, canZoomOut, isAll, isCompressed, onZoomIn, onZoomOut, onShowAll, onCompressChange }: ZoomControlsProps) {
  return (
    <div className="ql-zoom" role="group" aria-label="Zoom">
      <button type="button" className="ql-button ql-zoom-button" aria-keyshortcuts="+" {...availability(canZoomIn, onZoomIn)} aria-label="Zoom in">
        <span aria-hidden="true">+</span>
      </button>
      <button type="button" className="ql-button ql-zoom-button" aria-keyshortcuts="-" {...availability(canZoomOut, onZoomOut)} aria-label="Zoom out">
        <span aria-hidden="true">−</span>
      </button>
      <button type="button" className="ql-button ql-zoom-all" aria-keyshortcuts="0" {...availability(!isAll, onShowAll)}>
        Show all
      </button>
      <button type="button" role="switch" aria-checked={isCompressed} className="ql-button ql-switch" onClick={() => onCompressChange(!isCompressed)}>
        <span className="ql-switch-track" aria-hidden="true">
          <span className="ql-switch-thumb" />
        </span>
        Compress quiet periods
      </button>
    </div>
  );
});
