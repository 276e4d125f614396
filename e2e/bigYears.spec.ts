import { expect, test } from './fixtures';

// TimelineJS's own cosmological sample (node_modules/@knight-lab/timelinejs/src/template/cosmo.json),
// whose years JavaScript's Date cannot hold: -13800000000 for the Big Bang.
test.use({ viewport: { width: 1280, height: 800 } });

test('TimelineJS’s cosmo.json reads from the Big Bang, 13,800,000,000 BCE, with year ticks along the axis', async ({ page, app, files }) => {
  await page.goto(`${app.url}?src=${encodeURIComponent(`${files.url}stories/timelinejs-cosmo.json`)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cosmological Scale Timeline');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('tab', { name: 'The Big Bang, 13,800,000,000 BCE' })).toBeVisible();
  await expect(page.getByRole('tab', { name: /^oldest known depiction of…: .*, 3500 BCE$/ })).toBeVisible();
  await expect(page.getByRole('tabpanel').getByRole('heading', { level: 2 })).toHaveText('The Big Bang');
  await expect(page.getByRole('tabpanel')).toContainText('13,800,000,000 BCE');
  // The axis is decoration (aria-hidden): its tick labels are what the eye reads.
  const ticks = page.locator('.ql-tick-label');
  await expect(ticks.first()).toBeVisible();
  expect(await ticks.allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^\d{1,3}(,\d{3})+ BCE$/)]));
  await expect(page.getByRole('slider', { name: 'Part of the timeline on screen' })).toHaveAttribute('aria-valuetext', /^Showing [\d,]+ BCE to [\d,]+ BCE$/);
  // PageDown still walks the story: the next event is in another year.
  await page.getByRole('tab', { name: 'The Big Bang, 13,800,000,000 BCE' }).focus();
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('tabpanel').getByRole('heading', { level: 2 })).toHaveText('The Dark Ages and large-scale structure emergence');
});
