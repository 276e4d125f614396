import type { Block } from './types';

/**
 * How a pending summary is made, then the summary: hidden (symbol-keyed, not enumerable) fields of
 * its object. Not a WeakMap: 100,000 entries in one made every garbage collection slow.
 */
const MAKE_SUMMARY = Symbol('makeSummary');
const SUMMARY = Symbol('summary');

type Pending = { [MAKE_SUMMARY]?: (() => Block[]) | undefined; [SUMMARY]?: Block[] | undefined };

/**
 * One getter for every lazy summary: objects that gain the same accessor share their hidden class
 * (a getter of its own per event made each of 100,000 events an object of its own, slow to make and
 * slower to read). The first read makes the summary and keeps it.
 */
const LAZY_SUMMARY: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: Pending): Block[] {
    this[SUMMARY] ??= this[MAKE_SUMMARY]?.() ?? [];
    this[MAKE_SUMMARY] = undefined;
    return this[SUMMARY];
  },
};

/**
 * Gives `target` a `summary` made by `make` when it is first read, not now: reducing ten thousand
 * HTML snippets up front would hold up the first paint, and a reader opens events one at a time.
 * `target` should not have a `summary` yet (turning a value into a getter makes the object slow).
 */
export function defineLazySummary<T extends object>(target: T, make: () => Block[]): T & { summary: Block[] } {
  Object.defineProperty(target, MAKE_SUMMARY, { value: make, writable: true, configurable: true, enumerable: false });
  Object.defineProperty(target, SUMMARY, { value: undefined, writable: true, configurable: true, enumerable: false });
  return Object.defineProperty(target, 'summary', LAZY_SUMMARY) as T & { summary: Block[] };
}
