import type { TimelineEvent } from '../data/types';
import type { EventLayout } from '../layout/layoutTimeline';
import { CategoryShape } from './CategoryShape';

/** Props of `EventMarker`. */
export interface EventMarkerProps {
  event: TimelineEvent;
  item: EventLayout;
  /** Top of the marker's lane, in pixels from the track's top. */
  top: number;
  isSelected: boolean;
  onSelect: (id: string) => void;
  /** Id of the panel the marker controls. */
  panelId: string;
  /** Accessible date text, e.g. "May 27, 2024". */
  dateText: string;
}

/** A marker and its label on the track: one button, as wide as its label box. */
export function EventMarker({ event, item, top, isSelected, onSelect, panelId, dateText }: EventMarkerProps) {
  const markerOffset = item.x - item.boxStart;
  return (
    <button
      type="button"
      className={`ql-marker ql-marker-${item.side}${isSelected ? ' ql-marker-selected' : ''}`}
      style={{ left: item.boxStart, top, width: item.boxWidth, ['--ql-marker-x' as string]: `${markerOffset}px` }}
      aria-pressed={isSelected}
      aria-controls={panelId}
      aria-label={`${event.headline}, ${dateText}`}
      data-event-id={event.id}
      onClick={() => onSelect(event.id)}
    >
      <span className="ql-marker-dot">
        <CategoryShape category={event.category} />
      </span>
      <span className="ql-marker-label">{event.label}</span>
    </button>
  );
}
