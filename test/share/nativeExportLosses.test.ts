import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/data/types';
import { describeNativeExportLosses } from '../../src/share/nativeExportLosses';
import { createTestStory } from '../helpers/story';

const sourced = createTestStory(3).events;
const unsourced = sourced.map((event): TimelineEvent => ({ ...event, sources: [] }));

describe('describeNativeExportLosses', () => {
  it('describeNativeExportLosses(story) is empty for a story with a source for every event', () => {
    expect(describeNativeExportLosses({ events: sourced })).toEqual([]);
  });

  it('describeNativeExportLosses(story) counts the events without a source', () => {
    expect(describeNativeExportLosses({ events: unsourced })).toEqual([
      'Every event should name its source, and none of its 3 events has one: add the sources to the downloaded file before you publish it.',
    ]);
    expect(describeNativeExportLosses({ events: [sourced[0]!, unsourced[1]!] })[0]).toMatch(/, and 1 of its 2 events has none: add/);
    expect(describeNativeExportLosses({ events: [unsourced[0]!] })[0]).toMatch(/, and its one event has none: add/);
  });
});
