import type { Messages, UiKey } from './en';

/** The interface's words. */
export const ui: Pick<Messages, UiKey> = {
  'event.count': { one: '{count} event', other: '{count} events' },
};
