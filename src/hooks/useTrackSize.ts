import { useState, useSyncExternalStore, type RefObject } from 'react';
import { MIN_TRACK_WIDTH_PX } from '../layout/layoutTimeline';
import { getTrackSize, type TrackSize } from '../layout/trackSizes';
import { useIsomorphicLayoutEffect } from './motion';

const subscribeNever = (): (() => void) => () => undefined;

/**
 * False on the server and while hydrating the server's HTML, true in a browser render after that:
 * the server renders every track size, the browser one.
 */
export function useIsClientRender(): boolean {
  return useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
}

/** Width of an element's content box in CSS px, fractions kept: what its container queries see. */
function readContentWidth(element: HTMLElement): number {
  const style = getComputedStyle(element);
  const px = (value: string): number => Number.parseFloat(value) || 0;
  return element.getBoundingClientRect().width - px(style.paddingLeft) - px(style.paddingRight) - px(style.borderLeftWidth) - px(style.borderRightWidth);
}

const isSame = (a: TrackSize | undefined, b: TrackSize): boolean =>
  a !== undefined && a.orientation === b.orientation && (a.orientation === 'vertical' || (b.orientation === 'horizontal' && a.width === b.width));

/**
 * The track size the timeline's container calls for (`getTrackSize` of its content width), measured
 * before the browser paints and kept current on resize; undefined until measured. It re-renders
 * only when the size changes, not on every pixel of a resize.
 */
export function useTrackSize(containerRef: RefObject<HTMLElement | null>): TrackSize | undefined {
  const [size, setSize] = useState<TrackSize | undefined>(undefined);
  useIsomorphicLayoutEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    const update = (width: number): void => {
      // A container with no width is not laid out (display: none, or no layout engine): the
      // narrowest horizontal track until it has one; the phone list is for narrow screens.
      const next: TrackSize = width > 0 ? getTrackSize(width) : { orientation: 'horizontal', width: MIN_TRACK_WIDTH_PX };
      setSize((current) => (isSame(current, next) ? current : next));
    };
    update(readContentWidth(container));
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentBoxSize[0];
      update(box ? box.inlineSize : readContentWidth(container));
    });
    observer.observe(container);
    return () => observer.disconnect();
  }, [containerRef]);
  return size;
}
