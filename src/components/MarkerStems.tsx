import { usePlacement } from '../hooks/usePlacement';
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
  const place = usePlacement();
  return markers.map(({ item, row }) => <div key={item.id} {...place(`ql-stem${item.id === selectedId ? ' ql-stem-selected' : ''}`, { left: toPercent(item.fraction), '--ql-lane': row })} />);
}
