import { memo } from 'react';
import type { Category } from '../data/types';
import { CategoryShape } from './CategoryShape';
import { CATEGORY_NAMES } from './strings';

/** Props of `Legend`. */
export interface LegendProps {
  /** Categories to list, in display order. */
  categories: readonly Category[];
}

/** The key to marker shapes and colours; each entry is a shape and a word, not colour alone. */
export const Legend = memo(function Legend({ categories }: LegendProps) {
  if (categories.length < 2) return null;
  return (
    <ul className="ql-legend" aria-label="Key">
      {categories.map((category) => (
        <li key={category} className="ql-legend-item">
          <CategoryShape category={category} size={12} />
          {CATEGORY_NAMES[category]}
        </li>
      ))}
    </ul>
  );
});
