import { describe, expect, it, vi } from 'vitest';
import { readFileText } from '../../../src/app/make/readFileText';

/** A blob whose stream gives the bytes in chunks of `size`. */
function chunkedBlob(bytes: Uint8Array<ArrayBuffer>, size: number): Blob {
  const blob = new Blob([bytes]);
  return Object.assign(blob, {
    stream: () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (let start = 0; start < bytes.length; start += size) controller.enqueue(bytes.slice(start, start + size));
          controller.close();
        },
      }),
  });
}

describe('readFileText', () => {
  it('readFileText(file, { onProgress }) reads UTF-8 text and reports the bytes read after each chunk', async () => {
    const bytes = new TextEncoder().encode('Year,Headline\n2024,“Musk” répond\n');
    const progress: [number, number][] = [];
    // Chunks of 5 bytes split the curly quotes and the é across chunks.
    const text = await readFileText(chunkedBlob(bytes, 5), { onProgress: (loaded, total) => progress.push([loaded, total]) });
    expect(text).toBe('Year,Headline\n2024,“Musk” répond\n');
    expect(progress.length).toBe(Math.ceil(bytes.length / 5));
    expect(progress.at(-1)).toEqual([bytes.length, bytes.length]);
    expect(progress.every(([loaded], index) => index === 0 || loaded > (progress[index - 1]?.[0] ?? 0))).toBe(true);
  });

  it('readFileText(file) drops a byte-order mark', async () => {
    expect(await readFileText(new Blob([new Uint8Array([0xef, 0xbb, 0xbf]), '{"a":1}']))).toBe('{"a":1}');
  });

  it('readFileText(file, { signal }) stops when aborted', async () => {
    const controller = new AbortController();
    const bytes = new Uint8Array(100).fill(65);
    const reading = readFileText(chunkedBlob(bytes, 10), { signal: controller.signal, onProgress: (loaded) => loaded >= 30 && controller.abort(new Error('replaced')) });
    await expect(reading).rejects.toThrow('replaced');
  });

  it('readFileText(file, { maxBytes }) refuses a bigger file before reading it, giving its size and the limit', async () => {
    const file = new Blob([new Uint8Array(3 * 1024 * 1024)]);
    const stream = vi.spyOn(file, 'stream');
    await expect(readFileText(file, { maxBytes: 2 * 1024 * 1024 })).rejects.toThrow('it is 3.0 MB, more than the 2 MB a story file may have');
    expect(stream).not.toHaveBeenCalled();
  });
});
