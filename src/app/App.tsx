import { useEffect, useState } from 'react';
import { getIdFromHash, getInitialEventId } from '../data/selection';
import type { ParseResult } from '../data/types';
import { describeLoadedStory } from '../a11y/describe';
import { IssueList } from '../components/IssueList';
import { LiveRegion } from '../components/LiveRegion';
import { useAnnouncer } from '../hooks/useAnnouncer';
import { Timeline } from '../components/Timeline';
import { loadStory, type LoadResult } from './loadStory';

/** Props of `App`. */
export interface AppProps {
  /** The bundled story, parsed. */
  bundled: ParseResult;
  /** `?src=` as given, resolved against the page; undefined for the bundled story. */
  src?: string | undefined;
  /** `location.hash` at start. */
  initialHash: string;
  /** Where the story's data can be downloaded, relative to the page. @default src, else the bundled file */
  dataUrl?: string | undefined;
  /** Loader for `src`. @default loadStory */
  load?: ((url: string) => Promise<LoadResult>) | undefined;
}

type State = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; result: ParseResult };

/** The stand-alone page: story header, timeline, and any load or data problems. */
export function App({ bundled, src, initialHash, dataUrl, load = loadStory }: AppProps) {
  const [state, setState] = useState<State>(() => (src === undefined ? { status: 'ready', result: bundled } : { status: 'loading' }));
  const story = state.status === 'ready' ? state.result.story : null;
  const [selectedId, setSelectedId] = useState(() => (story ? getInitialEventId(story, getIdFromHash(initialHash)) : undefined));
  const [message, announce] = useAnnouncer();

  useEffect(() => {
    if (src === undefined) return undefined;
    let isCurrent = true;
    void load(src).then((loaded) => {
      if (!isCurrent) return;
      if (!loaded.ok) {
        setState({ status: 'failed', message: loaded.message });
        return;
      }
      setState({ status: 'ready', result: loaded.result });
      const { story: loadedStory, issues } = loaded.result;
      if (!loadedStory) return;
      setSelectedId(getInitialEventId(loadedStory, getIdFromHash(window.location.hash)));
      announce(describeLoadedStory(loadedStory.title, loadedStory.events.length, issues.length));
    });
    return () => {
      isCurrent = false;
    };
  }, [src, load, announce]);

  useEffect(() => {
    if (!story) return undefined;
    const onHashChange = (): void => {
      const id = getIdFromHash(window.location.hash);
      if (id !== undefined && story.events.some((event) => event.id === id)) setSelectedId(id);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [story]);

  const select = (id: string): void => {
    setSelectedId(id);
    // replaceState: moving through events must not fill the Back button's history.
    window.history.replaceState(window.history.state, '', `#${encodeURIComponent(id)}`);
  };

  return (
    <main className="ql-page">
      <LiveRegion message={message} />
      {state.status === 'loading' && <p className="ql-status">Loading the story from {src}…</p>}
      {state.status === 'failed' && (
        <div className="ql-alert" role="alert">
          <p>{state.message}</p>
        </div>
      )}
      {state.status === 'ready' && <IssueList issues={state.result.issues} isFatal={!story} />}
      {story && (
        <>
          <header className="ql-header">
            <h1 className="ql-title">{story.title}</h1>
            {story.description && <p className="ql-description">{story.description}</p>}
          </header>
          <Timeline story={story} selectedId={selectedId} onSelect={select} />
          <footer className="ql-footer">
            {story.credit && <p className="ql-credit">{story.credit}</p>}
            <p className="ql-credit">
              <a href={dataUrl ?? src ?? 'stories/lecun-musk.json'}>Download this story’s data (JSON)</a>
            </p>
          </footer>
        </>
      )}
    </main>
  );
}
