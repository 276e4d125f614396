import { memo } from 'react';
import { useT } from '../hooks/useTranslator';
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
  const { t } = useT();
  return (
    <div className="ql-zoom" role="group" aria-label={t('zoom.label')}>
      <button type="button" className="ql-button ql-zoom-button" aria-keyshortcuts="+" {...availability(canZoomIn, onZoomIn)} aria-label={t('zoom.in')}>
        <span aria-hidden="true">+</span>
      </button>
      <button type="button" className="ql-button ql-zoom-button" aria-keyshortcuts="-" {...availability(canZoomOut, onZoomOut)} aria-label={t('zoom.out')}>
        <span aria-hidden="true">−</span>
      </button>
      <button type="button" className="ql-button ql-zoom-all" aria-keyshortcuts="0" {...availability(!isAll, onShowAll)}>
        {t('zoom.all')}
      </button>
      <button type="button" role="switch" aria-checked={isCompressed} className="ql-button ql-switch" onClick={() => onCompressChange(!isCompressed)}>
        <span className="ql-switch-track" aria-hidden="true">
          <span className="ql-switch-thumb" />
        </span>
        {t('zoom.compress')}
      </button>
    </div>
  );
});
