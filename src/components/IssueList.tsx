import { FORMAT_NAMES } from '../data/formatNames';
import type { DataIssue, StoryFormat } from '../data/types';

/** Props of `IssueList`. */
export interface IssueListProps {
  issues: readonly DataIssue[];
  /** True when nothing of the story could be shown. */
  isFatal: boolean;
  /** The format the file was read as, named in the report. */
  format?: StoryFormat | null | undefined;
}

/** Problems found in a story file, each with its path in the file, in an alert. */
export function IssueList({ issues, isFatal, format }: IssueListProps) {
  if (issues.length === 0) return null;
  const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
  return (
    <div className="ql-alert" role="alert">
      <p>
        {format ? `Read as ${FORMAT_NAMES[format]}. ` : ''}
        {isFatal ? `This story could not be shown: ${count} in the file.` : `Some of this story could not be shown: ${count} in the file. The rest is below.`}
      </p>
      <ul className="ql-issues">
        {issues.map((issue, index) => (
          <li key={index}>
            <code>{issue.path}</code>: {issue.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
