import { useCallback, useEffect, useRef, useState } from 'react';
import type { ParseResult } from '../../data/types';
import { readFileText } from './readFileText';

/** Where a story on the make page comes from: a URL the editor typed, or a file they chose or dropped. */
export type StorySource = { kind: 'url'; url: string; note?: string | undefined } | { kind: 'file'; name: string; size: number };

/** The make page's story: nothing yet, on its way (fetched, read with progress, parsed), failed, or read. */
export type StorySourceState =
  | { status: 'idle' }
  | { status: 'fetching'; source: StorySource }
  | { status: 'reading'; source: StorySource; loadedBytes: number; totalBytes: number }
  | { status: 'parsing'; source: StorySource }
  | { status: 'failed'; source: StorySource; message: string }
  | { status: 'ready'; source: StorySource; result: ParseResult; loadId: number };

/** Options of `useStorySource`. */
export interface StorySourceOptions {
  /** Called when a story has been read (with problems or not) or could not be. */
  onSettled?: ((state: StorySourceState) => void) | undefined;
}

/** What `useStorySource` gives: the state, and a loader per kind of source. */
export interface StorySourceResult {
  state: StorySourceState;
  /** Fetches and parses the story at an absolute URL; `note` says what was changed in what was typed. */
  loadUrl: (url: string, note?: string) => void;
  loadFile: (file: File) => void;
}

/** Progress is drawn at most this often while a file is read, in ms. @default 50 */
export const PROGRESS_INTERVAL_MS = 50;

type Text = { ok: true; text: string; contentType?: string | undefined } | { ok: false; message: string };

// The fetcher and the parser (with the validator and the CSV reader behind it) load on first use.
const loadParser = () => import('../loadStory');

/** Resolves once the browser has painted: "Parsing…" shows before the parser holds the page. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * The story of the make page: fetched from a URL, or read from a file with progress, then parsed
 * in the browser (nothing is uploaded). A new load cancels the one before it.
 */
export function useStorySource({ onSettled }: StorySourceOptions = {}): StorySourceResult {
  const [state, setState] = useState<StorySourceState>({ status: 'idle' });
  const current = useRef<AbortController | null>(null);
  const loadCount = useRef(0);
  const settled = useRef(onSettled);
  useEffect(() => {
    settled.current = onSettled;
  }, [onSettled]);
  useEffect(() => () => current.current?.abort(), []);

  const run = useCallback(async (source: StorySource, getText: (signal: AbortSignal) => Promise<Text>): Promise<void> => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    const { signal } = controller;
    const finish = (next: StorySourceState): void => {
      if (signal.aborted) return;
      setState(next);
      settled.current?.(next);
    };
    try {
      const [text, parser] = await Promise.all([getText(signal), loadParser()]);
      if (signal.aborted) return;
      if (!text.ok) return finish({ status: 'failed', source, message: text.message });
      setState({ status: 'parsing', source });
      await afterPaint();
      if (signal.aborted) return;
      const name = source.kind === 'url' ? source.url : source.name;
      const result = await parser.parseFetchedStory(text.text, { contentType: text.contentType, name });
      loadCount.current += 1;
      finish({ status: 'ready', source, result, loadId: loadCount.current });
    } catch (error) {
      finish({ status: 'failed', source, message: `Could not read ${source.kind === 'url' ? source.url : source.name}: ${error instanceof Error ? error.message : String(error)}` });
    }
  }, []);

  const loadUrl = useCallback(
    (url: string, note?: string): void => {
      const source: StorySource = { kind: 'url', url, note };
      setState({ status: 'fetching', source });
      void run(source, async (signal) => {
        const { fetchStoryText } = await loadParser();
        return fetchStoryText(url, (input, init) => fetch(input, { ...init, signal }));
      });
    },
    [run],
  );

  const loadFile = useCallback(
    (file: File): void => {
      const source: StorySource = { kind: 'file', name: file.name, size: file.size };
      setState({ status: 'reading', source, loadedBytes: 0, totalBytes: file.size });
      let drawnAt = 0;
      void run(source, async (signal) => {
        const text = await readFileText(file, {
          signal,
          onProgress: (loadedBytes, totalBytes) => {
            const now = performance.now();
            if (now - drawnAt < PROGRESS_INTERVAL_MS) return;
            drawnAt = now;
            if (!signal.aborted) setState({ status: 'reading', source, loadedBytes, totalBytes });
          },
        });
        return { ok: true, text, contentType: file.type || undefined };
      });
    },
    [run],
  );

  return { state, loadUrl, loadFile };
}
