import { useId, type KeyboardEvent, type RefObject } from 'react';
import { describeSearchCount } from '../a11y/describe';
import type { StoryView } from '../hooks/useStorySearch';
import { useT } from '../hooks/useTranslator';

/** Props of `SearchBar`. */
export interface SearchBarProps {
  /** The search text as typed. */
  text: string;
  onTextChange: (text: string) => void;
  /** Matching events and quotes; undefined while no search is active (or its result is not known yet). */
  counts: { events: number; quotes: number } | undefined;
  /** Enter in the field: go to the first match. */
  onSubmit: () => void;
  /** Clears the text and the chips. */
  onClear: () => void;
  /** The field was focused: the index should be ready for the first key. */
  onFocus: () => void;
  inputRef: RefObject<HTMLInputElement | null>;
  view: StoryView;
  onViewChange: (view: StoryView) => void;
}

/**
 * The search field (`/` focuses it), the count of matches, and the switch between the timeline and
 * the quotes view. Esc in a field with text clears it; in an empty field it is left to the page,
 * so nothing traps focus. A search that finds nothing says so, with a button to clear it.
 */
export function SearchBar({ text, onTextChange, counts, onSubmit, onClear, onFocus, inputRef, view, onViewChange }: SearchBarProps) {
  const id = useId();
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      onSubmit();
    } else if (event.key === 'Escape' && text !== '') {
      // Chromium's own Esc on a search field clears it too, but fires no React change: do it here.
      event.preventDefault();
      onTextChange('');
    }
  };
  const isEmpty = counts?.events === 0;
  const translator = useT();
  return (
    <div className="ql-search" role="search" aria-label={translator.t('search.region')}>
      <div className="ql-search-row">
        <div className="ql-search-field">
          <label className="ql-search-label" htmlFor={`${id}-input`}>
            {translator.t('search.label')}
          </label>
          <input
            ref={inputRef}
            id={`${id}-input`}
            className="ql-search-input"
            type="search"
            value={text}
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="search"
            aria-keyshortcuts="/"
            aria-describedby={`${id}-count`}
            onChange={(event) => onTextChange(event.target.value)}
            onKeyDown={onKeyDown}
            onFocus={onFocus}
          />
          <span className="ql-search-count" id={`${id}-count`}>
            {counts ? describeSearchCount(counts.events, counts.quotes, translator) : ''}
          </span>
        </div>
        <div className="ql-view-switch" role="group" aria-label={translator.t('search.show')}>
          <button type="button" className="ql-view-button" aria-pressed={view === 'timeline'} onClick={() => onViewChange('timeline')}>
            {translator.t('search.timeline')}
          </button>
          <button type="button" className="ql-view-button" aria-pressed={view === 'quotes'} onClick={() => onViewChange('quotes')}>
            {translator.t('search.quotes')}
          </button>
        </div>
      </div>
      {isEmpty && (
        <p className="ql-search-empty">
          {translator.t('search.nothing')}{' '}
          <button type="button" className="ql-button" onClick={onClear}>
            {translator.t('search.clear')}
          </button>
        </p>
      )}
    </div>
  );
}
