import type { ProblemKey } from '../i18n/catalogs/en';
import { createIssue } from './createIssue';
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
    const { code, values } = describeIssue(issue);
    return createIssue(path, code, values, findFix(issue));
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

/** A problem's code and values. */
interface Described {
  code: ProblemKey;
  values: Record<string, string>;
}

// Each type valibot names, as a missing field and as a field of another type.
const MISSING: Record<string, ProblemKey> = {
  string: 'problem.field.missingText',
  number: 'problem.field.missingNumber',
  boolean: 'problem.field.missingBoolean',
  Array: 'problem.field.missingList',
  Object: 'problem.field.missingObject',
};
const WRONG_TYPE: Record<string, ProblemKey> = {
  string: 'problem.field.notText',
  number: 'problem.field.notNumber',
  boolean: 'problem.field.notBoolean',
  Array: 'problem.field.notList',
  Object: 'problem.field.notObject',
};

// Validation actions of our schemas (`schema.ts`): `received` is the value as JSON writes it.
const ACTIONS: Record<string, ProblemKey> = {
  non_empty: 'problem.field.empty',
  regex: 'problem.field.notId',
  check: 'problem.field.notUrl',
};

function describeIssue(issue: SchemaIssue): Described {
  const found = issue.received;
  if (issue.kind !== 'schema') {
    const code = ACTIONS[issue.type];
    return code === undefined ? { code: 'problem.field.invalid', values: { detail: issue.message } } : { code, values: { found } };
  }
  if (found === 'undefined') return { code: MISSING[issue.expected ?? ''] ?? 'problem.field.missing', values: {} };
  if (issue.type === 'picklist' || issue.type === 'literal') {
    return { code: 'problem.field.notOneOf', values: { found, options: (issue.expected ?? '').replace(/^\(|\)$/g, '').replace(/ \| /g, ', ') } };
  }
  const { expected } = issue;
  if (expected === null) return { code: 'problem.field.invalid', values: { detail: issue.message } };
  const code = WRONG_TYPE[expected];
  return code === undefined ? { code: 'problem.field.notType', values: { expected, found } } : { code, values: { found } };
}
