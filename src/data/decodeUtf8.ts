/**
 * Bytes decoded per call of the decoder, at most. Chromium's UTF-8 decoder slows down for the rest
 * of a call once it meets a character outside ASCII: a 50 MB story with curly quotes in every event
 * took about 1.6 s in one call and a quarter of that in pieces of this size (bench/README.md).
 */
export const DECODE_PIECE_BYTES = 16 * 1024;

/** A file's bytes read as UTF-8 text (a byte order mark dropped), as `Response.text()` does. */
export function decodeUtf8(bytes: readonly Uint8Array[]): string {
  const decoder = new TextDecoder();
  const parts: string[] = [];
  for (const chunk of bytes) {
    for (let start = 0; start < chunk.length; start += DECODE_PIECE_BYTES) parts.push(decoder.decode(chunk.subarray(start, start + DECODE_PIECE_BYTES), { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}
