import type { StoryPreview } from '../data/previewStory';
import type { AppLoadOptions } from './App';
import type { LoadProgress, LoadResult } from './loadStory';

/** A `?src=` story's load, started before the app's first render, for the app to take over. */
export interface EarlyLoad {
  /**
   * The load, when `url` and the opening event are the ones it was started for and it has not been
   * taken yet (a Retry loads afresh), else undefined. `options`' callbacks get what was reported
   * before, then the rest.
   */
  take(url: string, options: AppLoadOptions): Promise<LoadResult> | undefined;
}

/**
 * Starts loading `url` now, with `start`, rather than after the app's first render: reading and
 * parsing a big file then begin while the page renders (issue 13). Progress and the preview are
 * kept until the app takes the load over.
 */
export function createEarlyLoad(url: string, openingId: string | undefined, start: (options: AppLoadOptions) => Promise<LoadResult>): EarlyLoad {
  let listeners: AppLoadOptions = {};
  let progress: LoadProgress | undefined;
  let preview: StoryPreview | undefined;
  let isTaken = false;
  const result = start({
    openingId,
    onProgress(next) {
      progress = next;
      listeners.onProgress?.(next);
    },
    onPreview(next) {
      preview = next;
      listeners.onPreview?.(next);
    },
  });
  // A load never taken (the app asked for something else) must not report an unhandled rejection.
  result.catch(() => undefined);
  return {
    take(requestedUrl, options) {
      if (isTaken || requestedUrl !== url || options.openingId !== openingId) return undefined;
      isTaken = true;
      listeners = options;
      if (progress) options.onProgress?.(progress);
      if (preview) options.onPreview?.(preview);
      return result;
    },
  };
}
