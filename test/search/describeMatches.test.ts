import { describe, expect, it } from 'vitest';
import { describeMatches } from '../../src/search/describeMatches';

const quotes = (count: number) => Array.from({ length: count }, (_, quoteIndex) => ({ eventIndex: 0, quoteIndex }));

describe('describeMatches', () => {
  it('describeMatches(result) counts events and quotes in words', () => {
    expect(describeMatches({ eventIndexes: [1, 2, 3, 4, 5, 6, 7], quotes: quotes(12) })).toBe('7 events, 12 quotes match');
    expect(describeMatches({ eventIndexes: [1], quotes: quotes(1) })).toBe('1 event, 1 quote matches');
    expect(describeMatches({ eventIndexes: [1, 2], quotes: quotes(0) })).toBe('2 events, 0 quotes match');
    expect(describeMatches({ eventIndexes: [], quotes: [] })).toBe('No events match');
  });
});
