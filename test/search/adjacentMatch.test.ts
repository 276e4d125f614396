import { describe, expect, it } from 'vitest';
import { getAdjacentMatch } from '../../src/search/adjacentMatch';

const result = { eventIndexes: [2, 5, 9] };

describe('getAdjacentMatch', () => {
  it('getAdjacentMatch(result, index, 1) is the next match after a match or a dimmed event', () => {
    expect(getAdjacentMatch(result, 2, 1)).toBe(5);
    expect(getAdjacentMatch(result, 3, 1)).toBe(5);
    expect(getAdjacentMatch(result, 0, 1)).toBe(2);
    expect(getAdjacentMatch(result, 9, 1)).toBeUndefined();
    expect(getAdjacentMatch(result, 12, 1)).toBeUndefined();
  });

  it('getAdjacentMatch(result, index, -1) is the previous match', () => {
    expect(getAdjacentMatch(result, 5, -1)).toBe(2);
    expect(getAdjacentMatch(result, 7, -1)).toBe(5);
    expect(getAdjacentMatch(result, 12, -1)).toBe(9);
    expect(getAdjacentMatch(result, 2, -1)).toBeUndefined();
    expect(getAdjacentMatch({ eventIndexes: [] }, 4, -1)).toBeUndefined();
  });
});
