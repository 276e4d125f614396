import { describe, expect, it } from 'vitest';
import { createMatchNavigation, moveAmongMatches } from '../../src/a11y/matchNavigation';

const DAY_MS = 86_400_000;
// Ten events a day apart: 0–4 in January 2024 (UTC), 5–9 in February.
const times = Array.from({ length: 10 }, (_, index) => Date.UTC(2024, index < 5 ? 0 : 1, 1) + index * DAY_MS);

describe('moveAmongMatches', () => {
  const navigation = createMatchNavigation([1, 4, 7], times);

  it('moveAmongMatches(match, next/previous) steps over the events that do not match', () => {
    expect(moveAmongMatches(1, 'next', navigation)).toBe(4);
    expect(moveAmongMatches(4, 'next', navigation)).toBe(7);
    expect(moveAmongMatches(4, 'previous', navigation)).toBe(1);
  });

  it('moveAmongMatches(match, …) stays put at either end', () => {
    expect(moveAmongMatches(7, 'next', navigation)).toBe(7);
    expect(moveAmongMatches(1, 'previous', navigation)).toBe(1);
  });

  it('moveAmongMatches(index, first/last) goes to the first or last match', () => {
    expect(moveAmongMatches(5, 'first', navigation)).toBe(1);
    expect(moveAmongMatches(0, 'last', navigation)).toBe(7);
  });

  it('moveAmongMatches(non-match, …) goes to the nearest match in that direction', () => {
    expect(moveAmongMatches(5, 'next', navigation)).toBe(7);
    expect(moveAmongMatches(5, 'previous', navigation)).toBe(4);
    expect(moveAmongMatches(0, 'previous', navigation)).toBe(0);
    expect(moveAmongMatches(9, 'pageNext', navigation)).toBe(9);
  });

  it('moveAmongMatches(match, pageNext/pagePrevious) goes by the months of the matches', () => {
    // Matches 1 and 4 are in January, 7 in February.
    expect(moveAmongMatches(1, 'pageNext', navigation)).toBe(7);
    expect(moveAmongMatches(7, 'pagePrevious', navigation)).toBe(1);
  });

  it('moveAmongMatches(index, …) with no matches stays put', () => {
    expect(moveAmongMatches(3, 'next', createMatchNavigation([], times))).toBe(3);
  });
});
