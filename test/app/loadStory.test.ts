// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { loadStory } from '../../src/app/loadStory';

function fakeFetch(response: Response | Error): typeof fetch {
  return async () => {
    if (response instanceof Error) throw response;
    return response;
  };
}

describe('loadStory', () => {
  it('loadStory(url) names the URL and the status of a failed response', async () => {
    const result = await loadStory('https://example.org/missing.json', fakeFetch(new Response('nope', { status: 404, statusText: 'Not Found' })));
    expect(result).toEqual({ ok: false, message: 'Could not load the story from https://example.org/missing.json: the server answered 404 Not Found.' });
  });

  it('loadStory(url) says when the request itself failed', async () => {
    const result = await loadStory('https://example.org/s.json', fakeFetch(new TypeError('Failed to fetch')));
    expect(result).toEqual({
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
});
