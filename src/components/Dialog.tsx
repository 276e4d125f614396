import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { keyToIntent } from '../a11y/keys';
import { useT } from '../hooks/useTranslator';

/** Props of `Dialog`. */
export interface DialogProps {
  isOpen: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  className?: string;
}

/**
 * A modal dialog (WAI-ARIA dialog pattern) on the native `<dialog>`: the page behind is inert,
 * Tab stays inside, Escape and the Close button close it, and focus returns where it was.
 */
export function Dialog({ isOpen, onClose, title, children, className }: DialogProps) {
  const { t } = useT();
  const titleId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const returnFocusTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) {
      returnFocusTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      // jsdom lacks showModal; the attribute keeps component tests meaningful.
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      dialog.querySelector<HTMLElement>('button')?.focus();
    }
    if (!isOpen && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
      returnFocusTo.current?.focus();
    }
  }, [isOpen]);

  // Keep Tab inside: browsers let it leave a modal dialog for their own UI.
  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>): void => {
    if (keyToIntent(event) === 'close') {
      event.preventDefault();
      onClose();
      return;
    }
    if (event.key !== 'Tab') return;
    const focusables = Array.from(event.currentTarget.querySelectorAll<HTMLElement>('button:not(:disabled), [href], textarea, input, [tabindex="0"]'));
    const first = focusables[0];
    const last = focusables[focusables.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={dialogRef}
      className={`ql-dialog${className ? ` ${className}` : ''}`}
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="ql-dialog-header">
        <h2 id={titleId} className="ql-dialog-title">
          {title}
        </h2>
        <button type="button" className="ql-button" onClick={onClose}>
          {t('dialog.close')}
        </button>
      </div>
      {isOpen && children}
    </dialog>
  );
}
