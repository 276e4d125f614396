import { useEffect, useId, useRef, type KeyboardEvent } from 'react';

/** Props of `KeyboardHelp`. */
export interface KeyboardHelpProps {
  isOpen: boolean;
  onClose: () => void;
}

const SHORTCUTS: readonly [keys: string, action: string][] = [
  ['Tab', 'Move into the timeline, then to the event panel, and on out of the timeline'],
  ['← →', 'Previous or next event, in time order'],
  ['Home  End', 'First or last event'],
  ['Page Up  Page Down', 'First event of the previous or next month'],
  ['Enter  Space', 'Read the selected event: focus moves to its headline'],
  ['Esc', 'From the event panel, back to its marker; closes this help'],
  ['?', 'Show this help'],
  ['+  −  0', 'Zoom in, zoom out, show all (reserved; zoom is coming)'],
];

/** The keyboard help: a modal dialog that keeps focus inside and returns it where it was on close. */
export function KeyboardHelp({ isOpen, onClose }: KeyboardHelpProps) {
  const titleId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const returnFocusTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) {
      returnFocusTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      // showModal makes the rest of the page inert; jsdom lacks it, so fall back to the attribute.
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

  // Keep Tab inside the dialog: browsers let it leave a modal dialog for their own UI.
  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
      return;
    }
    if (event.key !== 'Tab') return;
    const focusables = Array.from(event.currentTarget.querySelectorAll<HTMLElement>('button, [href], [tabindex="0"]'));
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
    <dialog ref={dialogRef} className="ql-dialog" aria-labelledby={titleId} onKeyDown={onKeyDown} onCancel={(event) => {
      event.preventDefault();
      onClose();
    }}>
      <div className="ql-dialog-header">
        <h2 id={titleId} className="ql-dialog-title">
          Keyboard shortcuts
        </h2>
        <button type="button" className="ql-button" onClick={onClose}>
          Close
        </button>
      </div>
      <table className="ql-shortcuts">
        <tbody>
          {SHORTCUTS.map(([keys, action]) => (
            <tr key={keys}>
              <th scope="row">
                {keys.split('  ').map((key) => (
                  <kbd key={key}>{key}</kbd>
                ))}
              </th>
              <td>{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="ql-dialog-note">Shortcuts work while focus is in the timeline, and never while you type in a text field.</p>
    </dialog>
  );
}
