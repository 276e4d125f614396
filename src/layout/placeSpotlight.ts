import { getBoxWidth, getLabelBoxes, type EventLayout } from './layoutTimeline';
import type { TrackGeometry } from './trackGeometry';

/** What the spotlight needs of the selected event. */
export interface SpotlightInput {
  id: string;
  time: number;
  label: string;
}

/**
 * The box of a selected event that has no marker of its own (it is in a cluster): it gets a row of
 * its own above the lanes, its label on the side that fits, chosen as `layoutTimeline` chooses.
 */
export function placeSpotlight(event: SpotlightInput, geometry: TrackGeometry, labelWidth: number): EventLayout {
  const x = geometry.timeToPx(event.time);
  const [box] = getLabelBoxes(x, getBoxWidth(labelWidth), geometry.layoutWidth);
  const side = box?.side ?? 'right';
  const start = box?.start ?? x;
  const end = box?.end ?? x;
  return { id: event.id, eventIds: [event.id], x, fraction: geometry.pxToFraction(x), lane: 0, side, boxStart: start, boxOffset: start - x, boxWidth: end - start };
}
