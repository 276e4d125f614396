import type { SearchResult } from './searchIndex';

/**
 * The matching event next to `eventIndex` in time, for ← and → while a search is active: the first
 * match after it (`step` 1) or the last one before it (`step` -1), or undefined when there is none.
 * `eventIndex` need not match itself (the reader may sit on a dimmed event).
 */
export function getAdjacentMatch(result: Pick<SearchResult, 'eventIndexes'>, eventIndex: number, step: 1 | -1): number | undefined {
  const { eventIndexes } = result;
  // Binary search for the first match at or after eventIndex.
  let low = 0;
  let high = eventIndexes.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((eventIndexes[middle] ?? 0) < eventIndex) low = middle + 1;
    else high = middle;
  }
  if (step === -1) return eventIndexes[low - 1];
  return eventIndexes[low] === eventIndex ? eventIndexes[low + 1] : eventIndexes[low];
}
