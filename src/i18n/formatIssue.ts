import { problems } from './catalogs/problems.en';
import type { MessageKey, ProblemKey } from './catalogs/en';
import type { MessageValues, Translator } from './translate';

/** A problem as data and the app give it (`DataIssue`, a load failure): its catalog code and values, and its English message. */
export interface IssueMessage {
  code?: string | undefined;
  values?: MessageValues | undefined;
  message: string;
  fix?: string | undefined;
  fixCode?: string | undefined;
  /** A problem that fills this one's `{problem}` (a load failure's unreadable file). */
  cause?: IssueMessage | undefined;
}

/** Whether `code` names a problem of the catalogs. */
export function isProblemKey(code: string): code is ProblemKey {
  return Object.hasOwn(problems, code);
}

/**
 * A problem's message in the translator's language, with its fix ("did you mean …?") and its
 * values (paths, field names, values found, URLs) as they are; its English `message` when it has
 * no code the catalogs know.
 */
export function formatIssue(issue: IssueMessage, translator: Translator): string {
  // English problems are worded by data itself, and stay out of the page's first code: the
  // translator's catalog has a problem's code only in the other languages.
  const code = issue.code as MessageKey | undefined;
  if (code === undefined || !translator.has(code)) return issue.message;
  const values = issue.cause === undefined ? issue.values : { ...issue.values, problem: formatIssue(issue.cause, translator) };
  const text = translator.t(code, values);
  if (issue.fix === undefined) return text;
  const fixCode = issue.fixCode !== undefined && translator.has(issue.fixCode as MessageKey) ? (issue.fixCode as MessageKey) : 'problem.didYouMean';
  return translator.t(fixCode, { problem: text, fix: issue.fix });
}
