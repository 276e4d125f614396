import { memo } from 'react';
import type { TimelineEvent } from '../data/types';
import type { EventLayout } from '../layout/layoutTimeline';
import { usePlacement } from '../hooks/usePlacement';
import { EVENT_ID_ATTRIBUTE } from '../hooks/useTimelineKeyboard';
import { CategoryShape } from './CategoryShape';

/** Props of `EventMarker`: data only (events are delegated to the tab list), so memo works. */
export interface EventMarkerProps {
  event: TimelineEvent;
  item: EventLayout;
  /** Row on the track, 0 at the bottom (the cluster row when there are clusters). */
  row: number;
  /** CSS left of the box in the axis area (a share of the axis plus a pixel offset). */
  left: string;
  /** The selected marker is the track's one Tab stop (roving tabindex). */
  isSelected: boolean;
  /** A search is active and the event does not match: drawn quieter, still in its place and operable. @default false */
  isDimmed?: boolean | undefined;
  /** Id of the panel the marker controls. */
  panelId: string;
  /** Accessible name: the visible label, then the headline and date (`describeEvent`). */
  name: string;
  /** Position in time order, from 1, and the number of events (the track may not render all). */
  position: number;
  count: number;
}

/** One event on the track: a tab (WAI-ARIA tabs pattern) as wide as its marker and label. */
export const EventMarker = memo(function EventMarker({ event, item, row, left, isSelected, isDimmed = false, panelId, name, position, count }: EventMarkerProps) {
  const place = usePlacement();
  return (
    <button
      type="button"
      role="tab"
      tabIndex={isSelected ? 0 : -1}
      {...place(`ql-marker ql-marker-${item.side}${isSelected ? ' ql-marker-selected' : ''}${isDimmed ? ' ql-dimmed' : ''}`, { left, width: item.boxWidth, '--ql-lane': row })}
      aria-selected={isSelected}
      aria-controls={isSelected ? panelId : undefined}
      aria-label={name}
      aria-posinset={position}
      aria-setsize={count}
      {...{ [EVENT_ID_ATTRIBUTE]: event.id }}
    >
      <span className="ql-marker-dot">
        <CategoryShape category={event.category} />
      </span>
      {/* The track is laid out left to right (quoteline.css); the label's text takes its own direction. */}
      <span className="ql-marker-label" aria-hidden="true" dir="auto">
        {event.label}
      </span>
    </button>
  );
});
