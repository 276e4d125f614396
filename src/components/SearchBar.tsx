import { useId, type KeyboardEvent, type RefObject } from 'react';
import { describeSearchCount } from '../a11y/describe';
import type { StoryView } from '../hooks/useStorySearch';

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
  return (
    <div className="ql-search" role="search" aria-label="Search this story">
      <div className="ql-search-row">
        <div className="ql-search-field">
          <label className="ql-search-label" htmlFor={`${id}-input`}>
            Search quotes and events
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
            {counts ? describeSearchCount(counts.events, counts.quotes) : ''}
          </span>
        </div>
        <div className="ql-view-switch" role="group" aria-label="Show">
          <button type="button" className="ql-view-button" aria-pressed={view === 'timeline'} onClick={() => onViewChange('timeline')}>
            Timeline
          </button>
          <button type="button" className="ql-view-button" aria-pressed={view === 'quotes'} onClick={() => onViewChange('quotes')}>
            Quotes
          </button>
        </div>
      </div>
      {isEmpty && (
        <p className="ql-search-empty">
          Nothing in this story matches.{' '}
          <button type="button" className="ql-button" onClick={onClear}>
            Clear search
          </button>
        </p>
      )}
    </div>
  );
}
