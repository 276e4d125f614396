import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '../../src/scale/textWidth';

describe('estimateTextWidth', () => {
  it('estimateTextWidth(text, size) grows with the text and the size', () => {
    expect(estimateTextWidth('', 13)).toBe(0);
    expect(estimateTextWidth('iiii', 13)).toBeLessThan(estimateTextWidth('mmmm', 13));
    expect(estimateTextWidth('Memorial Day exchange', 26)).toBeCloseTo(2 * estimateTextWidth('Memorial Day exchange', 13), -1);
  });

  it('estimateTextWidth(text) gives full-width characters a full em', () => {
    expect(estimateTextWidth('日本', 10)).toBe(21);
  });
});
