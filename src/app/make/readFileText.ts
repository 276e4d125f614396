/** Options of `readFileText`. */
export interface ReadFileTextOptions {
  /** Called after each chunk with the bytes read so far and the file's size. */
  onProgress?: ((loadedBytes: number, totalBytes: number) => void) | undefined;
  /** Stops reading (the promise rejects with the signal's reason). */
  signal?: AbortSignal | undefined;
}

/**
 * Reads a file as UTF-8 text chunk by chunk from its stream, reporting progress after each: a
 * large file is read without holding the page, which can paint the progress between chunks.
 */
export async function readFileText(file: Blob, { onProgress, signal }: ReadFileTextOptions = {}): Promise<string> {
  signal?.throwIfAborted();
  const reader = file.stream().getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let loaded = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      signal?.throwIfAborted();
      if (done) break;
      loaded += value.byteLength;
      // stream: true keeps a character split across two chunks whole.
      parts.push(decoder.decode(value, { stream: true }));
      onProgress?.(loaded, file.size);
    }
  } catch (error) {
    void reader.cancel().catch(() => undefined);
    throw error;
  }
  parts.push(decoder.decode());
  return parts.join('');
}
