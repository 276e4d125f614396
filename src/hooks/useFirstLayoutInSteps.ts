import { useEffect, useState } from 'react';
import type { TimelineEvent } from '../data/types';
import { hasTimelineLayout, stepTimelineLayout, type TimelineLayoutOptions } from '../layout/trackLayout';

/**
 * Stories with more events than this make their track's first layout in steps, a task each, after
 * the render that shows the selected event's panel: laying out 100,000 events at once held the
 * page for longer than a reader should wait for a key press. @default 10,000
 */
export const STEPPED_LAYOUT_EVENTS = 10_000;

/**
 * Whether the track's layout can be rendered now. For a story over `STEPPED_LAYOUT_EVENTS`, the
 * first layout is made in steps (`stepTimelineLayout`), giving the page a turn between them, and
 * this is false until it is done; later layouts (zoom, resize) are made when rendered, as for any
 * story. `options.width` undefined: no layout is wanted yet.
 */
export function useFirstLayoutInSteps({ events, locale, zoom, compress, width, focus, direction }: TimelineLayoutOptions): boolean {
  const [laidOut, setLaidOut] = useState<readonly TimelineEvent[] | null>(null);
  const isStepped = events.length > STEPPED_LAYOUT_EVENTS && laidOut !== events && width !== undefined;
  const isReady = !isStepped || hasTimelineLayout({ events, locale, zoom, compress, width, focus, direction });
  useEffect(() => {
    if (isReady) return undefined;
    const steps = stepTimelineLayout({ events, locale, zoom, compress, width, focus, direction });
    const step = (): void => {
      if (steps.next().done) setLaidOut(events);
      else handle = setTimeout(step, 0);
    };
    let handle = setTimeout(step, 0);
    return () => clearTimeout(handle);
  }, [isReady, events, locale, zoom, compress, width, focus, direction]);
  // A first layout made some other way (cached): later ones are made when rendered.
  if (isReady && isStepped) setLaidOut(events);
  return isReady;
}
