import { useCallback, useMemo, useRef, type FocusEvent, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import { isTypingTarget, keyToIntent } from '../a11y/keys';
import { createMonthDelegate, isMoveIntent, moveFocus } from '../a11y/navigation';
import type { TimelineEvent } from '../data/types';
import { getScrollBehavior, useIsomorphicLayoutEffect } from './motion';

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
  /** Spread on the element with role="tablist": keys, clicks and focus are delegated there. */
  tablistProps: {
    ref: RefObject<HTMLDivElement | null>;
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
    onClick: (event: MouseEvent<HTMLElement>) => void;
    onFocus: (event: FocusEvent<HTMLElement>) => void;
  };
  /** Moves focus to an event's marker once it is rendered, scrolling only as far as needed to show it. */
  focusMarker: (id: string) => void;
}

/** Attribute that names a marker's event. */
export const EVENT_ID_ATTRIBUTE = 'data-event-id';

function getEventId(target: EventTarget | null): string | undefined {
  if (!(target instanceof Element)) return undefined;
  return target.closest(`[${EVENT_ID_ATTRIBUTE}]`)?.getAttribute(EVENT_ID_ATTRIBUTE) ?? undefined;
}

/**
 * Keyboard model of the track: arrows, Home/End and PageUp/PageDown move focus between markers in
 * time order, and selection follows focus; Enter/Space open the panel. Only keys it handles are
 * prevented, so page scrolling and the host's shortcuts keep working. Handlers are delegated to the
 * tab list, so markers carry no callbacks and re-render only when their own data changes. The
 * selected event's marker is always rendered (even culled or clustered), so focus can always land.
 */
export function useTimelineNavigation({ events, selectedId, onSelect, onOpen, isRtl = false }: TimelineNavigationOptions): TimelineNavigationResult {
  const tablistRef = useRef<HTMLDivElement | null>(null);
  const pendingFocus = useRef<string | null>(null);
  const delegate = useMemo(() => createMonthDelegate(events.map((event) => event.time)), [events]);
  const selectedIndex = Math.max(0, events.findIndex((event) => event.id === selectedId));

  const focusNow = useCallback((id: string): boolean => {
    // Ids are kebab-case; escaping quotes and backslashes keeps any string a valid selector.
    const marker = tablistRef.current?.querySelector<HTMLElement>(`[${EVENT_ID_ATTRIBUTE}="${id.replace(/["\\]/g, '\\$&')}"]`);
    if (!marker) return false;
    marker.focus({ preventScroll: true });
    marker.scrollIntoView?.({ block: 'nearest', inline: 'nearest', behavior: getScrollBehavior() });
    return true;
  }, []);

  const focusMarker = useCallback(
    (id: string) => {
      if (!focusNow(id)) pendingFocus.current = id;
    },
    [focusNow],
  );

  // A marker that was culled or inside a cluster exists only after the selection re-renders. The
  // request lives for that one render only: left pending, a later render (a zoom button, a search
  // field) would pull focus back to the track from wherever the reader has moved it (issue #9).
  useIsomorphicLayoutEffect(() => {
    const id = pendingFocus.current;
    pendingFocus.current = null;
    if (id !== null) focusNow(id);
  });

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
    // At either end the selection does not change, so nothing re-renders: focus now or never.
    if (next.id === selectedId) {
      focusNow(next.id);
      return;
    }
    onSelect(next.id);
    pendingFocus.current = next.id;
  };

  const onClick = (event: MouseEvent<HTMLElement>): void => {
    const id = getEventId(event.target);
    if (id !== undefined) onSelect(id);
  };

  // Selection follows focus (tabs with automatic activation), however focus arrived.
  const onFocus = (event: FocusEvent<HTMLElement>): void => {
    const id = getEventId(event.target);
    if (id !== undefined && id !== selectedId) onSelect(id);
  };

  return { tablistProps: { ref: tablistRef, onKeyDown, onClick, onFocus }, focusMarker };
}
