import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

// useLayoutEffect warns under server rendering; there is no layout to read there anyway.
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? () => undefined : useLayoutEffect;

/** The content width of an element, kept current with ResizeObserver; `fallback` until measured (and on the server). */
export function useElementWidth<T extends HTMLElement>(fallback: number): [RefObject<T | null>, number] {
  const ref = useRef<T | null>(null);
  const [width, setWidth] = useState(fallback);
  useIsomorphicLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const update = (): void => {
      const measured = element.clientWidth;
      // A hidden frame (tab, accordion) measures 0: keep the last width until it is shown.
      if (measured > 0) setWidth(measured);
    };
    update();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
