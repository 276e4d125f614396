import { useId, useState } from 'react';
import { isQueryActive, type SearchQuery } from '../search/query';
import { createElementSnippet, createIframeSnippet } from '../share/snippets';
import { Dialog } from './Dialog';
import { useT } from '../hooks/useTranslator';

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
}

/** Both embed snippets for the current story and event, ready to copy. */
export function EmbedDialog({ isOpen, onClose, baseUrl, src, eventId, eventHeadline, storyTitle, search, showQuotes = false }: EmbedDialogProps) {
  const [isAtEvent, setIsAtEvent] = useState(true);
  const [isWithSearch, setIsWithSearch] = useState(true);
  const hasSearch = (search !== undefined && isQueryActive(search)) || showQuotes;
  const withSearch = hasSearch && isWithSearch;
  const [status, setStatus] = useState('');
  const id = useId();
  const { t } = useT();
  const options = {
    baseUrl,
    src,
    event: isAtEvent ? eventId : undefined,
    title: t('embed.frameTitle', { title: storyTitle }),
    search: withSearch ? search : undefined,
    showQuotes: withSearch && showQuotes,
  };
  const snippets = [
    { key: 'iframe', label: t('embed.iframe'), copy: t('embed.copyIframe'), copied: t('embed.copiedIframe'), text: createIframeSnippet(options) },
    { key: 'element', label: t('embed.element'), copy: t('embed.copyElement'), copied: t('embed.copiedElement'), text: createElementSnippet(options) },
  ];
  const copy = async (text: string, copied: string): Promise<void> => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(copied);
    } catch {
      setStatus(t('embed.copyFailed'));
    }
  };
  return (
    <Dialog isOpen={isOpen} onClose={onClose} title={t('embed.title')} className="ql-embed-dialog">
      {eventHeadline && (
        <label className="ql-checkbox">
          <input type="checkbox" checked={isAtEvent} onChange={(event) => setIsAtEvent(event.target.checked)} />
          {t('embed.atEvent', { headline: eventHeadline })}
        </label>
      )}
      {hasSearch && (
        <label className="ql-checkbox">
          <input type="checkbox" checked={isWithSearch} onChange={(event) => setIsWithSearch(event.target.checked)} />
          {t(showQuotes ? 'embed.withSearchQuotes' : 'embed.withSearch')}
        </label>
      )}
      {snippets.map((snippet) => (
        <div key={snippet.key} className="ql-snippet">
          <label htmlFor={`${id}-${snippet.key}`}>{snippet.label}</label>
          <textarea id={`${id}-${snippet.key}`} readOnly rows={6} value={snippet.text} onFocus={(event) => event.target.select()} />
          <button type="button" className="ql-button" onClick={() => void copy(snippet.text, snippet.copied)}>
            {snippet.copy}
          </button>
        </div>
      ))}
      <p className="ql-dialog-note" role="status">
        {status}
      </p>
      <p className="ql-dialog-note">{t('embed.note')}</p>
      <p className="ql-dialog-note">
        {t('embed.own')} <a href={new URL('make.html', baseUrl).href}>{t('embed.make')}</a> {t('embed.makeRest')}
      </p>
    </Dialog>
  );
}
