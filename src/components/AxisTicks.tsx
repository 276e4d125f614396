import { memo } from 'react';
import { usePlacement } from '../hooks/usePlacement';
import type { PositionedTick } from '../layout/axisMarks';
import { toPercent } from './position';

/** Props of `AxisTicks`. */
export interface AxisTicksProps {
  ticks: readonly PositionedTick[];
}

/** The axis' ticks and their date labels (decorative: inside the aria-hidden axis decor). */
export const AxisTicks = memo(function AxisTicks({ ticks }: AxisTicksProps) {
  const place = usePlacement();
  return ticks.map((tick) => (
    <div key={tick.time} {...place('ql-tick', { left: toPercent(tick.fraction) })}>
      <span className="ql-tick-label">{tick.label}</span>
    </div>
  ));
});
