import { toJsonSchema } from '@valibot/to-json-schema';
import * as v from 'valibot';
import { CategorySchema, EventSchema, StorySchema } from './schema';

/** Where the bundled story and a hosted copy find the schema: next to the story file. */
export const STORY_SCHEMA_FILE = 'story.schema.json';

/**
 * The JSON Schema (draft-07) of the native story format, generated from the valibot schema the app
 * validates with, so editors get completion and checking from the same rules. Checks JSON Schema
 * cannot express (kebab-case ids, absolute http(s) links, real dates) stay in the app's validator;
 * `stories/story.schema.json` is this, committed (`test/data/jsonSchema.test.ts` keeps it current).
 */
export function createStoryJsonSchema(): Record<string, unknown> {
  const Story = v.object({ $schema: v.optional(v.string()), ...StorySchema.entries, categories: v.optional(v.array(CategorySchema)), events: v.array(EventSchema) });
  const schema = toJsonSchema(Story, { errorMode: 'ignore' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    title: 'Quoteline story',
    description: 'A Quoteline story file (format version 2; version 1 files also load). See docs/story-format.md.',
    ...schema,
  };
}
