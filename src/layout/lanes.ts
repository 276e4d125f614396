/** A horizontal extent in pixels. */
export interface Box {
  start: number;
  end: number;
}

/** Where a box list went: its lane (0 nearest the axis) and which of its boxes was used; null when no lane had room. */
export type LanePlacement = { lane: number; choice: number } | null;

/** A set of lanes filled first-fit; see `assignLanes`. */
export interface Lanes {
  place(boxes: readonly Box[]): LanePlacement;
}

/**
 * Lanes that take boxes first-fit, in anchor order: each item goes to the lowest of `maxLanes`
 * lanes where one of its boxes (in order of preference) clears every box already there by `gap`.
 */
export function createLanes(gap: number, maxLanes = Infinity): Lanes {
  const lanes: Box[][] = [];
  const frontiers: number[] = [];
  let maxWidth = 0;
  // Boxes arrive in anchor order, so an earlier box ends at most `maxWidth` after a later one's
  // end: scanning a lane back, stop once boxes end too far left to touch this one.
  const fits = (laneIndex: number, box: Box): boolean => {
    if (box.start >= (frontiers[laneIndex] ?? -Infinity) + gap) return true;
    const lane = lanes[laneIndex] ?? [];
    for (let index = lane.length - 1; index >= 0; index -= 1) {
      const other = lane[index];
      if (!other) continue;
      if (other.end + maxWidth + gap < box.start) return true;
      if (other.start < box.end + gap && other.end + gap > box.start) return false;
    }
    return true;
  };
  return {
    place(boxes) {
      for (const box of boxes) maxWidth = Math.max(maxWidth, box.end - box.start);
      for (let laneIndex = 0; laneIndex < maxLanes; laneIndex += 1) {
        for (let choice = 0; choice < boxes.length; choice += 1) {
          const box = boxes[choice];
          if (!box || !fits(laneIndex, box)) continue;
          (lanes[laneIndex] ??= []).push(box);
          frontiers[laneIndex] = Math.max(frontiers[laneIndex] ?? -Infinity, box.end);
          return { lane: laneIndex, choice };
        }
        if (laneIndex >= lanes.length) break;
      }
      return null;
    },
  };
}

/**
 * Assigns lanes first-fit, in the order given (anchors ascending: sort by marker x first). Each
 * item offers boxes in order of preference; it goes to the lowest of `maxLanes` lanes where one
 * of them clears every box already there by `gap` pixels, or gets null. Boxes in one lane never
 * overlap. Every box must contain its item's anchor.
 */
export function assignLanes(items: readonly (readonly Box[])[], gap: number, maxLanes = Infinity): LanePlacement[] {
  const lanes = createLanes(gap, maxLanes);
  return items.map((boxes) => lanes.place(boxes));
}
