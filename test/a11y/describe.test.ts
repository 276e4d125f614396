import { describe, expect, it } from 'vitest';
import { describeEvent, describeLoadedStory, describeSearchCount, describeSearchResult } from '../../src/a11y/describe';

describe('describeEvent', () => {
  it('describeEvent(label, headline, date) starts with the visible label (WCAG 2.5.3)', () => {
    expect(describeEvent('Memorial Day exchange', 'Musk asks what ‘science’ LeCun has done', 'May 27, 2024')).toBe('Memorial Day exchange: Musk asks what ‘science’ LeCun has done, May 27, 2024');
  });

  it('describeEvent(headline, headline, date) does not say the headline twice', () => {
    expect(describeEvent('Second headline', 'Second headline', 'May 27, 2024')).toBe('Second headline, May 27, 2024');
  });
});

describe('describeLoadedStory', () => {
  it('describeLoadedStory(title, count, problems) counts events and problems in words', () => {
    expect(describeLoadedStory('Feud', 1, 0)).toBe('Loaded “Feud”: 1 event.');
    expect(describeLoadedStory('Feud', 20, 2)).toBe('Loaded “Feud”: 20 events, with 2 problems listed.');
  });
});

describe('describeSearchResult', () => {
  it('describeSearchResult(events, quotes) counts both, singular or plural', () => {
    expect(describeSearchResult(7, 12)).toBe('7 events, 12 quotes match.');
    expect(describeSearchResult(1, 1)).toBe('1 event, 1 quote match.');
    expect(describeSearchResult(1, 0)).toBe('1 event matches, no quotes.');
    expect(describeSearchResult(3, 0)).toBe('3 events match, no quotes.');
    expect(describeSearchResult(0, 0)).toBe('No events or quotes match.');
  });

  it('describeSearchCount(events, quotes) is the visible count', () => {
    expect(describeSearchCount(2, 3)).toBe('2 events, 3 quotes');
    expect(describeSearchCount(0, 0)).toBe('No matches');
  });
});
