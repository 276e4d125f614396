import { describe, expect, it } from 'vitest';
import { EMPTY_QUERY, isQueryActive } from '../../src/search/query';

describe('isQueryActive', () => {
  it('isQueryActive(query) is false for no text, white space only, and no chips', () => {
    expect(isQueryActive(EMPTY_QUERY)).toBe(false);
    expect(isQueryActive({ ...EMPTY_QUERY, text: '  \t ' })).toBe(false);
  });

  it('isQueryActive(query) is true for text, a person or a category', () => {
    expect(isQueryActive({ ...EMPTY_QUERY, text: 'lecun' })).toBe(true);
    expect(isQueryActive({ ...EMPTY_QUERY, people: ['Yann LeCun'] })).toBe(true);
    expect(isQueryActive({ ...EMPTY_QUERY, categories: ['exchange'] })).toBe(true);
  });
});
