import { describe, expect, it } from 'vitest';
import { decodeUtf8, DECODE_PIECE_BYTES } from '../../src/data/decodeUtf8';

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

describe('decodeUtf8 of a big chunk', () => {
  it('decodeUtf8([bytes]) decodes a chunk longer than a piece, with characters cut at the pieces’ edges', () => {
    // Three-byte and four-byte characters at every offset around the piece boundaries.
    const text = Array.from({ length: 3 * DECODE_PIECE_BYTES }, (_, index) => (index % 7 === 0 ? '“' : index % 11 === 0 ? '🙂' : 'a')).join('');
    expect(decodeUtf8([new TextEncoder().encode(text)])).toBe(text);
    expect(decodeUtf8([new TextEncoder().encode(`x${text}`)])).toBe(`x${text}`);
  });
});
