// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App, type AppLoadOptions } from '../../src/app/App';
import { previewStory } from '../../src/data/previewStory';
import type { LoadResult } from '../../src/app/loadStory';
import { createLoadFailure } from '../../src/app/loadFailure';
import { parseStory } from '../../src/data/parseStory';
import bundled from '../../stories/lecun-musk.json';
import { nativeEvent, nativeStory } from '../helpers/story';
import { timelineTester } from '../helpers/timelineTester';

const bundledResult = parseStory(bundled);

beforeEach(() => window.history.replaceState(null, '', '/'));
afterEach(cleanup);

function renderApp(initial = '', load?: (url: string, options: AppLoadOptions) => Promise<LoadResult>, view: 'page' | 'embed' = 'page') {
  window.history.replaceState(null, '', `/${initial}`);
  return render(
    <StrictMode>
      <App bundled={bundledResult} view={view} href={window.location.href} load={load} />
    </StrictMode>,
  );
}

const { panelHeading } = timelineTester;

describe('App', () => {
  it('opens on the story start event when the URL names none', () => {
    renderApp();
    expect(panelHeading()).toMatch(/science/);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(bundledResult.story?.title);
  });

  it('opens on the event the URL hash names', () => {
    renderApp('#lecun-bengio-debate');
    expect(panelHeading()).toMatch(/Bengio/);
  });

  it('falls back to the start event for an unknown hash', () => {
    renderApp('#no-such-event');
    expect(panelHeading()).toMatch(/science/);
  });

  it('replaces the hash with the selected id without adding history entries', async () => {
    const user = userEvent.setup();
    renderApp();
    const before = window.history.length;
    await user.click(screen.getByRole('button', { name: /^Next/ }));
    await user.click(screen.getByRole('button', { name: /^Next/ }));
    const ids = bundledResult.story?.events.map((event) => event.id) ?? [];
    // The URL follows the selection at most every URL_WRITE_INTERVAL_MS.
    await waitFor(() => expect(window.location.hash).toBe(`#${ids[ids.indexOf('memorial-day-exchange') + 2]}`));
    expect(window.history.length).toBe(before);
  });

  it('keeps the selected event in ?event= in the embed view, leaving the fragment to the host', async () => {
    const user = userEvent.setup();
    renderApp('?event=lecun-bengio-debate#?secret=AbC123xYz9', undefined, 'embed');
    expect(panelHeading()).toMatch(/Bengio/);
    await user.click(screen.getByRole('button', { name: /^Next/ }));
    await waitFor(() => expect(new URL(window.location.href).searchParams.get('event')).not.toBe('lecun-bengio-debate'));
    expect(window.location.hash).toBe('#?secret=AbC123xYz9');
    expect(screen.queryByRole('button', { name: 'Embed' })).toBeNull();
  });

  it('writes dates in the language ?lang= asks for', () => {
    renderApp('?lang=fr#memorial-day-exchange');
    expect(timelineTester.panel().querySelector('time')?.textContent).toBe('27 mai 2024');
  });

  it('offers both embed snippets for the current event in a dialog', async () => {
    const user = userEvent.setup();
    renderApp('#lecun-critique-hype');
    await user.click(screen.getByRole('button', { name: 'Embed' }));
    // The dialog's code loads when it is first opened.
    const dialog = await screen.findByRole('dialog', { name: 'Embed this timeline', hidden: true });
    const [iframe, element] = Array.from(dialog.querySelectorAll('textarea')).map((area) => area.value);
    expect(iframe).toContain('<iframe src="http://localhost:3000/embed.html?event=lecun-critique-hype" title="Interactive timeline: ');
    expect(element).toContain('<quote-line src="http://localhost:3000/embed.html?event=lecun-critique-hype"');
  });

  it('selects the event when the hash is changed by hand', () => {
    renderApp();
    act(() => {
      window.location.hash = '#musk-acquires-twitter';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(panelHeading()).toMatch(/Twitter/);
  });

  it('says in an alert why a story could not be loaded', async () => {
    const load = async (): Promise<LoadResult> => createLoadFailure('problem.load.failed', { url: 'https://example.org/x.json', error: 'SyntaxError: Unexpected token' });
    renderApp('?src=https://example.org/x.json', load);
    expect(screen.getByText(/Loading the story from https:\/\/example.org\/x.json/)).toBeTruthy();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not load the story from https://example.org/x.json: SyntaxError: Unexpected token');
  });

  it('says why a story could not be loaded in the language the URL asks for, the URL as it is', async () => {
    const load = async (): Promise<LoadResult> => createLoadFailure('problem.load.status', { url: 'https://example.org/x.json', status: '404 Not Found' });
    renderApp('?src=https://example.org/x.json&lang=fr', load);
    const alert = await screen.findByRole('alert');
    await vi.waitFor(() => expect(alert.textContent).toContain('Impossible de charger l’histoire depuis https://example.org/x.json\u00a0: le serveur a répondu 404 Not Found.'));
  });

  it('shows the valid events of a partly bad story and lists the problems in an alert', async () => {
    const result = parseStory(nativeStory([nativeEvent({ id: 'good', headline: 'Good event' }), nativeEvent({ id: 'bad', start: '2024-13' })]));
    renderApp('?src=https://example.org/story.json', async () => ({ ok: true, result }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('events[1].start: "2024-13": 13 is not a month (1–12)');
    expect(panelHeading()).toBe('Good event');
  });

  it('announces a loaded story in the polite live region', async () => {
    const result = parseStory(nativeStory([nativeEvent({ id: 'one' }), nativeEvent({ id: 'two' })], { title: 'Loaded story' }));
    renderApp('?src=https://example.org/story.json', async () => ({ ok: true, result }));
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    await vi.waitFor(() => expect(status.textContent).toBe('Loaded “Loaded story”: 2 events.'));
  });

  it('shows the bytes read in a labelled progress bar while a story downloads', async () => {
    let report: ((progress: { loaded: number; total?: number }) => void) | undefined;
    const load = (_url: string, { onProgress }: AppLoadOptions): Promise<LoadResult> => {
      report = onProgress;
      return new Promise(() => undefined);
    };
    renderApp('?src=https://example.org/big.json', load);
    const bar = await screen.findByRole('progressbar', { name: 'Loading the story from https://example.org/big.json…' });
    expect(bar.hasAttribute('value')).toBe(false);
    act(() => report?.({ loaded: 1_200_000, total: 5_000_000 }));
    await vi.waitFor(() => expect(screen.getByRole('progressbar', { name: 'Loading the story from https://example.org/big.json… 1.2 MB of 5 MB' })).toBeTruthy());
    expect((screen.getByRole('progressbar') as HTMLProgressElement).value).toBe(1_200_000);
  });

  it('shows the opening event of a big story while the rest is read, then the whole timeline on it', async () => {
    const input = nativeStory(
      [
        nativeEvent({ id: 'second', start: '2024-06-01', headline: 'The second' }),
        nativeEvent({ id: 'first', start: '2024-05-27', headline: 'The first' }),
        nativeEvent({ id: 'third', start: '2024-07-01', headline: 'The third' }),
      ],
      { title: 'A big story' },
    );
    let finish: ((result: LoadResult) => void) | undefined;
    const load = vi.fn((_url: string, { onPreview }: AppLoadOptions): Promise<LoadResult> => {
      const preview = previewStory(input, undefined);
      if (preview) onPreview?.(preview);
      return new Promise((resolve) => {
        finish = resolve;
      });
    });
    renderApp('?src=https://example.org/big.json', load);
    // The URL's event, if any, goes to the loader, which previews it.
    expect(load.mock.calls[0]?.[1].openingId).toBeUndefined();
    const panel = await screen.findByRole('tabpanel', { name: 'The first' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('A big story');
    expect(screen.getByRole('progressbar', { name: 'Reading all 3 events…' })).toBeTruthy();
    // Its place and neighbours are not known yet: no "1 of 3", no Previous and Next, no track.
    expect(panel.textContent).not.toMatch(/ of 3/);
    expect(screen.queryByRole('button', { name: /^Next/ })).toBeNull();
    expect(screen.queryByRole('tablist')).toBeNull();
    act(() => finish?.({ ok: true, result: parseStory(input) }));
    await screen.findByRole('tablist');
    expect(panelHeading()).toBe('The first');
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('button', { name: /^Next/ })).toBeTruthy();
  });

  it('asks the loader to preview the event the URL names', () => {
    const load = vi.fn((_url: string, _options: AppLoadOptions): Promise<LoadResult> => new Promise(() => undefined));
    renderApp('?src=https://example.org/big.json&event=third', load);
    expect(load.mock.calls[0]?.[1].openingId).toBe('third');
  });

  it('offers Retry after a failed load, which loads the story again and keeps focus on something', async () => {
    const user = userEvent.setup();
    const result = parseStory(nativeStory([nativeEvent({ id: 'one', headline: 'Second try' })]));
    // StrictMode runs the first load's effect twice: answer by phase, not by call.
    const answers: LoadResult[] = [
      createLoadFailure('problem.load.status', { url: 'https://example.org/s.json', status: '503 Service Unavailable' }),
      createLoadFailure('problem.load.status', { url: 'https://example.org/s.json', status: '502 Bad Gateway' }),
      { ok: true, result },
    ];
    let phase = 0;
    const load = vi.fn(async (): Promise<LoadResult> => answers[phase] ?? createLoadFailure('problem.load.empty', { url: 'https://example.org/s.json' }));
    renderApp('?src=https://example.org/s.json', load);
    const retry = await screen.findByRole('button', { name: 'Retry' });
    expect(screen.getByRole('alert').textContent).toContain('503 Service Unavailable');
    // A failed first load announces itself but takes no focus (an embed must not).
    expect(document.activeElement).toBe(document.body);
    phase = 1;
    await user.click(retry);
    await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toContain('502 Bad Gateway'));
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Retry' })));
    phase = 2;
    await user.keyboard('{Enter}');
    await vi.waitFor(() => expect(panelHeading()).toBe('Second try'));
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('says in an alert, with Retry, when the loader itself fails', async () => {
    renderApp('?src=https://example.org/s.json', () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not load the story from https://example.org/s.json: TypeError: Failed to fetch dynamically imported module');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy();
  });
});
