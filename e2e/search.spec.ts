import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Issue 14: search, chips, the quotes view, in the URL, in the page and the embed.

function searchField(page: Page) {
  return page.getByRole('searchbox', { name: 'Search quotes and events' });
}

test('typing a query dims the events that do not match and announces the count', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('tabpanel').waitFor();
  await searchField(page).fill('science');
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText('3 events, 5 quotes match.');
  await expect(page.getByRole('search')).toContainText('3 events, 5 quotes');
  await expect(page.getByRole('tab', { name: /^What counts as science/ })).not.toHaveClass(/ql-dimmed/);
  await expect(page.getByRole('tab', { name: /^Twitter deal closes/ })).toHaveClass(/ql-dimmed/);
  // Dimmed markers keep their place and stay operable.
  await page.getByRole('tab', { name: /^Twitter deal closes/ }).click();
  await expect(page.getByRole('tabpanel').getByRole('heading', { level: 2 })).toHaveText(/Twitter/);
  // The panel marks the matched words.
  await page.getByRole('tab', { name: /^What counts as science/ }).click();
  await expect(page.getByRole('tabpanel').locator('mark').first()).toHaveText(/science/i);
});

test('/ focuses the field; Enter goes to the first match and ← → walk only the matches', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('tabpanel').waitFor();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  await expect(searchField(page)).toBeFocused();
  await page.keyboard.type('robotaxi');
  await expect(page.getByRole('search')).toContainText('2 events, 3 quotes');
  await page.keyboard.press('Enter');
  const selected = page.getByRole('tab', { selected: true });
  await expect(selected).toHaveAccessibleName(/^Robotaxi prediction/);
  await expect(selected).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(selected).toHaveAccessibleName(/^Critique: hype/);
  await expect(selected).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(selected).toHaveAccessibleName(/^Critique: hype/);
  await page.keyboard.press('ArrowLeft');
  await expect(selected).toHaveAccessibleName(/^Robotaxi prediction/);
  await page.keyboard.press('End');
  await expect(selected).toHaveAccessibleName(/^Critique: hype/);
});

test('Esc in the field clears the search, and a second Esc or Tab leaves normally', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('tabpanel').waitFor();
  await searchField(page).fill('robotaxi');
  await expect(page.locator('.ql-dimmed').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(searchField(page)).toHaveValue('');
  await expect(page.locator('.ql-dimmed')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Search cleared' })).toBeAttached();
  await page.keyboard.press('Escape');
  await expect(searchField(page)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(searchField(page)).not.toBeFocused();
});

test('a search that finds nothing says so, and Clear search clears it', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('tabpanel').waitFor();
  await searchField(page).fill('zeppelin');
  await expect(page.getByText('Nothing in this story matches.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText('No events or quotes match.');
  await page.getByRole('button', { name: 'Clear search' }).click();
  await expect(searchField(page)).toHaveValue('');
  await expect(page.getByText('Nothing in this story matches.')).toHaveCount(0);
});

test('chips and the search text are written to the URL and survive a reload', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('tabpanel').waitFor();
  const people = page.getByRole('toolbar', { name: 'People' });
  await people.getByRole('button', { name: 'Yann LeCun' }).click();
  await expect(people.getByRole('button', { name: 'Yann LeCun' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('toolbar', { name: 'Categories' }).getByRole('button', { name: 'Critique' }).click();
  await searchField(page).fill('press');
  await expect.poll(() => new URL(page.url()).search).toBe('?q=press&person=Yann+LeCun&category=critique');
  await page.reload();
  await page.getByRole('tabpanel').waitFor();
  await expect(searchField(page)).toHaveValue('press');
  await expect(page.getByRole('toolbar', { name: 'People' }).getByRole('button', { name: 'Yann LeCun' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('toolbar', { name: 'Categories' }).getByRole('button', { name: 'Critique' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('search')).toContainText(/^.*\d+ events?, \d+ quotes?/);
  await expect(page.getByRole('tab', { name: /^Twitter deal closes/ })).toHaveClass(/ql-dimmed/);
});

test('an embed reads the search, chips and view from its URL', async ({ page, app }) => {
  await page.goto(`${app.url}embed.html?q=papers&person=Yann%20LeCun&view=quotes`);
  await expect(searchField(page)).toHaveValue('papers');
  await expect(page.getByRole('toolbar', { name: 'People' }).getByRole('button', { name: 'Yann LeCun' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'Quotes', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('list', { name: /^Quotes, 1 in time order/ }).locator('blockquote')).toHaveText(/^“?Over 80 technical papers/);
});

test('the Embed dialog can put the current search and filters into the snippet', async ({ page, app }) => {
  await page.goto(`${app.url}?q=papers&person=Yann%20LeCun`);
  await page.getByRole('tabpanel').waitFor();
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
  const include = dialog.getByRole('checkbox', { name: 'Include the current search and filters' });
  await expect(include).toBeChecked();
  await expect(dialog.getByLabel(/^Iframe/)).toHaveValue(/embed\.html\?[^"]*q=papers&amp;person=Yann\+LeCun/);
  await include.uncheck();
  await expect(dialog.getByLabel(/^Iframe/)).not.toHaveValue(/q=papers/);
});

test('the quotes view lists LeCun’s “Over 80 technical papers” for person=Yann LeCun and q=papers, and none of Musk’s', async ({ page, app }) => {
  await page.goto(`${app.url}?person=Yann%20LeCun&q=papers`);
  await page.getByRole('tabpanel').waitFor();
  await page.getByRole('button', { name: 'Quotes', exact: true }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('quotes');
  const list = page.getByRole('list', { name: /^Quotes, \d+ in time order/ });
  const quotes = list.locator('li blockquote');
  await expect(quotes.first()).toHaveText(/^“?Over 80 technical papers/);
  await expect(list.getByText('Elon Musk')).toHaveCount(0);
  await expect(list.getByRole('listitem').first()).toContainText('Yann LeCun');
  await expect(list.getByRole('listitem').first().locator('time')).toHaveText('May 27, 2024');
  // Back to the timeline, on that quote's event.
  await list
    .getByRole('button', { name: /: show on the timeline$/ })
    .first()
    .click();
  const selected = page.getByRole('tab', { selected: true });
  await expect(selected).toHaveAccessibleName(/^Memorial Day exchange/);
  await expect(selected).toBeFocused();
  await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBeNull();
});

test('with no search the quotes view lists every quote in time order', async ({ page, app }) => {
  await page.goto(`${app.url}?view=quotes`);
  const list = page.getByRole('list', { name: /^Quotes, \d+ in time order/ });
  await expect(list.getByRole('listitem').first().locator('time')).toHaveText(/2019/);
  await expect(list).toHaveAccessibleName('Quotes, 42 in time order');
});

test('a link naming a person or category the story does not have filters nothing', async ({ page, app }) => {
  await page.goto(`${app.url}?person=Nobody&category=no-such-category`);
  await page.getByRole('tabpanel').waitFor();
  await expect(page.getByRole('tab', { name: /^Twitter deal closes/ })).not.toHaveClass(/ql-dimmed/);
  await expect(page.getByText('Nothing in this story matches.')).toHaveCount(0);
});
