import type { Category } from '../data/types';

/** Reader-facing names of categories (English; the UI strings are English for now). */
export const CATEGORY_NAMES: Record<Category, string> = {
  exchange: 'Exchange',
  critique: 'Critique',
  debate: 'Debate',
  context: 'Context',
  prediction: 'Prediction',
};
