import { Dialog } from './Dialog';
import { useT } from '../hooks/useTranslator';
import type { MessageKey } from '../i18n/catalogs/en';

/** Props of `KeyboardHelp`. */
export interface KeyboardHelpProps {
  isOpen: boolean;
  onClose: () => void;
}

// Keys (a catalog key where their names are words, else the keys themselves) and what they do.
const SHORTCUTS: readonly [keys: MessageKey | string, action: MessageKey][] = [
  ['help.keyTab', 'help.tab'],
  ['← →', 'help.arrows'],
  ['help.keyHomeEnd', 'help.homeEnd'],
  ['help.keyPage', 'help.page'],
  ['help.keyEnter', 'help.enter'],
  ['help.keyEsc', 'help.esc'],
  ['/', 'help.search'],
  ['?', 'help.help'],
  ['+  −  0', 'help.zoom'],
  ['help.keyWheel', 'help.wheel'],
];

/** The keyboard help, in a modal dialog. */
export function KeyboardHelp({ isOpen, onClose }: KeyboardHelpProps) {
  const { t, dir } = useT();
  // Right to left, ← is the next event: the keys are written in the order of "previous or next".
  const name = (keys: string): string => (keys.startsWith('help.') ? t(keys as MessageKey) : keys === '← →' && dir === 'rtl' ? '→ ←' : keys);
  return (
    <Dialog isOpen={isOpen} onClose={onClose} title={t('help.title')}>
      <table className="ql-shortcuts">
        <tbody>
          {SHORTCUTS.map(([keys, action]) => (
            <tr key={keys}>
              <th scope="row">
                {name(keys)
                  .split('  ')
                  .map((key) => (
                    <kbd key={key}>{key}</kbd>
                  ))}
              </th>
              <td>{t(action)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="ql-dialog-note">{t('help.note')}</p>
    </Dialog>
  );
}
