import { useCallback, useMemo, useState } from 'react';
import type { TimelineEvent } from '../data/types';
import { MIN_ZOOM } from '../layout/viewport';

/** Options for `useTimelineState`: each value is controlled when given, and owned by the hook when not. */
export interface TimelineStateOptions {
  events: readonly TimelineEvent[];
  /** Selected event id, for a controlled timeline. */
  selectedId?: string | undefined;
  /** Event selected first, for an uncontrolled timeline (already resolved against the story). */
  initialSelectedId?: string | undefined;
  /** Called with the id of every event the reader selects. */
  onSelect?: ((id: string) => void) | undefined;
  /** Whether quiet periods are compressed, for a controlled switch. */
  compress?: boolean | undefined;
  /** Called when the reader flips the compression switch. */
  onCompressChange?: ((isCompressed: boolean) => void) | undefined;
}

/** The timeline's one state: selection, zoom and compression. */
export interface TimelineStateResult {
  /** Index of the selected event in time order (0 when the id is unknown). */
  selectedIndex: number;
  selected: TimelineEvent | undefined;
  select: (id: string) => void;
  /** Index of an event in time order, or -1; O(1). */
  indexOf: (id: string) => number;
  /** How many times the track is zoomed in; 1 shows the whole story. */
  zoom: number;
  setZoom: (zoom: number) => void;
  isCompressed: boolean;
  setCompressed: (isCompressed: boolean) => void;
}

/**
 * Owns selection, zoom and compression once for the page, the embed and the npm component:
 * controlled values win, and changes are reported through the callbacks either way.
 */
export function useTimelineState({ events, selectedId, initialSelectedId, onSelect, compress, onCompressChange }: TimelineStateOptions): TimelineStateResult {
  const [ownSelectedId, setOwnSelectedId] = useState(initialSelectedId);
  const [ownCompress, setOwnCompress] = useState(true);
  const [zoom, setZoom] = useState(MIN_ZOOM);
  const indexById = useMemo(() => {
    // A loop, not new Map(pairs): no array per event (100,000 events).
    const map = new Map<string, number>();
    events.forEach((event, index) => map.set(event.id, index));
    return map;
  }, [events]);
  const indexOf = useCallback((id: string): number => indexById.get(id) ?? -1, [indexById]);
  const isSelectionControlled = selectedId !== undefined;
  const currentId = isSelectionControlled ? selectedId : ownSelectedId;
  const selectedIndex = currentId === undefined ? 0 : Math.max(0, indexOf(currentId));

  const select = useCallback(
    (id: string): void => {
      if (!isSelectionControlled) setOwnSelectedId(id);
      onSelect?.(id);
    },
    [isSelectionControlled, onSelect],
  );
  const setCompressed = useCallback(
    (next: boolean): void => {
      if (compress === undefined) setOwnCompress(next);
      onCompressChange?.(next);
    },
    [compress, onCompressChange],
  );

  return { selectedIndex, selected: events[selectedIndex], select, indexOf, zoom, setZoom, isCompressed: compress ?? ownCompress, setCompressed };
}
