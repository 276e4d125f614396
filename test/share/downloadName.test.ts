import { describe, expect, it } from 'vitest';
import { getDownloadFileName } from '../../src/share/downloadName';

describe('getDownloadFileName', () => {
  it('getDownloadFileName(story) names the file after the story id', () => {
    expect(getDownloadFileName({ id: 'lecun-musk', title: 'LeCun vs. Musk' })).toBe('lecun-musk.json');
    expect(getDownloadFileName({ id: 'Élection 2024/../x', title: 'T' })).toBe('election-2024-x.json');
  });

  it('getDownloadFileName(story) uses the title when the id is the importers’ generic one', () => {
    expect(getDownloadFileName({ id: 'story', title: 'The feud as a sheet' })).toBe('the-feud-as-a-sheet.json');
    expect(getDownloadFileName({ id: 'story', title: '' })).toBe('story.json');
    expect(getDownloadFileName({ id: '', title: '!!!' })).toBe('story.json');
  });
});
