import type { Story } from '../data/types';
import { foldForSearch } from './normalize';

/** A person of the story, for the filter chips. */
export interface PersonFacet {
  /** The name as the story first writes it. */
  name: string;
  /** Events that involve the person: in the event's `people` or speaking one of its quotes. */
  eventCount: number;
  /** Quotes the person speaks. */
  quoteCount: number;
}

/** A person's name as filters compare it: folded, white space collapsed ("Yann  LeCun" and "yann lecun" are one person). */
export function foldPersonName(name: string): string {
  return foldForSearch(name).trim().replace(/\s+/gu, ' ');
}

/** People of the story: events' `people` and quote speakers, most quoted first, then most mentioned (events), ties by name. */
export function listPeople(story: Story): PersonFacet[] {
  const people = new Map<string, PersonFacet>();
  // Names repeat from event to event: each is folded once.
  const keys = new Map<string, string>();
  const getPerson = (name: string): PersonFacet | undefined => {
    let key = keys.get(name);
    if (key === undefined) {
      key = foldPersonName(name);
      keys.set(name, key);
    }
    if (key === '') return undefined;
    let person = people.get(key);
    if (!person) {
      person = { name: name.trim(), eventCount: 0, quoteCount: 0 };
      people.set(key, person);
    }
    return person;
  };
  // The event each person was last counted for: one count per event, without a set per event.
  const countedAt = new Map<PersonFacet, number>();
  const involve = (person: PersonFacet, index: number): void => {
    if (countedAt.get(person) === index) return;
    countedAt.set(person, index);
    person.eventCount += 1;
  };
  story.events.forEach((event, index) => {
    for (const name of event.people) {
      const person = getPerson(name);
      if (person) involve(person, index);
    }
    for (const quote of event.quotes) {
      const person = getPerson(quote.speaker);
      if (!person) continue;
      person.quoteCount += 1;
      involve(person, index);
    }
  });
  return [...people.values()].sort((a, b) => b.quoteCount - a.quoteCount || b.eventCount - a.eventCount || compareNames(a.name, b.name));
}

/** By folded name, then as written: no locale, so every reader gets the same order. */
function compareNames(a: string, b: string): number {
  const foldedA = foldPersonName(a);
  const foldedB = foldPersonName(b);
  if (foldedA !== foldedB) return foldedA < foldedB ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
