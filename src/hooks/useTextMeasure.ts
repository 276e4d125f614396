import { useLayoutEffect, useState, type RefObject } from 'react';
import { estimateTextWidth } from '../layout/textWidth';

/** Measures text in pixels at a font size. */
export type MeasureText = (text: string, fontSizePx: number) => number;

const useIsomorphicLayoutEffect = typeof window === 'undefined' ? () => undefined : useLayoutEffect;

/**
 * A text measurer for the element's font: an estimate on the server and before mount, then
 * canvas `measureText` with the real font, swapped in before the first paint.
 */
export function useTextMeasure(ref: RefObject<HTMLElement | null>): MeasureText {
  const [measure, setMeasure] = useState<MeasureText>(() => estimateTextWidth);
  useIsomorphicLayoutEffect(() => {
    const element = ref.current;
    // OffscreenCanvas: no element in the document; absent in jsdom, where the estimate stays.
    const context = typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d');
    if (!element || !context) return;
    const { fontFamily } = getComputedStyle(element);
    const cache = new Map<string, number>();
    setMeasure(() => (text: string, fontSizePx: number) => {
      const key = `${fontSizePx}|${text}`;
      const cached = cache.get(key);
      if (cached !== undefined) return cached;
      context.font = `${fontSizePx}px ${fontFamily}`;
      // +1: sub-pixel widths round differently in layout than in canvas.
      const width = Math.ceil(context.measureText(text).width) + 1;
      cache.set(key, width);
      return width;
    });
  }, [ref]);
  return measure;
}
