import { describe, expect, it } from 'vitest';
import { readUrlOptions, withCompression, withSelectedEvent } from '../../src/share/urlOptions';

describe('readUrlOptions', () => {
  it('readUrlOptions(url, page) reads the event from the hash and src relative to the page', () => {
    expect(readUrlOptions('https://news.example/t/?src=stories/a.json#memorial-day-exchange', 'page')).toEqual({
      theme: 'auto',
      src: 'https://news.example/t/stories/a.json',
      event: 'memorial-day-exchange',
    });
  });

  it('readUrlOptions(url, embed) reads the event from the query and ignores the host-owned fragment', () => {
    const options = readUrlOptions('https://q.example/embed.html?event=lecun-critique-hype&theme=dark&lang=fr&childId=pym-1&initialWidth=600#?secret=AbC123xYz9', 'embed');
    expect(options).toEqual({ theme: 'dark', event: 'lecun-critique-hype', lang: 'fr', childId: 'pym-1', secret: 'AbC123xYz9' });
    expect(readUrlOptions('https://q.example/embed.html#amp=1', 'embed')).toEqual({ theme: 'auto' });
  });

  it('readUrlOptions(url) drops invalid themes, languages and secrets', () => {
    expect(readUrlOptions('https://q.example/?theme=neon&lang=%3Cscript%3E#?secret=short', 'embed')).toEqual({ theme: 'auto' });
  });

  it('readUrlOptions(url) reads the compression choice', () => {
    expect(readUrlOptions('https://q.example/?compress=0', 'page').compress).toBe(false);
    expect(readUrlOptions('https://q.example/?compress=on', 'page').compress).toBe(true);
    expect(readUrlOptions('https://q.example/?compress=maybe', 'page').compress).toBeUndefined();
    expect(withCompression('https://q.example/?event=a', false)).toBe('https://q.example/?event=a&compress=0');
    expect(withCompression('https://q.example/?compress=0', true)).toBe('https://q.example/');
  });

  it('withSelectedEvent(url, id) writes the hash on pages and ?event= in embeds, keeping the rest', () => {
    expect(withSelectedEvent('https://q.example/?src=a.json', 'x-y', 'page')).toBe('https://q.example/?src=a.json#x-y');
    expect(withSelectedEvent('https://q.example/embed.html?childId=p#?secret=AbC123xYz9', 'x-y', 'embed')).toBe('https://q.example/embed.html?childId=p&event=x-y#?secret=AbC123xYz9');
  });
});
