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

/** Zoom buttons and the compression switch. */
export function ZoomControls({ canZoomIn, canZoomOut, isAll, isCompressed, onZoomIn, onZoomOut, onShowAll, onCompressChange }: ZoomControlsProps) {
  return (
    <div className="ql-zoom" role="group" aria-label="Zoom">
      <button type="button" className="ql-button ql-zoom-button" aria-keyshortcuts="+" disabled={!canZoomIn} onClick={onZoomIn} aria-label="Zoom in">
        <span aria-hidden="true">+</span>
      </button>
      <button type="button" className="ql-button ql-zoom-button" aria-keyshortcuts="-" disabled={!canZoomOut} onClick={onZoomOut} aria-label="Zoom out">
        <span aria-hidden="true">−</span>
      </button>
      <button type="button" className="ql-button ql-zoom-all" aria-keyshortcuts="0" disabled={isAll} onClick={onShowAll}>
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
}
