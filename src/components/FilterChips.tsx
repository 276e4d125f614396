import { memo, useId, useState } from 'react';
import type { Category } from '../data/types';
import { foldPersonName, type PersonFacet } from '../search/people';
import { CategoryShape } from './CategoryShape';

/** People shown before "More people": the most quoted (a big story may name hundreds). @default 6 */
export const PEOPLE_SHOWN = 6;

/** Props of `FilterChips`. */
export interface FilterChipsProps {
  /** People of the story, most quoted first (`listPeople`). */
  people: readonly PersonFacet[];
  /** Categories that have events, in legend order. */
  categories: readonly Category[];
  /** Names of the chosen people. */
  selectedPeople: readonly string[];
  /** Ids of the chosen categories. */
  selectedCategories: readonly string[];
  onTogglePerson: (name: string) => void;
  onToggleCategory: (id: string) => void;
}

/**
 * The filter chips: a group of toggle buttons (`aria-pressed`) per person and per category, each
 * group with a visible label. Only the most quoted people show at first, with any chosen ones; a
 * "More people" disclosure shows the rest. A story with one person or one category has no group for it.
 */
export const FilterChips = memo(function FilterChips({ people, categories, selectedPeople, selectedCategories, onTogglePerson, onToggleCategory }: FilterChipsProps) {
  const [isAllPeople, setIsAllPeople] = useState(false);
  const id = useId();
  const hasMore = people.length > PEOPLE_SHOWN;
  // Names compare folded, as the search does: ?person=yann%20lecun presses "Yann LeCun".
  const chosen = new Set(selectedPeople.map(foldPersonName));
  const isChosen = (person: PersonFacet): boolean => chosen.has(foldPersonName(person.name));
  const shownPeople = isAllPeople || !hasMore ? people : people.filter((person, index) => index < PEOPLE_SHOWN || isChosen(person));
  return (
    <div className="ql-chips">
      {people.length > 1 && (
        <div className="ql-chip-group" role="group" aria-labelledby={`${id}-people`}>
          <span className="ql-chip-label" id={`${id}-people`}>
            People
          </span>
          {shownPeople.map((person) => (
            <button key={person.name} type="button" className="ql-chip" aria-pressed={isChosen(person)} onClick={() => onTogglePerson(person.name)}>
              {person.name}
            </button>
          ))}
          {hasMore && (
            <button type="button" className="ql-chip-more" aria-expanded={isAllPeople} onClick={() => setIsAllPeople(!isAllPeople)}>
              More people
            </button>
          )}
        </div>
      )}
      {categories.length > 1 && (
        <div className="ql-chip-group" role="group" aria-labelledby={`${id}-categories`}>
          <span className="ql-chip-label" id={`${id}-categories`}>
            Categories
          </span>
          {categories.map((category) => (
            <button key={category.id} type="button" className="ql-chip" aria-pressed={selectedCategories.includes(category.id)} onClick={() => onToggleCategory(category.id)}>
              <CategoryShape category={category} size={10} />
              {category.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
});
