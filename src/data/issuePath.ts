import type { DataIssue } from './types';

/** A valibot-like issue: only the fields we read. */
export interface SchemaIssue {
  kind: string;
  type: string;
  message: string;
  expected: string | null;
  received: string;
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
  return issues.map((issue) => ({
    path: formatPath([...prefix, ...(issue.path ?? []).map((item) => item.key)]),
    message: describeIssue(issue),
  }));
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
  if (issue.received === 'undefined') return 'is missing';
  if (issue.type === 'picklist' || issue.type === 'literal') {
    return `${issue.received} is not one of: ${(issue.expected ?? '').replace(/^\(|\)$/g, '').replace(/ \| /g, ', ')}`;
  }
  const expected = issue.expected ?? 'another value';
  return `expected ${TYPE_NAMES[expected] ?? expected}, got ${issue.received}`;
}
