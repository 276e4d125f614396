// @ts-check
// Deterministic TimelineJS3 stories for the benchmark: the same seed gives the same file. News-like
// rhythm: bursts of events minutes to hours apart, separated by quiet gaps of days to months; each
// event has a paragraph of newsroom HTML with a quote and a link (bench/generate/writeEventText.mjs).

import { writeEventText } from './generate/writeEventText.mjs';

/**
 * A TimelineJS3 date, in UTC wall time.
 * @typedef {object} BenchDate
 * @property {number} year
 * @property {number} month 1–12
 * @property {number} day 1–31
 * @property {number} hour 0–23
 * @property {number} minute 0–59
 */

/**
 * A TimelineJS3 slide of a generated story.
 * @typedef {object} BenchEvent
 * @property {BenchDate} start_date
 * @property {{ headline: string, text: string }} text the headline (benchHeadline) and one paragraph of HTML
 * @property {string} unique_id `event-1`, `event-2`, …
 */

/**
 * A generated TimelineJS3 document.
 * @typedef {object} BenchStory
 * @property {BenchEvent[]} events in time order
 */

/** Seed of generateStory when none is given. */
const DEFAULT_SEED = 20240527;
/** First event: 1 January 2015, 09:00 UTC. */
const STORY_START_MS = Date.UTC(2015, 0, 1, 9, 0);
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Headlines number events with at least this many digits: `Event 0001`. */
const HEADLINE_DIGITS = 4;
/**
 * Events per burst scale with the story (one burst cap per this many events), so even 20 events
 * have several bursts and gaps: after a gap, a burst goes on for 0 to cap − 1 more events.
 */
const EVENTS_PER_BURST_CAP = 6;
/** Smallest burst cap, for small stories. */
const MIN_BURST_CAP = 3;
/** Largest burst cap, for large stories. */
const MAX_BURST_CAP = 30;
/** Shortest step between events of one burst, in minutes. */
const BURST_STEP_MIN_MINUTES = 5;
/** Range of the steps within a burst above the shortest, in minutes: up to about 4 hours in all. */
const BURST_STEP_SPAN_MINUTES = 240;
/** Share of the gaps between bursts that are long (weeks to months). */
const LONG_GAP_ODDS = 0.1;
/** Shortest long gap, in days. */
const LONG_GAP_MIN_DAYS = 20;
/** Range of the long gaps above the shortest, in days: up to 90 days in all. */
const LONG_GAP_SPAN_DAYS = 70;
/** Shortest short gap, in days. */
const SHORT_GAP_MIN_DAYS = 0.5;
/** Range of the short gaps above the shortest, in days: up to 5 days in all. */
const SHORT_GAP_SPAN_DAYS = 4.5;
/**
 * Offsets the seed of the text's random stream from the seed of the dates' stream. The text has a
 * stream of its own so that the dates are the same as before events had paragraphs.
 */
const TEXT_SEED_OFFSET = 0x9e3779b9;

/** Number of 32-bit states, to scale a state to [0, 1). */
const UINT32_RANGE = 2 ** 32;

/**
 * Creates a small, fast, seeded PRNG (mulberry32) giving uniform numbers in [0, 1).
 * @param {number} seed any number; only its low 32 bits count
 * @returns {() => number}
 */
export function createRandom(seed) {
  let state = seed >>> 0;
  // mulberry32's published step and shifts, unchanged: https://gist.github.com/tommyettinger/46a874533244883189143505d203312c
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / UINT32_RANGE;
  };
}

/**
 * Gives the headline of event `index` (0-based) in a story of `count`: "Event 0001".
 * @param {number} index
 * @param {number} count
 * @returns {string}
 */
export function benchHeadline(index, count) {
  return `Event ${String(index + 1).padStart(Math.max(HEADLINE_DIGITS, String(count).length), '0')}`;
}

/**
 * Generates a TimelineJS3 document with `count` events, starting 1 January 2015 (UTC wall time).
 * @param {number} count number of events
 * @param {number} [seed] the same seed and count give the same story
 * @returns {BenchStory}
 */
export function generateStory(count, seed = DEFAULT_SEED) {
  const random = createRandom(seed + count);
  const textRandom = createRandom(seed + count + TEXT_SEED_OFFSET);
  let time = STORY_START_MS;
  let burstLeft = 0;
  const burstCap = Math.max(MIN_BURST_CAP, Math.min(MAX_BURST_CAP, Math.round(count / EVENTS_PER_BURST_CAP)));
  /** @type {BenchEvent[]} */
  const events = [];
  for (let index = 0; index < count; index += 1) {
    if (index > 0) {
      if (burstLeft > 0) {
        time += Math.round((BURST_STEP_MIN_MINUTES + random() * BURST_STEP_SPAN_MINUTES) * MINUTE_MS);
        burstLeft -= 1;
      } else {
        // A quiet gap, sometimes months long, then a new burst.
        const isLong = random() < LONG_GAP_ODDS;
        const days = isLong ? LONG_GAP_MIN_DAYS + random() * LONG_GAP_SPAN_DAYS : SHORT_GAP_MIN_DAYS + random() * SHORT_GAP_SPAN_DAYS;
        time += Math.round(days * DAY_MS);
        burstLeft = Math.floor(random() * burstCap);
      }
    }
    const date = new Date(time);
    events.push({
      start_date: {
        year: date.getUTCFullYear(),
        month: date.getUTCMonth() + 1,
        day: date.getUTCDate(),
        hour: date.getUTCHours(),
        minute: date.getUTCMinutes(),
      },
      text: {
        headline: benchHeadline(index, count),
        text: writeEventText(textRandom, index, date),
      },
      unique_id: `event-${index + 1}`,
    });
  }
  return { events };
}

/** Size of the quote in generateQuoteStory, in bytes of UTF-8 (10 MB). */
export const QUOTE_STORY_BYTES = 10_000_000;

/**
 * Generates the 20-event story whose first event's text is one paragraph of `bytes` characters
 * (ASCII, so as many bytes): a single huge quote, the worst case for one detail panel.
 * @param {number} [bytes] length of the quote, in characters
 * @returns {BenchStory}
 */
export function generateQuoteStory(bytes = QUOTE_STORY_BYTES) {
  const story = generateStory(20);
  const first = story.events[0];
  if (first) {
    const word = 'quote ';
    first.text.text = `<p>${word.repeat(Math.ceil(bytes / word.length)).slice(0, bytes)}</p>`;
  }
  return story;
}
