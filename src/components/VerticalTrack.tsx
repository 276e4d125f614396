import { memo, useEffect, useMemo, useRef, type MouseEvent } from 'react';
import { describeEventRow } from '../a11y/describe';
import { formatEventDate } from '../data/formatDate';
import type { TimelineEvent } from '../data/types';
import { EVENT_ID_ATTRIBUTE, KEY_ZONE_ATTRIBUTE, type TimelineKeyboardResult } from '../hooks/useTimelineKeyboard';
import type { EraSpan } from '../layout/eraSpans';
import { getVerticalRows } from '../layout/verticalRows';
import { formatDuration } from '../scale/durations';
import { CategoryShape } from './CategoryShape';
import { EraHeading } from './EraHeading';
import { useT } from '../hooks/useTranslator';

/** Props of `VerticalTrack`. */
export interface VerticalTrackProps {
  events: readonly TimelineEvent[];
  selectedId: string | undefined;
  locale: string;
  panelId: string;
  /** Accessible name of the tab list. */
  label: string;
  /** The keyboard model's props; absent for a size the server renders but nobody uses yet. */
  keyboard?: TimelineKeyboardResult | undefined;
  /** A marker was clicked or tapped (not chosen with keys): the panel should come into view. */
  onPointerSelect?: (() => void) | undefined;
  /** The story's eras (from `getEraSpans`), each named before its first event. @default none */
  eras?: readonly EraSpan[] | undefined;
  /** Per event index: whether it matches the search; the others are dimmed. @default no search, nothing dimmed */
  matches?: readonly boolean[] | undefined;
}

const NO_ERAS: readonly EraSpan[] = [];

/**
 * The phone timeline: time runs down the page, one row per event along a vertical axis, with a
 * labelled break where the story falls quiet. A vertical tab list (↑ ↓, and ← → still work); the
 * detail panel follows it. Each row shows the label, then its category and date (so the list
 * needs no key), and is named by what it shows, then the headline (`describeEventRow`).
 */
export function VerticalTrack({ events, selectedId, locale, panelId, label, keyboard, onPointerSelect, eras = NO_ERAS, matches }: VerticalTrackProps) {
  const rows = useMemo(() => getVerticalRows(events, eras), [events, eras]);
  const tablist = keyboard?.tablistProps;
  const ownRef = useRef<HTMLDivElement | null>(null);
  // The keyboard model's ref when live (its roving focus finds the markers there), else our own.
  const listRef = tablist?.ref ?? ownRef;

  // Keyboard steps keep the focused row on screen (the page scrolls, as little as needed).
  useEffect(() => {
    const list = listRef.current;
    if (!list || selectedId === undefined || !list.contains(document.activeElement)) return;
    const marker = list.querySelector(`[${EVENT_ID_ATTRIBUTE}="${selectedId.replace(/["\\]/g, '\\$&')}"]`);
    marker?.scrollIntoView({ block: 'nearest' });
  }, [listRef, selectedId]);

  const onClick = (event: MouseEvent<HTMLElement>): void => {
    tablist?.onClick(event);
    // detail 0: Enter or Space on a focused tab, which moves focus to the panel itself.
    if (event.detail > 0 && event.target instanceof Element && event.target.closest(`[${EVENT_ID_ATTRIBUTE}]`)) onPointerSelect?.();
  };

  return (
    <div className={matches ? 'ql-vtrack ql-searching' : 'ql-vtrack'}>
      <div className="ql-vlist" role="tablist" aria-label={label} aria-orientation="vertical" ref={listRef} onClick={onClick} onFocus={tablist?.onFocus} {...{ [KEY_ZONE_ATTRIBUTE]: 'track' }}>
        {rows.map((row) => {
          if (row.kind === 'era') return <EraHeading key={`era-${row.span.index}`} span={row.span} locale={locale} />;
          if (row.kind === 'break') {
            return (
              <div key={`break-${row.start}`} className="ql-vbreak" aria-hidden="true">
                {formatDuration(row.end - row.start, locale)}
              </div>
            );
          }
          const event = events[row.index];
          if (!event) return null;
          return (
            <VerticalMarker
              key={event.id}
              event={event}
              isSelected={event.id === selectedId}
              isDimmed={matches !== undefined && matches[row.index] !== true}
              panelId={panelId}
              position={row.index + 1}
              count={events.length}
              locale={locale}
            />
          );
        })}
      </div>
    </div>
  );
}

/** Props of `VerticalMarker`: data only (clicks and focus are delegated to the list), so memo works. */
interface VerticalMarkerProps {
  event: TimelineEvent;
  isSelected: boolean;
  /** A search is active and the event does not match. */
  isDimmed: boolean;
  panelId: string;
  /** Position in time order, from 1, and the number of events. */
  position: number;
  count: number;
  locale: string;
}

/** One row of the phone list: a tab showing label, category and date. A key step re-renders two. */
const VerticalMarker = memo(function VerticalMarker({ event, isSelected, isDimmed, panelId, position, count, locale }: VerticalMarkerProps) {
  const dateText = formatEventDate(event, locale);
  const translator = useT();
  return (
    <button
      type="button"
      role="tab"
      tabIndex={isSelected ? 0 : -1}
      className={`ql-vmarker${isSelected ? ' ql-marker-selected' : ''}${isDimmed ? ' ql-dimmed' : ''}`}
      aria-selected={isSelected}
      aria-controls={isSelected ? panelId : undefined}
      aria-label={describeEventRow(event.label, event.category.label, dateText, event.headline, translator)}
      aria-posinset={position}
      aria-setsize={count}
      {...{ [EVENT_ID_ATTRIBUTE]: event.id }}
    >
      <span className="ql-marker-dot">
        <CategoryShape category={event.category} />
      </span>
      <span className="ql-vmarker-text" aria-hidden="true">
        <span className="ql-vmarker-label">{event.label}</span> {/* Engines' Intl data differ in small ways: keep the prerendered text if so. */}
        <span className="ql-vmarker-date" suppressHydrationWarning>
          {`${event.category.label} · ${dateText}`}
        </span>
      </span>
    </button>
  );
});
