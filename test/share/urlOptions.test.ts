import { describe, expect, it } from 'vitest';
import { EMPTY_QUERY, type SearchQuery } from '../../src/search/query';
import { getSearchQuery, readUrlOptions, withCompression, withSearch, withSelectedEvent } from '../../src/share/urlOptions';

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

  it('readUrlOptions(url) reads ?lang= as a well-formed BCP 47 tag, for pages and embeds', () => {
    expect(readUrlOptions('https://q.example/?lang=de', 'page').lang).toBe('de');
    expect(readUrlOptions('https://q.example/embed.html?lang=pt-BR', 'embed').lang).toBe('pt-BR');
    expect(readUrlOptions('https://q.example/?lang=zh-Hant-TW', 'page').lang).toBe('zh-Hant-TW');
    expect(readUrlOptions('https://q.example/?lang=', 'page').lang).toBeUndefined();
    expect(readUrlOptions('https://q.example/?lang=en_US!', 'page').lang).toBeUndefined();
    expect(readUrlOptions('https://q.example/?lang=123', 'page').lang).toBeUndefined();
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

describe('withSearch', () => {
  const page = 'https://q.example/t/?src=stories%2Fa.json&theme=dark#memorial-day-exchange';
  const roundTrip = (href: string, view: 'page' | 'embed' = 'page'): SearchQuery => getSearchQuery(readUrlOptions(href, view));

  it('withSearch(href, query) writes q, one person and one category per chip, and reads back the same query', () => {
    const query: SearchQuery = { text: 'technical papers', people: ['Yann LeCun', 'Elon Musk'], categories: ['exchange', 'critique'] };
    const href = withSearch(page, query, false);
    expect(href).toBe('https://q.example/t/?src=stories%2Fa.json&theme=dark&q=technical+papers&person=Yann+LeCun&person=Elon+Musk&category=exchange&category=critique#memorial-day-exchange');
    expect(roundTrip(href)).toEqual(query);
  });

  it('withSearch(href, query) keeps every other parameter and the fragment, on pages and embeds', () => {
    const embed = 'https://q.example/embed.html?src=https%3A%2F%2Fdata.example%2Fs.json&event=memorial-day-exchange&childId=pym-1&compress=0#?secret=AbC123xYz9';
    const options = readUrlOptions(withSearch(embed, { ...EMPTY_QUERY, text: 'musk' }, true), 'embed');
    expect(options).toEqual({
      theme: 'auto',
      src: 'https://data.example/s.json',
      event: 'memorial-day-exchange',
      childId: 'pym-1',
      compress: false,
      secret: 'AbC123xYz9',
      q: 'musk',
      view: 'quotes',
    });
    expect(readUrlOptions(withSearch(page, { ...EMPTY_QUERY, text: 'musk' }, false), 'page')).toMatchObject({ theme: 'dark', event: 'memorial-day-exchange', q: 'musk' });
  });

  it('withSearch(href, empty query) removes q, person, category and view', () => {
    const searched = withSearch(page, { text: 'a', people: ['B'], categories: ['c'] }, true);
    expect(withSearch(searched, EMPTY_QUERY, false)).toBe('https://q.example/t/?src=stories%2Fa.json&theme=dark#memorial-day-exchange');
    expect(withSearch('https://q.example/?q=old', { ...EMPTY_QUERY, text: '   ' }, false)).toBe('https://q.example/');
  });

  it('withSearch(href, query) round-trips special characters: &, +, =, #, é, spaces, quotes', () => {
    const query: SearchQuery = { text: 'R&D + “décision” = #1 ?', people: ['Zoë O’Brien & Co', 'A+B'], categories: ['a&b'] };
    const href = withSearch(page, query, false);
    expect(new URL(href).hash).toBe('#memorial-day-exchange');
    expect(roundTrip(href)).toEqual(query);
  });

  it('withSearch(href, query) writes each person once and drops empty names', () => {
    const href = withSearch(page, { text: '', people: ['Yann LeCun', ' ', 'Yann LeCun'], categories: [''] }, false);
    expect(new URL(href).searchParams.getAll('person')).toEqual(['Yann LeCun']);
    expect(new URL(href).searchParams.has('category')).toBe(false);
  });
});

describe('readUrlOptions search parameters', () => {
  it('readUrlOptions(url) reads repeated person and category parameters in order', () => {
    const options = readUrlOptions('https://q.example/?person=Yann+LeCun&person=Elon%20Musk&category=exchange&q=papers', 'page');
    expect(options).toMatchObject({ q: 'papers', people: ['Yann LeCun', 'Elon Musk'], categories: ['exchange'] });
  });

  it('readUrlOptions(url) reads view=quotes and ignores other views and empty values', () => {
    expect(readUrlOptions('https://q.example/?view=quotes', 'embed').view).toBe('quotes');
    expect(readUrlOptions('https://q.example/?view=grid&q=&person=&category=', 'embed')).toEqual({ theme: 'auto' });
  });

  it('getSearchQuery(options) is the empty query without search parameters', () => {
    expect(getSearchQuery(readUrlOptions('https://q.example/?theme=dark', 'page'))).toEqual(EMPTY_QUERY);
  });
});
