import { estimateTextWidth } from '../scale/textWidth';
import type { EraSpan, EraTint } from './eraSpans';
import type { TrackGeometry } from './trackGeometry';

/** Font size of era labels, in pixels (`.ql-era-label` in quoteline.css). @default 12 */
export const ERA_LABEL_FONT_PX = 12;
/** Horizontal padding on each side of an era label inside its band, in pixels. @default 6 */
export const ERA_LABEL_PADDING_PX = 6;
/** Fewest characters a shortened era label keeps before its ellipsis; with less room it is left out. @default 3 */
export const MIN_ERA_LABEL_CHARS = 3;

const ELLIPSIS = '…';

/** An era as drawn on the track: a band over its span of the axis and its label at the band's start. */
export interface EraBand {
  /** Position of the era in the story's `eras`, a stable key. */
  key: number;
  /** The era's whole name. */
  label: string;
  /** The label as shown: whole, shortened with an ellipsis, or null when the band has no room for it. */
  text: string | null;
  /** The band's left edge along the axis, 0 to 1 (clipped to the axis): its start, or its end when time runs right to left. */
  fraction: number;
  /** How much of the axis the band takes, 0 to 1. */
  widthFraction: number;
  /** The label slot's left edge along the axis, 0 to 1: the slot runs from the band's start in time, rightwards or (right to left) leftwards. */
  labelFraction: number;
  /** How much of the axis the label may take from the band's start in time, 0 to 1: to the band's end or the next band's start. */
  labelWidthFraction: number;
  /** Left and right edges in pixels at the layout width. */
  x0: number;
  x1: number;
  tint: EraTint;
}

/** Options for `getEraBands`. */
export interface EraBandOptions {
  /** Measures label text. @default estimateTextWidth */
  measureText?: ((text: string, fontSizePx: number) => number) | undefined;
}

/**
 * Places eras on the axis of `geometry`, as ticks and breaks are placed: each band spans its era
 * clipped to the axis (eras wholly off it are left out), so it follows zoom and compression. Labels
 * are fitted at the layout width, the narrowest the track is drawn at: a label fits in its band up
 * to the next band's start, shortened with an ellipsis, or is left out.
 */
export function getEraBands(spans: readonly EraSpan[], geometry: TrackGeometry, options: EraBandOptions = {}): EraBand[] {
  const measure = options.measureText ?? estimateTextWidth;
  const isRtl = geometry.direction === 'rtl';
  // Worked out in time order (0 at the axis's start in time), then drawn where the geometry says.
  const clip = (time: number): number => {
    const fraction = Math.min(1, Math.max(0, geometry.timeToFraction(time)));
    return isRtl ? 1 - fraction : fraction;
  };
  const toDrawn = (from: number, to: number): number => (isRtl ? 1 - to : from);
  const placed = spans
    .map((span) => ({ span, from: clip(span.start), to: clip(span.end) }))
    .filter(({ from, to }) => to > from)
    .sort((a, b) => a.from - b.from || b.to - a.to);
  return placed.map(({ span, from, to }, index) => {
    const next = placed[index + 1];
    const labelTo = Math.min(to, next?.from ?? to);
    const fraction = toDrawn(from, to);
    const room = geometry.fractionToPx(labelTo) - geometry.fractionToPx(from) - 2 * ERA_LABEL_PADDING_PX;
    return {
      key: span.index,
      label: span.era.label,
      text: fitLabel(span.era.label, room, (text) => measure(text, ERA_LABEL_FONT_PX)),
      fraction,
      widthFraction: to - from,
      labelFraction: toDrawn(from, labelTo),
      labelWidthFraction: labelTo - from,
      x0: geometry.fractionToPx(fraction),
      x1: geometry.fractionToPx(isRtl ? 1 - from : to),
      tint: span.tint,
    };
  });
}

/** `label` if it fits in `room` px, else its longest start that fits with an ellipsis (at least `MIN_ERA_LABEL_CHARS` characters), else null. */
export function fitLabel(label: string, room: number, measure: (text: string) => number): string | null {
  if (label === '' || room <= 0) return null;
  if (measure(label) <= room) return label;
  const chars = Array.from(label);
  const shorten = (count: number): string => `${chars.slice(0, count).join('').trimEnd()}${ELLIPSIS}`;
  // Widths grow with the characters kept: find the most that fit by bisection.
  let low = MIN_ERA_LABEL_CHARS - 1;
  let high = chars.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (measure(shorten(middle)) <= room) low = middle;
    else high = middle - 1;
  }
  return low >= MIN_ERA_LABEL_CHARS ? shorten(low) : null;
}
