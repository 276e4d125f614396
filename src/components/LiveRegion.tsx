/** Props of `LiveRegion`. */
export interface LiveRegionProps {
  message: string;
}

/** The one polite live region: announces changes that focus does not (a story loaded). */
export function LiveRegion({ message }: LiveRegionProps) {
  return (
    <div className="ql-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
}
