import { createIssue } from '../data/createIssue';
import type { DataIssue } from '../data/types';
import type { ProblemKey } from '../i18n/catalogs/en';

/**
 * Why a story could not be loaded: a problem of the catalogs (`code`, `values`, as `DataIssue` has
 * them; `formatIssue` words it in the reader's language) and its English `message`. A file in no
 * format at all carries its own problem as `cause`, which fills `{problem}`.
 */
export interface LoadFailure {
  ok: false;
  code: ProblemKey;
  values: Readonly<Record<string, string>>;
  message: string;
  cause?: DataIssue;
}

/** A failure to load the story at `values.url`, worded from the catalog. */
export function createLoadFailure(code: ProblemKey, values: Record<string, string>, cause?: DataIssue): LoadFailure {
  const { message } = createIssue('(file)', code, values);
  return cause === undefined ? { ok: false, code, values, message } : { ok: false, code, values, message, cause };
}
