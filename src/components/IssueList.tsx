import type { DataIssue } from '../data/types';

/** Props of `IssueList`. */
export interface IssueListProps {
  issues: readonly DataIssue[];
  /** True when nothing of the story could be shown. */
  isFatal: boolean;
}

/** Problems found in a story file, each with its path in the file, in an alert. */
export function IssueList({ issues, isFatal }: IssueListProps) {
  if (issues.length === 0) return null;
  const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
  return (
    <div className="ql-alert" role="alert">
      <p>{isFatal ? `This story could not be shown: ${count} in the file.` : `Some of this story could not be shown: ${count} in the file. The rest is below.`}</p>
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
