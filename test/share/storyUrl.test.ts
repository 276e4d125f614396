import { describe, expect, it } from 'vitest';
import { hasHost, readStoryUrl } from '../../src/share/storyUrl';

const PAGE = 'https://timelines.example.org/q/make.html';
const KEY = '2PACX-1vTabc_DEF-123';

describe('readStoryUrl', () => {
  it('readStoryUrl(input, pageHref) resolves a relative path against the page and keeps an absolute URL', () => {
    expect(readStoryUrl('stories/lecun-musk.json', PAGE)).toEqual({ ok: true, url: 'https://timelines.example.org/q/stories/lecun-musk.json' });
    expect(readStoryUrl('  https://data.example/s.json?v=2  ', PAGE)).toEqual({ ok: true, url: 'https://data.example/s.json?v=2' });
  });

  it('readStoryUrl(input, pageHref) gives a bare host name https://', () => {
    expect(readStoryUrl('data.example.org/story.csv', PAGE)).toEqual({ ok: true, url: 'https://data.example.org/story.csv' });
    expect(readStoryUrl('v1.2/story.json', PAGE)).toEqual({ ok: true, url: 'https://timelines.example.org/q/v1.2/story.json' });
  });

  it('readStoryUrl(input, pageHref) refuses nothing, other schemes, and http from an https page', () => {
    expect(readStoryUrl('   ', PAGE)).toEqual({ ok: false, message: 'Enter the URL of a story file.' });
    expect(readStoryUrl('https://exa mple.org:99999/', PAGE)).toEqual({ ok: false, message: '“https://exa mple.org:99999/” is not a URL.' });
    expect(readStoryUrl('javascript:alert(1)', PAGE)).toMatchObject({ ok: false, message: expect.stringMatching(/^Only http and https/) });
    expect(readStoryUrl('http://data.example/s.json', PAGE)).toMatchObject({ ok: false, message: expect.stringMatching(/served over https/) });
    expect(readStoryUrl('http://data.example/s.json', 'http://localhost:5173/make.html')).toEqual({ ok: true, url: 'http://data.example/s.json' });
  });

  it('readStoryUrl(input, pageHref) turns a published sheet’s web page into its CSV, and says so', () => {
    const csv = `https://docs.google.com/spreadsheets/d/e/${KEY}/pub?output=csv`;
    expect(readStoryUrl(`https://docs.google.com/spreadsheets/d/e/${KEY}/pubhtml`, PAGE)).toEqual({
      ok: true,
      url: csv,
      note: `That link is the sheet’s web page; its CSV version is loaded instead: ${csv}`,
    });
    expect(readStoryUrl(`https://docs.google.com/spreadsheets/d/e/${KEY}/pubhtml?gid=1719&single=true`, PAGE)).toMatchObject({
      url: `https://docs.google.com/spreadsheets/d/e/${KEY}/pub?gid=1719&single=true&output=csv`,
    });
    expect(readStoryUrl(`https://docs.google.com/spreadsheets/d/e/${KEY}/pubhtml/sheet?headers=false&gid=0`, PAGE)).toMatchObject({
      url: `https://docs.google.com/spreadsheets/d/e/${KEY}/pub?gid=0&single=true&output=csv`,
    });
    expect(readStoryUrl(`https://docs.google.com/spreadsheets/d/e/${KEY}/pubhtml#gid=5`, PAGE)).toMatchObject({
      url: `https://docs.google.com/spreadsheets/d/e/${KEY}/pub?gid=5&single=true&output=csv`,
    });
    expect(readStoryUrl(`https://docs.google.com/spreadsheets/d/e/${KEY}/pub?output=tsv`, PAGE)).toMatchObject({ url: csv, note: expect.any(String) });
  });

  it('readStoryUrl(input, pageHref) keeps a sheet’s CSV link as it is', () => {
    const csv = `https://docs.google.com/spreadsheets/d/e/${KEY}/pub?gid=0&single=true&output=csv`;
    expect(readStoryUrl(csv, PAGE)).toEqual({ ok: true, url: csv });
  });

  it('readStoryUrl(input, pageHref) explains how to publish a sheet when given its edit link', () => {
    const result = readStoryUrl('https://docs.google.com/spreadsheets/d/1AbCdEfGhIjK/edit#gid=0', PAGE);
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/Publish to web.*Comma-separated values/) });
  });
});

describe('hasHost', () => {
  it('hasHost(input) is true for a scheme, a protocol-relative URL or a bare host name, false for a path', () => {
    expect(['https://a.example/s.json', 'HTTP://a.example', '//cdn.example/s.json', 'data.example.org/s.csv', ' www.example.com/s.json '].map(hasHost)).toEqual([true, true, true, true, true]);
    expect(['stories/s.json', '/s.json', 'feud.json', 'v1.2/s.json', 'localhost/s.json', 'data'].map(hasHost)).toEqual([false, false, false, false, false, false]);
  });
});
