import Papa from 'papaparse';
import { createIssue } from '../createIssue';
import { suggest } from '../suggest';
import type { DataIssue, ParseResult } from '../types';
import { importTimelineJs, type ImportTimelineJsOptions } from './timelinejs';

/** The columns of the TimelineJS Google Sheets template, as the sheet spells them. */
export const SHEET_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
] as const;
type Column = (typeof SHEET_COLUMNS)[number];

/** A header as the sheet's column it names: case, spaces and punctuation do not matter. */
const normalize = (header: string): string => header.toLowerCase().replace(/[^a-z]/g, '');
const COLUMN_BY_KEY = new Map<string, Column>(SHEET_COLUMNS.map((column) => [normalize(column), column]));

/** Which column of the sheet each date part of a TimelineJS slide came from. */
const DATE_COLUMNS: Record<string, Record<string, Column>> = {
  start_date: { year: 'Year', month: 'Month', day: 'Day', hour: 'Time', minute: 'Time' },
  end_date: { year: 'End Year', month: 'End Month', day: 'End Day', hour: 'End Time', minute: 'End Time' },
};

/** `21:15`, `9:30 PM` or `21:15:30` as hour and minute; null when it is none of them. */
function readTime(text: string): { hour: string; minute: string } | null {
  const match = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*([ap]\.?m\.?)?$/i.exec(text.trim());
  if (!match) return null;
  let hour = Number(match[1]);
  const meridiem = match[3]?.toLowerCase().replace(/\./g, '');
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  return { hour: String(hour), minute: String(Number(match[2])) };
}

/** Sheet columns of a slide's media fields. */
const MEDIA_COLUMNS: Record<string, Column> = { url: 'Media', credit: 'Media Credit', caption: 'Media Caption', thumbnail: 'Media Thumbnail' };

/** A row's media cells as a TimelineJS media object. */
function readMediaCells(cell: (column: Column) => string): Record<string, string> {
  const media: Record<string, string> = { url: cell('Media') };
  for (const [key, column] of Object.entries(MEDIA_COLUMNS)) if (key !== 'url' && cell(column) !== '') media[key] = cell(column);
  return media;
}

/**
 * Imports the TimelineJS spreadsheet template published as CSV (a Google Sheet's "publish to web"
 * CSV, or TimelineJS's own sample sheets): each row becomes a TimelineJS slide (a `title` row the
 * title, `era` rows eras), read by the TimelineJS importer, and each problem is reported at its row
 * and column of the sheet (`row 14, column Month`), rows counted as the sheet shows them.
 */
export function importTimelineCsv(text: string, options: ImportTimelineJsOptions = {}): ParseResult {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => COLUMN_BY_KEY.get(normalize(header)) ?? header.trim(),
  });
  const issues: DataIssue[] = [];
  const warnings: DataIssue[] = [];
  const headers = parsed.meta.fields ?? [];
  const missing = (['Year', 'Headline'] as const).filter((column) => !headers.includes(column));
  if (missing.length > 0) {
    return {
      format: 'timelinejs-csv',
      story: null,
      issues: [
        createIssue('row 1', missing.length === 1 ? 'problem.sheet.missingColumn' : 'problem.sheet.missingColumns', {
          column: missing[0] ?? '',
          other: missing[1] ?? '',
          columns: SHEET_COLUMNS.join(', '),
        }),
      ],
      warnings: [],
    };
  }
  // Papa renames a repeated header ("Year" again becomes "Year_1", a blank one "_1"): a sheet column
  // is named as written, and other repeats were warned about at their first column.
  const renamed = new Map(Object.entries(parsed.meta.renamedHeaders ?? {}));
  for (const header of headers) {
    const original = renamed.get(header);
    if (original !== undefined) {
      if (SHEET_COLUMNS.includes(original as Column)) warnings.push(createIssue('row 1', 'problem.sheet.repeatedColumn', { column: original }));
    } else if (header !== '' && !SHEET_COLUMNS.includes(header as Column)) {
      warnings.push(createIssue('row 1', 'problem.sheet.unknownColumn', { column: header }, suggest(header, SHEET_COLUMNS)));
    }
  }
  for (const error of parsed.errors) issues.push(createIssue(`row ${(error.row ?? 0) + 2}`, 'problem.sheet.notCsv', { error: error.message }));

  const events: unknown[] = [];
  const eras: unknown[] = [];
  const eventRows: number[] = [];
  const eraRows: number[] = [];
  let title: unknown;
  parsed.data.forEach((row, index) => {
    const sheetRow = index + 2;
    const cell = (column: Column): string => (row[column] ?? '').trim();
    const date = (prefix: '' | 'End '): Record<string, string> | undefined => {
      const parts: Record<string, string> = {};
      for (const part of ['Year', 'Month', 'Day'] as const) {
        const value = cell(`${prefix}${part}` as Column);
        if (value !== '') parts[part.toLowerCase()] = value;
      }
      const time = cell(`${prefix}Time` as Column);
      if (time !== '') {
        const parsedTime = readTime(time);
        if (parsedTime) Object.assign(parts, parsedTime);
        else issues.push(createIssue(`row ${sheetRow}, column ${prefix}Time`, 'problem.sheet.notTime', { time }));
      }
      return Object.keys(parts).length > 0 ? parts : undefined;
    };
    const start = date('');
    const end = date('End ');
    const slide = {
      ...(start ? { start_date: start } : {}),
      ...(end ? { end_date: end } : {}),
      text: { headline: cell('Headline'), text: cell('Text') },
      ...(cell('Group') ? { group: cell('Group') } : {}),
      ...(cell('Display Date') ? { display_date: cell('Display Date') } : {}),
      ...(cell('Media') ? { media: readMediaCells(cell) } : {}),
      ...(cell('Background') ? { background: cell('Background') } : {}),
    };
    const type = cell('Type').toLowerCase();
    if (type === 'title') title = slide;
    else if (type === 'era') {
      eras.push(slide);
      eraRows.push(sheetRow);
    } else {
      if (type !== '') {
        warnings.push(createIssue(`row ${sheetRow}, column Type`, 'problem.sheet.notRowType', { type: cell('Type') }, suggest(type, ['title', 'era'])));
      }
      events.push(slide);
      eventRows.push(sheetRow);
    }
  });
  const result = importTimelineJs({ ...(title ? { title } : {}), events, eras }, options);
  const toSheetPath = (path: string): string => {
    const match = /^(events|eras)\[(\d+)\](?:\.(start_date|end_date|end|text|media)(?:\.(\w+))?)?/.exec(path);
    if (!match) return path;
    const row = (match[1] === 'events' ? eventRows : eraRows)[Number(match[2])];
    if (row === undefined) return path;
    const field = match[3];
    const part = match[4];
    const column =
      field === 'media'
        ? MEDIA_COLUMNS[part ?? 'url']
        : field === 'text'
          ? part === 'text'
            ? 'Text'
            : 'Headline'
          : field && part
            ? DATE_COLUMNS[field]?.[part]
            : field === 'start_date'
              ? 'Year'
              : field === 'end_date' || field === 'end'
                ? 'End Year'
                : undefined;
    return column ? `row ${row}, column ${column}` : `row ${row}`;
  };
  // In sheet order: by row, then as found.
  const rowOf = (path: string): number => Number(/^row (\d+)/.exec(path)?.[1] ?? 0);
  const inSheetOrder = (list: DataIssue[]): DataIssue[] =>
    list
      .map((issue, order) => ({ issue: { ...issue, path: toSheetPath(issue.path) }, order }))
      .sort((a, b) => rowOf(a.issue.path) - rowOf(b.issue.path) || a.order - b.order)
      .map(({ issue }) => issue);
  return {
    format: 'timelinejs-csv',
    story: result.story,
    issues: inSheetOrder([...issues, ...result.issues]),
    warnings: inSheetOrder([...warnings, ...result.warnings]),
  };
}
