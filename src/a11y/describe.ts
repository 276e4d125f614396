/**
 * The accessible name of a marker: its visible label first, so that speech input can say what it
 * sees (WCAG 2.5.3, label in name), then the headline and date (position comes from
 * aria-posinset/setsize). A label that is the headline is not said twice.
 */
export function describeEvent(label: string, headline: string, dateText: string): string {
  return label === headline ? `${headline}, ${dateText}` : `${label}: ${headline}, ${dateText}`;
}

/** What the live region says when a story has loaded. */
export function describeLoadedStory(title: string, eventCount: number, problemCount: number): string {
  const events = eventCount === 1 ? '1 event' : `${eventCount} events`;
  const problems = problemCount === 0 ? '' : problemCount === 1 ? ', with 1 problem listed' : `, with ${problemCount} problems listed`;
  return `Loaded “${title}”: ${events}${problems}.`;
}
