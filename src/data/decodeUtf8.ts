/**
 * Bytes decoded per call of the decoder, at most. Chromium's UTF-8 decoder slows down for the rest
 * of a call once it meets a character outside ASCII: a 50 MB story with curly quotes in every event
 * took about 1.6 s in one call and a quarter of that in pieces of this size (bench/README.md).
 */
export const DECODE_PIECE_BYTES = 16 * 1024;

/** UTF-8 decoding a chunk at a time, as the bytes arrive. */
export interface Utf8Decoder {
  /** Decodes the next chunk (a character may be cut between two). */
  push(chunk: Uint8Array): void;
  /** The whole text (a byte order mark dropped); the decoder is done. */
  finish(): string;
}

export function createUtf8Decoder(): Utf8Decoder {
  const decoder = new TextDecoder();
  const parts: string[] = [];
  return {
    push(chunk) {
      for (let start = 0; start < chunk.length; start += DECODE_PIECE_BYTES) parts.push(decoder.decode(chunk.subarray(start, start + DECODE_PIECE_BYTES), { stream: true }));
    },
    finish() {
      parts.push(decoder.decode());
      return parts.join('');
    },
  };
}

/** A file's bytes read as UTF-8 text (a byte order mark dropped), as `Response.text()` does. */
export function decodeUtf8(bytes: readonly Uint8Array[]): string {
  const decoder = createUtf8Decoder();
  for (const chunk of bytes) decoder.push(chunk);
  return decoder.finish();
}
