import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { reduceHtmlInNode } from '../../src/cli/reduceHtml';
import { createCivilDate, type CivilDateResult, MAX_ABS_YEAR, MAX_DATE_YEAR, MIN_DATE_YEAR, parseCivilDate, toCivilDateText } from '../../src/data/civilDate';
import { importTimelineCsv, SHEET_COLUMNS } from '../../src/data/importers/timelineCsv';
import { parseStory } from '../../src/data/parseStory';
import { parseStoryText } from '../../src/data/parseStoryText';
import { readPrerenderedStory } from '../../src/data/prerenderedStory';
import type { CivilDate, ParseResult } from '../../src/data/types';
import { expectSafeLinks, expectWellFormedResult, FUZZ_RUNS, hrefArbitrary, htmlArbitrary } from '../helpers/fuzz';
import { nativeEvent, nativeStory } from '../helpers/story';
import { describeProblem } from '../../src/data/createIssue';

const runs = { numRuns: FUZZ_RUNS };
const reducers = [
  { name: 'no reducer', options: {} },
  { name: 'reduceHtmlInNode', options: { htmlToParagraphs: reduceHtmlInNode } },
] as const;

/** A value of the right type for a field, or anything at all. */
const maybe = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<unknown> => fc.oneof(arbitrary, fc.jsonValue({ maxDepth: 2 }));
/** Records with a few unknown keys too (short ones, so "", "__proto__"-like and near-miss keys turn up). */
const withExtraKeys = <T extends object>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T> =>
  fc
    .tuple(arbitrary, fc.dictionary(fc.oneof(fc.string({ maxLength: 2 }), fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty')), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2 }))
    .map(([record, extra]) => ({ ...extra, ...record }));
const dateText = fc.oneof(fc.constantFrom('2024', '2024-05', '2024-05-27', '2024-05-27T21:15', '-0300', '+12000', '2024-02-30', '2024-13', '0000', '-0000'), fc.string());

/** A native story whose fields are each of the right type or anything: reaches past the envelope. */
const nativeLike = withExtraKeys(
  fc.record(
    {
      quoteline: fc.oneof(fc.constantFrom(1, 2), fc.jsonValue()),
      id: maybe(fc.string()),
      title: maybe(fc.string()),
      startEventId: maybe(fc.string()),
      view: maybe(fc.record({ start: dateText, end: dateText })),
      categories: maybe(fc.array(fc.record({ id: maybe(fc.string()), label: maybe(fc.string()), shape: maybe(fc.constantFrom('circle', 'square')), color: fc.jsonValue() }, { requiredKeys: [] }))),
      eras: maybe(fc.array(fc.record({ label: maybe(fc.string()), start: maybe(dateText), end: maybe(dateText) }, { requiredKeys: [] }))),
      events: fc.array(
        fc.oneof(
          fc.jsonValue({ maxDepth: 2 }),
          withExtraKeys(
            fc.record(
              {
                id: maybe(fc.constantFrom('a', 'b', 'event')),
                start: maybe(dateText),
                end: maybe(dateText),
                timeZone: maybe(fc.constantFrom('Europe/Paris', 'UTC', 'Nowhere/Land', '+05:30')),
                headline: maybe(fc.string()),
                label: maybe(fc.string()),
                summary: maybe(fc.string()),
                category: maybe(fc.constantFrom('exchange', 'event', 'critique')),
                displayDate: maybe(fc.string()),
                people: maybe(fc.array(fc.string())),
                quotes: maybe(fc.array(fc.record({ text: maybe(fc.string()), speaker: maybe(fc.string()), source: maybe(fc.constantFrom('src', 'other')) }, { requiredKeys: [] }))),
                sources: maybe(
                  fc.array(
                    fc.record(
                      { id: maybe(fc.constantFrom('src', 'Bad Id')), title: maybe(fc.string()), publisher: maybe(fc.string()), url: maybe(hrefArbitrary), date: maybe(dateText) },
                      { requiredKeys: [] },
                    ),
                  ),
                ),
                notes: maybe(fc.array(fc.record({ kind: maybe(fc.constantFrom('correction', 'context')), text: maybe(fc.string()) }, { requiredKeys: [] }))),
                media: maybe(fc.record({ url: maybe(hrefArbitrary), caption: maybe(fc.string()), credit: maybe(fc.string()), thumbnail: maybe(hrefArbitrary) }, { requiredKeys: [] })),
              },
              { requiredKeys: [] },
            ),
          ),
        ),
        { maxLength: 6 },
      ),
    },
    { requiredKeys: ['events'] },
  ),
);

const numberLike = maybe(fc.oneof(fc.integer({ min: -3000, max: 3000 }), fc.double(), fc.constantFrom('2024', ' 5 ', '', 'five', '1e3', 'Infinity')));
const tjsDate = withExtraKeys(
  fc.record({ year: numberLike, month: numberLike, day: numberLike, hour: numberLike, minute: numberLike, second: numberLike, display_date: maybe(fc.string()) }, { requiredKeys: [] }),
);
const tjsText = maybe(fc.record({ headline: maybe(htmlArbitrary), text: maybe(htmlArbitrary) }, { requiredKeys: [] }));
const tjsMedia = maybe(
  fc.record({ url: maybe(fc.oneof(hrefArbitrary, htmlArbitrary)), caption: maybe(htmlArbitrary), credit: maybe(htmlArbitrary), thumbnail: maybe(hrefArbitrary) }, { requiredKeys: [] }),
);

/** A TimelineJS document whose fields are each of the right type or anything. */
const timelineJsLike = withExtraKeys(
  fc.record(
    {
      title: maybe(fc.record({ text: tjsText, media: tjsMedia, background: fc.jsonValue() }, { requiredKeys: [] })),
      events: fc.array(
        fc.oneof(
          fc.jsonValue({ maxDepth: 2 }),
          withExtraKeys(
            fc.record(
              {
                start_date: maybe(tjsDate),
                end_date: maybe(tjsDate),
                text: tjsText,
                unique_id: maybe(fc.oneof(fc.string(), fc.integer())),
                group: maybe(fc.string()),
                display_date: maybe(fc.string()),
                media: tjsMedia,
                background: fc.jsonValue(),
              },
              { requiredKeys: [] },
            ),
          ),
        ),
        { maxLength: 6 },
      ),
      eras: maybe(fc.array(fc.record({ start_date: maybe(tjsDate), end_date: maybe(tjsDate), text: tjsText }, { requiredKeys: [] }))),
      scale: maybe(fc.string()),
    },
    { requiredKeys: ['events'] },
  ),
);

/** Parses with each reducer and checks the result; throws (failing the property) when parsing does. */
function checkParse(parse: (options: (typeof reducers)[number]['options']) => ParseResult): void {
  for (const { options } of reducers) {
    const result = parse(options);
    expectWellFormedResult(result);
    expectSafeLinks(result);
  }
}

describe('parsers on arbitrary input', () => {
  it('parseStory(anything) never throws and returns a story or a problem', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue(), nativeLike, timelineJsLike), (input) => checkParse((options) => parseStory(input, options))),
      runs,
    );
  });

  it('parseStoryText(text) never throws for JSON text, arbitrary strings and arbitrary CSV', () => {
    const csvCells = fc.array(
      fc.array(fc.oneof(fc.string(), htmlArbitrary, fc.constantFrom('2024', '5', '21:15', '9:15 PM', 'title', 'era', 'Title')), { minLength: SHEET_COLUMNS.length, maxLength: SHEET_COLUMNS.length }),
      { maxLength: 5 },
    );
    const csv = fc.oneof(
      csvCells.map((rows) => Papa.unparse({ fields: [...SHEET_COLUMNS], data: rows })),
      // Cells joined without quoting: stray quotes, commas and line breaks make broken CSV.
      csvCells.map((rows) => [SHEET_COLUMNS.join(','), ...rows.map((row) => row.join(','))].join('\n')),
      fc.string().map((text) => `Year,Headline\n${text}`),
    );
    const text = fc.oneof(
      fc.json(),
      fc.string(),
      nativeLike.map((value) => JSON.stringify(value)),
      timelineJsLike.map((value) => JSON.stringify(value)),
      csv,
    );
    fc.assert(
      fc.property(text, fc.constantFrom(undefined, 'story.csv', 'story.json'), (input, name) => checkParse((options) => parseStoryText(input, { ...options, name }))),
      runs,
    );
  });

  it('importTimelineCsv(text) never throws for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => checkParse((options) => importTimelineCsv(text, options))),
      runs,
    );
  });

  it('readPrerenderedStory(anything) returns or throws an Error with a message, nothing else', () => {
    const resultLike = fc.record({
      format: fc.jsonValue(),
      issues: maybe(fc.array(fc.jsonValue())),
      warnings: fc.jsonValue(),
      story: maybe(
        fc.record({
          events: maybe(fc.array(fc.oneof(fc.jsonValue(), fc.record({ category: fc.jsonValue() })))),
          categories: maybe(fc.array(fc.oneof(fc.jsonValue(), fc.record({ id: fc.jsonValue() })))),
        }),
      ),
    });
    fc.assert(
      fc.property(fc.oneof(fc.anything(), resultLike), (input) => {
        try {
          readPrerenderedStory(input);
        } catch (error) {
          expect(error).toBeInstanceOf(Error);
          expect((error as Error).message).toMatch(/^The prerendered story/);
        }
      }),
      runs,
    );
  });
});

/** Valid, unique kebab-case ids. */
const ids = (minLength: number) => fc.uniqueArray(fc.stringMatching(/^[a-z0-9]{1,6}(?:-[a-z0-9]{1,4}){0,2}$/), { minLength, maxLength: 8 });
const validDay = fc.record({ year: fc.integer({ min: 1000, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) });
const headline = fc.string({ minLength: 1 }).filter((text) => /^[\p{L}\p{N}]/u.test(text.trim()));
const pad = (value: number): string => String(value).padStart(2, '0');

/** Ids of valid events in time order (file order for equal days), as the story must list them. */
function inTimeOrder(events: { id: string; key: string }[]): string[] {
  return [...events].sort((a, b) => a.key.localeCompare(b.key)).map((event) => event.id);
}

/** Interleaves junk items into a list at the given positions. */
function interleave<T>(valid: T[], junk: { at: number; value: T }[]): T[] {
  const list = [...valid];
  for (const { at, value } of junk) list.splice(at % (list.length + 1), 0, value);
  return list;
}

describe('valid events beside broken ones', () => {
  it('parseStory(native story) keeps exactly the valid events, in time order', () => {
    const brokenEvent = fc.oneof(
      fc.jsonValue().filter((value) => typeof value !== 'object' || value === null || Array.isArray(value)),
      fc
        .constantFrom(
          { start: '2024-13-01' },
          { start: '2024-02-30' },
          { start: 'yesterday' },
          { headline: '  ' },
          { id: 'Not Kebab' },
          { category: 'nope' },
          { end: '1999' },
          { timeZone: 'Nowhere/Land', start: '2024-05-27T10:00' },
        )
        .map((fields) => nativeEvent({ id: 'junk', ...fields })),
    );
    fc.assert(
      fc.property(
        ids(1),
        fc.array(validDay, { minLength: 8, maxLength: 8 }),
        fc.array(headline, { minLength: 8, maxLength: 8 }),
        fc.array(fc.record({ at: fc.nat(), value: brokenEvent }), { maxLength: 6 }),
        (eventIds, days, headlines, junk) => {
          const valid = eventIds.map((id, index) => {
            const day = days[index] ?? { year: 2024, month: 1, day: 1 };
            const start = `${day.year}-${pad(day.month)}-${pad(day.day)}`;
            return { id, key: start, event: nativeEvent({ id, start, headline: headlines[index] ?? 'A headline' }) };
          });
          const result = parseStory(
            nativeStory(
              interleave(
                valid.map((item) => item.event),
                junk,
              ),
            ),
          );
          expect(result.story?.events.map((event) => event.id)).toEqual(inTimeOrder(valid));
          expect(result.issues.length > 0 || junk.length === 0).toBe(true);
        },
      ),
      runs,
    );
  });

  it('parseStory(TimelineJS document) keeps exactly the valid slides, in time order', () => {
    const brokenSlide = fc.oneof(
      fc.jsonValue().filter((value) => typeof value !== 'object' || value === null || Array.isArray(value) || !('start_date' in value)),
      fc.constantFrom<Record<string, unknown>>(
        { start_date: { year: 2024, month: 13 }, text: { headline: 'Bad month' } },
        { start_date: { year: 'twenty' }, text: { headline: 'Bad year' } },
        { start_date: { year: 2024 }, text: { headline: '  ' } },
        { start_date: { year: 2024 }, end_date: { year: 1999 }, text: { headline: 'Ends first' } },
        { start_date: { month: 5 }, text: { headline: 'No year' } },
        { start_date: 2024, text: { headline: 'Not a date' } },
      ),
    );
    fc.assert(
      fc.property(ids(1), fc.array(validDay, { minLength: 8, maxLength: 8 }), fc.array(fc.record({ at: fc.nat(), value: brokenSlide }), { maxLength: 6 }), (eventIds, days, junk) => {
        const valid = eventIds.map((id, index) => {
          const day = days[index] ?? { year: 2024, month: 1, day: 1 };
          const key = `${day.year}-${pad(day.month)}-${pad(day.day)}`;
          return { id, key, event: { unique_id: id, start_date: { year: day.year, month: day.month, day: day.day }, text: { headline: `Slide ${id}`, text: '<p>x</p>' } } as Record<string, unknown> };
        });
        for (const { options } of reducers) {
          const result = parseStory(
            {
              events: interleave(
                valid.map((item) => item.event),
                junk,
              ),
            },
            options,
          );
          expect(result.story?.events.map((event) => event.id)).toEqual(inTimeOrder(valid));
        }
      }),
      runs,
    );
  });
});

/** JSON text of `value` with `__proto__`, `constructor` and `prototype` keys in every object. */
function toPollutedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(toPollutedJson).join(',')}]`;
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
  const entries = Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}:${toPollutedJson(item)}`);
  const poison = ['"__proto__":{"polluted":"yes","events":[]}', '"constructor":{"prototype":{"polluted":"yes"}}', '"prototype":{"polluted":"yes"}'];
  return `{${[...poison, ...entries].join(',')}}`;
}

function expectPrototypeClean(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
  expect(Object.prototype).not.toHaveProperty('events');
}

describe('prototype pollution', () => {
  it('keys __proto__, constructor and prototype at every level are inert', () => {
    const documents = fc.oneof(
      fc.constant(nativeStory([nativeEvent(), nativeEvent({ id: 'other', quotes: [{ text: 'Hi', speaker: 'A', source: 'src' }] })])),
      fc.constant(nativeStory([nativeEvent({ category: '__proto__' })], { quoteline: 2, categories: [{ id: 'event', label: 'Event', shape: 'circle' }] })),
      fc.constant({ title: { text: { headline: 'T' } }, events: [{ start_date: { year: 2024 }, text: { headline: 'H' }, group: '__proto__', unique_id: 'constructor' }], eras: [] }),
      nativeLike,
      timelineJsLike,
      fc.jsonValue(),
    );
    fc.assert(
      fc.property(documents, (document) => {
        const text = toPollutedJson(document);
        checkParse((options) => parseStory(JSON.parse(text), options));
        checkParse((options) => parseStoryText(text, options));
        expectPrototypeClean();
      }),
      runs,
    );
  });

  it('a CSV sheet with __proto__ and constructor headers, groups and types is inert', () => {
    const text = ['Year,Headline,__proto__,constructor,Group,Type', '2024,A,polluted,polluted,__proto__,', '2025,B,x,y,constructor,constructor', '2026,C,,,,__proto__'].join('\n');
    const result = importTimelineCsv(text);
    expectWellFormedResult(result);
    expect(result.story?.events.map((event) => event.headline)).toEqual(['A', 'B', 'C']);
    expectPrototypeClean();
  });
});

describe('links in parsed stories', () => {
  it('are http(s) or mailto, whatever the HTML of a TimelineJS slide and with either reducer', () => {
    const slide = fc.record({
      text: fc.record({ headline: htmlArbitrary, text: htmlArbitrary }),
      media: fc.record({ url: fc.oneof(hrefArbitrary, htmlArbitrary), caption: htmlArbitrary, credit: htmlArbitrary, thumbnail: hrefArbitrary }),
    });
    fc.assert(
      fc.property(fc.array(slide, { maxLength: 4 }), (slides) => {
        const document = { events: slides.map((item) => ({ ...item, start_date: { year: 2024 }, text: { ...item.text, headline: `H ${item.text.headline}` } })) };
        checkParse((options) => parseStory(document, options));
      }),
      runs,
    );
  });
});

/** Any valid civil date, from years alone up to a trillion to minutes with a zone. */
const civilDate: fc.Arbitrary<CivilDate> = fc
  .oneof(
    fc.record({ year: fc.integer({ min: -MAX_ABS_YEAR, max: MAX_ABS_YEAR }) }),
    fc.record({
      year: fc.integer({ min: MIN_DATE_YEAR, max: MAX_DATE_YEAR }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.option(fc.integer({ min: 1, max: 31 }), { nil: undefined }),
    }),
    fc.record({
      year: fc.integer({ min: MIN_DATE_YEAR, max: MAX_DATE_YEAR }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
      timeZone: fc.constantFrom(undefined, 'UTC', 'Europe/Paris', 'Asia/Kolkata', 'Pacific/Kiritimati'),
    }),
  )
  .map((parts) => createCivilDate(parts))
  .filter((result): result is Extract<CivilDateResult, { ok: true }> => result.ok)
  .map((result) => result.date);

describe('civil dates', () => {
  it('toCivilDateText(date) round-trips through parseCivilDate for any valid date', () => {
    fc.assert(
      fc.property(civilDate, (date) => {
        expect(parseCivilDate(toCivilDateText(date), date.timeZone)).toEqual({ ok: true, date });
      }),
      runs,
    );
  });

  it('createCivilDate(parts) never throws for arbitrary numbers, and gives a part and message when it refuses', () => {
    const number = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 1e300, 0.5, Number.MAX_SAFE_INTEGER + 2));
    const optional = fc.option(number, { nil: undefined });
    fc.assert(
      fc.property(
        fc.record({ year: number, month: optional, day: optional, hour: optional, minute: optional, second: optional, millisecond: optional, timeZone: fc.option(fc.string(), { nil: undefined }) }),
        (parts) => {
          const result = createCivilDate(parts);
          if (!result.ok) expect(describeProblem(result)).not.toBe('');
        },
      ),
      runs,
    );
  });

  it('parseCivilDate(text) never throws for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), dateText, fc.stringMatching(/^[+-]?\d{4,30}(-\d{2}){0,2}(T\d{2}:\d{2})?$/)), fc.option(fc.string(), { nil: undefined }), (text, timeZone) => {
        const result = parseCivilDate(text, timeZone);
        if (!result.ok) expect(describeProblem(result)).not.toBe('');
      }),
      runs,
    );
  });
});
