import { describe, expect, it } from 'vitest';
import { createIssue } from '../../src/data/createIssue';
import { parseStory } from '../../src/data/parseStory';
import { readPrerenderedStory, writePrerenderedStory } from '../../src/data/prerenderedStory';
import bundled from '../../stories/lecun-musk.json';

describe('writePrerenderedStory and readPrerenderedStory', () => {
  it('round-trips the bundled story exactly as parseStory gives it', () => {
    const result = parseStory(bundled);
    const read = readPrerenderedStory(JSON.parse(writePrerenderedStory(result)));
    expect(read).toEqual(JSON.parse(JSON.stringify(result)));
    // Events share the story's category objects again, so the legend finds the categories in use.
    expect(read.story?.events.every((event) => read.story?.categories.includes(event.category))).toBe(true);
  });

  it('writePrerenderedStory escapes "<", so the JSON cannot close its <script> element', () => {
    const text = writePrerenderedStory({ format: 'quoteline', story: null, issues: [createIssue('title', 'problem.field.invalid', { detail: '</script><script>alert(1)</script>' })], warnings: [] });
    expect(text).not.toContain('<');
    expect(readPrerenderedStory(JSON.parse(text)).issues[0]?.message).toBe('</script><script>alert(1)</script>');
  });

  it('readPrerenderedStory rejects what is not a parse result', () => {
    expect(() => readPrerenderedStory({ quoteline: 1, events: [] })).toThrow(/not a parse result/);
    expect(() => readPrerenderedStory(null)).toThrow(/not a parse result/);
  });

  it('readPrerenderedStory rejects null categories and events with its own error, not a TypeError (found by fuzzing)', () => {
    const read = (story: unknown) => () => readPrerenderedStory({ format: 'quoteline', issues: [], warnings: [], story });
    expect(read({ events: [], categories: [null] })).toThrow(/category without an id/);
    expect(read({ events: [null], categories: [] })).toThrow(/event that is not an object/);
    expect(read({ events: [{ category: 'event' }], categories: [{ id: 'event' }] })).not.toThrow();
  });
});
