/** A file's bytes read as UTF-8 text (a byte order mark dropped), as `Response.text()` does. */
export function decodeUtf8(bytes: readonly Uint8Array[]): string {
  const decoder = new TextDecoder();
  return bytes.map((chunk) => decoder.decode(chunk, { stream: true })).join('') + decoder.decode();
}
