import type { Category } from '../data/types';

/** Props of `CategoryShape`. */
export interface CategoryShapeProps {
  category: Category;
  /** Size of the square the shape fills, in pixels. @default 14 */
  size?: number;
}

const SHAPES: Record<Category, string> = {
  exchange: 'M7 1.5a5.5 5.5 0 1 1 0 11a5.5 5.5 0 1 1 0-11z',
  critique: 'M2 2h10v10H2z',
  debate: 'M7 0.8 13.2 7 7 13.2 0.8 7z',
  context: 'M7 1.5 13 12.5H1z',
  prediction: 'M1 1.5h12L7 12.5z',
};

/** The marker shape of a category, so category never depends on colour alone. Decorative. */
export function CategoryShape({ category, size = 14 }: CategoryShapeProps) {
  return (
    <svg className={`ql-shape ql-cat-${category}`} width={size} height={size} viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      <path d={SHAPES[category]} />
    </svg>
  );
}
