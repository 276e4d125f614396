import { parseStory } from '../../src/data/parseStory';
import type { Story } from '../../src/data/types';

/** A minimal native event; pass fields to override. */
export function nativeEvent(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'event',
    start: '2024-05-27',
    headline: 'A headline',
    summary: 'A summary.',
    category: 'exchange',
    sources: [{ id: 'src', title: 'A report', publisher: 'A paper', url: 'https://example.org/report' }],
    ...overrides,
  };
}

/** A native story document with the given events. */
export function nativeStory(events: unknown[], overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { quoteline: 1, id: 'test', title: 'Test story', events, ...overrides };
}

/** Parses a native story and fails the test when it has problems. */
export function createTestStory(count: number, startYear = 2020): Story {
  const events = Array.from({ length: count }, (_, index) =>
    nativeEvent({
      id: `event-${index + 1}`,
      start: `${startYear + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-15`,
      headline: `Headline ${index + 1}`,
      label: `Event ${index + 1}`,
    }),
  );
  const { story, issues } = parseStory(nativeStory(events));
  if (!story || issues.length > 0) throw new Error(JSON.stringify(issues));
  return story;
}
