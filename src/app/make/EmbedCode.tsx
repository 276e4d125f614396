import { useId, useState } from 'react';
import type { Story } from '../../data/types';
import { getDownloadFileName } from '../../share/downloadName';
import { checkHostingUrl } from '../../share/hostingUrl';
import { describeNativeExportLosses } from '../../share/nativeExportLosses';
import { createElementSnippet, createIframeSnippet } from '../../share/snippets';
import { downloadStory } from './downloadStory';
import { SnippetField } from './SnippetField';
import type { StorySource } from './useStorySource';

/** Props of `EmbedCode`. */
export interface EmbedCodeProps {
  /** The make page's URL: the snippets point at the app in its folder. */
  pageHref: string;
  source: StorySource;
  story: Story;
  /** Says what happened, in the page's live region. */
  announce: (message: string) => void;
}

/**
 * The embed snippets of the Embed dialog for the story: from the URL it was loaded from, or for a
 * file, from where the editor will host it, with the story to download as Quoteline JSON.
 */
export function EmbedCode({ pageHref, source, story, announce }: EmbedCodeProps) {
  const id = useId();
  const [hosting, setHosting] = useState('');
  const [isHostingTouched, setIsHostingTouched] = useState(false);
  const checked = source.kind === 'file' ? checkHostingUrl(hosting, pageHref) : undefined;
  const src = source.kind === 'url' ? source.url : checked?.status === 'ok' ? checked.url : undefined;
  const error = checked?.status === 'invalid' && isHostingTouched ? checked.message : undefined;
  const notes = checked?.status === 'ok' ? checked.notes : [];
  const losses = source.kind === 'file' ? describeNativeExportLosses(story) : [];
  const options = { baseUrl: new URL('.', pageHref).href, src, title: `Interactive timeline: ${story.title}` };
  const describedBy = [`${id}-hint`, ...(error ? [`${id}-error`] : []), ...notes.map((_, index) => `${id}-note-${index}`)].join(' ');
  return (
    <>
      {source.kind === 'url' ? (
        <p className="ql-make-text">
          The code loads the story from its link each time a reader opens it, so later changes to the file {source.url.includes('docs.google.com') ? 'or sheet ' : ''}show in the embedded timeline.
        </p>
      ) : (
        <>
          <p className="ql-make-text">
            A file on your computer cannot be embedded: put it on a web server first, as it is or as Quoteline JSON, where your site keeps files, and give its address below.
          </p>
          <p className="ql-make-row ql-make-download">
            <button type="button" className="ql-button" onClick={() => downloadStory(story)} aria-describedby={[`${id}-file`, ...losses.map((_, index) => `${id}-loss-${index}`)].join(' ')}>
              Download as Quoteline JSON
            </button>
            <span id={`${id}-file`} className="ql-make-name">
              {getDownloadFileName(story)}
            </span>
          </p>
          {losses.map((loss, index) => (
            <p key={loss} id={`${id}-loss-${index}`} className="ql-make-note">
              {loss}
            </p>
          ))}
          <label htmlFor={`${id}-hosting`} className="ql-make-label ql-make-hosting">
            Where you will host the file
          </label>
          <p id={`${id}-hint`} className="ql-make-hint">
            Its full address, for example https://example.org/stories/{getDownloadFileName(story)}
          </p>
          <input
            id={`${id}-hosting`}
            className="ql-make-input"
            type="url"
            inputMode="url"
            spellCheck={false}
            value={hosting}
            onChange={(event) => setHosting(event.target.value)}
            onBlur={() => setIsHostingTouched(true)}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
          />
          {error && (
            <p id={`${id}-error`} className="ql-make-error">
              {error}
            </p>
          )}
          {notes.map((note, index) => (
            <p key={note} id={`${id}-note-${index}`} className="ql-make-note">
              {note}
            </p>
          ))}
        </>
      )}
      {src ? (
        <>
          <SnippetField label="Iframe (works in any CMS; the script makes it resize)" name="iframe" code={createIframeSnippet(options)} announce={announce} />
          <SnippetField label="Custom element <quote-line>" name="element" code={createElementSnippet(options)} announce={announce} />
        </>
      ) : (
        <p className="ql-make-text">The embed code appears here once the address is filled in.</p>
      )}
    </>
  );
}
