/** The accessible name of a marker: headline and date (position comes from aria-posinset/setsize). */
export function describeEvent(headline: string, dateText: string): string {
  return `${headline}, ${dateText}`;
}

/** What the live region says when a story has loaded. */
export function describeLoadedStory(title: string, eventCount: number, problemCount: number): string {
  const events = eventCount === 1 ? '1 event' : `${eventCount} events`;
  const problems = problemCount === 0 ? '' : problemCount === 1 ? ', with 1 problem listed' : `, with ${problemCount} problems listed`;
  return `Loaded “${title}”: ${events}${problems}.`;
}
