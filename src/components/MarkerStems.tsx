import type { EventLayout } from '../layout/layoutTimeline';
import { toPercent } from './position';

/** Props of `MarkerStems`. */
export interface MarkerStemsProps {
  /** Markers with the row each sits in. */
  markers: readonly { item: EventLayout; row: number }[];
  selectedId: string | undefined;
}

/** The stems that tie each marker to its time on the axis. */
export function MarkerStems({ markers, selectedId }: MarkerStemsProps) {
  return markers.map(({ item, row }) => (
    <div key={item.id} className={`ql-stem${item.id === selectedId ? ' ql-stem-selected' : ''}`} style={{ left: toPercent(item.fraction), ['--ql-lane' as string]: row }} />
  ));
}
