// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fetchStoryText, loadStory, type LoadProgress } from '../../src/app/loadStory';

/** A response whose body arrives in the given chunks; headers as given. */
function chunkedResponse(chunks: readonly string[], headers: Record<string, string> = {}): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
  return new Response(body, { headers });
}

const STORY = JSON.stringify({ quoteline: 2, title: 'T', events: [{ id: 'a', start: '2024-01-02', headline: 'Héadline' }] });

function fakeFetch(response: Response | Error): typeof fetch {
  return async () => {
    if (response instanceof Error) throw response;
    return response;
  };
}

describe('loadStory', () => {
  it('loadStory(url) names the URL and the status of a failed response', async () => {
    const result = await loadStory('https://example.org/missing.json', fakeFetch(new Response('nope', { status: 404, statusText: 'Not Found' })));
    expect(result).toMatchObject({ ok: false, message: 'Could not load the story from https://example.org/missing.json: the server answered 404 Not Found.' });
  });

  it('loadStory(url) says when the request itself failed', async () => {
    const result = await loadStory('https://example.org/s.json', fakeFetch(new TypeError('Failed to fetch')));
    expect(result).toMatchObject({
      ok: false,
      message:
        'Could not load the story from https://example.org/s.json: the request failed (Failed to fetch). If the file is on another site, that server must allow it with an Access-Control-Allow-Origin header.',
    });
  });

  it('loadStory(url) says when the file is not JSON', async () => {
    const result = await loadStory('https://example.org/s.json', fakeFetch(new Response('<html>')));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^The story at https:\/\/example.org\/s.json is neither JSON nor a TimelineJS sheet as CSV: /);
  });

  it('loadStory(url) sanitises TimelineJS HTML to text and links', async () => {
    const body = JSON.stringify({ events: [{ start_date: { year: 2024 }, text: { headline: 'H', text: '<p onclick="x()">Hi <a href="https://e.org">there</a><script>bad()</script></p>' } }] });
    const result = await loadStory('https://example.org/tl.json', fakeFetch(new Response(body)));
    expect(result.ok && result.result.story?.events[0]?.summary).toEqual([[{ text: 'Hi ' }, { text: 'there', href: 'https://e.org' }]]);
  });

  it('loadStory(url, fetcher, { onProgress }) streams the body and reports the bytes read of the Content-Length', async () => {
    const bytes = new TextEncoder().encode(STORY);
    // Split inside the two-byte "é": the decoder must carry it over.
    const cut = bytes.indexOf(0xc3) + 1;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, cut));
        controller.enqueue(bytes.slice(cut));
        controller.close();
      },
    });
    const progress: LoadProgress[] = [];
    const result = await loadStory('https://example.org/s.json', fakeFetch(new Response(body, { headers: { 'content-length': String(bytes.byteLength) } })), {
      onProgress: (step) => progress.push(step),
    });
    expect(result.ok && result.result.story?.events[0]?.headline).toBe('Héadline');
    expect(progress).toEqual([
      { loaded: cut, total: bytes.byteLength },
      { loaded: bytes.byteLength, total: bytes.byteLength },
    ]);
  });

  it('fetchStoryText(url) leaves the total unknown when the body is compressed or outgrows its Content-Length', async () => {
    const progress: LoadProgress[] = [];
    const onProgress = (step: LoadProgress): number => progress.push(step);
    await fetchStoryText('https://example.org/a.json', fakeFetch(chunkedResponse(['{}'], { 'content-length': '2', 'content-encoding': 'gzip' })), { onProgress });
    await fetchStoryText('https://example.org/b.json', fakeFetch(chunkedResponse(['{"a"', ':1}'], { 'content-length': '5' })), { onProgress });
    expect(progress).toEqual([{ loaded: 2 }, { loaded: 4, total: 5 }, { loaded: 7 }]);
  });

  it('fetchStoryText(url) refuses a body whose Content-Length is over the limit, naming the URL, the size and the limit', async () => {
    const result = await fetchStoryText('https://example.org/big.json', fakeFetch(chunkedResponse(['{}'], { 'content-length': String(70 * 1000 * 1000) })));
    expect(result).toMatchObject({ ok: false, message: 'The story at https://example.org/big.json is too large: 70 MB, over the limit of 64 MB.' });
  });

  it('fetchStoryText(url, fetcher, { maxBytes }) stops reading a body with no length once it passes the limit', async () => {
    const progress: LoadProgress[] = [];
    const result = await fetchStoryText('https://example.org/big.json', fakeFetch(chunkedResponse(['x'.repeat(600), 'x'.repeat(600), 'x'.repeat(600)])), {
      maxBytes: 1000,
      onProgress: (step) => progress.push(step),
    });
    expect(result).toMatchObject({ ok: false, message: 'The story at https://example.org/big.json is too large: more than 1.2 kB, over the limit of 0 MB.' });
    expect(progress).toEqual([{ loaded: 600 }]);
  });

  it('loadStory(url) says an empty body is empty', async () => {
    expect(await loadStory('https://example.org/empty.json', fakeFetch(new Response('')))).toMatchObject({
      ok: false,
      message: 'The story at https://example.org/empty.json is empty: the server sent no data.',
    });
    expect(await loadStory('https://example.org/blank.json', fakeFetch(new Response(' \n')))).toMatchObject({
      ok: false,
      message: 'The story at https://example.org/blank.json is empty: expected a Quoteline or TimelineJS story.',
    });
  });

  it('loadStory(url) says what JSON that is not a story holds', async () => {
    const result = await loadStory('https://example.org/list.json', fakeFetch(new Response('[1, 2]')));
    expect(result).toMatchObject({
      ok: false,
      message: 'The story at https://example.org/list.json is a list (JSON array), not a Quoteline or TimelineJS story: expected an object with an "events" list.',
    });
  });

  it('loadStory(url) says when the download breaks off', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"events"'));
        controller.error(new TypeError('network error'));
      },
    });
    expect(await loadStory('https://example.org/s.json', fakeFetch(new Response(body)))).toMatchObject({
      ok: false,
      message: 'Could not load the story from https://example.org/s.json: the download broke off (network error).',
    });
  });
});
