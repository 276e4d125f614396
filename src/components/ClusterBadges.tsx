import type { RefObject } from 'react';
import { formatCivilRange } from '../data/formatDate';
import { getNumberFormat } from '../data/intlCache';
import type { TimelineEvent } from '../data/types';
import { CLUSTER_ID_ATTRIBUTE, KEY_ZONE_ATTRIBUTE } from '../hooks/useTimelineKeyboard';
import type { EventLayout } from '../layout/layoutTimeline';
import { toBoxLeft } from './position';

/** Props of `ClusterBadges`. */
export interface ClusterBadgesProps {
  clusters: readonly EventLayout[];
  eventsById: ReadonlyMap<string, TimelineEvent>;
  locale: string;
  containerRef: RefObject<HTMLDivElement | null>;
  /** The badge that is the toolbar's one Tab stop; the first when unset. */
  activeId: string | undefined;
  onOpen: (item: EventLayout) => void;
}

/**
 * Cluster badges on the axis row: a toolbar with one Tab stop (arrows move between badges). Each
 * shows a count and is named from it ("7 events, May 28 – June 3, 2024: zoom in").
 */
export function ClusterBadges({ clusters, eventsById, locale, containerRef, activeId, onOpen }: ClusterBadgesProps) {
  const count = getNumberFormat(locale);
  const tabStop = clusters.some((item) => item.id === activeId) ? activeId : clusters[0]?.id;
  return (
    <div className="ql-clusters" role="toolbar" aria-label="Groups of events" ref={containerRef} {...{ [KEY_ZONE_ATTRIBUTE]: 'clusters' }}>
      {clusters.map((item) => {
        const first = eventsById.get(item.eventIds[0] ?? '');
        const last = eventsById.get(item.eventIds[item.eventIds.length - 1] ?? '');
        const span = first && last ? formatCivilRange(first.start, last.end ?? last.start, locale) : '';
        return (
          <button
            key={item.id}
            type="button"
            className="ql-cluster"
            tabIndex={item.id === tabStop ? 0 : -1}
            style={{ left: toBoxLeft(item.fraction, item.boxOffset), width: item.boxWidth }}
            aria-label={`${count.format(item.eventIds.length)} events, ${span}: zoom in`}
            onClick={() => onOpen(item)}
            {...{ [CLUSTER_ID_ATTRIBUTE]: item.id }}
          >
            {count.format(item.eventIds.length)}
          </button>
        );
      })}
    </div>
  );
}
