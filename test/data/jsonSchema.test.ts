import { describe, expect, it } from 'vitest';
import { createStoryJsonSchema } from '../../src/data/jsonSchema';
import bundled from '../../stories/lecun-musk.json';

describe('the story JSON Schema', () => {
  it('is generated from the validator, and the committed stories/story.schema.json is current (vitest -u rewrites it)', async () => {
    await expect(`${JSON.stringify(createStoryJsonSchema(), null, 2)}\n`).toMatchFileSnapshot('../../stories/story.schema.json');
  });

  it('names every field of an event and of a category, and the bundled story points editors at it', () => {
    type Items = { properties: Record<string, { enum?: unknown[] }>; required: string[] };
    const schema = createStoryJsonSchema() as { properties: { events: { items: Items }; categories: { items: Items } } };
    const event = schema.properties.events.items;
    expect(Object.keys(event.properties)).toEqual(
      expect.arrayContaining(['id', 'start', 'end', 'timeZone', 'headline', 'label', 'summary', 'category', 'displayDate', 'people', 'quotes', 'sources', 'notes', 'media']),
    );
    expect(event.required).toEqual(['id', 'start', 'headline']);
    const category = schema.properties.categories.items;
    expect(category.required).toEqual(['id', 'label', 'shape']);
    expect(category.properties.shape?.enum).toEqual(['circle', 'square', 'diamond', 'triangle', 'triangle-down']);
    expect((bundled as { $schema?: string }).$schema).toBe('./story.schema.json');
  });
});
