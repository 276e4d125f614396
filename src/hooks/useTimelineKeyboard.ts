import { useCallback, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import { isTypingTarget, keyToIntent } from '../a11y/keys';
import { moveAmongMatches, type MatchNavigation } from '../a11y/matchNavigation';
import { createMonthDelegate, isMoveIntent, moveFocus } from '../a11y/navigation';
import { createListDelegate, getCommand, type KeyZone, type TimelineCommand } from '../a11y/transition';
import type { TimelineEvent } from '../data/types';
import { getPanScroll } from '../layout/viewport';
import { getScrollBehavior, useIsomorphicLayoutEffect } from './motion';
import { revealMarker } from './reveal';
import { useRovingFocus } from './useRovingFocus';

/** Attribute that names a marker's event. */
export const EVENT_ID_ATTRIBUTE = 'data-event-id';
/** Attribute that names a cluster badge. */
export const CLUSTER_ID_ATTRIBUTE = 'data-cluster-id';
/** Attribute that names a keyboard zone of the timeline: track, panel, clusters or overview. */
export const KEY_ZONE_ATTRIBUTE = 'data-ql-keys';

/** Options for `useTimelineKeyboard`. */
export interface TimelineKeyboardOptions {
  events: readonly TimelineEvent[];
  selectedIndex: number;
  select: (id: string) => void;
  /** Enter/Space on a marker: move focus into the panel. */
  onOpenPanel: () => void;
  onOpenHelp: () => void;
  /** + − and 0. */
  onZoom: (factor: number) => void;
  onZoomReset: () => void;
  /** The track's scrolling frame and the track, for the overview's keys. */
  frameRef: RefObject<HTMLDivElement | null>;
  trackRef: RefObject<HTMLDivElement | null>;
  /** How the markers run: vertical (the phone list) makes ↑ and ↓ move too. @default 'horizontal' */
  orientation?: 'horizontal' | 'vertical' | undefined;
  /** A right-to-left timeline: ← and → swap on the track, the badges and the overview (time runs right to left). @default false */
  isRtl?: boolean | undefined;
  /** While a search is active: moves on the track go among the matches only. @default every event */
  matchNavigation?: MatchNavigation | undefined;
  /** `/`: move focus to the search field. @default the key is left alone */
  onFocusSearch?: (() => void) | undefined;
}

/** Prop bags and focus helpers of the timeline's keyboard model. */
export interface TimelineKeyboardResult {
  /** Spread on the timeline's root: its one key handler. */
  rootProps: { onKeyDown: (event: KeyboardEvent<HTMLElement>) => void };
  /** Spread on the tab list: clicks and focus on markers are delegated there. */
  tablistProps: {
    ref: RefObject<HTMLDivElement | null>;
    onClick: (event: MouseEvent<HTMLElement>) => void;
    onFocus: (event: FocusEvent<HTMLElement>) => void;
  };
  /** Put on the cluster toolbar. */
  clustersRef: RefObject<HTMLDivElement | null>;
  /** The badge that is the toolbar's Tab stop (the first when unset). */
  activeClusterId: string | undefined;
  /** Moves focus to an event's marker once it is rendered. */
  focusMarker: (id: string) => void;
}

function getZone(target: EventTarget | null): KeyZone | 'clusters' | 'overview' | null {
  if (!(target instanceof Element)) return null;
  if (target.closest('dialog')) return null; // the help dialog handles its own keys
  const zone = target.closest(`[${KEY_ZONE_ATTRIBUTE}]`)?.getAttribute(KEY_ZONE_ATTRIBUTE);
  return zone === 'track' || zone === 'panel' || zone === 'clusters' || zone === 'overview' ? zone : 'other';
}

/**
 * The timeline's keyboard model, wired: one handler classifies each key once (`keyToIntent`), finds
 * the zone it was pressed in, and carries out the pure transition (`getCommand`, or roving focus on
 * the cluster badges, or a pan of the overview). Only handled keys are prevented, so page
 * scrolling and the host's shortcuts keep working, and keys typed in text fields are never ours.
 * A focus request lives only for the render that answers the key press that made it.
 */
export function useTimelineKeyboard(options: TimelineKeyboardOptions): TimelineKeyboardResult {
  const { events, selectedIndex, select, onOpenPanel, onOpenHelp, onZoom, onZoomReset, frameRef, trackRef, orientation = 'horizontal', isRtl = false, matchNavigation, onFocusSearch } = options;
  const markers = useRovingFocus<HTMLDivElement>(EVENT_ID_ATTRIBUTE);
  const clusters = useRovingFocus<HTMLDivElement>(CLUSTER_ID_ATTRIBUTE);
  const [activeClusterId, setActiveClusterId] = useState<string | undefined>(undefined);
  const pendingFocus = useRef<string | null>(null);
  const delegate = useMemo(() => createMonthDelegate(events.map((event) => event.time)), [events]);
  const selectedId = events[selectedIndex]?.id;
  const { focusItem } = markers;

  const focusMarker = useCallback(
    (id: string) => {
      // A marker that is culled or inside a cluster exists only after the selection re-renders.
      if (!focusItem(id)) pendingFocus.current = id;
    },
    [focusItem],
  );

  useIsomorphicLayoutEffect(() => {
    const id = pendingFocus.current;
    pendingFocus.current = null;
    if (id !== null) markers.focusItem(id);
  });

  const run = (command: TimelineCommand): void => {
    switch (command.type) {
      case 'select': {
        const next = events[command.index];
        if (!next) return;
        select(next.id);
        pendingFocus.current = next.id;
        return;
      }
      case 'focusMarker': {
        const marker = selectedId === undefined ? null : markers.focusItem(selectedId);
        if (marker && frameRef.current) revealMarker(frameRef.current, marker);
        return;
      }
      case 'openPanel':
        onOpenPanel();
        return;
      case 'openHelp':
        onOpenHelp();
        return;
      case 'zoom':
        onZoom(command.factor);
        return;
      case 'zoomReset':
        onZoomReset();
        return;
      case 'focusSearch':
        onFocusSearch?.();
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    if (event.defaultPrevented || isTypingTarget(event.target instanceof HTMLElement ? event.target : null)) return;
    const zone = getZone(event.target);
    if (zone === null) return;
    // The overview is a slider: ↑ and → (← right to left) move it later in time.
    const intent = keyToIntent(event, zone === 'overview' ? { orientation: 'vertical', isUpNext: true, isRtl } : zone === 'track' ? { orientation, isRtl } : { isRtl });
    if (intent === null) return;
    if (zone === 'clusters' && isMoveIntent(intent)) {
      const badges = Array.from(clusters.containerRef.current?.querySelectorAll<HTMLElement>(`[${CLUSTER_ID_ATTRIBUTE}]`) ?? []);
      const key = clusters.getKey(event.target);
      const index = badges.findIndex((badge) => badge.getAttribute(CLUSTER_ID_ATTRIBUTE) === key);
      const next = badges[moveFocus(index, intent, createListDelegate(badges.length))]?.getAttribute(CLUSTER_ID_ATTRIBUTE);
      if (next) {
        setActiveClusterId(next);
        clusters.focusItem(next);
      }
      event.preventDefault();
      return;
    }
    if (zone === 'overview' && isMoveIntent(intent)) {
      const frame = frameRef.current;
      const track = trackRef.current;
      if (frame && track)
        frame.scrollTo({
          left: getPanScroll(intent, { scrollLeft: frame.scrollLeft, clientWidth: frame.clientWidth, trackWidth: track.offsetWidth }, isRtl ? 'rtl' : 'ltr'),
          behavior: getScrollBehavior(),
        });
      event.preventDefault();
      return;
    }
    if (zone === 'track' && matchNavigation && isMoveIntent(intent)) {
      const index = moveAmongMatches(selectedIndex, intent, matchNavigation);
      event.preventDefault();
      run(index === selectedIndex ? { type: 'focusMarker' } : { type: 'select', index });
      return;
    }
    const command = getCommand(intent, { zone: zone === 'clusters' || zone === 'overview' ? 'other' : zone, selectedIndex, delegate });
    if (command === null || (command.type === 'focusSearch' && !onFocusSearch)) return;
    event.preventDefault();
    run(command);
  };

  const onClick = (event: MouseEvent<HTMLElement>): void => {
    const id = markers.getKey(event.target);
    if (id !== undefined) select(id);
  };

  // Selection follows focus (tabs with automatic activation), however focus arrived.
  const onFocus = (event: FocusEvent<HTMLElement>): void => {
    const id = markers.getKey(event.target);
    if (id !== undefined && id !== selectedId) select(id);
  };

  return {
    rootProps: { onKeyDown },
    tablistProps: { ref: markers.containerRef, onClick, onFocus },
    clustersRef: clusters.containerRef,
    activeClusterId,
    focusMarker,
  };
}
