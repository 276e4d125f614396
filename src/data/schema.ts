import * as v from 'valibot';
import { ID_PATTERN } from './ids';
import { isWebUrl } from './safeUrl';
import { CATEGORIES } from './types';

const Text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const Id = v.pipe(
  v.string(),
  v.regex(ID_PATTERN, (issue) => `${issue.received} is not a kebab-case id (a-z, 0-9 and single hyphens)`),
);
const WebUrl = v.pipe(
  v.string(),
  v.check(isWebUrl, (issue) => `${issue.received} is not an absolute http(s) URL`),
);

/** A source in the native format. */
const SourceSchema = v.object({
  id: Id,
  title: Text,
  publisher: Text,
  url: v.optional(WebUrl),
  date: v.optional(v.string()),
  note: v.optional(v.string()),
});

/** A quote in the native format: verbatim text, who said it, where, and which source. */
const QuoteSchema = v.object({
  text: Text,
  speaker: Text,
  where: v.optional(v.string()),
  source: v.optional(v.string()),
  note: v.optional(v.string()),
});

/** An editor's note: a correction of a source, or context. */
const NoteSchema = v.object({
  kind: v.picklist(['correction', 'context']),
  text: Text,
});

/** One event in the native format. */
export const EventSchema = v.object({
  id: Id,
  start: v.string(),
  end: v.optional(v.string()),
  timeZone: v.optional(v.string()),
  headline: Text,
  label: v.optional(Text),
  summary: v.optional(v.string(), ''),
  category: v.picklist(CATEGORIES),
  people: v.optional(v.array(v.string()), []),
  quotes: v.optional(v.array(QuoteSchema), []),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'needs at least one source')),
  notes: v.optional(v.array(NoteSchema), []),
});

/** The story envelope; events are checked one by one so one bad event does not sink the rest. */
export const StorySchema = v.object({
  quoteline: v.literal(1),
  id: v.optional(Id, 'story'),
  title: Text,
  description: v.optional(v.string(), ''),
  lang: v.optional(v.string()),
  startEventId: v.optional(v.string()),
  view: v.optional(v.object({ start: v.string(), end: v.string() })),
  credit: v.optional(v.string()),
  events: v.array(v.unknown()),
});
