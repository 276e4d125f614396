import { createMonthDelegate, moveFocus, type MoveIntent, type NavigationDelegate } from './navigation';

/** Where moves go while a search is active: among the matching events only. */
export interface MatchNavigation {
  /** Indexes (in time order) of the matching events, ascending. */
  matches: readonly number[];
  /** Pages (calendar months) over the matches alone; built on the first Page key, not per keystroke. */
  getDelegate: () => NavigationDelegate;
}

/** A `MatchNavigation` over `matches`, whose Page keys go by the months of the matches' `times`. */
export function createMatchNavigation(matches: readonly number[], times: readonly number[]): MatchNavigation {
  let delegate: NavigationDelegate | undefined;
  return {
    matches,
    getDelegate() {
      delegate ??= createMonthDelegate(matches.map((index) => times[index] ?? 0));
      return delegate;
    },
  };
}

/** Position of the first match at or after `index` (binary search: matches are ascending). */
function findInsertion(matches: readonly number[], index: number): number {
  let low = 0;
  let high = matches.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((matches[middle] ?? 0) < index) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The event index a move leads to when only matches count: from a match, the move is made over the
 * matches (Page keys by their months); from an event that does not match, ← and PageUp go to the
 * last match before it, → and PageDown to the first after it. It stays put at the ends, as
 * `moveFocus` does, and with no matches at all.
 */
export function moveAmongMatches(selectedIndex: number, intent: MoveIntent, navigation: MatchNavigation): number {
  const { matches } = navigation;
  if (matches.length === 0) return selectedIndex;
  const position = findInsertion(matches, selectedIndex);
  const isMatch = matches[position] === selectedIndex;
  if (isMatch || intent === 'first' || intent === 'last') {
    const next = moveFocus(isMatch ? position : 0, intent, navigation.getDelegate());
    return matches[next] ?? selectedIndex;
  }
  const isBack = intent === 'previous' || intent === 'pagePrevious';
  const next = isBack ? position - 1 : position;
  return matches[next] ?? selectedIndex;
}
