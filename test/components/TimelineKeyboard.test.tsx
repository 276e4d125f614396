// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Timeline } from '../../src/components/Timeline';
import { parseStory } from '../../src/data/parseStory';
import { nativeEvent, nativeStory } from '../helpers/story';
import { timelineTester } from '../helpers/timelineTester';

afterEach(cleanup);

const dates = ['2024-04-08', '2024-05-26', '2024-05-27', '2024-05-28', '2024-06-02'];
const { story } = parseStory(
  nativeStory(
    dates.map((start, index) => nativeEvent({ id: `e${index + 1}`, start, headline: `Headline ${index + 1}`, label: `Event ${index + 1}` })),
    { startEventId: 'e3' },
  ),
);
if (!story) throw new Error('no story');
const testStory = story;

function renderTimeline() {
  const user = userEvent.setup();
  render(
    <StrictMode>
      <button type="button">Before</button>
      <Timeline story={testStory} locale="en-US" />
      <button type="button">After</button>
    </StrictMode>,
  );
  return user;
}

describe('Timeline keyboard (tabs pattern, roving tabindex)', () => {
  it('makes the selected marker the only Tab stop of the track', () => {
    renderTimeline();
    expect(timelineTester.markers().map((marker) => marker.tabIndex)).toEqual([-1, -1, 0, -1, -1]);
    expect(screen.getByRole('tablist').getAttribute('aria-label')).toBe('Events, 5 in time order');
  });

  it('names every marker by its visible label first, then its headline and date', () => {
    renderTimeline();
    for (const marker of timelineTester.markers()) {
      const visible = marker.textContent ?? '';
      expect(visible).toMatch(/^Event \d$/);
      expect(marker.getAttribute('aria-label')).toMatch(new RegExp(`^${visible}: Headline \\d, [A-Z][a-z]+ \\d+, 2024$`));
    }
  });

  it('exposes position and count on every marker', () => {
    renderTimeline();
    expect(timelineTester.markers().map((marker) => `${marker.getAttribute('aria-posinset')}/${marker.getAttribute('aria-setsize')}`)).toEqual(['1/5', '2/5', '3/5', '4/5', '5/5']);
  });

  it('moves focus and selection together with the arrow keys, Home and End', async () => {
    const user = renderTimeline();
    await user.tab();
    await user.tab();
    expect(document.activeElement?.textContent).toMatch(/^Keyboard shortcuts/);
    // Past the search field, the view switch, the chips and the zoom controls (issue 14 added the first three).
    for (let press = 0; press < 20 && document.activeElement?.getAttribute('role') !== 'tab'; press += 1) await user.tab();
    expect(document.activeElement).toBe(timelineTester.marker('Event 3'));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(timelineTester.marker('Event 4'));
    expect(timelineTester.panelHeading()).toBe('Headline 4');
    expect(timelineTester.marker('Event 4').tabIndex).toBe(0);
    await user.keyboard('{Home}');
    expect(timelineTester.panelHeading()).toBe('Headline 1');
    await user.keyboard('{ArrowLeft}');
    expect(timelineTester.panelHeading()).toBe('Headline 1');
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(timelineTester.marker('Event 5'));
  });

  it.each([
    ['start', '{Home}', '{ArrowLeft}', 'Event 1'],
    ['end', '{End}', '{ArrowRight}', 'Event 5'],
  ])('leaves focus on each control beside the track after an arrow key at the %s (issue #9)', async (_end, jump, beyond, label) => {
    const user = renderTimeline();
    const controls = [/^Keyboard shortcuts/, /^Zoom in$/, /^Zoom out$/, /^Show all$/, /^Compress quiet periods$/];
    for (const name of controls) {
      timelineTester.marker('Event 3').focus();
      await user.keyboard(`${jump}${beyond}`);
      expect(document.activeElement).toBe(timelineTester.marker(label));
      const control = screen.getByRole(name.source.startsWith('^Compress') ? 'switch' : 'button', { name });
      control.focus();
      await user.keyboard('{Enter}');
      if (name.source.startsWith('^Keyboard')) {
        // The help dialog (loaded on first use) takes focus; closing it returns focus to its button, not to the track.
        const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts', hidden: true });
        await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
        await user.keyboard('{Escape}');
      }
      expect(document.activeElement).toBe(control);
      // Whatever re-renders next (here a zoom, which redraws the track) leaves focus alone.
      await user.keyboard('+');
      expect(document.activeElement).toBe(control);
    }
  });

  it('moves a month at a time with PageUp and PageDown', async () => {
    const user = renderTimeline();
    timelineTester.marker('Event 1').focus();
    await user.keyboard('{PageDown}');
    expect(timelineTester.panelHeading()).toBe('Headline 2');
    await user.keyboard('{PageDown}');
    expect(timelineTester.panelHeading()).toBe('Headline 5');
    await user.keyboard('{PageUp}');
    expect(timelineTester.panelHeading()).toBe('Headline 2');
  });

  it('sends focus to the panel headline on Enter and back to the marker on Escape', async () => {
    const user = renderTimeline();
    timelineTester.marker('Event 3').focus();
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(within(timelineTester.panel()).getByRole('heading', { level: 2 }));
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(timelineTester.marker('Event 3'));
    await user.keyboard(' ');
    expect(document.activeElement?.tagName).toBe('H2');
  });

  it('keeps focus on Next, and moves it to the headline when Next becomes disabled', async () => {
    const user = renderTimeline();
    const next = (): HTMLElement => within(timelineTester.panel()).getByRole('button', { name: /^Next/ });
    next().focus();
    await user.keyboard('{Enter}');
    expect(timelineTester.panelHeading()).toBe('Headline 4');
    expect(document.activeElement).toBe(next());
    await user.keyboard('{Enter}');
    expect(timelineTester.panelHeading()).toBe('Headline 5');
    expect(document.activeElement?.tagName).toBe('H2');
  });

  it('opens the help dialog with ?, and Escape closes it and returns focus', async () => {
    const user = renderTimeline();
    timelineTester.marker('Event 3').focus();
    await user.keyboard('?');
    // The help's code loads when it is first opened.
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts', hidden: true });
    expect(dialog.hasAttribute('open')).toBe(true);
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Close', hidden: true }));
    await user.keyboard('{Tab}');
    expect(dialog.contains(document.activeElement)).toBe(true);
    await user.keyboard('{Escape}');
    expect(dialog.hasAttribute('open')).toBe(false);
    expect(document.activeElement).toBe(timelineTester.marker('Event 3'));
  });

  it('lets Tab leave the track and the timeline', async () => {
    const user = renderTimeline();
    timelineTester.marker('Event 3').focus();
    for (let press = 0; press < 30 && document.activeElement?.textContent !== 'After'; press += 1) await user.tab();
    expect(document.activeElement?.textContent).toBe('After');
  });

  it('offers the whole story as a chronological list for screen readers, links out of the Tab order', () => {
    renderTimeline();
    const list = screen.getByRole('region', { name: /all events as a list/ });
    const articles = within(list).getAllByRole('article');
    expect(articles.map((article) => article.getAttribute('aria-labelledby') && within(article).getByRole('heading').textContent)).toEqual([
      'Headline 1',
      'Headline 2',
      'Headline 3',
      'Headline 4',
      'Headline 5',
    ]);
    expect(
      within(list)
        .getAllByRole('link')
        .every((link) => link.tabIndex === -1),
    ).toBe(true);
    expect(list.querySelector('time')?.getAttribute('datetime')).toBe('2024-04-08');
  });
});
