import { memo } from 'react';
import type { EraSpan } from '../layout/eraSpans';
import { EventDate } from './EventDate';

/** Props of `EraHeading`. */
export interface EraHeadingProps {
  span: EraSpan;
  /** BCP 47 language the dates are written in. */
  locale: string;
}

/**
 * An era's name and dates in the phone list, before the first event in it, in the era's tint
 * (decorative: inside the tab list it is aria-hidden; the text version and the panel name eras).
 */
export const EraHeading = memo(function EraHeading({ span, locale }: EraHeadingProps) {
  return (
    <div className={`ql-vera ql-era-tint-${span.tint}`} aria-hidden="true">
      <span className="ql-vera-name">{span.era.label}</span> <EventDate className="ql-vera-date" start={span.era.start} end={span.era.end} locale={locale} />
    </div>
  );
});
