import { useEffect, useId, useRef } from 'react';
import { describeReadProgress, formatFileSize } from '../share/fileSize';
import type { LoadProgress } from './loadStory';
import { useT } from '../hooks/useTranslator';

/** Props of `StoryLoadStatus`. */
export interface StoryLoadStatusProps {
  /** The `?src=` URL being loaded. */
  url: string;
  /** Bytes read so far, once the body has started to arrive. */
  progress: LoadProgress | undefined;
  /** Events in the file, once it has been read and its opening event is shown: the rest are being read. */
  eventCount?: number | undefined;
  /** Why the story could not be loaded; undefined while loading. */
  message: string | undefined;
  onRetry: () => void;
  /** Whether to take focus (after Retry, whose button goes away while loading): the status while loading, then Retry again on failure. @default false */
  shouldFocus?: boolean | undefined;
}

/**
 * A `?src=` story on its way: a progress bar of the bytes read (indeterminate until the size is
 * known), then on failure an alert with the reason and a Retry button. Loaded with the loader, so
 * the bundled story's page does not carry it.
 */
export function StoryLoadStatus({ url, progress, eventCount, message, onRetry, shouldFocus = false }: StoryLoadStatusProps) {
  const id = useId();
  const statusRef = useRef<HTMLDivElement>(null);
  const retryRef = useRef<HTMLButtonElement>(null);
  const isFailed = message !== undefined;
  const translator = useT();
  const { t } = translator;
  useEffect(() => {
    if (shouldFocus) (isFailed ? retryRef : statusRef).current?.focus();
  }, [shouldFocus, isFailed]);

  if (isFailed) {
    return (
      <div className="ql-alert" role="alert">
        <p>{message}</p>
        <button ref={retryRef} type="button" className="ql-button ql-retry-button" onClick={onRetry}>
          {t('page.retry')}
        </button>
      </div>
    );
  }
  const label =
    eventCount !== undefined
      ? t('page.reading', { count: eventCount })
      : progress === undefined
        ? t('page.loading', { url })
        : progress.total === undefined
          ? t('page.loadingSoFar', { url, size: formatFileSize(progress.loaded, translator.locale) })
          : t('page.loadingOf', { url, progress: describeReadProgress(progress.loaded, progress.total, translator) });
  return (
    <div ref={statusRef} className="ql-status" tabIndex={-1}>
      <p id={`${id}-label`}>{label}</p>
      {/* Indeterminate (no value) until the size is known. */}
      {/* Indeterminate again while the events are read: how far the import is, is not known. */}
      <progress aria-labelledby={`${id}-label`} max={eventCount === undefined ? progress?.total : undefined} value={eventCount === undefined ? progress?.total && progress.loaded : undefined} />
    </div>
  );
}
