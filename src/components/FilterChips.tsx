import { memo, useId, useState, type KeyboardEvent } from 'react';
import { keyToIntent } from '../a11y/keys';
import { isMoveIntent, moveFocus } from '../a11y/navigation';
import { createListDelegate } from '../a11y/transition';
import type { Category } from '../data/types';
import { foldPersonName, type PersonFacet } from '../search/people';
import { CategoryShape } from './CategoryShape';
import { useT } from '../hooks/useTranslator';

/** People shown before "More people": the most quoted (a big story may name hundreds). @default 6 */
export const PEOPLE_SHOWN = 6;

/** Attribute naming a chip (or the "More people" button) within its toolbar. */
const CHIP_ATTRIBUTE = 'data-ql-chip';
// No person is named by the empty string (names are trimmed and never empty), and it survives HTML as it is.
const MORE_KEY = '';

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
 * The filter chips: toggle buttons (`aria-pressed`) per person and per category, each set a
 * toolbar (WAI-ARIA toolbar pattern: one Tab stop, ← → Home End move between chips, Space or
 * Enter toggles) named by its visible label, so a dozen chips cost two Tab stops on the way to
 * the track. Only the most quoted people show at first, with any chosen ones; a "More people"
 * disclosure shows the rest. A story with one person or one category has no set for it.
 */
export const FilterChips = memo(function FilterChips({ people, categories, selectedPeople, selectedCategories, onTogglePerson, onToggleCategory }: FilterChipsProps) {
  const { t } = useT();
  const [isAllPeople, setIsAllPeople] = useState(false);
  // The Tab stop of each toolbar, by chip key; the first chip until the reader moves.
  const [active, setActive] = useState<{ people?: string; categories?: string }>({});
  const id = useId();
  const onKeyDown = (group: 'people' | 'categories') => (event: KeyboardEvent<HTMLDivElement>) => {
    // Chips run right to left on a right-to-left page, and so do ← →.
    const intent = keyToIntent(event, { isRtl: getComputedStyle(event.currentTarget).direction === 'rtl' });
    if (intent === null || !isMoveIntent(intent)) return;
    const chips = Array.from(event.currentTarget.querySelectorAll<HTMLElement>(`[${CHIP_ATTRIBUTE}]`));
    const index = chips.findIndex((chip) => chip === event.target);
    const next = chips[moveFocus(index, intent, createListDelegate(chips.length))];
    if (index < 0 || !next) return;
    event.preventDefault();
    setActive({ ...active, [group]: next.getAttribute(CHIP_ATTRIBUTE) ?? undefined });
    next.focus();
  };
  const tabStop = (group: 'people' | 'categories', keys: readonly string[]): string | undefined => {
    const key = active[group];
    return key !== undefined && keys.includes(key) ? key : keys[0];
  };
  const hasMore = people.length > PEOPLE_SHOWN;
  // Names compare folded, as the search does: ?person=yann%20lecun presses "Yann LeCun".
  const chosen = new Set(selectedPeople.map(foldPersonName));
  const isChosen = (person: PersonFacet): boolean => chosen.has(foldPersonName(person.name));
  const shownPeople = isAllPeople || !hasMore ? people : people.filter((person, index) => index < PEOPLE_SHOWN || isChosen(person));
  const peopleStop = tabStop('people', [...shownPeople.map((person) => person.name), MORE_KEY]);
  const categoryStop = tabStop(
    'categories',
    categories.map((category) => category.id),
  );
  return (
    <div className="ql-chips">
      {people.length > 1 && (
        <div className="ql-chip-group" role="toolbar" aria-labelledby={`${id}-people`} onKeyDown={onKeyDown('people')}>
          <span className="ql-chip-label" id={`${id}-people`}>
            {t('chips.people')}
          </span>
          {shownPeople.map((person) => (
            <button
              key={person.name}
              type="button"
              className="ql-chip"
              tabIndex={person.name === peopleStop ? 0 : -1}
              aria-pressed={isChosen(person)}
              onClick={() => onTogglePerson(person.name)}
              {...{ [CHIP_ATTRIBUTE]: person.name }}
            >
              {person.name}
            </button>
          ))}
          {hasMore && (
            <button
              type="button"
              className="ql-chip-more"
              tabIndex={peopleStop === MORE_KEY ? 0 : -1}
              aria-expanded={isAllPeople}
              onClick={() => setIsAllPeople(!isAllPeople)}
              {...{ [CHIP_ATTRIBUTE]: MORE_KEY }}
            >
              {t('chips.morePeople')}
            </button>
          )}
        </div>
      )}
      {categories.length > 1 && (
        <div className="ql-chip-group" role="toolbar" aria-labelledby={`${id}-categories`} onKeyDown={onKeyDown('categories')}>
          <span className="ql-chip-label" id={`${id}-categories`}>
            {t('chips.categories')}
          </span>
          {categories.map((category) => (
            <button
              key={category.id}
              type="button"
              className="ql-chip"
              tabIndex={category.id === categoryStop ? 0 : -1}
              aria-pressed={selectedCategories.includes(category.id)}
              onClick={() => onToggleCategory(category.id)}
              {...{ [CHIP_ATTRIBUTE]: category.id }}
            >
              <CategoryShape category={category} size={10} />
              {category.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
});
