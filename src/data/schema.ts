import * as v from 'valibot';
import { ID_PATTERN } from './ids';
import { isWebUrl } from './safeUrl';
import { COLORS, SHAPES } from './types';

const Text = v.pipe(v.string(), v.trim(), v.nonEmpty());
// Their problems are worded in data/issuePath.ts, by the action's type.
const Id = v.pipe(v.string(), v.regex(ID_PATTERN));
const WebUrl = v.pipe(v.string(), v.check(isWebUrl));

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
  /** BCP 47 language of the text when it is not the story's ("fr", "ja"); checked by the importer (`isLanguageTag`). */
  lang: v.optional(v.pipe(v.string(), v.description('BCP 47 language of the quote\'s text when it is not the story\'s, e.g. "fr", "pt-BR", "ja"'))),
});

/** An editor's note: a correction of a source, or context. */
const NoteSchema = v.object({
  kind: v.picklist(['correction', 'context']),
  text: Text,
});

/** A picture, video, post or page illustrating an event; shown as a card with a link to it. */
const MediaSchema = v.object({
  url: WebUrl,
  caption: v.optional(v.string()),
  credit: v.optional(v.string()),
  alt: v.optional(v.string()),
  thumbnail: v.optional(WebUrl),
});

/** A category the story defines (format 2): events name it by id. */
export const CategorySchema = v.object({
  id: Id,
  label: Text,
  shape: v.picklist(SHAPES),
  color: v.optional(v.picklist(COLORS)),
});

/** A labelled span of time, shaded on the axis (TimelineJS eras). */
const EraSchema = v.object({
  label: Text,
  start: v.string(),
  end: v.string(),
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
  /** Id of one of the story's categories; optional when the story defines none. */
  category: v.optional(v.string()),
  displayDate: v.optional(Text),
  people: v.optional(v.array(v.string()), []),
  quotes: v.optional(v.array(QuoteSchema), []),
  sources: v.optional(v.array(SourceSchema), []),
  notes: v.optional(v.array(NoteSchema), []),
  media: v.optional(MediaSchema),
});

/** The story envelope; events are checked one by one so one bad event does not sink the rest. */
export const StorySchema = v.object({
  /** Format version: 2 (categories defined by the story); version 1 files keep loading. */
  quoteline: v.picklist([1, 2]),
  id: v.optional(Id, 'story'),
  title: Text,
  description: v.optional(v.string(), ''),
  lang: v.optional(v.string()),
  startEventId: v.optional(v.string()),
  view: v.optional(v.object({ start: v.string(), end: v.string() })),
  credit: v.optional(v.string()),
  categories: v.optional(v.array(v.unknown())),
  eras: v.optional(v.array(EraSchema), []),
  events: v.array(v.unknown()),
});

/** Field names the native format knows, per object, for "unknown field" warnings. */
export const KNOWN_FIELDS = {
  story: ['$schema', ...Object.keys(StorySchema.entries)],
  category: Object.keys(CategorySchema.entries),
  event: Object.keys(EventSchema.entries),
  source: Object.keys(SourceSchema.entries),
  quote: Object.keys(QuoteSchema.entries),
  note: Object.keys(NoteSchema.entries),
  media: Object.keys(MediaSchema.entries),
} as const;
