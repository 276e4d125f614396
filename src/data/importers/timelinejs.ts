import * as v from 'valibot';
import { createCivilDate, type CivilDateParts } from '../civilDate';
import { createIssue } from '../createIssue';
import { createStory, type DraftEvent } from '../createStory';
import { toDataIssues } from '../issuePath';
import { isRecord } from '../isRecord';
import { setSummaryHtml } from '../lazySummary';
import type { MediaPolicy } from '../media';
import { isWebUrl } from '../safeUrl';
import { findUnknownFields } from '../suggest';
import { suggestNumber } from '../suggestDate';
import { createLabel, getInlines, slugify, toParagraphs, toPlainText } from '../text';
import { DEFAULT_CATEGORY, getDefaultStyle, type Category, type CivilDate, type DataIssue, type Era, type Block, type HtmlToParagraphs, type Media, type ParseResult } from '../types';
import { withDefined } from '../withDefined';

const NumberLike = v.union([v.number(), v.string()]);

const DateSchema = v.object({
  year: NumberLike,
  month: v.optional(NumberLike),
  day: v.optional(NumberLike),
  hour: v.optional(NumberLike),
  minute: v.optional(NumberLike),
  second: v.optional(NumberLike),
  millisecond: v.optional(NumberLike),
  display_date: v.optional(v.string()),
  format: v.optional(v.string()),
});

const MediaSchema = v.object({
  url: v.optional(v.string(), ''),
  caption: v.optional(v.string()),
  credit: v.optional(v.string()),
  alt: v.optional(v.string()),
  thumbnail: v.optional(v.string()),
  title: v.optional(v.string()),
  link: v.optional(v.string()),
  link_target: v.optional(v.string()),
});

const TextSchema = v.object({
  headline: v.optional(v.string(), ''),
  text: v.optional(v.string(), ''),
});

const SlideSchema = v.object({
  start_date: DateSchema,
  end_date: v.optional(DateSchema),
  text: v.optional(TextSchema, { headline: '', text: '' }),
  unique_id: v.optional(v.union([v.string(), v.number()])),
  group: v.optional(v.string()),
  display_date: v.optional(v.string()),
  media: v.optional(MediaSchema),
  background: v.optional(v.unknown()),
  autolink: v.optional(v.boolean()),
});

const EraSchema = v.object({
  start_date: DateSchema,
  end_date: DateSchema,
  text: v.optional(TextSchema, { headline: '', text: '' }),
});

const EnvelopeSchema = v.object({
  title: v.optional(v.object({ text: v.optional(TextSchema, { headline: '', text: '' }), media: v.optional(v.unknown()), background: v.optional(v.unknown()) })),
  events: v.array(v.unknown()),
  eras: v.optional(v.array(v.unknown()), []),
  scale: v.optional(v.string()),
});

/** TimelineJS fields, for "unknown field" warnings. */
const KNOWN_FIELDS = {
  envelope: Object.keys(EnvelopeSchema.entries),
  slide: Object.keys(SlideSchema.entries),
  date: Object.keys(DateSchema.entries),
  media: Object.keys(MediaSchema.entries),
};

type DateInput = v.InferOutput<typeof DateSchema>;

/** Options for TimelineJS import. */
export interface ImportTimelineJsOptions {
  /** Reduces `text.text` HTML to text and links; without it HTML is kept as literal text. */
  htmlToParagraphs?: HtmlToParagraphs | undefined;
  /** Reduces each summary's HTML (`text.text`) at import. Without it, `htmlToParagraphs` reduces a summary when it is first read (a getter). */
  summaryToParagraphs?: HtmlToParagraphs | undefined;
  /** Which images the page will show, for warnings about media that will not be loaded. */
  mediaPolicy?: MediaPolicy | undefined;
}

/**
 * Imports a TimelineJS3 JSON document: the `title` slide gives the title and description; each
 * event its dates (`display_date` kept), headline and text (HTML, reduced), `unique_id` as its id,
 * its `group` as a category (in order of first appearance, each with its own shape) and its media;
 * `eras` become eras. Backgrounds are ignored, with one notice.
 */
export function importTimelineJs(input: unknown, options: ImportTimelineJsOptions = {}): ParseResult {
  const envelope = v.safeParse(EnvelopeSchema, input);
  if (!envelope.success) {
    return { format: 'timelinejs', story: null, issues: toDataIssues(envelope.issues, []), warnings: [] };
  }
  const reduce = options.htmlToParagraphs ?? toParagraphs;
  // Text without markup or entities needs no DOM: most headlines, and it keeps imports fast.
  const toParagraphsFromHtml = (html: string): Block[] => (/[<&]/.test(html) ? reduce(html) : toParagraphs(html));
  const toText = (html: string): string => toPlainText(toParagraphsFromHtml(html)).replace(/\s+/g, ' ').trim();
  const issues: DataIssue[] = [];
  const warnings: DataIssue[] = [];
  if (isRecord(input)) warnings.push(...findUnknownFields(input, KNOWN_FIELDS.envelope, ''));
  const usedIds = new Set<string>(
    envelope.output.events.flatMap((raw) => (isRecord(raw) && (typeof raw.unique_id === 'string' || typeof raw.unique_id === 'number') ? [slugify(String(raw.unique_id))] : [])),
  );
  const categories = new Map<string, Category>();
  const drafts: DraftEvent[] = [];
  let backgrounds = 0;
  envelope.output.events.forEach((raw, index) => {
    const parsed = v.safeParse(SlideSchema, raw);
    if (!parsed.success) {
      issues.push(...toDataIssues(parsed.issues, ['events', index]));
      return;
    }
    const slide = parsed.output;
    if (isRecord(raw)) warnSlideFields(raw, index, warnings);
    if (slide.background !== undefined) backgrounds += 1;
    const start = readDate(slide.start_date, ['events', index, 'start_date'], issues);
    const end = slide.end_date === undefined ? undefined : readDate(slide.end_date, ['events', index, 'end_date'], issues);
    if (!start || end === null) return;
    const headline = toText(slide.text.headline);
    if (headline === '') {
      issues.push(createIssue(`events[${index}].text.headline`, 'problem.timelinejs.noHeadline'));
      return;
    }
    // An explicit unique_id is the event's id (a second use of it is an error, in createStory);
    // an id made from the headline steers clear of every explicit one and of those made before.
    const id = slide.unique_id === undefined ? createUniqueId(headline, index, usedIds) : slugify(String(slide.unique_id)) || `event-${index + 1}`;
    // TimelineJS shows display dates and group names as HTML, so they are reduced to their text too.
    const displayDate = toText(slide.display_date ?? slide.start_date.display_date ?? '');
    const media = readMedia(slide.media, `events[${index}].media`, toParagraphsFromHtml, { issues, warnings });
    const draft = withDefined(
      {
        id,
        fileIndex: index,
        start,
        headline,
        label: createLabel(headline),
        summary: [] as Block[],
        category: getCategory(toText(slide.group ?? ''), categories),
        people: [],
        quotes: [],
        sources: [],
        notes: [],
      },
      { end, displayDate: displayDate || undefined, media },
    );
    drafts.push(options.summaryToParagraphs ? { ...draft, summary: options.summaryToParagraphs(slide.text.text) } : withLazySummary(draft, slide.text.text, toParagraphsFromHtml));
  });
  const eras = readEras(envelope.output.eras, toText, issues);
  const title = envelope.output.title;
  if (title?.background !== undefined) backgrounds += 1;
  if (backgrounds > 0) warnings.push(createIssue('(file)', 'problem.timelinejs.backgrounds', { count: backgrounds }));
  if (drafts.length > 0) {
    warnings.push(createIssue('(file)', 'problem.timelinejs.noSources'));
  }
  const meta = {
    id: 'story',
    title: (title?.text && toText(title.text.headline)) || 'Untitled timeline',
    description: title?.text ? toText(title.text.text) : '',
  };
  // Ungrouped events share the neutral category, listed after the groups.
  const list = [...categories.entries()].sort(([a], [b]) => Number(a === '') - Number(b === '')).map(([, category]) => category);
  return createStory({ format: 'timelinejs', meta, categories: list.length > 0 ? list : [DEFAULT_CATEGORY], drafts, issues, warnings, eras, mediaPolicy: options.mediaPolicy, endField: 'end_date' });
}

/** The category of a group, created in order of first appearance with the next shape and colour. */
function getCategory(group: string, categories: Map<string, Category>): Category {
  const existing = categories.get(group);
  if (existing) return existing;
  const used = new Set([...categories.values()].map((category) => category.id));
  const base = group === '' ? DEFAULT_CATEGORY.id : slugify(group) || 'group';
  let id = base;
  for (let suffix = 2; used.has(id); suffix += 1) id = `${base}-${suffix}`;
  const category: Category = group === '' ? { ...DEFAULT_CATEGORY, id, ...getDefaultStyle(categories.size), color: 'slate' } : { id, label: group, ...getDefaultStyle(categories.size) };
  categories.set(group, category);
  return category;
}

function warnSlideFields(raw: Record<string, unknown>, index: number, warnings: DataIssue[]): void {
  const at = `events[${index}]`;
  warnings.push(...findUnknownFields(raw, KNOWN_FIELDS.slide, at));
  for (const key of ['start_date', 'end_date'] as const) {
    const date = raw[key];
    if (isRecord(date)) warnings.push(...findUnknownFields(date, KNOWN_FIELDS.date, `${at}.${key}`));
  }
  if (isRecord(raw.media)) warnings.push(...findUnknownFields(raw.media, KNOWN_FIELDS.media, `${at}.media`));
}

/** A slide's media as a card: a link to the original (http(s) only), caption and credit reduced from HTML. */
function readMedia(
  media: v.InferOutput<typeof MediaSchema> | undefined,
  path: string,
  toParagraphsFromHtml: (html: string) => Block[],
  { issues, warnings }: { issues: DataIssue[]; warnings: DataIssue[] },
): Media | undefined {
  if (media === undefined || media.url.trim() === '') return undefined;
  let url = media.url.trim();
  // TimelineJS also takes embed code and blockquotes as "url": no code is run, but a link in it is kept.
  if (url.startsWith('<')) {
    // Embed code ends with the permalink (a post's date links to the post itself).
    const link = getInlines(toParagraphsFromHtml(url))
      .filter((inline) => inline.href !== undefined && isWebUrl(inline.href))
      .at(-1)?.href;
    if (link === undefined) {
      warnings.push(createIssue(`${path}.url`, 'problem.media.embedNoLink'));
      return undefined;
    }
    warnings.push(createIssue(`${path}.url`, 'problem.media.embedLink', { link }));
    url = link;
  }
  if (!isWebUrl(url)) {
    issues.push(createIssue(`${path}.url`, 'problem.media.notUrl', { url }, /^www\./i.test(url) ? `https://${url}` : undefined));
    return undefined;
  }
  const caption = media.caption ? toParagraphsFromHtml(media.caption) : [];
  const credit = media.credit ? toParagraphsFromHtml(media.credit) : [];
  const thumbnail = media.thumbnail?.trim();
  return withDefined(
    { url },
    {
      caption: caption.length > 0 ? caption : undefined,
      credit: credit.length > 0 ? credit : undefined,
      alt: media.alt?.trim() || undefined,
      thumbnail: thumbnail && isWebUrl(thumbnail) ? thumbnail : undefined,
    },
  );
}

/**
 * Reduces the summary's HTML when it is first read, not at import: sanitising ten thousand
 * snippets up front would hold up the first paint, and a reader opens them one at a time.
 */
function withLazySummary(draft: DraftEvent, html: string, reduce: (html: string) => Block[]): DraftEvent {
  let summary: Block[] | undefined;
  setSummaryHtml(draft, html); // search reads the text from it
  return Object.defineProperty(draft, 'summary', { enumerable: true, configurable: true, get: () => (summary ??= reduce(html)) });
}

function readEras(rawEras: unknown[], toText: (html: string) => string, issues: DataIssue[]): Era[] {
  const eras: Era[] = [];
  rawEras.forEach((raw, index) => {
    const parsed = v.safeParse(EraSchema, raw);
    if (!parsed.success) {
      issues.push(...toDataIssues(parsed.issues, ['eras', index]));
      return;
    }
    const start = readDate(parsed.output.start_date, ['eras', index, 'start_date'], issues);
    const end = readDate(parsed.output.end_date, ['eras', index, 'end_date'], issues);
    if (start && end) eras.push({ label: toText(parsed.output.text.headline), start, end });
  });
  return eras;
}

/**
 * A raw slide's `start_date` read as the import reads it, or null where the import would refuse it
 * (without saying why): for a preview, which must find the same earliest event (`previewStory`).
 */
export function readSlideStart(raw: unknown): CivilDate | null {
  if (!isRecord(raw)) return null;
  const date = v.safeParse(DateSchema, raw.start_date);
  return date.success ? readDate(date.output, [], []) : null;
}

function readDate(input: DateInput, path: readonly (string | number)[], issues: DataIssue[]): CivilDate | null {
  const parts: CivilDateParts = { year: Number.NaN };
  for (const key of ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const) {
    const raw = input[key];
    const text = typeof raw === 'string' ? raw.trim() : raw;
    if (text === undefined || text === '') continue;
    const value = Number(text);
    if (!Number.isFinite(value)) {
      issues.push(createIssue(formatDatePath(path, key), 'problem.date.notNumber', { found: JSON.stringify(raw), part: key }, suggestNumber(String(raw), key), 'problem.didYouMeanNumber'));
      return null;
    }
    parts[key] = value;
  }
  const result = createCivilDate(parts);
  if (result.ok) return result.date;
  issues.push(createIssue(formatDatePath(path, result.part), result.code, result.values));
  return null;
}

function formatDatePath(path: readonly (string | number)[], part: string | null): string {
  const base = path
    .map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`))
    .join('')
    .slice(1);
  return part === null ? base : `${base}.${part}`;
}

function createUniqueId(text: string, index: number, usedIds: Set<string>): string {
  const base = slugify(text) || `event-${index + 1}`;
  let id = base;
  for (let suffix = 2; usedIds.has(id); suffix += 1) id = `${base}-${suffix}`;
  usedIds.add(id);
  return id;
}
