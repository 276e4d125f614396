import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reduceHtmlInNode } from '../../../src/cli/reduceHtml';
import { importTimelineCsv } from '../../../src/data/importers/timelineCsv';
import { isCsvText, parseStoryText } from '../../../src/data/parseStoryText';

const read = (path: string): string => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

describe('the TimelineJS sheet as CSV', () => {
  it('reads the title row, events with dates and times, groups and eras; headers match regardless of case and spacing', () => {
    const { format, story, issues } = importTimelineCsv(read('test/fixtures/stories/sheet-basic.csv'), { htmlToParagraphs: reduceHtmlInNode });
    expect(format).toBe('timelinejs-csv');
    expect(issues).toEqual([]);
    expect(story?.title).toBe('The feud as a sheet');
    expect(story?.description).toBe("Written for Quoteline's tests: a sheet with a title, an era and groups.");
    expect(story?.events.map((event) => [event.headline, event.category.label])).toEqual([
      ['LeCun and Bengio debate', 'Debate'],
      ['Musk asks what "science" LeCun has done', 'Exchange'],
      ["LeCun's critique", 'Critique'],
    ]);
    expect(story?.events[1]?.start).toMatchObject({ year: 2024, month: 5, day: 27, hour: 21, minute: 30, precision: 'minute' });
    expect(story?.events[1]?.summary).toEqual([[{ text: 'Replies on X, with a comma.' }]]);
    expect(story?.events[2]?.end).toMatchObject({ year: 2024, month: 6, day: 3 });
    expect(story?.eras.map((era) => era.label)).toEqual(['The spring of 2024']);
  });

  it('reports each problem at its row and column of the sheet, with what was found and expected', () => {
    const { story, issues, warnings } = importTimelineCsv(read('test/fixtures/stories/sheet-broken.csv'));
    expect(issues).toMatchObject([
      { path: 'row 2, column Month', message: '13 is not a month (1–12)' },
      { path: 'row 3, column Day', message: '31 is not a day of 2024-02 (it has 29)' },
      { path: 'row 4, column Time', message: '25 is not an hour (0–23)' },
      { path: 'row 5, column End Year', message: 'ends before it starts: expected an end on or after the start; this event is left out' },
    ]);
    expect(warnings).toMatchObject([
      { path: '(file)', message: 'no event has a source or quotes: TimelineJS has no fields for them (add them in Quoteline JSON: quoteline convert FILE --to native)' },
      { path: 'row 1', message: 'column "Notes" is ignored: not a TimelineJS sheet column' },
      { path: 'row 6, column Type', message: '"slide" is not a row type (expected title, era or nothing); read as an event' },
    ]);
    expect(story?.events.map((event) => event.headline)).toEqual(['A good row']);
    expect(importTimelineCsv('Year,Time,Headline\n2024,noon,A\n').issues).toMatchObject([{ path: 'row 2, column Time', message: '"noon" is not a time (expected hh:mm, e.g. 21:15 or 9:15 PM)' }]);
  });

  it('says which columns are missing from a CSV that is not the template', () => {
    expect(importTimelineCsv('title,count\na,1\n').issues).toMatchObject([
      { path: 'row 1', message: expect.stringMatching(/^has no Year or Headline column: expected the TimelineJS sheet's columns \(Year, Month, /) },
    ]);
  });

  it('names a repeated sheet column as written and says nothing of blank headers (found by fuzzing)', () => {
    const { story, warnings } = importTimelineCsv('Year,Headline,Year,,,Extra,Extra\n2024,A,1999,,,x,y');
    expect(story?.events.map((event) => event.start.year)).toEqual([2024]);
    expect(warnings.filter((warning) => warning.path === 'row 1').map((warning) => warning.message)).toEqual([
      'column "Year" is repeated: only its first column is read',
      'column "Extra" is ignored: not a TimelineJS sheet column',
    ]);
  });

  it("loads TimelineJS's own sample sheets without errors", () => {
    for (const path of ['node_modules/@knight-lab/timelinejs/src/template/my-own-timeline.csv', 'node_modules/@knight-lab/timelinejs/src/js/core/__tests__/women_in_computing.csv']) {
      const { story, issues } = importTimelineCsv(read(path), { htmlToParagraphs: reduceHtmlInNode });
      expect(issues, path).toEqual([]);
      expect(story?.events.length, path).toBeGreaterThan(5);
      expect(story?.title, path).not.toBe('Untitled timeline');
    }
  });

  it('is told from JSON by content type, file name or first line', () => {
    const sheet = read('test/fixtures/stories/sheet-basic.csv');
    expect(isCsvText(sheet)).toBe(true);
    expect(isCsvText('{"events": []}')).toBe(false);
    expect(isCsvText('a,b', { contentType: 'text/csv; charset=utf-8' })).toBe(true);
    expect(isCsvText('a,b', { name: 'https://docs.google.com/spreadsheets/d/e/x/pub?output=csv' })).toBe(true);
    expect(parseStoryText(sheet).format).toBe('timelinejs-csv');
    expect(parseStoryText(read('test/fixtures/stories/timelinejs-basic.json')).format).toBe('timelinejs');
  });
});
