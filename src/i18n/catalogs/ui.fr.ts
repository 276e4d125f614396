import type { Messages, UiKey } from './en';
import { ui as english } from './ui.en';

/** The interface's words (to translate: English until then). */
export const ui: Pick<Messages, UiKey> = { ...english };
