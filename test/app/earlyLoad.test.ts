import { describe, expect, it, vi } from 'vitest';
import { createEarlyLoad } from '../../src/app/earlyLoad';
import type { AppLoadOptions } from '../../src/app/App';
import type { LoadResult } from '../../src/app/loadStory';
import { previewStory } from '../../src/data/previewStory';
import { parseStory } from '../../src/data/parseStory';
import { nativeEvent, nativeStory } from '../helpers/story';

const input = nativeStory([nativeEvent({ id: 'one' })]);
const loaded: LoadResult = { ok: true, result: parseStory(input) };

describe('createEarlyLoad', () => {
  it('hands its load to the first request for its URL and event, with what was reported before it and after', async () => {
    let report: AppLoadOptions = {};
    let finish: ((result: LoadResult) => void) | undefined;
    const start = vi.fn((options: AppLoadOptions) => {
      report = options;
      return new Promise<LoadResult>((resolve) => {
        finish = resolve;
      });
    });
    const early = createEarlyLoad('https://example.org/big.json', 'one', start);
    expect(start).toHaveBeenCalledTimes(1);
    expect(report.openingId).toBe('one');
    // Reported before the app asks: kept, then replayed.
    report.onProgress?.({ loaded: 10, total: 100 });
    const preview = previewStory(input, undefined);
    if (preview) report.onPreview?.(preview);
    const onProgress = vi.fn();
    const onPreview = vi.fn();
    const taken = early.take('https://example.org/big.json', { openingId: 'one', onProgress, onPreview });
    expect(onProgress).toHaveBeenCalledWith({ loaded: 10, total: 100 });
    expect(onPreview).toHaveBeenCalledWith(preview);
    // Reported after: passed on.
    report.onProgress?.({ loaded: 100, total: 100 });
    expect(onProgress).toHaveBeenLastCalledWith({ loaded: 100, total: 100 });
    finish?.(loaded);
    await expect(taken).resolves.toBe(loaded);
  });

  it('is taken once, and not for another URL or event (a Retry, or the app asking for something else, loads afresh)', () => {
    const early = createEarlyLoad('https://example.org/a.json', undefined, () => Promise.resolve(loaded));
    expect(early.take('https://example.org/b.json', {})).toBeUndefined();
    expect(early.take('https://example.org/a.json', { openingId: 'other' })).toBeUndefined();
    expect(early.take('https://example.org/a.json', {})).toBeDefined();
    expect(early.take('https://example.org/a.json', {})).toBeUndefined();
  });
});
