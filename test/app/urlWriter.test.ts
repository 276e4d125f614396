import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createUrlWriter } from '../../src/app/urlWriter';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createUrlWriter', () => {
  it('createUrlWriter writes once per interval, with the latest transform of each kind', () => {
    let href = 'https://example.org/';
    const write = vi.fn((next: string) => (href = next));
    const writer = createUrlWriter(() => href, write, 250);
    writer.update('event', (url) => `${url.split('#')[0]}#one`);
    writer.update('event', (url) => `${url.split('#')[0]}#two`);
    writer.update('compress', (url) => url.replace('org/', 'org/?compress=0'));
    expect(write).not.toHaveBeenCalled();
    vi.advanceTimersByTime(250);
    expect(write).toHaveBeenCalledTimes(1);
    expect(href).toBe('https://example.org/?compress=0#two');
  });

  it('flush() writes what is pending at once, and nothing when nothing is', () => {
    let href = 'https://example.org/';
    const write = vi.fn((next: string) => (href = next));
    const writer = createUrlWriter(() => href, write, 250);
    writer.flush();
    expect(write).not.toHaveBeenCalled();
    writer.update('event', () => 'https://example.org/#now');
    writer.flush();
    expect(href).toBe('https://example.org/#now');
    vi.advanceTimersByTime(500);
    expect(write).toHaveBeenCalledTimes(1);
  });
});
