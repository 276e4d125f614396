import { getAxisYear, isDateTime } from '../data/civilDate';
import type { Intent } from './keys';

/** Answers "where next?" over events in time order (see react-spectrum's KeyboardDelegate). */
export interface NavigationDelegate {
  count: number;
  /** Index of the first event of the next non-empty page (a calendar month), or null. */
  getPageAfter(index: number): number | null;
  /** Index of the first event of the previous non-empty page, or null. */
  getPageBefore(index: number): number | null;
}

/** Movement intents: the ones that change the focused event. */
export type MoveIntent = Extract<Intent, 'previous' | 'next' | 'first' | 'last' | 'pagePrevious' | 'pageNext'>;

/** True for intents that move between events. */
export function isMoveIntent(intent: Intent): intent is MoveIntent {
  return ['previous', 'next', 'first', 'last', 'pagePrevious', 'pageNext'].includes(intent);
}

/** The index a movement leads to; it stays put at the ends (no wrapping, so the reader knows an end was reached). */
export function moveFocus(index: number, intent: MoveIntent, delegate: NavigationDelegate): number {
  const last = delegate.count - 1;
  if (last < 0) return -1;
  switch (intent) {
    case 'previous':
      return Math.max(0, index - 1);
    case 'next':
      return Math.min(last, index + 1);
    case 'first':
      return 0;
    case 'last':
      return last;
    case 'pagePrevious':
      return delegate.getPageBefore(index) ?? 0;
    case 'pageNext':
      return delegate.getPageAfter(index) ?? last;
  }
}

/**
 * A delegate whose pages are calendar months (UTC, like axis times): PageDown goes to the first
 * event of the next month that has events, PageUp to the first event of the previous one. Beyond
 * Date's range, where dates are years alone, a page is a year.
 */
export function createMonthDelegate(times: readonly number[]): NavigationDelegate {
  const monthOf = (time: number): number => {
    if (!isDateTime(time)) return getAxisYear(time) * 12;
    const date = new Date(time);
    return date.getUTCFullYear() * 12 + date.getUTCMonth();
  };
  // Counted on the first page key, not with the story: 100,000 events take a while.
  let monthsOf: number[] | undefined;
  const getMonths = (): number[] => (monthsOf ??= times.map(monthOf));
  const firstOfMonth = (index: number): number => {
    const months = getMonths();
    let start = index;
    while (start > 0 && months[start - 1] === months[index]) start -= 1;
    return start;
  };
  return {
    count: times.length,
    getPageAfter(index) {
      const months = getMonths();
      for (let next = index + 1; next < months.length; next += 1) {
        if (months[next] !== months[index]) return next;
      }
      return null;
    },
    getPageBefore(index) {
      const start = firstOfMonth(index);
      return start === 0 ? null : firstOfMonth(start - 1);
    },
  };
}
