import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCivilDate, toAxisTime } from '../../src/data/civilDate';
import { parseStory } from '../../src/data/parseStory';
import type { CivilDate, Era } from '../../src/data/types';
import { getEraSpans, getErasAt } from '../../src/layout/eraSpans';

function date(text: string): CivilDate {
  const result = parseCivilDate(text);
  if (!result.ok) throw new Error(result.code);
  return result.date;
}
const era = (label: string, start: string, end: string): Era => ({ label, start: date(start), end: date(end) });

describe('getEraSpans', () => {
  it('getEraSpans(eras) puts eras in time order on the axis, with tints alternating in that order', () => {
    const spans = getEraSpans([era('Late', '0650', '0700'), era('Early', '0600', '0650'), era('After', '0700', '0720')]);
    expect(spans.map((span) => [span.era.label, span.index, span.tint])).toEqual([
      ['Early', 1, 0],
      ['Late', 0, 1],
      ['After', 2, 0],
    ]);
    expect(spans[0]?.start).toBe(toAxisTime(date('0600')));
  });

  it('getEraSpans(eras) ends an era where its end date starts, as events end, so 600–650 and 650–700 meet', () => {
    const [early, late] = getEraSpans([era('Early', '0600', '0650'), era('Late', '0650', '0700')]);
    expect(early?.end).toBe(late?.start);
  });

  it('getEraSpans(eras) gives an era that ends where it starts the period its start names', () => {
    const [day] = getEraSpans([era('One day', '2024-05-27', '2024-05-27')]);
    expect(day && day.end - day.start).toBe(86_400_000);
  });

  it('getEraSpans(eras) puts the longer of two eras that start together first', () => {
    expect(getEraSpans([era('Short', '2020', '2021'), era('Long', '2020', '2030')]).map((span) => span.era.label)).toEqual(['Long', 'Short']);
  });

  it('getEraSpans(eras of the TimelineJS eras template) reads the three eras of the 7th century', () => {
    const { story } = parseStory(JSON.parse(readFileSync('test/fixtures/stories/timelinejs-eras.json', 'utf8')));
    expect(getEraSpans(story?.eras ?? []).map((span) => span.era.label)).toEqual(['Era Test 600-650', 'Era Test 650-700', 'Era Test 700-720']);
  });
});

describe('getErasAt', () => {
  it('getErasAt(spans, time) includes an era’s start and leaves out its end', () => {
    const spans = getEraSpans([era('Early', '0600', '0650'), era('Late', '0650', '0700'), era('Century', '0600', '0700')]);
    const at = (text: string): string[] => getErasAt(spans, toAxisTime(date(text))).map((span) => span.era.label);
    expect(at('0600')).toEqual(['Century', 'Early']);
    expect(at('0650')).toEqual(['Century', 'Late']);
    expect(at('0700')).toEqual([]);
  });
});
