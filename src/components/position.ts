/** A fraction of the axis as a CSS percentage of the axis area. */
export function toPercent(fraction: number): string {
  return `${(fraction * 100).toFixed(4)}%`;
}

/** CSS `left` of a box: its marker's fraction of the axis plus the box's offset from the marker, in px. */
export function toBoxLeft(fraction: number, offsetPx: number): string {
  return `calc(${toPercent(fraction)} + ${offsetPx.toFixed(2)}px)`;
}
