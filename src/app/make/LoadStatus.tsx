import { useId } from 'react';
import { describeReadProgress, formatFileSize } from '../../share/fileSize';
import type { StorySource, StorySourceState } from './useStorySource';

/** Language of the page's words and numbers (its strings are English). */
export const MAKE_PAGE_LOCALE = 'en';

/** Props of `LoadStatus`. */
export interface LoadStatusProps {
  state: StorySourceState;
}

function nameSource(source: StorySource): string {
  return source.kind === 'url' ? source.url : `${source.name} (${formatFileSize(source.size, MAKE_PAGE_LOCALE)})`;
}

/**
 * Where the story is coming from and how far it has come: a progress bar of the bytes read from a
 * file, an indeterminate one while a URL is fetched or the text parsed. Not a live region: the page
 * announces the start and the end, not every step.
 */
export function LoadStatus({ state }: LoadStatusProps) {
  const id = useId();
  if (state.status === 'idle') return null;
  const { source } = state;
  const note = source.kind === 'url' && source.note ? <p className="ql-make-note">{source.note}</p> : null;
  if (state.status === 'ready' || state.status === 'failed') {
    return (
      <div className="ql-make-status">
        {note}
        {state.status === 'ready' && (
          <p className="ql-make-source">
            Read {source.kind === 'url' ? 'from ' : ''}
            <span className="ql-make-name">{nameSource(source)}</span>
          </p>
        )}
      </div>
    );
  }
  const text =
    state.status === 'reading'
      ? `Reading ${source.kind === 'file' ? source.name : source.url}: ${describeReadProgress(state.loadedBytes, state.totalBytes)}…`
      : state.status === 'fetching'
        ? `Loading ${nameSource(source)}…`
        : `Parsing ${source.kind === 'file' ? source.name : 'the story'}…`;
  return (
    <div className="ql-make-status">
      {note}
      <p id={`${id}-text`} className="ql-make-source">
        {text}
      </p>
      {state.status === 'reading' ? <progress aria-labelledby={`${id}-text`} max={state.totalBytes || 1} value={state.loadedBytes} /> : <progress aria-labelledby={`${id}-text`} />}
    </div>
  );
}
