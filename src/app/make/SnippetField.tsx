import { useId, useRef, useState } from 'react';

/** Props of `SnippetField`. */
export interface SnippetFieldProps {
  /** What the code is, shown above it ("Iframe (works in any CMS)"). */
  label: string;
  /** Short name for the Copy button and its message ("iframe"). */
  name: string;
  code: string;
  /** Says what happened, in the page's live region. */
  announce: (message: string) => void;
}

/**
 * A read-only code field with a Copy button: the Clipboard API, or where it is not allowed, the
 * code selected for the editor to copy by hand.
 */
export function SnippetField({ label, name, code, announce }: SnippetFieldProps) {
  const id = useId();
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<{ code: string; message: string } | null>(null);
  const copy = async (): Promise<void> => {
    let message: string;
    try {
      await navigator.clipboard.writeText(code);
      message = `Copied the ${name} code.`;
    } catch {
      fieldRef.current?.focus();
      fieldRef.current?.select();
      message = 'Copying is not allowed here: the code is selected, press Ctrl+C (⌘C on a Mac) to copy it.';
    }
    setCopied({ code, message });
    announce(message);
  };
  return (
    <div className="ql-snippet">
      <label htmlFor={id}>{label}</label>
      <textarea ref={fieldRef} id={id} readOnly rows={5} value={code} spellCheck={false} onFocus={(event) => event.target.select()} />
      <div className="ql-make-row">
        <button type="button" className="ql-button" onClick={() => void copy()}>
          Copy {name} code
        </button>
        {/* Shown, not announced here: the live region says it. Gone once the code changes. */}
        {copied?.code === code && <span className="ql-make-copied">{copied.message}</span>}
      </div>
    </div>
  );
}
