import { useCallback, useRef, type RefObject } from 'react';

/** Roving focus over the items of one container, each named by the value of `attribute`. */
export interface RovingFocusResult<T extends HTMLElement> {
  /** Put on the container. */
  containerRef: RefObject<T | null>;
  /** Focuses the item named `key` without scrolling; false when it is not rendered. */
  focusItem: (key: string) => HTMLElement | null;
  /** The name of the item that holds `target`, if any. */
  getKey: (target: EventTarget | null) => string | undefined;
}

/**
 * One roving-tabindex helper for the markers and the cluster badges: the caller renders
 * `tabIndex={key === activeKey ? 0 : -1}` from its own state, and moves focus with `focusItem`.
 * Scrolling is left to the caller, so there is one path that scrolls the selection into view.
 */
export function useRovingFocus<T extends HTMLElement>(attribute: string): RovingFocusResult<T> {
  const containerRef = useRef<T | null>(null);
  const focusItem = useCallback(
    (key: string): HTMLElement | null => {
      // Escaping quotes and backslashes keeps any key a valid selector.
      const item = containerRef.current?.querySelector<HTMLElement>(`[${attribute}="${key.replace(/["\\]/g, '\\$&')}"]`) ?? null;
      item?.focus({ preventScroll: true });
      return item;
    },
    [attribute],
  );
  const getKey = useCallback(
    (target: EventTarget | null): string | undefined => {
      if (!(target instanceof Element)) return undefined;
      return target.closest(`[${attribute}]`)?.getAttribute(attribute) ?? undefined;
    },
    [attribute],
  );
  return { containerRef, focusItem, getKey };
}
