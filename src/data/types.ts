import type { ProblemKey } from '../i18n/catalogs/en';

/** How precisely a civil date is known. */
export type Precision = 'year' | 'month' | 'day' | 'minute';

/**
 * A calendar date as written by the source, not an instant: 27 May 2024 stays 27 May 2024 for
 * every reader. Minute precision carries the IANA zone it was written in; when that is absent
 * (TimelineJS data) the time is floating and shown as written.
 */
export interface CivilDate {
  year: number;
  /** 1–12; 1 when the precision is year. */
  month: number;
  /** 1–31; 1 when the precision is year or month. */
  day: number;
  hour: number;
  minute: number;
  precision: Precision;
  timeZone?: string;
}

/** Marker shapes the track draws; a category has one, so category never depends on colour alone. */
export const SHAPES = ['circle', 'square', 'diamond', 'triangle', 'triangle-down'] as const;
export type Shape = (typeof SHAPES)[number];

/** Named colours of the palette (each has a light and a dark value, 3:1 or more on its background). */
export const COLORS = ['red', 'purple', 'blue', 'slate', 'amber', 'green', 'teal'] as const;
export type Color = (typeof COLORS)[number];

/** A category of events, as the story defines it: the legend, the markers and the text version follow it. */
export interface Category {
  /** Kebab-case id that events refer to. */
  id: string;
  /** Reader-facing name, e.g. "Exchange". */
  label: string;
  shape: Shape;
  color: Color;
}

/** The one category of a story that defines none (format 2 without `categories`, TimelineJS without groups). */
export const DEFAULT_CATEGORY: Category = { id: 'event', label: 'Event', shape: 'circle', color: 'slate' };

/** What format version 1 had built in: the feud's five categories. Version 1 files get them. */
export const VERSION_1_CATEGORIES: readonly Category[] = [
  { id: 'exchange', label: 'Exchange', shape: 'circle', color: 'red' },
  { id: 'critique', label: 'Critique', shape: 'square', color: 'purple' },
  { id: 'debate', label: 'Debate', shape: 'diamond', color: 'blue' },
  { id: 'context', label: 'Context', shape: 'triangle', color: 'slate' },
  { id: 'prediction', label: 'Prediction', shape: 'triangle-down', color: 'amber' },
];

/** The shape and colour the `index`-th category gets when the story names none (TimelineJS groups). */
export function getDefaultStyle(index: number): Pick<Category, 'shape' | 'color'> {
  return { shape: SHAPES[index % SHAPES.length] ?? 'circle', color: COLORS[index % COLORS.length] ?? 'slate' };
}

/**
 * A run of text, optionally a link (http, https or mailto only), emphasised or strong. A `"\n"` in
 * `text` is a line break. Nothing else of the HTML it came from survives: no element, no attribute.
 */
export interface Inline {
  text: string;
  href?: string;
  /** Emphasis (`em`, `i` in HTML). */
  em?: true;
  /** Strong importance (`strong`, `b` in HTML). */
  strong?: true;
}

/** A paragraph of inline runs. */
export type Paragraph = Inline[];

/** A list reduced from HTML (`ul`, `ol`): one paragraph of inline runs per item, nested lists flattened. */
export interface List {
  list: 'ul' | 'ol';
  items: Paragraph[];
}

/** A block of rich text: a paragraph (an array of runs) or a list. */
export type Block = Paragraph | List;

export interface Source {
  id: string;
  title: string;
  publisher: string;
  url?: string;
  date?: CivilDate;
  note?: string;
}

export interface Quote {
  text: string;
  speaker: string;
  where?: string;
  /** Id of one of the event's sources. */
  sourceId?: string;
  note?: string;
  /** BCP 47 language of `text` when it differs from the story's ("fr"); its `lang` (and `dir`) attribute. */
  lang?: string;
}

export interface EditorNote {
  kind: 'correction' | 'context';
  text: string;
}

/**
 * A picture, video, post or page that illustrates an event (TimelineJS `media`). Shown as a card
 * with its caption, credit and a link to the original; an image is shown only when it is on the
 * story file's origin or on a host the page allows (`?images=`), and nothing else is embedded.
 */
export interface Media {
  /** http(s) URL of the original. */
  url: string;
  caption?: Block[];
  credit?: Block[];
  /** Text alternative for an image. */
  alt?: string;
  /** http(s) URL of a small image. */
  thumbnail?: string;
}

/** One event of a normalised story, ready for the views. */
export interface TimelineEvent {
  id: string;
  /** Position of the event in the input file, counted from 0, before sorting. */
  fileIndex: number;
  start: CivilDate;
  end?: CivilDate;
  /** Start as a number on the story's time axis, in ms (see `toAxisTime`). */
  time: number;
  /** End on the time axis in ms; equals `time` without an end. */
  endTime: number;
  headline: string;
  /** Short text for the axis. */
  label: string;
  summary: Block[];
  /** One of the story's categories (the same object as in `Story.categories`). */
  category: Category;
  /** Date text to show instead of the formatted dates (TimelineJS `display_date`), e.g. "Spring 1997". */
  displayDate?: string;
  media?: Media;
  people: string[];
  quotes: Quote[];
  sources: Source[];
  notes: EditorNote[];
}

/** A labelled span of time (TimelineJS eras). */
export interface Era {
  label: string;
  start: CivilDate;
  end: CivilDate;
}

/** A span of the story, from the start of `start` to the end of `end` (both civil dates). */
export interface StoryView {
  start: CivilDate;
  end: CivilDate;
}

/** A normalised story: events sorted by time, stable for equal times (file order). */
export interface Story {
  id: string;
  title: string;
  description: string;
  lang?: string;
  startEventId?: string;
  /** The span the timeline opens on: it gets most of the axis, the rest of the story the edges. */
  view?: StoryView;
  credit?: string;
  /** The story's categories, in legend order; every event's category is one of them. */
  categories: Category[];
  events: TimelineEvent[];
  eras: Era[];
}

/**
 * One problem in the input: its place in the file (`events[3].start_date.month`, or `row 14,
 * column Month` for a sheet), what was found and what was expected, and where it is obvious the fix.
 */
export interface DataIssue {
  path: string;
  /** The problem's message in the catalogs (`src/i18n/catalogs/problems.en.ts`), for readers in other languages. */
  code: ProblemKey;
  /** The values of the message's placeholders: field names, ids, dates and URLs as found (never translated); plain, to cross `postMessage`. */
  values: Readonly<Record<string, string | number>>;
  /** The message in English, worded from the catalog, fix included (what the CLI prints). */
  message: string;
  /** The likely intended value, e.g. "2024" for "did you mean 2024?". */
  fix?: string;
  /** How the fix is offered, with `fix`: quoted (`problem.didYouMean`) or, for a number, bare (`problem.didYouMeanNumber`). */
  fixCode?: FixKey;
}

/** The messages that offer an issue's fix. */
export type FixKey = Extract<ProblemKey, 'problem.didYouMean' | 'problem.didYouMeanNumber'>;

/** Formats `parseStory` recognises. */
export type StoryFormat = 'quoteline' | 'timelinejs' | 'timelinejs-csv';

/**
 * What parsing gives: a story (possibly with some events left out), the errors found (`issues`:
 * what they name is left out or not shown) and, apart, the warnings (what is shown, but less well
 * than it could be: unknown fields, events without sources or quotes, media not loaded).
 */
export interface ParseResult {
  format: StoryFormat | null;
  story: Story | null;
  issues: DataIssue[];
  warnings: DataIssue[];
}

/** Reduces an HTML string to blocks of text, safe links, emphasis and lists. Injected, since it needs a DOM. */
export type HtmlToParagraphs = (html: string) => Block[];
