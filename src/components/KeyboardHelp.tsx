import { Dialog } from './Dialog';

/** Props of `KeyboardHelp`. */
export interface KeyboardHelpProps {
  isOpen: boolean;
  onClose: () => void;
}

const SHORTCUTS: readonly [keys: string, action: string][] = [
  ['Tab', 'Move into the timeline, then to the event panel, and on out of the timeline'],
  ['← →', 'Previous or next event, in time order (while searching, the next or previous match)'],
  ['Home  End', 'First or last event'],
  ['Page Up  Page Down', 'First event of the previous or next month'],
  ['Enter  Space', 'Read the selected event: focus moves to its headline'],
  ['Esc', 'From the event panel, back to its marker; closes this help'],
  ['/', 'Search quotes and events: Enter goes to the first match, Esc clears the search'],
  ['?', 'Show this help'],
  ['+  −  0', 'Zoom in or out around the selected event; show the whole story'],
  ['Ctrl + wheel', 'Zoom around the pointer (pinch on a trackpad or touch screen); drag or swipe sideways to pan'],
];

/** The keyboard help, in a modal dialog. */
export function KeyboardHelp({ isOpen, onClose }: KeyboardHelpProps) {
  return (
    <Dialog isOpen={isOpen} onClose={onClose} title="Keyboard shortcuts">
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
    </Dialog>
  );
}
