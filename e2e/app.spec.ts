import { expect, test } from './fixtures';

test('clicking the Memorial Day marker shows LeCun’s “Over 80 technical papers” reply', async ({ page, app }) => {
  await page.goto(`${app.url}#lecun-bengio-debate`);
  await expect(page.getByRole('tabpanel').getByRole('heading', { level: 2 })).toContainText('Bengio');
  await page.getByRole('tab', { name: /^Memorial Day exchange: Musk asks what ‘science’ LeCun has done/ }).click();
  const quote = page.getByRole('tabpanel').locator('blockquote', { hasText: 'Over 80 technical papers published since January 2022. What about you?' });
  await expect(quote).toBeVisible();
  await expect(quote.locator('xpath=..').locator('figcaption')).toContainText('Yann LeCun');
  await expect(page).toHaveURL(/#memorial-day-exchange$/);
});

for (const timezoneId of ['America/Los_Angeles', 'UTC', 'Pacific/Kiritimati']) {
  test.describe(`in ${timezoneId}`, () => {
    test.use({ timezoneId });
    test('the Memorial Day exchange is dated May 27, 2024', async ({ page, app }) => {
      await page.goto(`${app.url}#memorial-day-exchange`);
      await expect(page.locator('.ql-card-date')).toHaveText('May 27, 2024');
    });
  });
}

test('at 320 px the page never scrolls sideways and the selected marker is scrolled into the track', async ({ page, app }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto(app.url);
  const isInsideHorizontally = (): Promise<boolean> =>
    page.locator('.ql-marker-selected').evaluate((marker) => {
      const box = marker.getBoundingClientRect();
      return box.left >= 0 && box.right <= window.innerWidth;
    });
  await expect.poll(isInsideHorizontally).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.getByRole('tab', { name: /^Robotaxi prediction/ }).click();
  await expect.poll(isInsideHorizontally).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('labels of markers never overlap at 1280 px', async ({ page, app }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(app.url);
  const boxes = await page.locator('.ql-marker').evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect));
  expect(boxes.length).toBeGreaterThan(10);
  for (const [index, a] of boxes.entries()) {
    for (const b of boxes.slice(index + 1)) {
      const overlaps = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      expect(overlaps).toBe(false);
    }
  }
  // The label text fits inside its button: nothing clipped.
  const clipped = await page.locator('.ql-marker-label').evaluateAll(
    (labels) =>
      labels.filter((label) => {
        const button = label.parentElement?.getBoundingClientRect();
        const box = label.getBoundingClientRect();
        return !button || box.left < button.left - 0.5 || box.right > button.right + 0.5;
      }).length,
  );
  expect(clipped).toBe(0);
});

test('?src= loads a TimelineJS story from another origin, with its HTML reduced to text and links', async ({ page, app, files }) => {
  await page.goto(`${app.url}?src=${encodeURIComponent(`${files.url}stories/timelinejs-basic.json`)}#memorial-day`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A TimelineJS story');
  await expect(page.getByRole('tabpanel').getByRole('heading', { level: 2 })).toHaveText('Memorial Day');
  await expect(page.getByRole('tabpanel').getByRole('link', { name: 'Report' })).toHaveAttribute('href', 'https://example.org/report');
  await expect(page.getByRole('tabpanel').getByText('bad link')).toBeVisible();
  await expect(page.locator('a', { hasText: 'bad link' })).toHaveCount(0);
  await expect(page.locator('.ql-card script, .ql-card img')).toHaveCount(0);
});

test('?src= with a relative URL loads from next to the page', async ({ page, app }) => {
  await page.goto(`${app.url}?src=stories/lecun-musk.json#twitter-rebrands-as-x`);
  await expect(page.getByRole('tabpanel').getByRole('heading', { level: 2 })).toContainText('X');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a partly broken file shows its valid events and names each problem in an alert', async ({ page, app, files }) => {
  await page.goto(`${app.url}?src=${encodeURIComponent(`${files.url}stories/timelinejs-broken.json`)}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('events[3].start_date.month: 13 is not a month (1–12)');
  await expect(alert).toContainText('events[4].start_date.year: "twenty" is not a number');
  await expect(page.locator('.ql-marker')).toHaveCount(3);
});

test('a TimelineJS sheet published as CSV loads with ?src=, and its problems are named by row and column', async ({ page, app, files }) => {
  await page.goto(`${app.url}?src=${encodeURIComponent(`${files.url}stories/sheet-basic.csv`)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The feud as a sheet');
  await expect(page.getByRole('tab')).toHaveCount(3);
  await page.goto(`${app.url}?src=${encodeURIComponent(`${files.url}stories/sheet-broken.csv`)}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Read as TimelineJS sheet (CSV).');
  await expect(alert).toContainText('row 2, column Month: 13 is not a month (1–12)');
  await expect(alert).toContainText('row 3, column Day: 31 is not a day of 2024-02 (it has 29)');
  await expect(page.getByRole('tabpanel').getByRole('heading', { level: 2 })).toHaveText('A good row');
});

test('a missing file and a non-JSON file each say so, and the page keeps working', async ({ page, app, files }) => {
  await page.goto(`${app.url}?src=${encodeURIComponent(`${files.url}stories/nope.json`)}`);
  await expect(page.getByRole('alert')).toContainText('the server answered 404 Not Found');
  await page.goto(`${app.url}?src=${encodeURIComponent(`${app.url}index.html`)}`);
  await expect(page.getByRole('alert')).toContainText('is neither JSON nor a TimelineJS sheet as CSV');
});
