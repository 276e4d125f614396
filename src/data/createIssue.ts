import { problems } from '../i18n/catalogs/problems.en';
import type { ProblemKey } from '../i18n/catalogs/en';
import { formatMessage, type MessageValues } from '../i18n/translate';
import type { DataIssue, FixKey } from './types';

/**
 * A problem at `path`: its catalog code and values, and its English message worded from the catalog
 * (`problems.en.ts`). With a `fix`, the message ends "; did you mean "fix"?" (`fixCode` picks the
 * wording: `problem.didYouMeanNumber` leaves a number unquoted).
 */
export function createIssue(path: string, code: ProblemKey, values: MessageValues = {}, fix?: string, fixCode: FixKey = 'problem.didYouMean'): DataIssue {
  const message = formatMessage(problems[code], 'en', values);
  if (fix === undefined) return { path, code, values, message };
  return { path, code, values, message: formatMessage(problems[fixCode], 'en', { problem: message, fix }), fix, fixCode };
}

/** A problem's words in English, from its code and values: `"2024-13": 13 is not a month (1–12)`. */
export function describeProblem(problem: { code: ProblemKey; values: MessageValues }): string {
  return formatMessage(problems[problem.code], 'en', problem.values);
}
