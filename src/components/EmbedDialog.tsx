import { useId, useState } from 'react';
import { isQueryActive, type SearchQuery } from '../search/query';
import { createElementSnippet, createIframeSnippet } from '../share/snippets';
import { Dialog } from './Dialog';

/** Props of `EmbedDialog`. */
export interface EmbedDialogProps {
  isOpen: boolean;
  onClose: () => void;
  /** Absolute URL of the app's folder. */
  baseUrl: string;
  src: string | undefined;
  eventId: string | undefined;
  eventHeadline: string | undefined;
  storyTitle: string;
  /** The reader's current search and chips. @default none */
  search?: SearchQuery | undefined;
  /** Whether the quotes view shows. @default false */
  showQuotes?: boolean | undefined;
  /** The language the reader chose (`?lang=`, or the page's), kept in the snippets. @default the story's */
  lang?: string | undefined;
}

/** Both embed snippets for the current story and event, ready to copy. */
export function EmbedDialog({ isOpen, onClose, baseUrl, src, eventId, eventHeadline, storyTitle, search, showQuotes = false, lang }: EmbedDialogProps) {
  const [isAtEvent, setIsAtEvent] = useState(true);
  const [isWithSearch, setIsWithSearch] = useState(true);
  const hasSearch = (search !== undefined && isQueryActive(search)) || showQuotes;
  const withSearch = hasSearch && isWithSearch;
  const [status, setStatus] = useState('');
  const id = useId();
  const options = {
    baseUrl,
    src,
    event: isAtEvent ? eventId : undefined,
    title: `Interactive timeline: ${storyTitle}`,
    search: withSearch ? search : undefined,
    showQuotes: withSearch && showQuotes,
    lang,
  };
  const snippets = [
    { key: 'iframe', label: 'Iframe (works in any CMS; the script makes it resize)', text: createIframeSnippet(options) },
    { key: 'element', label: 'Custom element <quote-line>', text: createElementSnippet(options) },
  ];
  const copy = async (text: string, label: string): Promise<void> => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(`Copied the ${label.split(' ')[0]?.toLowerCase()} snippet.`);
    } catch {
      setStatus('Copying is not allowed here: select the text and copy it by hand.');
    }
  };
  return (
    <Dialog isOpen={isOpen} onClose={onClose} title="Embed this timeline" className="ql-embed-dialog">
      {eventHeadline && (
        <label className="ql-checkbox">
          <input type="checkbox" checked={isAtEvent} onChange={(event) => setIsAtEvent(event.target.checked)} />
          Open at “{eventHeadline}”
        </label>
      )}
      {hasSearch && (
        <label className="ql-checkbox">
          <input type="checkbox" checked={isWithSearch} onChange={(event) => setIsWithSearch(event.target.checked)} />
          Include the current search and filters{showQuotes ? ' (quotes view)' : ''}
        </label>
      )}
      {snippets.map((snippet) => (
        <div key={snippet.key} className="ql-snippet">
          <label htmlFor={`${id}-${snippet.key}`}>{snippet.label}</label>
          <textarea id={`${id}-${snippet.key}`} readOnly rows={6} value={snippet.text} onFocus={(event) => event.target.select()} />
          <button type="button" className="ql-button" onClick={() => void copy(snippet.text, snippet.label)}>
            Copy {snippet.key === 'iframe' ? 'iframe' : 'element'} snippet
          </button>
        </div>
      ))}
      <p className="ql-dialog-note" role="status">
        {status}
      </p>
      <p className="ql-dialog-note">The frame needs no script to work; the optional script resizes it and speaks Pym.js, AMP and WordPress embed protocols.</p>
      <p className="ql-dialog-note">
        Your own story? <a href={new URL('make.html', baseUrl).href}>Make a timeline</a> from a file or a Google Sheet.
      </p>
    </Dialog>
  );
}
