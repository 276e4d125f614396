import { memo, type RefObject } from 'react';
import { describeCluster } from '../a11y/describe';
import { formatCivilRange } from '../data/formatDate';
import { getNumberFormat } from '../i18n/intlCache';
import type { TimelineEvent } from '../data/types';
import { usePlacement } from '../hooks/usePlacement';
import { CLUSTER_ID_ATTRIBUTE, KEY_ZONE_ATTRIBUTE } from '../hooks/useTimelineKeyboard';
import type { EventLayout } from '../layout/layoutTimeline';
import { toBoxLeft } from './position';
import { useT } from '../hooks/useTranslator';
import type { Translator } from '../i18n/translate';

/** Props of `ClusterBadges`. */
export interface ClusterBadgesProps {
  clusters: readonly EventLayout[];
  /** The event with an id (a cluster names its first and last). */
  eventOf: (id: string) => TimelineEvent | undefined;
  locale: string;
  containerRef: RefObject<HTMLDivElement | null>;
  /** The badge that is the toolbar's one Tab stop; the first when unset. */
  activeId: string | undefined;
  onOpen: (item: EventLayout) => void;
  /** Whether an event matches the search: a badge with no match is dimmed. @default no search */
  isMatch?: ((id: string) => boolean) | undefined;
}

/** Badge names already worked out: layouts are cached, so a key step meets the same clusters again. */
const clusterNames = new WeakMap<EventLayout, { translator: Translator; locale: string; name: string }>();

function nameCluster(item: EventLayout, eventOf: (id: string) => TimelineEvent | undefined, locale: string, translator: Translator): string {
  const cached = clusterNames.get(item);
  if (cached?.locale === locale && cached.translator === translator) return cached.name;
  const first = eventOf(item.eventIds[0] ?? '');
  const last = eventOf(item.eventIds[item.eventIds.length - 1] ?? '');
  const span = first && last ? formatCivilRange(first.start, last.end ?? last.start, locale) : '';
  const name = describeCluster(item.eventIds.length, span, translator);
  clusterNames.set(item, { translator, locale, name });
  return name;
}

/**
 * Cluster badges on the axis row: a toolbar with one Tab stop (arrows move between badges). Each
 * shows a count and is named from it ("7 events, May 28 – June 3, 2024: zoom in").
 */
export const ClusterBadges = memo(function ClusterBadges({ clusters, eventOf, locale, containerRef, activeId, onOpen, isMatch }: ClusterBadgesProps) {
  const count = getNumberFormat(locale);
  const translator = useT();
  const place = usePlacement();
  const tabStop = clusters.some((item) => item.id === activeId) ? activeId : clusters[0]?.id;
  return (
    <div className="ql-clusters" role="toolbar" aria-label={translator.t('clusters.label')} ref={containerRef} {...{ [KEY_ZONE_ATTRIBUTE]: 'clusters' }}>
      {clusters.map((item) => {
        // A badge with any match stays as it is: its events are what the reader is looking for.
        const isDimmed = isMatch !== undefined && !item.eventIds.some(isMatch);
        return (
          <button
            key={item.id}
            type="button"
            {...place(isDimmed ? 'ql-cluster ql-dimmed' : 'ql-cluster', { left: toBoxLeft(item.fraction, item.boxOffset), width: item.boxWidth })}
            tabIndex={item.id === tabStop ? 0 : -1}
            aria-label={nameCluster(item, eventOf, locale, translator)}
            onClick={() => onOpen(item)}
            {...{ [CLUSTER_ID_ATTRIBUTE]: item.id }}
          >
            {count.format(item.eventIds.length)}
          </button>
        );
      })}
    </div>
  );
});
