import { useCallback, useMemo, useRef, type KeyboardEvent } from 'react';
import { isTypingTarget, keyToIntent } from '../a11y/keys';
import { createMonthDelegate, isMoveIntent, moveFocus } from '../a11y/navigation';
import type { TimelineEvent } from '../data/types';

/** Options for `useTimelineNavigation`. */
export interface TimelineNavigationOptions {
  events: readonly TimelineEvent[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  /** Called for Enter/Space on a marker: move focus into the panel. */
  onOpen: () => void;
  /** Mirror ←/→ for right-to-left pages. @default false */
  isRtl?: boolean;
}

/** Prop bags and focus helpers for the marker track (WAI-ARIA tabs pattern, automatic activation). */
export interface TimelineNavigationResult {
  /** Spread on the element with role="tablist". */
  tablistProps: { onKeyDown: (event: KeyboardEvent<HTMLElement>) => void };
  /** Ref callback and tabindex for one marker: the selected marker is the single Tab stop. */
  getMarkerProps: (id: string) => { ref: (element: HTMLButtonElement | null) => void; tabIndex: 0 | -1 };
  /** Moves focus to a marker, scrolling the page and the track only as far as needed to show it. */
  focusMarker: (id: string) => void;
}

/**
 * Keyboard model of the track: arrows, Home/End and PageUp/PageDown move focus between markers in
 * time order, and selection follows focus; Enter/Space open the panel. Only keys it handles are
 * prevented, so page scrolling and the host's shortcuts keep working.
 */
export function useTimelineNavigation({ events, selectedId, onSelect, onOpen, isRtl = false }: TimelineNavigationOptions): TimelineNavigationResult {
  const markers = useRef(new Map<string, HTMLButtonElement>());
  const delegate = useMemo(() => createMonthDelegate(events.map((event) => event.time)), [events]);
  const selectedIndex = Math.max(0, events.findIndex((event) => event.id === selectedId));

  const focusMarker = useCallback((id: string) => {
    const marker = markers.current.get(id);
    if (!marker) return;
    marker.focus({ preventScroll: true });
    // The reader moved: show the marker, by the least scrolling (the frame re-centres it after).
    const isReduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    marker.scrollIntoView?.({ block: 'nearest', inline: 'nearest', behavior: isReduced ? 'auto' : 'smooth' });
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    if (isTypingTarget(event.target instanceof HTMLElement ? event.target : null)) return;
    const intent = keyToIntent(event, { isRtl });
    if (intent === 'open') {
      event.preventDefault();
      onOpen();
      return;
    }
    if (intent === null || !isMoveIntent(intent)) return;
    event.preventDefault();
    const next = events[moveFocus(selectedIndex, intent, delegate)];
    if (!next) return;
    onSelect(next.id);
    focusMarker(next.id);
  };

  const getMarkerProps = (id: string) => ({
    ref: (element: HTMLButtonElement | null) => {
      if (element) markers.current.set(id, element);
      else markers.current.delete(id);
    },
    tabIndex: id === (events[selectedIndex]?.id ?? '') ? (0 as const) : (-1 as const),
  });

  return { tablistProps: { onKeyDown }, getMarkerProps, focusMarker };
}
