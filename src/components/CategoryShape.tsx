import type { Category, Shape } from '../data/types';

/** Props of `CategoryShape`. */
export interface CategoryShapeProps {
  category: Category;
  /** Size of the square the shape fills, in pixels. @default 14 */
  size?: number;
}

const PATHS: Record<Shape, string> = {
  circle: 'M7 1.5a5.5 5.5 0 1 1 0 11a5.5 5.5 0 1 1 0-11z',
  square: 'M2 2h10v10H2z',
  diamond: 'M7 0.8 13.2 7 7 13.2 0.8 7z',
  triangle: 'M7 1.5 13 12.5H1z',
  'triangle-down': 'M1 1.5h12L7 12.5z',
};

/** The marker shape of a category, in its colour, so category never depends on colour alone. Decorative. */
export function CategoryShape({ category, size = 14 }: CategoryShapeProps) {
  return (
    <svg className={`ql-shape ql-color-${category.color}`} width={size} height={size} viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      <path d={PATHS[category.shape]} />
    </svg>
  );
}
