import { memo } from 'react';
import { usePlacement } from '../hooks/usePlacement';
import type { EraBand } from '../layout/eraBands';
import { toPercent } from './position';

/** Props of `EraBands`. */
export interface EraBandsProps {
  bands: readonly EraBand[];
}

/**
 * The story's eras as shaded bands behind the markers, each named at its start in the strip above
 * the lanes (decorative: inside the aria-hidden axis decor; the text version lists the eras).
 * Labels come after every band, so a band never covers a neighbour's label.
 */
export const EraBands = memo(function EraBands({ bands }: EraBandsProps) {
  const place = usePlacement();
  return (
    <div className="ql-eras">
      {bands.map((band) => (
        <div key={band.key} {...place(`ql-era ql-era-tint-${band.tint}`, { left: toPercent(band.fraction), width: toPercent(band.widthFraction) })} />
      ))}
      {bands.map((band) =>
        band.text === null ? null : (
          <div key={band.key} {...place('ql-era-slot', { left: toPercent(band.labelFraction), width: toPercent(band.labelWidthFraction) })}>
            <span className="ql-era-label" title={band.text === band.label ? undefined : band.label}>
              {band.text}
            </span>
          </div>
        ),
      )}
    </div>
  );
});
