import type { RefObject } from 'react';
import { KEY_ZONE_ATTRIBUTE } from '../hooks/useTimelineKeyboard';
import { useT } from '../hooks/useTranslator';

/** Props of `EventCardError`. */
export interface EventCardErrorProps {
  /** Headline of the event whose panel could not be shown. */
  headline: string;
  /** Id of the panel element, as the markers' `aria-controls` name it. */
  id: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/**
 * The panel of an event that failed to render: its headline and a short message, in the panel's
 * place and with its id, heading and keyboard zone, so the markers and ← → keep working.
 */
export function EventCardError({ headline, id, headingRef }: EventCardErrorProps) {
  const { t } = useT();
  return (
    <section className="ql-card ql-card-error" id={id} role="tabpanel" aria-labelledby={`${id}-heading`} {...{ [KEY_ZONE_ATTRIBUTE]: 'panel' }}>
      <h2 className="ql-card-headline" id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {headline}
      </h2>
      <p className="ql-card-error-message">{t('card.error')}</p>
    </section>
  );
}
