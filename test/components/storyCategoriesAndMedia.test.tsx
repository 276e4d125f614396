// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { IssueList } from '../../src/components/IssueList';
import { createIssue } from '../../src/data/createIssue';
import { Timeline } from '../../src/components/Timeline';
import { parseStory } from '../../src/data/parseStory';
import type { Story } from '../../src/data/types';
import { nativeEvent, nativeStory } from '../helpers/story';

afterEach(cleanup);

function getStory(input: unknown): Story {
  const { story, issues } = parseStory(input);
  if (!story || issues.length > 0) throw new Error(JSON.stringify(issues));
  return story;
}

const categories = [
  { id: 'ruling', label: 'Court ruling', shape: 'square', color: 'blue' },
  { id: 'statement', label: 'Statement', shape: 'triangle', color: 'green' },
  { id: 'unused', label: 'Never used', shape: 'circle' },
];

const story = getStory(
  nativeStory(
    [
      nativeEvent({
        id: 'ruling',
        start: '2024-05-01',
        headline: 'The court rules',
        label: 'Ruling',
        category: 'ruling',
        media: { url: 'https://upload.wikimedia.org/a/court.jpg', caption: 'The court', credit: 'A photographer' },
      }),
      nativeEvent({
        id: 'reply',
        start: '2024-05-02',
        headline: 'The ministry replies',
        label: 'Reply',
        category: 'statement',
        media: { url: 'https://www.youtube.com/watch?v=x' },
        displayDate: 'Early May 2024',
      }),
    ],
    { quoteline: 2, categories },
  ),
);

describe('a story with its own categories and media', () => {
  it('lists the categories in use in the legend, with their own labels, shapes and colours', () => {
    render(<Timeline story={story} locale="en-US" />);
    const legend = screen.getByRole('list', { name: 'Key' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Court ruling', 'Statement']);
    expect(legend.querySelector('.ql-color-blue path')?.getAttribute('d')).toBe('M2 2h10v10H2z');
    expect(screen.getByRole('tabpanel').textContent).toContain('Court ruling');
  });

  it('shows media as a card with caption, credit and a link to the original, and no image unless its host is allowed', async () => {
    const { unmount } = render(<Timeline story={story} locale="en-US" defaultSelectedId="ruling" />);
    const panel = screen.getByRole('tabpanel');
    // The media card loads on first use.
    expect((await within(panel).findByRole('link', { name: 'Open the image on upload.wikimedia.org' })).getAttribute('href')).toBe('https://upload.wikimedia.org/a/court.jpg');
    expect(within(panel).queryByRole('img')).toBeNull();
    expect(panel.textContent).toContain('The court');
    expect(panel.textContent).toContain('Credit: A photographer');
    unmount();
    render(<Timeline story={story} locale="en-US" defaultSelectedId="ruling" mediaPolicy={{ imageHosts: ['upload.wikimedia.org'] }} />);
    const image = await within(screen.getByRole('tabpanel')).findByRole('presentation', { hidden: true });
    expect(image.getAttribute('src')).toBe('https://upload.wikimedia.org/a/court.jpg');
    expect(image.getAttribute('referrerpolicy')).toBe('no-referrer');
  });

  it('links a video rather than embedding it, and shows the display date', async () => {
    render(<Timeline story={story} locale="en-US" defaultSelectedId="reply" mediaPolicy={{ imageHosts: ['www.youtube.com'] }} />);
    const panel = screen.getByRole('tabpanel');
    expect(await within(panel).findByRole('link', { name: 'Watch the video on YouTube' })).toBeTruthy();
    expect(panel.querySelector('iframe, img, script')).toBeNull();
    expect(panel.querySelector('time')?.textContent).toBe('Early May 2024');
    expect(panel.querySelector('time')?.getAttribute('datetime')).toBe('2024-05-02');
  });
});

describe('IssueList', () => {
  it('lists errors in an alert and warnings apart, and shows long lists on request', async () => {
    const warnings = Array.from({ length: 60 }, (_, index) => createIssue(`events[${index}].sources`, 'problem.event.noSource'));
    render(<IssueList issues={[createIssue('events[3].start', 'problem.date.notDate', { text: 'soon' })]} warnings={warnings} isFatal={false} format="quoteline" />);
    expect(screen.getByRole('alert').textContent).toContain('Read as Quoteline JSON. Some of this story could not be shown: 1 error in the file.');
    expect(screen.getByRole('alert').textContent).not.toContain('this event has no source');
    expect(screen.getByText('60 warnings: shown, but they could be better.')).toBeTruthy();
    expect(screen.getAllByText(/this event has no source/)).toHaveLength(50);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show all 60 warnings' }));
    expect(screen.getAllByText(/this event has no source/)).toHaveLength(60);
    expect(screen.getByRole('button', { name: 'Show the first 50 warnings' }).getAttribute('aria-expanded')).toBe('true');
  });
});
