import * as v from 'valibot';
import { parseCivilDate } from '../civilDate';
import { toDataIssues } from '../issuePath';
import { EventSchema, StorySchema } from '../schema';
import { createLabel, toParagraphs } from '../text';
import type { CivilDate, DataIssue, ParseResult, Source } from '../types';
import { createStory, type DraftEvent } from '../createStory';
import { withDefined } from '../withDefined';

/** Imports a story in the native Quoteline format (version 1). */
export function importQuoteline(input: unknown): ParseResult {
  const envelope = v.safeParse(StorySchema, input);
  if (!envelope.success) {
    return { format: 'quoteline', story: null, issues: toDataIssues(envelope.issues, []) };
  }
  const issues: DataIssue[] = [];
  const drafts: DraftEvent[] = [];
  envelope.output.events.forEach((raw, index) => {
    const draft = importEvent(raw, index, issues);
    if (draft) drafts.push(draft);
  });
  const { events: _events, quoteline: _version, view: rawView, ...rest } = envelope.output;
  const start = rawView === undefined ? undefined : parseDate(rawView.start, undefined, 'view.start', issues);
  const end = rawView === undefined ? undefined : parseDate(rawView.end, undefined, 'view.end', issues);
  const meta = withDefined(rest, { view: start && end ? { start, end } : undefined });
  return createStory({ format: 'quoteline', meta, drafts, issues, eras: [] });
}

function importEvent(raw: unknown, index: number, issues: DataIssue[]): DraftEvent | null {
  const parsed = v.safeParse(EventSchema, raw);
  if (!parsed.success) {
    issues.push(...toDataIssues(parsed.issues, ['events', index]));
    return null;
  }
  const event = parsed.output;
  const at = (key: string): string => `events[${index}].${key}`;
  const start = parseDate(event.start, event.timeZone, at('start'), issues);
  if (!start) return null;
  const end = event.end === undefined ? undefined : parseDate(event.end, event.timeZone, at('end'), issues);
  if (end === null) return null;
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
  const sourceIds = new Set(sources.map((source) => source.id));
  const quotes = event.quotes.map((quote, quoteIndex) => {
    if (quote.source !== undefined && !sourceIds.has(quote.source)) {
      issues.push({ path: at(`quotes[${quoteIndex}].source`), message: `"${quote.source}" is not the id of one of this event's sources` });
    }
    return withDefined(
      { text: quote.text, speaker: quote.speaker },
      {
        where: quote.where,
        sourceId: quote.source !== undefined && sourceIds.has(quote.source) ? quote.source : undefined,
        note: quote.note,
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
      category: event.category,
      people: event.people,
      quotes,
      sources,
      notes: event.notes,
    },
    { end },
  );
}

function parseDate(text: string, timeZone: string | undefined, path: string, issues: DataIssue[]): CivilDate | null {
  const result = parseCivilDate(text, timeZone);
  if (result.ok) return result.date;
  issues.push({ path, message: result.message });
  return null;
}
