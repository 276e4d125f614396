import { toDateTimeAttribute } from '../data/civilDate';
import { formatCivilRange } from '../data/formatDate';
import type { CivilDate } from '../data/types';

/** Props of `EventDate`. */
export interface EventDateProps {
  start: CivilDate;
  end?: CivilDate | undefined;
  /** BCP 47 language the date is written in. */
  locale: string;
  className?: string;
  /** Text to show instead of the formatted dates (an event's `displayDate`); `datetime` still gives the date. */
  text?: string | undefined;
}

/** A civil date (or span) as written in its own zone, with a machine-readable `datetime` (HTML has none before year 1). */
export function EventDate({ start, end, locale, className, text }: EventDateProps) {
  return (
    // Engines' Intl data differ in small ways (", " or " at "): keep the prerendered text if so.
    <time className={className} dateTime={start.year > 0 ? toDateTimeAttribute(start) : undefined} suppressHydrationWarning>
      {text ?? formatCivilRange(start, end, locale)}
    </time>
  );
}
