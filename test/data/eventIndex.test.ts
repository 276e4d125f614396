import { describe, expect, it } from 'vitest';
import { getEventIndex, setEventIndex } from '../../src/data/eventIndex';
import { createTestStory } from '../helpers/story';

describe('getEventIndex', () => {
  it('getEventIndex(events) gives each id its position, once per events array', () => {
    const { events } = createTestStory(3);
    const index = getEventIndex(events);
    expect([...index]).toEqual([
      ['event-1', 0],
      ['event-2', 1],
      ['event-3', 2],
    ]);
    expect(getEventIndex(events)).toBe(index);
    expect(getEventIndex([...events])).not.toBe(index);
  });

  it('getEventIndex(events) gives the index a loader set for that array', () => {
    const { events } = createTestStory(2);
    const made = new Map([
      ['event-1', 0],
      ['event-2', 1],
    ]);
    setEventIndex(events, made);
    expect(getEventIndex(events)).toBe(made);
  });
});
