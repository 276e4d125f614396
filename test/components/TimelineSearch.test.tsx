// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FilterChips, PEOPLE_SHOWN } from '../../src/components/FilterChips';
import { Timeline } from '../../src/components/Timeline';
import { parseStory } from '../../src/data/parseStory';
import { ANNOUNCE_DELAY_MS } from '../../src/hooks/useAnnouncer';
import { nativeEvent, nativeStory } from '../helpers/story';
import { timelineTester } from '../helpers/timelineTester';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const { story } = parseStory(
  nativeStory(
    [
      nativeEvent({ id: 'e1', start: '2024-04-08', label: 'Event 1', headline: 'La décision du conseil', quotes: [{ text: 'Une décision prise.', speaker: 'Léa Fontaine', source: 'src' }] }),
      nativeEvent({ id: 'e2', start: '2024-05-26', label: 'Event 2', headline: 'Budget vote', quotes: [{ text: 'We vote today.', speaker: 'Daniel Reyes', source: 'src' }] }),
      nativeEvent({ id: 'e3', start: '2024-05-27', label: 'Event 3', headline: 'Another decision', people: ['Léa Fontaine'] }),
      nativeEvent({ id: 'e4', start: '2024-05-28', label: 'Event 4', headline: 'Weather', category: 'context' }),
    ],
    { startEventId: 'e2' },
  ),
);
if (!story) throw new Error('no story');
const testStory = story;

function renderTimeline() {
  const user = userEvent.setup();
  render(
    <StrictMode>
      <Timeline story={testStory} locale="en-US" />
    </StrictMode>,
  );
  return user;
}

const field = (): HTMLElement => screen.getByRole('searchbox', { name: 'Search quotes and events' });

describe('Timeline search (issue 14)', () => {
  it('finds "décision" when the reader types "decision", and marks it in the panel', async () => {
    const user = renderTimeline();
    await user.type(field(), 'decision');
    expect(screen.getByRole('search').textContent).toContain('2 events, 1 quote');
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(timelineTester.marker('Event 1'));
    const marks = within(screen.getByRole('tabpanel')).getAllByText((_, element) => element?.tagName === 'MARK');
    expect(marks.map((mark) => mark.textContent)).toEqual(['décision', 'décision']);
  });

  it('walks only the matches with → and ←, and leaves the others in place', async () => {
    const user = renderTimeline();
    await user.type(field(), 'decision{Enter}');
    expect(timelineTester.markers()).toHaveLength(4);
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(timelineTester.marker('Event 3'));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(timelineTester.marker('Event 3'));
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(timelineTester.marker('Event 1'));
  });

  it('announces the count politely once the reader pauses', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
    render(<Timeline story={testStory} locale="en-US" />);
    await user.type(field(), 'weather');
    await act(async () => {
      vi.advanceTimersByTime(ANNOUNCE_DELAY_MS);
    });
    expect(screen.getByRole('status').textContent).toBe('1 event matches, no quotes.');
  });

  it('Esc in the field clears it; in an empty field Esc is left alone', async () => {
    const user = renderTimeline();
    await user.type(field(), 'weather');
    await user.keyboard('{Escape}');
    expect(field()).toHaveProperty('value', '');
    expect(document.activeElement).toBe(field());
  });

  it('/ on a marker moves focus to the search field', async () => {
    const user = renderTimeline();
    timelineTester.marker('Event 2').focus();
    await user.keyboard('/');
    expect(document.activeElement).toBe(field());
  });

  it('chips are toggle buttons in labelled groups, combined with the text', async () => {
    const user = renderTimeline();
    const people = screen.getByRole('toolbar', { name: 'People' });
    const lea = within(people).getByRole('button', { name: 'Léa Fontaine' });
    expect(lea.getAttribute('aria-pressed')).toBe('false');
    await user.click(lea);
    expect(lea.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('search').textContent).toContain('2 events, 1 quote');
    // One Tab stop per toolbar; arrows move between its chips.
    expect(
      within(people)
        .getAllByRole('button')
        .map((chip) => chip.tabIndex),
    ).toEqual([0, -1]);
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement?.textContent).toBe('Daniel Reyes');
    expect(
      within(people)
        .getAllByRole('button')
        .map((chip) => chip.tabIndex),
    ).toEqual([-1, 0]);
    await user.click(within(screen.getByRole('toolbar', { name: 'Categories' })).getByRole('button', { name: 'Exchange' }));
    await user.type(field(), 'another');
    expect(screen.getByRole('search').textContent).toContain('1 event, 0 quotes');
  });

  it('a search that finds nothing says so, and Clear search clears text and chips', async () => {
    const user = renderTimeline();
    await user.type(field(), 'zeppelin');
    expect(screen.getByText('Nothing in this story matches.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(field()).toHaveProperty('value', '');
    expect(screen.queryByText('Nothing in this story matches.')).toBeNull();
  });

  it('the quotes view lists the matching quotes as blockquotes, and returns to the timeline on an event', async () => {
    const user = renderTimeline();
    await user.click(screen.getByRole('button', { name: 'Quotes' }));
    const list = screen.getByRole('list', { name: 'Quotes, 2 in time order' });
    expect(list.querySelectorAll('li blockquote')).toHaveLength(2);
    expect(list.querySelector('blockquote')?.getAttribute('cite')).toBe('https://example.org/report');
    await user.type(field(), 'vote');
    expect(screen.getByRole('list', { name: 'Quotes, 1 in time order' }).textContent).toContain('We vote today.');
    await user.click(screen.getByRole('button', { name: 'Budget vote: show on the timeline' }));
    expect(screen.queryByRole('list', { name: /^Quotes/ })).toBeNull();
    expect(document.activeElement).toBe(timelineTester.marker('Event 2'));
  });
});

describe('FilterChips', () => {
  const people = Array.from({ length: PEOPLE_SHOWN + 3 }, (_, index) => ({ name: `Person ${index + 1}`, eventCount: 1, quoteCount: 1 }));

  it('shows the first people, a chosen one beyond them, and the rest behind "More people"', async () => {
    const user = userEvent.setup();
    render(<FilterChips people={people} categories={[]} selectedPeople={['person 9']} selectedCategories={[]} onTogglePerson={() => undefined} onToggleCategory={() => undefined} />);
    const group = screen.getByRole('toolbar', { name: 'People' });
    const names = (): string[] =>
      within(group)
        .getAllByRole('button')
        .filter((button) => button.hasAttribute('aria-pressed'))
        .map((button) => button.textContent ?? '');
    expect(names()).toEqual([...people.slice(0, PEOPLE_SHOWN).map((person) => person.name), 'Person 9']);
    expect(within(group).getByRole('button', { name: 'Person 9' }).getAttribute('aria-pressed')).toBe('true');
    const more = within(group).getByRole('button', { name: 'More people' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    await user.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(names()).toHaveLength(people.length);
  });
});
