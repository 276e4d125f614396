// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reduceHtmlToParagraphs } from '../../../src/app/reduceHtml';
import { toCivilDateText } from '../../../src/data/civilDate';
import { parseStory } from '../../../src/data/parseStory';

function fixture(name: string, folder = 'test/fixtures/stories'): unknown {
  return JSON.parse(readFileSync(resolve(folder, name), 'utf8'));
}

/** TimelineJS's own sample stories, as its package ships them. */
const TIMELINEJS_TEMPLATES = 'node_modules/@knight-lab/timelinejs/src/template';

describe('parseStory (TimelineJS3)', () => {
  it('parseStory(doc) detects TimelineJS and maps dates, headlines, ids, groups and eras', () => {
    const input = fixture('timelinejs-basic.json');
    const { format, story, issues } = parseStory(input, { htmlToParagraphs: reduceHtmlToParagraphs });
    expect(format).toBe('timelinejs');
    expect(issues).toEqual([]);
    expect(story?.title).toBe('A TimelineJS story');
    expect(story?.description).toBe('Imported & checked.');
    expect(story?.events.map((event) => [event.id, event.start.precision, event.category.label])).toEqual([
      ['twitter', 'year', 'Event'],
      ['debate', 'minute', 'Event'],
      ['memorial-day', 'day', 'X posts'],
    ]);
    // Groups first, in order of first appearance; ungrouped events share the neutral category, last.
    expect(story?.categories.map((category) => category.label)).toEqual(['X posts', 'Event']);
    expect(story?.eras).toEqual([{ label: 'The xAI year', start: expect.objectContaining({ year: 2023 }), end: expect.objectContaining({ year: 2024 }) }]);
  });

  it('parseStory(doc) keeps text and safe links of TimelineJS HTML and drops everything else', () => {
    const { story } = parseStory(fixture('timelinejs-basic.json'), { htmlToParagraphs: reduceHtmlToParagraphs });
    expect(story?.events[2]?.summary).toEqual([
      [{ text: 'Musk asked; LeCun ' }, { text: 'answered', strong: true }, { text: '. ' }, { text: 'Report', href: 'https://example.org/report' }, { text: ' bad link' }],
      [{ text: 'Second paragraph' }],
    ]);
  });

  it('parseStory(doc) names bad TimelineJS dates by their path, counted from 0 in the file', () => {
    const { story, issues } = parseStory(fixture('timelinejs-broken.json'));
    expect(story?.events.map((event) => event.headline)).toEqual(['Also fine', 'Fine too', 'Fine']);
    expect(issues).toMatchObject([
      { path: 'events[3].start_date.month', message: '13 is not a month (1–12)' },
      { path: 'events[4].start_date.year', message: '"twenty" is not a number: expected the year as a number' },
      { path: 'events[5].start_date', message: 'is missing: expected a value here' },
    ]);
  });

  it('reduceHtmlToParagraphs(html) keeps no script, style, frame, media or foreign content, and no unsafe link', () => {
    const html =
      '<p>Said <b>this</b><script>alert(1)</script><style>p{}</style></p><iframe src="x">frame</iframe><svg><text>svg</text></svg><p><a href="javascript:alert(1)">click</a> <a href=" https://example.org/ok ">ok</a><img src=x onerror=alert(1)></p>';
    expect(reduceHtmlToParagraphs(html)).toEqual([
      [{ text: 'Said ' }, { text: 'this', strong: true }],
      [{ text: 'click ' }, { text: 'ok', href: 'https://example.org/ok' }],
    ]);
  });

  it('parseStory(doc) reduces a summary when it is first read, once, and plain headlines never', () => {
    const calls: string[] = [];
    const reducer = (html: string) => {
      calls.push(html);
      return [[{ text: html.replace(/<[^>]*>/g, '') }]];
    };
    const { story } = parseStory(
      {
        events: [
          { start_date: { year: 2020 }, text: { headline: 'Plain', text: '<p>One</p>' } },
          { start_date: { year: 2021 }, text: { headline: 'Two', text: '<p>Two</p>' } },
        ],
      },
      { htmlToParagraphs: reducer },
    );
    expect(calls).toEqual([]);
    expect(story?.events[1]?.summary).toEqual([[{ text: 'Two' }]]);
    expect(story?.events[1]?.summary).toEqual([[{ text: 'Two' }]]);
    expect(calls).toEqual(['<p>Two</p>']);
  });

  it('parseStory(doc, {summaryToParagraphs}) reduces every summary at import with it, as plain data, and headlines with htmlToParagraphs', () => {
    const summaries: string[] = [];
    const { story } = parseStory(
      { events: [{ start_date: { year: 2020 }, text: { headline: 'A &amp; B', text: '<p>One</p>' } }] },
      {
        htmlToParagraphs: (html) => [[{ text: html.replace('&amp;', '&') }]],
        summaryToParagraphs: (html) => {
          summaries.push(html);
          return [[{ text: 'reduced' }]];
        },
      },
    );
    expect(summaries).toEqual(['<p>One</p>']);
    const event = story?.events[0];
    expect(event?.headline).toBe('A & B');
    expect(event && Object.getOwnPropertyDescriptor(event, 'summary')).toMatchObject({ value: [[{ text: 'reduced' }]] });
  });

  it('parseStory(doc) reads TimelineJS’s cosmological samples, cosmo.json and cosmo-mixed.json, with no problem', () => {
    const cosmo = parseStory(fixture('cosmo.json', TIMELINEJS_TEMPLATES), { htmlToParagraphs: reduceHtmlToParagraphs });
    expect(cosmo.issues).toEqual([]);
    expect(cosmo.story?.events.map((event) => event.start.year)).toEqual([-13_800_000_000, -13_799_630_000, -12_800_000_000, -4_600_000_000, -538_800_000, -315_000, -3500]);
    expect(cosmo.story?.events[4]?.end?.year).toBe(-251_902_000);
    const mixed = parseStory(fixture('cosmo-mixed.json', TIMELINEJS_TEMPLATES), { htmlToParagraphs: reduceHtmlToParagraphs });
    expect(mixed.issues).toEqual([]);
    expect(mixed.story?.events).toHaveLength(11);
    expect(mixed.story?.events.map((event) => toCivilDateText(event.start))).toEqual([
      '-13800000000',
      '-4600000000',
      '-540000000',
      '-300000',
      '-3500',
      '-0300',
      '1021',
      '1609-11',
      '1826',
      '1969-07-20',
      '1990-04-25',
    ]);
  });

  it('parseStory(doc) takes TimelineJS seconds and milliseconds, checked and then dropped', () => {
    const slide = (date: Record<string, unknown>) => ({ start_date: { year: 2024, month: 5, day: 27, hour: 21, minute: 15, ...date }, text: { headline: 'H' } });
    const { story, issues } = parseStory({ events: [slide({ second: '30', millisecond: 250 }), slide({ second: 61 }), slide({ millisecond: 'soon' })] });
    expect(story?.events.map((event) => [event.start.precision, event.start.minute])).toEqual([['minute', 15]]);
    expect(issues).toMatchObject([
      { path: 'events[1].start_date.second', message: '61 is not a second (0–59)' },
      { path: 'events[2].start_date.millisecond', message: '"soon" is not a number: expected the millisecond as a number' },
    ]);
  });

  it('parseStory(doc) without a reducer keeps HTML as literal text, never markup', () => {
    const { story } = parseStory({ events: [{ start_date: { year: 2020 }, text: { headline: 'H', text: '<b>x</b>' } }] });
    expect(story?.events[0]?.summary).toEqual([[{ text: '<b>x</b>' }]]);
  });

  it('parseStory(doc) reads a full export: groups as categories with their own shapes, eras, media, display dates, a notice for backgrounds', () => {
    const { story, issues, warnings } = parseStory(fixture('timelinejs-full.json'), { htmlToParagraphs: reduceHtmlToParagraphs });
    expect(issues).toEqual([]);
    expect(story?.title).toBe("A newsroom's TimelineJS export");
    expect(story?.categories).toEqual([
      { id: 'debates', label: 'Debates', shape: 'circle', color: 'red' },
      { id: 'posts-on-x', label: 'Posts on X', shape: 'square', color: 'purple' },
      { id: 'event', label: 'Event', shape: 'diamond', color: 'slate' },
    ]);
    expect(story?.events.map((event) => [event.id, event.category.id, event.displayDate ?? null])).toEqual([
      ['debate', 'debates', 'Mid-October 2023'],
      ['memorial-day', 'posts-on-x', null],
      ['critique', 'posts-on-x', 'The weekend of 2 June 2024'],
      ['reports', 'event', null],
    ]);
    expect(story?.events[0]?.media).toEqual({
      url: 'https://www.youtube.com/watch?v=abcdefghijk',
      caption: [[{ text: 'The ' }, { text: 'full', em: true }, { text: ' debate' }]],
      credit: [[{ text: 'Munk Debates' }]],
      thumbnail: 'https://i.ytimg.com/vi/abcdefghijk/default.jpg',
    });
    expect(story?.events[2]?.media).toMatchObject({ alt: 'Yann LeCun speaking' });
    expect(story?.eras.map((era) => era.label)).toEqual(['The debate season', 'Ten days on X']);
    expect(warnings).toContainEqual(expect.objectContaining({ path: '(file)', message: '2 backgrounds are ignored: Quoteline draws no slide backgrounds' }));
  });

  it("loads TimelineJS's own JSON templates without errors", () => {
    for (const name of ['eras.json', 'all-media-types.json']) {
      const input: unknown = JSON.parse(readFileSync(resolve('node_modules/@knight-lab/timelinejs/src/template', name), 'utf8'));
      const { story, issues } = parseStory(input, { htmlToParagraphs: reduceHtmlToParagraphs });
      expect(issues, name).toEqual([]);
      expect(story?.events.length, name).toBeGreaterThan(10);
    }
  });
});
