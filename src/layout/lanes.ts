/** A horizontal extent in pixels. */
export interface Box {
  start: number;
  end: number;
}

/** Where a box list went: its lane (0 nearest the axis) and which of its boxes was used; null when no lane had room. */
export type LanePlacement = { lane: number; choice: number } | null;

/**
 * Assigns lanes first-fit, in the order given (anchors ascending: sort by marker x first). Each
 * item offers boxes in order of preference; it goes to the lowest of `maxLanes` lanes where one
 * of them clears every box already there by `gap` pixels, or gets null. Boxes in one lane never
 * overlap. Every box must contain its item's anchor.
 */
export function assignLanes(items: readonly (readonly Box[])[], gap: number, maxLanes = Infinity): LanePlacement[] {
  const lanes: Box[][] = [];
  let maxWidth = 0;
  // Boxes arrive in anchor order, so an earlier box ends at most `maxWidth` after a later one's
  // end: scanning a lane back, stop once boxes end too far left to touch this one.
  const fits = (lane: readonly Box[], box: Box): boolean => {
    for (let index = lane.length - 1; index >= 0; index -= 1) {
      const other = lane[index];
      if (!other) continue;
      if (other.end + maxWidth + gap < box.start) return true;
      if (other.start < box.end + gap && other.end + gap > box.start) return false;
    }
    return true;
  };
  return items.map((boxes) => {
    for (const box of boxes) maxWidth = Math.max(maxWidth, box.end - box.start);
    for (let laneIndex = 0; laneIndex < maxLanes; laneIndex += 1) {
      const lane = lanes[laneIndex] ?? [];
      const choice = boxes.findIndex((box) => fits(lane, box));
      const box = boxes[choice];
      if (box) {
        lane.push(box);
        lanes[laneIndex] = lane;
        return { lane: laneIndex, choice };
      }
    }
    return null;
  });
}
