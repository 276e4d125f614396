import { useEffect, useState, type RefObject } from 'react';
import type { TrackView } from '../layout/viewport';

const EMPTY_VIEW: TrackView = { scrollLeft: 0, clientWidth: 0, trackWidth: 0 };

/**
 * What part of the track is on screen, kept current on scroll (once per frame) and resize.
 * Zero widths on the server and before mount: callers then render everything.
 */
export function useTrackView(frameRef: RefObject<HTMLElement | null>, trackRef: RefObject<HTMLElement | null>): TrackView {
  const [view, setView] = useState(EMPTY_VIEW);
  useEffect(() => {
    const frame = frameRef.current;
    const track = trackRef.current;
    if (!frame || !track) return undefined;
    let pending = 0;
    const read = (): void => {
      pending = 0;
      const next = { scrollLeft: frame.scrollLeft, clientWidth: frame.clientWidth, trackWidth: track.offsetWidth };
      setView((current) => (current.scrollLeft === next.scrollLeft && current.clientWidth === next.clientWidth && current.trackWidth === next.trackWidth ? current : next));
    };
    const schedule = (): void => {
      if (pending === 0) pending = requestAnimationFrame(read);
    };
    read();
    frame.addEventListener('scroll', schedule, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(schedule);
    observer?.observe(frame);
    observer?.observe(track);
    return () => {
      cancelAnimationFrame(pending);
      frame.removeEventListener('scroll', schedule);
      observer?.disconnect();
    };
  }, [frameRef, trackRef]);
  return view;
}
