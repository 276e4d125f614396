import leven, { closestMatch } from 'leven';
import { createIssue } from './createIssue';
import type { DataIssue } from './types';

/**
 * The candidate `input` was most likely meant to be, for "did you mean …?": an exact match but for
 * case first, then the nearest by edit distance when it is near enough, else undefined.
 */
export function suggest(input: string, candidates: readonly string[]): string | undefined {
  const lower = input.toLowerCase();
  const sameButCase = candidates.find((candidate) => candidate.toLowerCase() === lower);
  if (sameButCase !== undefined) return sameButCase;
  // One edit in a short word, two (a swapped pair) from five letters, a third of a long one.
  const limit = input.length < 5 ? 1 : Math.max(2, Math.floor(input.length / 3));
  const match = closestMatch(
    lower,
    candidates.map((candidate) => candidate.toLowerCase()),
    { maxDistance: limit + 1 },
  );
  if (match === undefined) return undefined;
  const index = candidates.findIndex((candidate) => candidate.toLowerCase() === match);
  const candidate = candidates[index];
  return candidate !== undefined && leven(lower, match) <= limit ? candidate : undefined;
}

/** Warnings for the keys of `record` not in `known`, each with the nearest known key. */
export function findUnknownFields(record: Record<string, unknown>, known: readonly string[], path: string): DataIssue[] {
  const warnings: DataIssue[] = [];
  for (const key of Object.keys(record)) {
    if (known.includes(key)) continue;
    const fix = suggest(key, known);
    // An empty key is named in the message; its path is the object's, so no path is empty or ends in ".".
    const where = key === '' ? path || '(file)' : path === '' ? key : `${path}.${key}`;
    warnings.push(createIssue(where, 'problem.field.unknown', { field: key }, fix));
  }
  return warnings;
}
