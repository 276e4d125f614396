import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Fails with the pairs of markers or badges (or of any elements `selector` finds) whose boxes
 * overlap. One assertion for all pairs: an `expect` per pair took over a minute at 10,000 events
 * (hundreds of boxes), and timed out under load.
 */
export async function expectNoOverlaps(page: Page, selector = '.ql-marker, .ql-cluster'): Promise<void> {
  const overlaps = await page.locator(selector).evaluateAll((elements) => {
    const boxes = elements.map((element) => ({ name: element.getAttribute('aria-label') ?? element.textContent ?? '', box: element.getBoundingClientRect() })).sort((a, b) => a.box.left - b.box.left);
    const found: string[] = [];
    for (const [index, a] of boxes.entries()) {
      // Sorted by left edge: once b starts right of a's end, no later box can overlap a.
      for (const b of boxes.slice(index + 1)) {
        if (b.box.left >= a.box.right - 0.5) break;
        if (a.box.top < b.box.bottom - 0.5 && b.box.top < a.box.bottom - 0.5) found.push(`${a.name} / ${b.name}`);
      }
    }
    return found;
  });
  expect(overlaps).toEqual([]);
}
