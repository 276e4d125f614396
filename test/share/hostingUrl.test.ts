import { describe, expect, it } from 'vitest';
import { checkHostingUrl } from '../../src/share/hostingUrl';

const APP = 'https://timelines.example.org/q/make.html';

describe('checkHostingUrl', () => {
  it('checkHostingUrl(input, appHref) is empty until something is typed', () => {
    expect(checkHostingUrl('', APP)).toEqual({ status: 'empty' });
    expect(checkHostingUrl('  ', APP)).toEqual({ status: 'empty' });
  });

  it('checkHostingUrl(input, appHref) gives a file next to the app with no notes', () => {
    expect(checkHostingUrl('https://timelines.example.org/stories/feud.json', APP)).toEqual({ status: 'ok', url: 'https://timelines.example.org/stories/feud.json', notes: [] });
  });

  it('checkHostingUrl(input, appHref) notes that another site must allow the app’s origin', () => {
    expect(checkHostingUrl('data.example/feud.json', APP)).toEqual({
      status: 'ok',
      url: 'https://data.example/feud.json',
      notes: ['The timeline at https://timelines.example.org reads the file from https://data.example: that server must send the header Access-Control-Allow-Origin (for example “*”).'],
    });
  });

  it('checkHostingUrl(input, appHref) reads a sheet’s web page as its CSV, with both notes', () => {
    const result = checkHostingUrl('https://docs.google.com/spreadsheets/d/e/2PACX-1v/pubhtml', APP);
    expect(result).toMatchObject({ status: 'ok', url: 'https://docs.google.com/spreadsheets/d/e/2PACX-1v/pub?output=csv' });
    expect(result.status === 'ok' && result.notes).toHaveLength(2);
  });

  it('checkHostingUrl(input, appHref) says why a URL cannot be used', () => {
    expect(checkHostingUrl('ftp://data.example/feud.json', APP)).toEqual({ status: 'invalid', message: 'Only http and https addresses can be loaded, not ftp:.' });
  });
});

describe('checkHostingUrl, paths', () => {
  it('checkHostingUrl(input, appHref) asks for a full address, not a path on the app’s site', () => {
    expect(checkHostingUrl('feud.json', APP)).toEqual({ status: 'invalid', message: 'Give the file’s full address, starting with https://.' });
  });
});
