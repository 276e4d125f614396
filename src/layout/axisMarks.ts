import type { BreakMark, Tick } from '../scale/ticks';
import type { TrackGeometry } from './trackGeometry';

/** A tick placed along the axis. */
export interface PositionedTick extends Tick {
  /** Position along the axis, 0 to 1. */
  fraction: number;
}

/** A break placed along the axis. */
export interface PositionedBreak extends BreakMark {
  /** Where the break starts along the axis, 0 to 1. */
  fraction: number;
  /** How much of the axis the break takes, 0 to 1. */
  widthFraction: number;
}

/** Places ticks and breaks along the axis of `geometry`, once per layout. */
export function positionAxisMarks(ticks: readonly Tick[], breaks: readonly BreakMark[], geometry: TrackGeometry): { ticks: PositionedTick[]; breaks: PositionedBreak[] } {
  return {
    ticks: ticks.map((tick) => ({ ...tick, fraction: geometry.pxToFraction(tick.x) })),
    breaks: breaks.map((mark) => {
      const fraction = geometry.pxToFraction(mark.x0);
      return { ...mark, fraction, widthFraction: geometry.pxToFraction(mark.x1) - fraction };
    }),
  };
}
