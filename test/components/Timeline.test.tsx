// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Timeline } from '../../src/components/Timeline';
import { parseStory } from '../../src/data/parseStory';
import type { Story } from '../../src/data/types';
import bundled from '../../stories/lecun-musk.json';
import { nativeEvent, nativeStory } from '../helpers/story';
import { timelineTester } from '../helpers/timelineTester';

afterEach(cleanup);

function getStory(input: unknown): Story {
  const { story } = parseStory(input);
  if (!story) throw new Error('no story');
  return story;
}

const story = getStory(bundled);
const small = getStory(
  nativeStory(
    [
      nativeEvent({ id: 'first', start: '2023-10-14', headline: 'First headline', label: 'First' }),
      nativeEvent({
        id: 'second',
        start: '2024-05-27',
        headline: 'Second headline',
        label: 'Second',
        quotes: [{ text: 'Over 80 technical papers', speaker: 'Yann LeCun', where: 'X', source: 'src' }],
        notes: [{ kind: 'correction', text: 'The article says “last year”.' }],
      }),
      nativeEvent({ id: 'third', start: '2024-06-02', headline: 'Third headline', label: 'Third', category: 'critique' }),
    ],
    { startEventId: 'second' },
  ),
);

function renderTimeline(props: Partial<Parameters<typeof Timeline>[0]> = {}) {
  return render(
    <StrictMode>
      <Timeline story={small} locale="en-US" {...props} />
    </StrictMode>,
  );
}

const { panelHeading } = timelineTester;

describe('Timeline', () => {
  it('renders one marker per event, named by its visible label, headline and date, in a region named by the story', () => {
    renderTimeline();
    const region = screen.getByRole('region', { name: 'Test story' });
    const markers = within(region).getAllByRole('tab');
    expect(markers.map((marker) => marker.getAttribute('aria-label'))).toEqual([
      'First: First headline, October 14, 2023',
      'Second: Second headline, May 27, 2024',
      'Third: Third headline, June 2, 2024',
    ]);
  });

  it('opens on the story start event', () => {
    renderTimeline();
    expect(panelHeading()).toBe('Second headline');
    expect(timelineTester.marker('Second').getAttribute('aria-selected')).toBe('true');
  });

  it('selects the event whose marker is clicked', async () => {
    const user = userEvent.setup();
    renderTimeline();
    await user.click(timelineTester.marker('Third'));
    expect(panelHeading()).toBe('Third headline');
    expect(screen.getByText('3 of 3')).toBeTruthy();
  });

  it('moves with Previous and Next in time order, disabling them at the ends', async () => {
    const user = userEvent.setup();
    renderTimeline({ defaultSelectedId: 'first' });
    const previous = screen.getByRole('button', { name: /^Previous/ });
    expect((previous as HTMLButtonElement).disabled).toBe(true);
    await user.click(screen.getByRole('button', { name: /^Next/ }));
    expect(panelHeading()).toBe('Second headline');
    await user.click(screen.getByRole('button', { name: /^Next/ }));
    expect(panelHeading()).toBe('Third headline');
    expect((screen.getByRole('button', { name: /^Next/ }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows each quote as a blockquote with its speaker, place and a link to its source', () => {
    renderTimeline();
    const quote = within(timelineTester.panel()).getByText('Over 80 technical papers');
    const figure = quote.closest('figure');
    expect(quote.closest('blockquote')?.getAttribute('cite')).toBe('https://example.org/report');
    expect(figure?.querySelector('figcaption')?.textContent).toBe('Yann LeCun, X · A paper');
    expect(
      within(figure as HTMLElement)
        .getByRole('link', { name: 'A paper' })
        .getAttribute('href'),
    ).toBe('https://example.org/report');
  });

  it('names the people involved', () => {
    render(<Timeline story={story} locale="en-US" defaultSelectedId="memorial-day-exchange" />);
    expect(timelineTester.panel().querySelector('.ql-card-people')?.textContent).toBe('People: Elon Musk, Yann LeCun');
  });

  it('shows a correction as a visible, labelled note', () => {
    renderTimeline();
    expect(screen.getByRole('complementary', { name: 'Correction' }).textContent).toBe('Correction: The article says “last year”.');
  });

  it('writes the date in the page language', () => {
    renderTimeline({ locale: 'fr' });
    expect(screen.getByRole('region', { name: 'Test story' }).querySelector('.ql-card-date')?.textContent).toBe('27 mai 2024');
  });

  it('reports selection and follows selectedId when controlled', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    const { rerender } = renderTimeline({ selectedId: 'first', onSelect });
    await user.click(timelineTester.marker('Third'));
    expect(onSelect).toHaveBeenCalledWith('third');
    expect(panelHeading()).toBe('First headline');
    act(() => rerender(<Timeline story={small} locale="en-US" selectedId="third" onSelect={onSelect} />));
    expect(panelHeading()).toBe('Third headline');
  });

  it('shows a legend entry with shape and word for each category in use', () => {
    renderTimeline();
    expect(screen.getByRole('list', { name: 'Key' }).textContent).toBe('ExchangeCritique');
  });

  it('renders on the server with renderToString, headline and quotes included', () => {
    const html = renderToString(<Timeline story={story} locale="en-US" />);
    expect(html).toContain('Over 80 technical papers published since January 2022. What about you?');
    expect(html).toContain('<blockquote');
  });
});
