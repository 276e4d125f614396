import { toNativeStory } from '../data/exporters/native';
import { toTimelineJsStory } from '../data/exporters/timelinejs';
import { createIssue } from '../data/createIssue';
import { formatByteLimit, formatFileSize, MAX_STORY_BYTES } from '../data/limits';
import { FORMAT_NAMES, parseStoryText } from '../data/parseStoryText';
import type { ParseResult } from '../data/types';
import { reduceHtmlInNode } from './reduceHtml';

/** What the CLI may do to the world: read files and write to the two streams. */
export interface CliIo {
  readFile: (path: string) => Promise<string>;
  /** A file's size in bytes, asked before reading it: a file over MAX_STORY_BYTES is not read. */
  fileSize?: ((path: string) => Promise<number>) | undefined;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** How the CLI is used, for `--help` and for a wrong command. */
export const USAGE = `Usage:
  quoteline validate FILE... [--json]   list each file's errors and warnings; exit 1 if any file has an error
  quoteline convert FILE --to native|timelinejs
                                        write the story in that format to standard output
Files are Quoteline or TimelineJS3 JSON, or the TimelineJS Google Sheets template as CSV.`;

/** Reads and parses one file: a file that cannot be read or parsed comes back as one problem at `(file)`. */
async function load(path: string, io: CliIo): Promise<ParseResult> {
  let text: string;
  try {
    const size = io.fileSize ? await io.fileSize(path) : undefined;
    if (size !== undefined && size > MAX_STORY_BYTES) {
      return { format: null, story: null, issues: [createIssue('(file)', 'problem.file.tooBig', { size: formatFileSize(size), limit: formatByteLimit() })], warnings: [] };
    }
    text = await io.readFile(path);
  } catch (error) {
    return { format: null, story: null, issues: [createIssue('(file)', 'problem.file.unreadable', { error: error instanceof Error ? error.message : String(error) })], warnings: [] };
  }
  return parseStoryText(text, { name: path, htmlToParagraphs: reduceHtmlInNode });
}

/** "1 error", "3 warnings", "no errors". */
function count(length: number, noun: string): string {
  if (length === 0) return `no ${noun}s`;
  return length === 1 ? `1 ${noun}` : `${length} ${noun}s`;
}

/** One file's report, for people: errors, then warnings apart. */
function describe(path: string, result: ParseResult): string {
  const format = result.format === null ? 'format not recognised' : FORMAT_NAMES[result.format];
  const events = result.story ? `${result.story.events.length} ${result.story.events.length === 1 ? 'event' : 'events'}` : 'no story';
  const lines = [`${path}: ${format}, ${events}, ${count(result.issues.length, 'error')}, ${count(result.warnings.length, 'warning')}`];
  const list = (title: string, issues: ParseResult['issues']): void => {
    if (issues.length === 0) return;
    lines.push(`  ${title}:`, ...issues.map((issue) => `    ${issue.path}: ${issue.message}`));
  };
  list('Errors', result.issues);
  list('Warnings', result.warnings);
  return lines.join('\n');
}

/**
 * The `quoteline` command, over its arguments and the world it may touch (`io`); resolves to the
 * exit code: 0 done (warnings allowed), 1 a file has errors, 2 the command itself is wrong. The same pure core as
 * the app, in plain Node: HTML is reduced with parse5 instead of the browser's DOMParser.
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === 'validate') {
    const isJson = rest.includes('--json');
    const files = rest.filter((arg) => arg !== '--json');
    if (files.length === 0 || files.some((file) => file.startsWith('--'))) {
      io.stderr(USAGE);
      return 2;
    }
    const results = await Promise.all(files.map(async (file) => ({ file, result: await load(file, io) })));
    if (isJson) {
      const report = results.map(({ file, result }) => ({ file, format: result.format, events: result.story?.events.length ?? 0, errors: result.issues, warnings: result.warnings }));
      io.stdout(JSON.stringify(report, null, 2));
    } else {
      io.stdout(results.map(({ file, result }) => describe(file, result)).join('\n'));
    }
    return results.some(({ result }) => result.issues.length > 0 || !result.story) ? 1 : 0;
  }
  if (command === 'convert') {
    const toIndex = rest.indexOf('--to');
    const target = toIndex === -1 ? undefined : rest[toIndex + 1];
    const files = rest.filter((_, index) => index !== toIndex && index !== toIndex + 1);
    const [file] = files;
    if (file === undefined || files.length !== 1 || (target !== 'native' && target !== 'timelinejs')) {
      io.stderr(USAGE);
      return 2;
    }
    const result = await load(file, io);
    if (!result.story) {
      io.stderr(describe(file, result));
      return 1;
    }
    if (result.issues.length > 0) io.stderr(`${describe(file, result)}\n(converted what could be read)`);
    if (target === 'timelinejs' && result.story.events.some((event) => event.quotes.length > 0 || event.sources.length > 0 || event.notes.length > 0)) {
      io.stderr('TimelineJS has no fields for quotes, sources or editor notes: they are left out.');
    }
    if (target === 'native' && result.story.events.some((event) => event.sources.length === 0)) {
      io.stderr('Some events have no source: add one to each before publishing (quoteline validate lists them).');
    }
    io.stdout(JSON.stringify(target === 'native' ? toNativeStory(result.story) : toTimelineJsStory(result.story), null, 2));
    return 0;
  }
  io.stderr(`Unknown command "${command}".\n${USAGE}`);
  return 2;
}
