// @ts-check
// The body of a generated event: one paragraph of newsroom HTML, as TimelineJS stories carry it.

import { CLAIMS, CONTEXT_SENTENCES, OUTLETS, PUBLISHED_WHEN, QUOTE_VERBS, QUOTES, SECTIONS, SPEAKERS, STATEMENTS } from './newsroomPhrases.mjs';

/**
 * Fewest words in a paragraph. By the word counts in newsroomPhrases.mjs the lead makes 18–27
 * words, the quote 10–15 and the link sentence 6–15, together 34–57; background sentences of
 * 7–11 words are added while the paragraph is shorter than this, so it ends with 40–57 words.
 */
export const MIN_PARAGRAPH_WORDS = 40;
/** Most words in a paragraph. */
export const MAX_PARAGRAPH_WORDS = 60;

/** Weekday names by `Date#getUTCDay()`. */
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Odds of each of the two sentence shapes of the quote and of the link. */
const EVEN_ODDS = 0.5;
/** Digits of the month in a link path: `2015/01`. */
const MONTH_DIGITS = 2;

/**
 * Writes the HTML text of one generated event: a `<p>` of 40–60 words in which a named (made-up)
 * person says something, with one sentence quoted in “ ” and one link to an example.org page.
 * The same `random` sequence gives the same text.
 * @param {() => number} random seeded uniform numbers in [0, 1), from createRandom
 * @param {number} index 0-based position of the event in the story, for the link path
 * @param {Date} date the event's time, for the weekday and the link path (read in UTC)
 * @returns {string}
 */
export function writeEventText(random, index, date) {
  const speaker = pickOne(random, SPEAKERS);
  const { verb, document } = pickOne(random, STATEMENTS);
  const lead = `${speaker.name}, ${speaker.role}, ${verb} on ${WEEKDAYS[date.getUTCDay()]} that ${pickOne(random, CLAIMS)}.`;
  const quote = pickOne(random, QUOTES);
  const quoteVerb = pickOne(random, QUOTE_VERBS);
  const quoted = random() < EVEN_ODDS ? `“${quote},” ${speaker.surname} ${quoteVerb}.` : `${speaker.surname} ${quoteVerb}: “${quote}.”`;
  const outlet = pickOne(random, OUTLETS);
  const month = String(date.getUTCMonth() + 1).padStart(MONTH_DIGITS, '0');
  const slug = `${speaker.surname.toLowerCase()}-${document.replace(/ /g, '-')}-${index + 1}`;
  const href = `https://example.org/${pickOne(random, SECTIONS)}/${date.getUTCFullYear()}/${month}/${slug}`;
  const link =
    random() < EVEN_ODDS
      ? `The full ${document} was <a href="${href}">published by ${outlet}</a> ${pickOne(random, PUBLISHED_WHEN)}.`
      : `${capitalize(outlet)} has <a href="${href}">the full ${document}</a>.`;
  const sentences = [lead, quoted];
  const background = [...CONTEXT_SENTENCES];
  while (countWords([...sentences, link]) < MIN_PARAGRAPH_WORDS && background.length > 0) {
    sentences.push(...background.splice(Math.floor(random() * background.length), 1));
  }
  return `<p>${[...sentences, link].join(' ')}</p>`;
}

/**
 * Counts the words a reader sees in HTML sentences (tags left out).
 * @param {readonly string[]} sentences
 * @returns {number}
 */
export function countWords(sentences) {
  return sentences
    .join(' ')
    .replace(/<[^>]*>/g, '')
    .split(/\s+/)
    .filter(Boolean).length;
}

/**
 * Picks one item of a non-empty list, uniformly.
 * @template T
 * @param {() => number} random
 * @param {readonly [T, ...T[]]} items
 * @returns {T}
 */
function pickOne(random, items) {
  return items[Math.floor(random() * items.length)] ?? items[0];
}

/**
 * Capitalises the first letter: "the Valley Post" starts a sentence as "The Valley Post".
 * @param {string} text
 * @returns {string}
 */
function capitalize(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
