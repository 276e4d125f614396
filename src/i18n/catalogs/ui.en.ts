import type { Message } from '../catalog';

/** The interface's words in English; every other catalog has the same keys and placeholders. */
export const ui = {
  'event.count': { one: '{count} event', other: '{count} events' },
} satisfies Record<string, Message>;
