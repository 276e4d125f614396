/**
 * A message's forms by plural category (`Intl.PluralRules`): `other` always, and each other
 * category the language uses (Arabic: zero, one, two, few, many, other; Japanese: other only).
 */
export interface PluralMessage {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/** One catalog entry: a text with `{name}` placeholders, or its plural forms chosen by `{count}`. */
export type Message = string | PluralMessage;

/** Whether an entry has plural forms. */
export function isPluralMessage(message: Message): message is PluralMessage {
  return typeof message !== 'string';
}

/** The placeholders a message's text uses, sorted: "{count} events, {span}" → count, span. */
export function getPlaceholders(message: Message): string[] {
  const texts = isPluralMessage(message) ? Object.values(message) : [message];
  const names = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(/\{(\w+)\}/g)) names.add(match[1] ?? '');
  return [...names].sort();
}
