import { readFileSync } from 'node:fs';
import { describeEvent } from '../src/a11y/describe';
import { toAxisTime } from '../src/data/civilDate';
import { formatEventDate } from '../src/data/formatDate';
import { parseStory } from '../src/data/parseStory';
import { loadMessages } from '../src/i18n/catalogs';
import { matchLanguage } from '../src/i18n/languages';
import { createTranslator } from '../src/i18n/translate';
import { expect, test } from './fixtures';

// One story, read in every pairing of the reader's zone and language: each event must show the
// civil date its file gives, never a day either side. The expected text comes from the same pure
// formatters under Node, whose output does not depend on the zone of the process running them.
const TIME_ZONES = ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Los_Angeles', 'Asia/Kolkata', 'UTC'];
const LOCALES = ['en-US', 'en-GB', 'de-DE', 'ar-EG', 'ja-JP'];
const FIXTURE = 'stories/time-matrix.json';

/** The `datetime` of each event, in time order, written out by hand from the fixture. */
const DATETIMES = [
  ['waterloo-year', '1815'],
  ['century-start', '1900-01-01'],
  ['moon-landing-day', '1969-07-20'],
  ['moon-landing-time', '1969-07-20T16:17-04:00'],
  ['eve-of-epoch', '1969-12-31'],
  ['two-day-span', '2022-10-27'],
  ['month-only', '2024-03'],
  ['dst-before', '2024-03-10T01:30-05:00'],
  ['dst-after', '2024-03-10T03:30-04:00'],
  ['kiritimati-early', '2024-05-27T00:30+14:00'],
  ['civil-day', '2024-05-27'],
  ['kiritimati-late', '2024-05-27T23:30+14:00'],
  ['pago-pago-early', '2024-05-27T00:30-11:00'],
  ['pago-pago-late', '2024-05-27T23:30-11:00'],
  ['century-end', '2099-12-31'],
  ['far-future-year', '12000'],
];

const parsed = parseStory(JSON.parse(readFileSync(`test/fixtures/${FIXTURE}`, 'utf8')));
const events = parsed.story?.events ?? [];

/** The short name of `timeZone` at an event's instant, as `locale` writes it ("EDT", "GMT+14"). */
function getZoneName(time: number, timeZone: string, locale: string): string {
  const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' }).formatToParts(time);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
}

test('the time-matrix fixture parses cleanly, in file order, with the hand-written datetimes', () => {
  expect(parsed.issues).toEqual([]);
  expect(parsed.warnings).toEqual([]);
  expect(events.map((event) => event.id)).toEqual(DATETIMES.map(([id]) => id));
  expect(events.map((event) => event.fileIndex)).toEqual(events.map((_, index) => index));
});

for (const timezoneId of TIME_ZONES) {
  for (const locale of LOCALES) {
    test.describe(`${timezoneId}, ${locale}`, () => {
      test.use({ timezoneId, locale });

      test('every event shows its civil date, in file order, timed events in their own zone', async ({ page, app, files }) => {
        await page.goto(`${app.url}?src=${encodeURIComponent(`${files.url}${FIXTURE}`)}&lang=${locale}`);
        const articles = page.locator('.ql-event-list article');
        await expect(articles).toHaveCount(DATETIMES.length);
        // One round trip for every event: its heading, its time's attribute and its time's text.
        const shown = await articles.evaluateAll((nodes) =>
          nodes.map((node) => {
            const time = node.querySelector('time');
            return { headline: node.querySelector('h3')?.textContent, datetime: time?.getAttribute('datetime'), text: time?.textContent };
          }),
        );
        expect(shown.map((item) => item.headline)).toEqual(events.map((event) => event.headline));
        expect(shown.map((item) => item.datetime)).toEqual(DATETIMES.map(([, datetime]) => datetime));
        expect(shown.map((item) => item.text)).toEqual(events.map((event) => formatEventDate(event, locale)));
        // Markers on screen (the rest are culled or clustered) carry the same date in their names.
        const markerNames = await page.locator('.ql-marker[role="tab"]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label')));
        expect(markerNames.length).toBeGreaterThan(0);
        // Worded in the reader's language, as the page words them.
        const translator = createTranslator(await loadMessages(matchLanguage(locale)), locale);
        const expectedNames = events.map((event) => describeEvent(event.label, event.headline, formatEventDate(event, locale), translator));
        expect(expectedNames).toEqual(expect.arrayContaining(markerNames));
        events.forEach((event, index) => {
          const { timeZone } = event.start;
          if (event.start.precision !== 'minute' || timeZone === undefined) return;
          expect(shown[index]?.text, event.id).toContain(getZoneName(toAxisTime(event.start), timeZone, locale));
        });
      });
    });
  }
}
