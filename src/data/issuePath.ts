import { suggest } from './suggest';
import { slugify } from './text';
import type { DataIssue } from './types';

/** A valibot-like issue: only the fields we read. */
export interface SchemaIssue {
  kind: string;
  type: string;
  message: string;
  expected: string | null;
  received: string;
  /** The value at fault, as found. */
  input?: unknown;
  path?: readonly { key: unknown }[] | undefined;
}

/** Joins path keys the way a reader finds them in the file: `events[3].start_date.month`. */
export function formatPath(keys: readonly unknown[]): string {
  let path = '';
  for (const key of keys) {
    if (typeof key === 'number') path += `[${key}]`;
    else path += path === '' ? String(key) : `.${String(key)}`;
  }
  return path === '' ? '(file)' : path;
}

/** Turns schema issues into reader-facing issues, with `prefix` keys before each path. */
export function toDataIssues(issues: readonly SchemaIssue[], prefix: readonly unknown[]): DataIssue[] {
  return issues.map((issue) => {
    const path = formatPath([...prefix, ...(issue.path ?? []).map((item) => item.key)]);
    const fix = findFix(issue);
    const message = describeIssue(issue);
    return fix === undefined ? { path, message } : { path, message: `${message}; did you mean "${fix}"?`, fix };
  });
}

/** The obvious fix for a schema issue, if there is one: a picklist value near the one found, a kebab-case id, a link with its scheme. */
function findFix(issue: SchemaIssue): string | undefined {
  const { input } = issue;
  if (typeof input !== 'string') return undefined;
  if (issue.type === 'picklist') return suggest(input, parseOptions(issue.expected));
  // Kebab-case ids.
  if (issue.type === 'regex') {
    const id = slugify(input);
    return id === '' || id === input ? undefined : id;
  }
  // Absolute http(s) links written without their scheme.
  if (issue.type === 'check' && /^(www\.|[a-z0-9-]+(\.[a-z0-9-]+)+\/)/i.test(input) && URL.canParse(`https://${input}`)) return `https://${input}`;
  return undefined;
}

/** The options of a valibot picklist's `expected` text: `("a" | "b")` → a, b. */
function parseOptions(expected: string | null): string[] {
  return (expected ?? '')
    .replace(/^\(|\)$/g, '')
    .split(' | ')
    .map((option) => option.replace(/^"|"$/g, ''));
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  Array: 'a list',
  Object: 'an object',
};

function describeIssue(issue: SchemaIssue): string {
  // Type mismatches get our wording; validation actions carry their own message.
  if (issue.kind !== 'schema') return issue.message;
  if (issue.received === 'undefined') return `is missing: expected ${TYPE_NAMES[issue.expected ?? ''] ?? 'a value here'}`;
  if (issue.type === 'picklist' || issue.type === 'literal') {
    return `${issue.received} is not one of: ${(issue.expected ?? '').replace(/^\(|\)$/g, '').replace(/ \| /g, ', ')}`;
  }
  const expected = issue.expected ?? 'another value';
  return `expected ${TYPE_NAMES[expected] ?? expected}, got ${issue.received}`;
}
