import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../src/data/decodeUtf8';

describe('decodeUtf8', () => {
  it('decodeUtf8(chunks) joins a character split across chunks and drops a byte order mark', () => {
    const bytes = new TextEncoder().encode('\uFEFF{"headline":"Décision 🙂"}');
    const cuts = [2, 5, 19, 24];
    const chunks = [0, ...cuts].map((start, index) => bytes.slice(start, cuts[index] ?? bytes.length));
    expect(decodeUtf8(chunks)).toBe('{"headline":"Décision 🙂"}');
  });

  it('decodeUtf8([]) is the empty string', () => {
    expect(decodeUtf8([])).toBe('');
  });
});
