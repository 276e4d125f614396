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

/** Event categories of the native format. */
export const CATEGORIES = ['exchange', 'critique', 'debate', 'context', 'prediction'] as const;
export type Category = (typeof CATEGORIES)[number];

/** A run of text, optionally a link (http, https or mailto only). */
export interface Inline {
  text: string;
  href?: string;
}

/** A paragraph of inline runs. */
export type Paragraph = Inline[];

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
}

export interface EditorNote {
  kind: 'correction' | 'context';
  text: string;
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
  summary: Paragraph[];
  category: Category;
  /** Free group name from imported formats (TimelineJS `group`). */
  group?: string;
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
  events: TimelineEvent[];
  eras: Era[];
}

/** One problem in the input, with its path in the file (`events[3].start_date.month`). */
export interface DataIssue {
  path: string;
  message: string;
}

/** Formats `parseStory` recognises. */
export type StoryFormat = 'quoteline' | 'timelinejs' | 'timelinejs-csv';

/** What parsing gives: a story (possibly with some events left out) and the problems found. */
export interface ParseResult {
  format: StoryFormat | null;
  story: Story | null;
  issues: DataIssue[];
}

/** Reduces an HTML string to paragraphs of text and safe links. Injected, since it needs a DOM. */
export type HtmlToParagraphs = (html: string) => Paragraph[];
