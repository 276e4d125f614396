import { memo } from 'react';
import type { Category } from '../data/types';
import { CategoryShape } from './CategoryShape';
import { useT } from '../hooks/useTranslator';

/** Props of `Legend`. */
export interface LegendProps {
  /** Categories to list, in display order. */
  categories: readonly Category[];
}

/** The key to marker shapes and colours; each entry is a shape and a word, not colour alone. */
export const Legend = memo(function Legend({ categories }: LegendProps) {
  const { t } = useT();
  if (categories.length < 2) return null;
  return (
    <ul className="ql-legend" aria-label={t('legend.label')}>
      {categories.map((category) => (
        <li key={category.id} className="ql-legend-item">
          <CategoryShape category={category} size={12} />
          {category.label}
        </li>
      ))}
    </ul>
  );
});
