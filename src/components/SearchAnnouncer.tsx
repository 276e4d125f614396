import { memo, useEffect, useRef, useState } from 'react';
import { describeSearchResult } from '../a11y/describe';
import { useAnnouncer } from '../hooks/useAnnouncer';
import { LiveRegion } from './LiveRegion';
import { useT } from '../hooks/useTranslator';

/** Props of `SearchAnnouncer`. */
export interface SearchAnnouncerProps {
  /** Matching events and quotes; undefined while no search is active. */
  counts: { events: number; quotes: number } | undefined;
}

/**
 * The polite live region of the search: says the count once typing pauses (the announcer's delay)
 * and says when a search is cleared. Its own component, so that its messages re-render this
 * region alone, not the timeline (at 10,000 events that was a second render per keystroke). The
 * region is added with the first search (its message follows after the announcer's delay, so it is
 * still heard): until then the page keeps its one live region.
 */
export const SearchAnnouncer = memo(function SearchAnnouncer({ counts }: SearchAnnouncerProps) {
  const [message, announce] = useAnnouncer();
  const translator = useT();
  const wasActive = useRef(false);
  const [isUsed, setIsUsed] = useState(false);
  const events = counts?.events;
  const quotes = counts?.quotes;
  useEffect(() => {
    if (events !== undefined && quotes !== undefined) {
      setIsUsed(true);
      announce(describeSearchResult(events, quotes, translator));
    } else if (wasActive.current) announce(translator.t('search.cleared'));
    wasActive.current = events !== undefined;
  }, [announce, events, quotes, translator]);
  return isUsed ? <LiveRegion message={message} /> : null;
});
