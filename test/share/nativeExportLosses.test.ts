import { describe, expect, it } from 'vitest';
import type { Era, TimelineEvent } from '../../src/data/types';
import { describeNativeExportLosses } from '../../src/share/nativeExportLosses';
import { createTestStory } from '../helpers/story';

const sourced = createTestStory(3).events;
const unsourced = sourced.map((event): TimelineEvent => ({ ...event, sources: [] }));
const era: Era = { label: 'Spring', start: sourced[0]!.start, end: sourced[2]!.start };

describe('describeNativeExportLosses', () => {
  it('describeNativeExportLosses(story) is empty for a story with a source for every event and no eras', () => {
    expect(describeNativeExportLosses({ events: sourced, eras: [] })).toEqual([]);
  });

  it('describeNativeExportLosses(story) counts the events without a source', () => {
    expect(describeNativeExportLosses({ events: unsourced, eras: [] })).toEqual([
      'Quoteline JSON needs a source for every event, and none of its 3 events has one: a timeline would leave them out. Add the sources to the downloaded file before you host it, or host the original file as it is.',
    ]);
    expect(describeNativeExportLosses({ events: [sourced[0]!, unsourced[1]!], eras: [] })[0]).toMatch(/, and 1 of its 2 events has none: a timeline would leave it out\./);
    expect(describeNativeExportLosses({ events: [unsourced[0]!], eras: [] })[0]).toMatch(/, and its one event has none: a timeline would leave it out\./);
  });

  it('describeNativeExportLosses(story) says eras are left out', () => {
    expect(describeNativeExportLosses({ events: sourced, eras: [era, era] })).toEqual(['Quoteline JSON has no eras: the 2 eras of this file are left out of it.']);
    expect(describeNativeExportLosses({ events: sourced, eras: [era] })).toEqual(['Quoteline JSON has no eras: the era of this file is left out of it.']);
  });
});
