import * as v from 'valibot';
import { createCivilDate, type CivilDateParts } from '../civilDate';
import { createStory, type DraftEvent } from '../createStory';
import { toDataIssues } from '../issuePath';
import { createLabel, slugify, toParagraphs, toPlainText } from '../text';
import type { CivilDate, DataIssue, Era, HtmlToParagraphs, Paragraph, ParseResult } from '../types';
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
});

const EraSchema = v.object({
  start_date: DateSchema,
  end_date: DateSchema,
  text: v.optional(TextSchema, { headline: '', text: '' }),
});

const EnvelopeSchema = v.object({
  title: v.optional(v.object({ text: v.optional(TextSchema, { headline: '', text: '' }) })),
  events: v.array(v.unknown()),
  eras: v.optional(v.array(v.unknown()), []),
});

type DateInput = v.InferOutput<typeof DateSchema>;

/** Options for TimelineJS import. */
export interface ImportTimelineJsOptions {
  /** Reduces `text.text` HTML to text and links; without it HTML is kept as literal text. */
  htmlToParagraphs?: HtmlToParagraphs | undefined;
}

/** Imports a TimelineJS3 JSON document (`events[].start_date`, `text`, `unique_id`, `group`, `title`, `eras`). */
export function importTimelineJs(input: unknown, options: ImportTimelineJsOptions = {}): ParseResult {
  const envelope = v.safeParse(EnvelopeSchema, input);
  if (!envelope.success) {
    return { format: 'timelinejs', story: null, issues: toDataIssues(envelope.issues, []) };
  }
  const reduce = options.htmlToParagraphs ?? toParagraphs;
  // Text without markup or entities needs no DOM: most headlines, and it keeps imports fast.
  const toParagraphsFromHtml = (html: string): Paragraph[] => (/[<&]/.test(html) ? reduce(html) : toParagraphs(html));
  const toText = (html: string): string => toPlainText(toParagraphsFromHtml(html)).replace(/\s+/g, ' ').trim();
  const issues: DataIssue[] = [];
  const usedIds = new Set<string>();
  const drafts: DraftEvent[] = [];
  envelope.output.events.forEach((raw, index) => {
    const parsed = v.safeParse(SlideSchema, raw);
    if (!parsed.success) {
      issues.push(...toDataIssues(parsed.issues, ['events', index]));
      return;
    }
    const slide = parsed.output;
    const start = readDate(slide.start_date, ['events', index, 'start_date'], issues);
    const end = slide.end_date === undefined ? undefined : readDate(slide.end_date, ['events', index, 'end_date'], issues);
    if (!start || end === null) return;
    const headline = toText(slide.text.headline) || `Event ${index + 1}`;
    const id = createUniqueId(slide.unique_id === undefined ? headline : String(slide.unique_id), index, usedIds);
    const draft = withDefined(
      {
        id,
        fileIndex: index,
        start,
        headline,
        label: createLabel(headline),
        summary: [] as Paragraph[],
        category: 'context' as const,
        people: [],
        quotes: [],
        sources: [],
        notes: [],
      },
      { end, group: slide.group?.trim() || undefined },
    );
    drafts.push(withLazySummary(draft, slide.text.text, toParagraphsFromHtml));
  });
  const eras = readEras(envelope.output.eras, toText, issues);
  const title = envelope.output.title?.text;
  const meta = {
    id: 'story',
    title: (title && toText(title.headline)) || 'Untitled timeline',
    description: title ? toText(title.text) : '',
  };
  return createStory({ format: 'timelinejs', meta, drafts, issues, eras });
}

/**
 * Reduces the summary's HTML when it is first read, not at import: sanitising ten thousand
 * snippets up front would hold up the first paint, and a reader opens them one at a time.
 */
function withLazySummary(draft: DraftEvent, html: string, reduce: (html: string) => Paragraph[]): DraftEvent {
  let summary: Paragraph[] | undefined;
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

function readDate(input: DateInput, path: readonly (string | number)[], issues: DataIssue[]): CivilDate | null {
  const parts: CivilDateParts = { year: Number.NaN };
  for (const key of ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const) {
    const raw = input[key];
    const text = typeof raw === 'string' ? raw.trim() : raw;
    if (text === undefined || text === '') continue;
    const value = Number(text);
    if (!Number.isFinite(value)) {
      issues.push({ path: formatDatePath(path, key), message: `${JSON.stringify(raw)} is not a number` });
      return null;
    }
    parts[key] = value;
  }
  const result = createCivilDate(parts);
  if (result.ok) return result.date;
  issues.push({ path: formatDatePath(path, result.part), message: result.message });
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
