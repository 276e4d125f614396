import type { Page } from '@playwright/test';

/** Every layout shift since navigation, with the nodes that moved and their boxes before and after. */
export async function readLayoutShifts(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        type Shift = PerformanceEntry & { value: number; sources: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] };
        const describe = (node: Node | null | undefined): string => (node instanceof Element ? node.outerHTML.slice(0, 120) : `text in ${node?.parentElement?.outerHTML.slice(0, 120) ?? '?'}`);
        const box = (rect: DOMRectReadOnly): string => `${rect.x},${rect.y} ${rect.width}×${rect.height}`;
        new PerformanceObserver((list) => {
          resolve(
            (list.getEntries() as Shift[]).map(
              (entry) =>
                `${entry.value} at ${Math.round(entry.startTime)} ms: ${entry.sources.map((source) => `${describe(source.node)} ${box(source.previousRect)} → ${box(source.currentRect)}`).join('; ')}`,
            ),
          );
        }).observe({ type: 'layout-shift', buffered: true });
        // The buffered entries arrive in the first callback; with none, there is no callback.
        requestAnimationFrame(() => requestAnimationFrame(() => resolve([])));
      }),
  );
}
