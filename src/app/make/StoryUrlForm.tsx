import { useId, useState, type FormEvent } from 'react';
import { readStoryUrl } from '../../share/storyUrl';

/** Props of `StoryUrlForm`. */
export interface StoryUrlFormProps {
  /** The page's URL: relative paths are read against it. */
  pageHref: string;
  /** Called with the absolute URL to load, and what was changed in what was typed. */
  onLoad: (url: string, note?: string) => void;
}

/** The URL field and its Load button: a story file, or a Google Sheet's "publish to web" link. */
export function StoryUrlForm({ pageHref, onLoad }: StoryUrlFormProps) {
  const id = useId();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const read = readStoryUrl(value, pageHref);
    if (!read.ok) {
      setError(read.message);
      return;
    }
    setError(null);
    onLoad(read.url, read.note);
  };
  return (
    // noValidate: the browser's own check would refuse the relative paths and bare host names read above.
    <form className="ql-make-url" onSubmit={submit} noValidate>
      <label htmlFor={`${id}-url`} className="ql-make-label">
        Link to a story file
      </label>
      <p id={`${id}-hint`} className="ql-make-hint">
        A JSON or CSV file on the web, or the “publish to web” link of a Google Sheet made from the TimelineJS template.
      </p>
      <div className="ql-make-row">
        <input
          id={`${id}-url`}
          className="ql-make-input"
          type="url"
          inputMode="url"
          spellCheck={false}
          autoComplete="url"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
          aria-invalid={error ? true : undefined}
        />
        <button type="submit" className="ql-button">
          Load
        </button>
      </div>
      {error && (
        <p id={`${id}-error`} className="ql-make-error">
          {error}
        </p>
      )}
    </form>
  );
}
