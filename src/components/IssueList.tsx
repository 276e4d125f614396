import { useState } from 'react';
import { FORMAT_NAMES } from '../data/formatNames';
import type { DataIssue, StoryFormat } from '../data/types';

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
  if (issues.length === 0 && warnings.length === 0) return null;
  const read = format ? `Read as ${FORMAT_NAMES[format]}. ` : '';
  const count = issues.length === 1 ? '1 error' : `${issues.length} errors`;
  return (
    <>
      {issues.length > 0 && (
        <div className="ql-alert" role="alert">
          <p>
            {read}
            {isFatal ? `This story could not be shown: ${count} in the file.` : `Some of this story could not be shown: ${count} in the file. The rest is below.`}
          </p>
          <Issues issues={issues} label="errors" />
        </div>
      )}
      {warnings.length > 0 && (
        <div className="ql-warnings">
          <p>
            {issues.length === 0 ? read : ''}
            {warnings.length === 1 ? '1 warning: shown, but it could be better.' : `${warnings.length} warnings: shown, but they could be better.`}
          </p>
          <Issues issues={warnings} label="warnings" />
        </div>
      )}
    </>
  );
}

function Issues({ issues, label }: { issues: readonly DataIssue[]; label: string }) {
  const [isComplete, setIsComplete] = useState(false);
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
          {isComplete ? `Show the first ${ISSUES_SHOWN} ${label}` : `Show all ${issues.length} ${label}`}
        </button>
      )}
    </>
  );
}
