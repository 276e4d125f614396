import { describe, expect, it } from 'vitest';
import { createStoryJsonSchema } from '../../src/data/jsonSchema';
import bundled from '../../stories/lecun-musk.json';

describe('the story JSON Schema', () => {
  it('is generated from the validator, and the committed stories/story.schema.json is current (vitest -u rewrites it)', async () => {
    await expect(`${JSON.stringify(createStoryJsonSchema(), null, 2)}\n`).toMatchFileSnapshot('../../stories/story.schema.json');
  });

  it('names every field of an event, and the bundled story points editors at it', () => {
    const schema = createStoryJsonSchema() as { properties: { events: { items: { properties: Record<string, unknown>; required: string[] } } } };
    const event = schema.properties.events.items;
    expect(Object.keys(event.properties)).toEqual(expect.arrayContaining(['id', 'start', 'end', 'timeZone', 'headline', 'label', 'summary', 'category', 'people', 'quotes', 'sources', 'notes']));
    expect(event.required).toEqual(expect.arrayContaining(['id', 'start', 'headline', 'category', 'sources']));
    expect((bundled as { $schema?: string }).$schema).toBe('./story.schema.json');
  });
});
