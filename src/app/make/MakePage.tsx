import { useCallback, useId } from 'react';
import { describeLoadedStory } from '../../a11y/describe';
import { IssueList } from '../../components/IssueList';
import { LiveRegion } from '../../components/LiveRegion';
import { FORMAT_NAMES } from '../../data/formatNames';
import { useAnnouncer } from '../../hooks/useAnnouncer';
import { EmbedCode } from './EmbedCode';
import { FileDrop } from './FileDrop';
import { LoadStatus } from './LoadStatus';
import { StoryPreview } from './StoryPreview';
import { StoryUrlForm } from './StoryUrlForm';
import { useStorySource, type StorySourceState } from './useStorySource';

/** Props of `MakePage`. */
export interface MakePageProps {
  /** The page's URL: typed paths are read against it, and the embed code points at its folder. */
  pageHref: string;
}

/**
 * The make-a-timeline page for editors: a story file from a URL or from the computer, read in the
 * browser; its problems, a preview, and the embed code.
 */
export function MakePage({ pageHref }: MakePageProps) {
  const id = useId();
  const [message, announce] = useAnnouncer();
  const onSettled = useCallback(
    (settled: StorySourceState): void => {
      // Failures and problems are alerts of their own; this says what was read.
      if (settled.status !== 'ready' || !settled.result.story) return;
      const { story, issues, format } = settled.result;
      announce(`${format ? `Read as ${FORMAT_NAMES[format]}. ` : ''}${describeLoadedStory(story.title, story.events.length, issues.length)}`);
    },
    [announce],
  );
  const { state, loadUrl, loadFile } = useStorySource({ onSettled });
  const startUrl = useCallback(
    (url: string, note?: string): void => {
      announce(`Loading ${url}…`);
      loadUrl(url, note);
    },
    [announce, loadUrl],
  );
  const startFile = useCallback(
    (file: File): void => {
      announce(`Reading ${file.name}…`);
      loadFile(file);
    },
    [announce, loadFile],
  );
  const result = state.status === 'ready' ? state.result : undefined;
  const story = result?.story;
  return (
    <main className="ql-page ql-theme ql-make">
      <LiveRegion message={message} />
      <h1 className="ql-title">Make a timeline</h1>
      <p className="ql-make-lede">
        Turn a story file into an interactive timeline for an article. Give the link to the file, or choose it on your computer: Quoteline JSON, TimelineJS JSON, or a Google Sheet made from the
        TimelineJS template (its “publish to web” CSV link, or the sheet downloaded as CSV). You will see any problems in the file, a preview of the timeline, and the code to paste into your article.
      </p>
      <p className="ql-make-privacy">
        Nothing is uploaded. A file you choose is read by this browser and stays on your computer; a link you give is fetched by your browser from that site, and by nothing else.
      </p>

      <section className="ql-make-section" aria-labelledby={`${id}-source`}>
        <h2 id={`${id}-source`}>Your story file</h2>
        <StoryUrlForm pageHref={pageHref} onLoad={startUrl} />
        <FileDrop onFile={startFile} />
        <LoadStatus state={state} />
        {state.status === 'failed' && (
          <div className="ql-alert" role="alert">
            <p>{state.message}</p>
          </div>
        )}
      </section>

      {result && (
        <section className="ql-make-section" aria-labelledby={`${id}-preview`}>
          <h2 id={`${id}-preview`}>Preview</h2>
          {result.issues.length === 0 && story && (
            <p className="ql-make-text">
              {result.format ? `Read as ${FORMAT_NAMES[result.format]}: ` : ''}
              {story.events.length === 1 ? '1 event' : `${story.events.length} events`}, no errors
              {result.warnings.length === 0 ? '.' : result.warnings.length === 1 ? ', 1 warning.' : `, ${result.warnings.length} warnings.`}
            </p>
          )}
          <IssueList issues={result.issues} warnings={result.warnings} isFatal={!story} format={result.format} />
          {story && state.status === 'ready' && <StoryPreview key={state.loadId} story={story} />}
        </section>
      )}

      {story && state.status === 'ready' && (
        <section className="ql-make-section" aria-labelledby={`${id}-embed`}>
          <h2 id={`${id}-embed`}>Embed code</h2>
          <EmbedCode key={state.loadId} pageHref={pageHref} source={state.source} story={story} announce={announce} />
        </section>
      )}
    </main>
  );
}
