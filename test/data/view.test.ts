import { describe, expect, it } from 'vitest';
import { getPeriodEnd, toAxisTime } from '../../src/data/civilDate';
import { parseStory } from '../../src/data/parseStory';
import { nativeEvent, nativeStory } from '../helpers/story';

const events = [nativeEvent({ id: 'a', start: '2023-10-14' }), nativeEvent({ id: 'b', start: '2024-05-27' })];

describe('the opening view (story.view)', () => {
  it('is read as civil dates, the end inclusive', () => {
    const { story, issues } = parseStory(nativeStory(events, { view: { start: '2024-05', end: '2024-06-04' } }));
    expect(issues).toEqual([]);
    expect(story?.view?.start).toMatchObject({ year: 2024, month: 5, precision: 'month' });
    expect(getPeriodEnd(story?.view?.end ?? { year: 0, month: 1, day: 1, hour: 0, minute: 0, precision: 'day' })).toBe(Date.UTC(2024, 5, 5));
  });

  it('reports a bad date or a view that ends before it starts, and shows the whole story', () => {
    const bad = parseStory(nativeStory(events, { view: { start: '2024-13', end: '2024-06-04' } }));
    expect(bad.issues.map((issue) => issue.path)).toEqual(['view.start']);
    expect(bad.story?.view).toBeUndefined();
    const reversed = parseStory(nativeStory(events, { view: { start: '2024-06-04', end: '2024-05-01' } }));
    expect(reversed.issues).toMatchObject([{ path: 'view.end', message: 'ends before the view starts: expected an end after the start; the whole story is shown' }]);
    expect(reversed.story?.view).toBeUndefined();
  });

  it('getPeriodEnd gives the end of a year, month, day or minute', () => {
    const date = (text: string) => {
      const { story } = parseStory(nativeStory([nativeEvent({ id: 'x', start: text, ...(text.includes('T') ? { timeZone: 'UTC' } : {}) })]));
      const start = story?.events[0]?.start;
      if (!start) throw new Error(text);
      return start;
    };
    expect(getPeriodEnd(date('2024'))).toBe(Date.UTC(2025, 0, 1));
    expect(getPeriodEnd(date('2024-12'))).toBe(Date.UTC(2025, 0, 1));
    expect(getPeriodEnd(date('2024-02-29'))).toBe(Date.UTC(2024, 2, 1));
    expect(getPeriodEnd(date('2024-05-27T23:59'))).toBe(toAxisTime(date('2024-05-28T00:00')));
  });
});
