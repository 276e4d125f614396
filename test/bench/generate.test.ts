import { describe, expect, it } from 'vitest';
import { benchHeadline, createRandom, generateStory, type BenchEvent } from '../../bench/generate.mjs';

/** The words a reader sees in an event's HTML. */
function words(html: string): string[] {
  return html
    .replace(/<[^>]*>/g, '')
    .split(/\s+/)
    .filter(Boolean);
}

function toMs({ start_date: d }: BenchEvent): number {
  return Date.UTC(d.year, d.month - 1, d.day, d.hour, d.minute);
}

describe('createRandom', () => {
  it('createRandom(seed) gives the same numbers in [0, 1) for the same seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const values = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(values);
    for (const value of values) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });
});

describe('benchHeadline', () => {
  it('benchHeadline(index, count) numbers events from 1 with at least four digits', () => {
    expect(benchHeadline(0, 20)).toBe('Event 0001');
    expect(benchHeadline(9999, 10000)).toBe('Event 10000');
    expect(benchHeadline(4, 123456)).toBe('Event 000005');
  });
});

describe('generateStory', () => {
  const story = generateStory(1000);

  it('generateStory(count, seed) gives the same story for the same seed and another for another seed', () => {
    expect(JSON.stringify(generateStory(1000))).toBe(JSON.stringify(story));
    expect(JSON.stringify(generateStory(1000, 7))).not.toBe(JSON.stringify(story));
  });

  it('generateStory(count) gives count events in time order, with benchHeadline headlines and unique ids', () => {
    expect(story.events).toHaveLength(1000);
    story.events.forEach((event, index) => {
      expect(event.text.headline).toBe(benchHeadline(index, 1000));
      expect(event.unique_id).toBe(`event-${index + 1}`);
    });
    const times = story.events.map(toMs);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(
      generateStory(20)
        .events.slice(0, 4)
        .map((event) => event.start_date),
    ).toEqual([
      { year: 2015, month: 1, day: 1, hour: 9, minute: 0 },
      { year: 2015, month: 1, day: 2, hour: 8, minute: 8 },
      { year: 2015, month: 1, day: 2, hour: 11, minute: 15 },
      { year: 2015, month: 1, day: 2, hour: 12, minute: 53 },
    ]);
  });

  it('generateStory(count) gives each event one paragraph of 40–60 words with a quoted sentence and one example.org link', () => {
    for (const { text } of generateStory(10000).events) {
      expect(text.text).toMatch(/^<p>[^<]*<a href="https:\/\/example\.org\/[a-z0-9/-]+">[^<]+<\/a>[^<]*<\/p>$/);
      expect(text.text).toMatch(/“[A-Z][^“”]+[.,]”/);
      const count = words(text.text).length;
      expect(count).toBeGreaterThanOrEqual(40);
      expect(count).toBeLessThanOrEqual(60);
    }
  });

  it('generateStory(count) writes newsroom HTML: a lead, a quote, and a link to the full document', () => {
    expect(generateStory(20).events[0]?.text.text).toBe(
      '<p>Amara Nwosu, director of the tenants’ association, told a council hearing on Thursday that talks with the contractors had stalled over safety rules. ' +
        'Nwosu warned: “Our members voted for this, and we intend to see it through.” ' +
        'The full transcript of the hearing was <a href="https://example.org/transport/2015/01/nwosu-transcript-of-the-hearing-1">published by the Northern Ledger</a> within the hour.</p>',
    );
  });
});
