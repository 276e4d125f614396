import { describeTooBig, MAX_STORY_BYTES } from '../../data/limits';

/** Options of `readFileText`. */
export interface ReadFileTextOptions {
  /** Called after each chunk with the bytes read so far and the file's size. */
  onProgress?: ((loadedBytes: number, totalBytes: number) => void) | undefined;
  /** Stops reading (the promise rejects with the signal's reason). */
  signal?: AbortSignal | undefined;
  /** Largest file read, in bytes; a bigger one is refused before any byte is read. @default MAX_STORY_BYTES */
  maxBytes?: number | undefined;
}

/**
 * Reads a file as UTF-8 text chunk by chunk from its stream, reporting progress after each: a
 * large file is read without holding the page, which can paint the progress between chunks. A file
 * over `maxBytes` is refused first, with an error whose message gives its size and the limit
 * ("it is 70.3 MB, more than the 64 MB a story file may have"), to follow the file's name.
 */
export async function readFileText(file: Blob, { onProgress, signal, maxBytes = MAX_STORY_BYTES }: ReadFileTextOptions = {}): Promise<string> {
  signal?.throwIfAborted();
  const tooBig = describeTooBig(file.size, maxBytes);
  if (tooBig !== null) throw new Error(`it ${tooBig}`);
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
