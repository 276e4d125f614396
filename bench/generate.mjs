// Deterministic TimelineJS3 stories for the benchmark: the same seed gives the same file. News-like
// rhythm: bursts of events minutes to hours apart, separated by quiet gaps of days to months.

/** A small, fast, seeded PRNG (mulberry32). */
export function createRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** The headline of event `index` (0-based) in a story of `count`: "Event 0001". */
export function benchHeadline(index, count) {
  return `Event ${String(index + 1).padStart(Math.max(4, String(count).length), '0')}`;
}

/** A TimelineJS3 document with `count` events, starting 1 January 2015 (UTC wall time). */
export function generateStory(count, seed = 20240527) {
  const random = createRandom(seed + count);
  let time = Date.UTC(2015, 0, 1, 9, 0);
  let burstLeft = 0;
  // Bursts scale with the story, so even 20 events have several bursts and gaps.
  const maxBurst = Math.max(3, Math.min(30, Math.round(count / 6)));
  const events = [];
  for (let index = 0; index < count; index += 1) {
    if (index > 0) {
      if (burstLeft > 0) {
        time += Math.round((5 + random() * 240) * MINUTE_MS);
        burstLeft -= 1;
      } else {
        // A quiet gap, sometimes months long, then a new burst.
        time += Math.round((random() < 0.1 ? 20 + random() * 70 : 0.5 + random() * 4.5) * DAY_MS);
        burstLeft = Math.floor(random() * maxBurst);
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
        text: `<p>Generated event ${index + 1} of ${count}. <a href="https://example.org/source/${index + 1}">Source</a></p>`,
      },
      unique_id: `event-${index + 1}`,
    });
  }
  return { events };
}
