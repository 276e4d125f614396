import { useState } from 'react';
import { FORMAT_NAMES } from '../data/formatNames';
import type { DataIssue, StoryFormat } from '../data/types';
import { useT } from '../hooks/useTranslator';

/** Problems listed before a "Show all" button, so a file with thousands stays quick to show. @default 50 */
export const ISSUES_SHOWN = 50;

/** Props of `IssueList`. */
export interface IssueListProps {
  /** Errors: what they name is left out or not shown. */
  issues: readonly DataIssue[];
  /** Warnings, listed apart; omitted on reader pages, where only what is missing matters. */
  warnings?: readonly DataIssue[] | undefined;
  /** True when nothing of the story could be shown. */
  isFatal: boolean;
  /** The format the file was read as, named in the report. */
  format?: StoryFormat | null | undefined;
}

/** Problems found in a story file, each with its place in the file: errors in an alert, warnings apart. */
export function IssueList({ issues, warnings = [], isFatal, format }: IssueListProps) {
  const { t } = useT();
  if (issues.length === 0 && warnings.length === 0) return null;
  const read = format ? `${t('issues.readAs', { format: FORMAT_NAMES[format] })} ` : '';
  return (
    <>
      {issues.length > 0 && (
        <div className="ql-alert" role="alert">
          <p>
            {read}
            {t(isFatal ? 'issues.fatal' : 'issues.partial', { count: issues.length })}
          </p>
          <Issues issues={issues} kind="errors" />
        </div>
      )}
      {warnings.length > 0 && (
        <div className="ql-warnings">
          <p>
            {issues.length === 0 ? read : ''}
            {t('issues.warnings', { count: warnings.length })}
          </p>
          <Issues issues={warnings} kind="warnings" />
        </div>
      )}
    </>
  );
}

function Issues({ issues, kind }: { issues: readonly DataIssue[]; kind: 'errors' | 'warnings' }) {
  const [isComplete, setIsComplete] = useState(false);
  const { t } = useT();
  const shown = isComplete ? issues : issues.slice(0, ISSUES_SHOWN);
  return (
    <>
      <ul className="ql-issues">
        {shown.map((issue, index) => (
          <li key={index}>
            <code>{issue.path}</code>: {issue.message}
          </li>
        ))}
      </ul>
      {issues.length > ISSUES_SHOWN && (
        // A toggle, not a one-way button, so focus has a place to stay.
        <button type="button" className="ql-issues-more" aria-expanded={isComplete} onClick={() => setIsComplete(!isComplete)}>
          {kind === 'errors'
            ? t(isComplete ? 'issues.showFirstErrors' : 'issues.showAllErrors', { count: isComplete ? ISSUES_SHOWN : issues.length })
            : t(isComplete ? 'issues.showFirstWarnings' : 'issues.showAllWarnings', { count: isComplete ? ISSUES_SHOWN : issues.length })}
        </button>
      )}
    </>
  );
}
