import { memo } from 'react';
import { usePlacement } from '../hooks/usePlacement';
import type { PositionedBreak } from '../layout/axisMarks';
import { toPercent } from './position';

/** Props of `AxisBreaks`. */
export interface AxisBreaksProps {
  breaks: readonly PositionedBreak[];
}

/** The compressed quiet periods, each labelled with its length ("4 years") where there is room. */
export const AxisBreaks = memo(function AxisBreaks({ breaks }: AxisBreaksProps) {
  const place = usePlacement();
  return breaks.map((mark) => (
    <div key={mark.start} {...place('ql-break', { left: toPercent(mark.fraction), width: toPercent(mark.widthFraction) })}>
      {mark.isLabelShown && <span className="ql-break-label">{mark.label}</span>}
    </div>
  ));
});
