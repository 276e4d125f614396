import * as v from 'valibot';
import { isLanguageTag } from '../../i18n/languages';
import { isTimeZone, parseCivilDate } from '../civilDate';
import { createIssue } from '../createIssue';
import { toDataIssues } from '../issuePath';
import { isRecord } from '../isRecord';
import type { MediaPolicy } from '../media';
import { CategorySchema, EventSchema, KNOWN_FIELDS, StorySchema } from '../schema';
import { findUnknownFields, suggest } from '../suggest';
import { suggestDateText, suggestTimeZone } from '../suggestDate';
import { createLabel, toParagraphs } from '../text';
import { DEFAULT_CATEGORY, getDefaultStyle, VERSION_1_CATEGORIES, type Category, type CivilDate, type DataIssue, type Era, type Media, type ParseResult, type Source } from '../types';
import { createStory, type DraftEvent } from '../createStory';
import { withDefined } from '../withDefined';

/** What one import collects besides events: errors, and warnings apart. */
interface Problems {
  issues: DataIssue[];
  warnings: DataIssue[];
}

/**
 * Imports a story in the native Quoteline format. Version 2 stories define their categories
 * (without `categories`, one neutral category); version 1 stories get the five the format had
 * built in.
 */
export function importQuoteline(input: unknown, options: { mediaPolicy?: MediaPolicy | undefined } = {}): ParseResult {
  const envelope = v.safeParse(StorySchema, input);
  if (!envelope.success) {
    return { format: 'quoteline', story: null, issues: toDataIssues(envelope.issues, []), warnings: [] };
  }
  const problems: Problems = { issues: [], warnings: [] };
  if (isRecord(input)) problems.warnings.push(...findUnknownFields(input, KNOWN_FIELDS.story, ''));
  const { events: rawEvents, quoteline: version, view: rawView, categories: rawCategories, eras: rawEras, ...rest } = envelope.output;
  const categories = readCategories(rawCategories, version, problems);
  const drafts: DraftEvent[] = [];
  rawEvents.forEach((raw, index) => {
    const draft = importEvent(raw, index, categories, problems);
    if (draft) drafts.push(draft);
  });
  const start = rawView === undefined ? undefined : parseDate(rawView.start, undefined, 'view.start', problems.issues);
  const end = rawView === undefined ? undefined : parseDate(rawView.end, undefined, 'view.end', problems.issues);
  // A story's lang names its dates' locale: one Intl cannot read ("en_US") would stop the page.
  const { lang, ...fields } = rest;
  const isLangValid = lang === undefined || isLanguageTag(lang);
  if (!isLangValid) problems.issues.push(createIssue('lang', 'problem.story.lang', { lang }));
  const meta = withDefined(fields, { lang: isLangValid ? lang : undefined, view: start && end ? { start, end } : undefined });
  const eras = rawEras.flatMap((era, index): Era[] => {
    const eraStart = parseDate(era.start, undefined, `eras[${index}].start`, problems.issues);
    const eraEnd = parseDate(era.end, undefined, `eras[${index}].end`, problems.issues);
    return eraStart && eraEnd ? [{ label: era.label, start: eraStart, end: eraEnd }] : [];
  });
  return createStory({ format: 'quoteline', meta, categories: categories.list, drafts, eras, mediaPolicy: options.mediaPolicy, ...problems });
}

/** The story's categories, and whether it defined them (else events need not name one). */
interface Categories {
  list: Category[];
  byId: Map<string, Category>;
  isDefined: boolean;
}

function readCategories(raw: unknown[] | undefined, version: 1 | 2, problems: Problems): Categories {
  if (raw === undefined) {
    const list = version === 1 ? [...VERSION_1_CATEGORIES] : [DEFAULT_CATEGORY];
    return { list, byId: new Map(list.map((category) => [category.id, category])), isDefined: version === 1 };
  }
  const byId = new Map<string, Category>();
  raw.forEach((item, index) => {
    const parsed = v.safeParse(CategorySchema, item);
    if (!parsed.success) {
      problems.issues.push(...toDataIssues(parsed.issues, ['categories', index]));
      return;
    }
    if (isRecord(item)) problems.warnings.push(...findUnknownFields(item, KNOWN_FIELDS.category, `categories[${index}]`));
    const { id, label, shape, color } = parsed.output;
    if (byId.has(id)) {
      problems.issues.push(createIssue(`categories[${index}].id`, 'problem.category.duplicate', { id }));
      return;
    }
    byId.set(id, { id, label, shape, color: color ?? getDefaultStyle(index).color });
  });
  if (byId.size === 0) byId.set(DEFAULT_CATEGORY.id, DEFAULT_CATEGORY);
  return { list: [...byId.values()], byId, isDefined: true };
}

function importEvent(raw: unknown, index: number, categories: Categories, problems: Problems): DraftEvent | null {
  const { issues, warnings } = problems;
  const parsed = v.safeParse(EventSchema, raw);
  if (!parsed.success) {
    issues.push(...toDataIssues(parsed.issues, ['events', index]));
    return null;
  }
  const event = parsed.output;
  const at = (key: string): string => `events[${index}].${key}`;
  if (isRecord(raw)) warnUnknownFields(raw, index, warnings);
  const category = readCategory(event.category, categories, at('category'), problems);
  if (!category) return null;
  if (event.timeZone !== undefined && !isTimeZone(event.timeZone)) {
    issues.push(createIssue(at('timeZone'), 'problem.event.timeZone', { timeZone: event.timeZone }, suggestTimeZone(event.timeZone)));
    return null;
  }
  const start = parseDate(event.start, event.timeZone, at('start'), issues);
  if (!start) return null;
  const end = event.end === undefined ? undefined : parseDate(event.end, event.timeZone, at('end'), issues);
  if (end === null) return null;
  if (event.sources.length === 0) warnings.push(createIssue(at('sources'), 'problem.event.noSource'));
  // An explicit empty list says "no quotes, on purpose" (a company filing); a missing one may be an oversight.
  if (isRecord(raw) && raw.quotes === undefined) {
    warnings.push(createIssue(at('quotes'), 'problem.event.noQuotes'));
  }
  const sources: Source[] = event.sources.map((source, sourceIndex) => {
    const date = source.date === undefined ? undefined : parseDate(source.date, undefined, at(`sources[${sourceIndex}].date`), issues);
    return withDefined(
      { id: source.id, title: source.title, publisher: source.publisher },
      {
        url: source.url,
        date: date ?? undefined,
        note: source.note,
      },
    );
  });
  const sourceIds = sources.map((source) => source.id);
  const quotes = event.quotes.map((quote, quoteIndex) => {
    const isKnown = quote.source === undefined || sourceIds.includes(quote.source);
    if (!isKnown && quote.source !== undefined) {
      const sources = sourceIds.map((id) => `"${id}"`).join(', ');
      const code = sources === '' ? 'problem.quote.noSources' : 'problem.quote.unknownSource';
      issues.push(createIssue(at(`quotes[${quoteIndex}].source`), code, { source: quote.source, sources }, suggest(quote.source, sourceIds)));
    }
    const isLangValid = quote.lang === undefined || isLanguageTag(quote.lang);
    if (!isLangValid) issues.push(createIssue(at(`quotes[${quoteIndex}].lang`), 'problem.quote.lang', { lang: quote.lang ?? '' }));
    return withDefined(
      { text: quote.text, speaker: quote.speaker },
      {
        where: quote.where,
        sourceId: isKnown ? quote.source : undefined,
        note: quote.note,
        lang: isLangValid ? quote.lang : undefined,
      },
    );
  });
  return withDefined(
    {
      id: event.id,
      fileIndex: index,
      start,
      headline: event.headline,
      label: event.label ?? createLabel(event.headline),
      summary: toParagraphs(event.summary),
      category,
      people: event.people,
      quotes,
      sources,
      notes: event.notes,
    },
    { end, displayDate: event.displayDate, media: event.media ? toMedia(event.media) : undefined },
  );
}

function readCategory(id: string | undefined, categories: Categories, path: string, problems: Problems): Category | null {
  const ids = [...categories.byId.keys()];
  const expected = ids.map((known) => `"${known}"`).join(', ');
  if (!categories.isDefined) {
    if (id !== undefined) problems.warnings.push(createIssue(path, 'problem.category.ignored', { id }));
    return categories.list[0] ?? DEFAULT_CATEGORY;
  }
  if (id === undefined) {
    problems.issues.push(createIssue(path, 'problem.category.missing', { categories: expected }));
    return null;
  }
  const category = categories.byId.get(id);
  if (category) return category;
  problems.issues.push(createIssue(path, 'problem.category.unknown', { id, categories: expected }, suggest(id, ids)));
  return null;
}

function warnUnknownFields(raw: Record<string, unknown>, index: number, warnings: DataIssue[]): void {
  const at = `events[${index}]`;
  warnings.push(...findUnknownFields(raw, KNOWN_FIELDS.event, at));
  const nested = [
    ['sources', KNOWN_FIELDS.source],
    ['quotes', KNOWN_FIELDS.quote],
    ['notes', KNOWN_FIELDS.note],
  ] as const;
  for (const [key, known] of nested) {
    const list = raw[key];
    if (!Array.isArray(list)) continue;
    list.forEach((item: unknown, itemIndex) => {
      if (isRecord(item)) warnings.push(...findUnknownFields(item, known, `${at}.${key}[${itemIndex}]`));
    });
  }
  if (isRecord(raw.media)) warnings.push(...findUnknownFields(raw.media, KNOWN_FIELDS.media, `${at}.media`));
}

function toMedia(media: { url: string; caption?: string | undefined; credit?: string | undefined; alt?: string | undefined; thumbnail?: string | undefined }): Media {
  const caption = media.caption === undefined ? [] : toParagraphs(media.caption);
  const credit = media.credit === undefined ? [] : toParagraphs(media.credit);
  return withDefined({ url: media.url }, { caption: caption.length > 0 ? caption : undefined, credit: credit.length > 0 ? credit : undefined, alt: media.alt, thumbnail: media.thumbnail });
}

function parseDate(text: string, timeZone: string | undefined, path: string, issues: DataIssue[]): CivilDate | null {
  const result = parseCivilDate(text, timeZone);
  if (result.ok) return result.date;
  issues.push(createIssue(path, result.code, result.values, suggestDateText(text)));
  return null;
}
