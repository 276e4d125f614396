// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Timeline } from '../../src/components/Timeline';
import { parseStory } from '../../src/data/parseStory';
import { PlacementContext } from '../../src/hooks/usePlacement';
import { createPlacementRules } from '../../src/layout/placement';
import arabic from '../fixtures/stories/quoteline-arabic.json';
import { nativeEvent, nativeStory } from '../helpers/story';
import { timelineTester } from '../helpers/timelineTester';

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  cleanup();
  document.body.replaceChildren();
});

const { story: arabicStory } = parseStory(arabic);
if (!arabicStory) throw new Error('no story');
const dates = ['2024-04-08', '2024-05-26', '2024-05-27', '2024-05-28', '2024-06-02'];
const { story: englishStory } = parseStory(
  nativeStory(
    dates.map((start, index) => nativeEvent({ id: `e${index + 1}`, start, headline: `Headline ${index + 1}`, label: `Event ${index + 1}` })),
    { startEventId: 'e3' },
  ),
);
if (!englishStory) throw new Error('no story');
const testStory = englishStory;
const rtlStory = arabicStory;

/** The `left` share (in %) of each stem of a rendered track, in markup order (time order). */
function stemShares(track: Element): number[] {
  return Array.from(track.querySelectorAll<HTMLElement>('.ql-stem')).map((stem) => Number.parseFloat(stem.style.left));
}

describe('Timeline, right to left', () => {
  it('renders an Arabic story on the server mirrored at every track size: dir="rtl", the first event right of the last', () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(<Timeline story={rtlStory} />);
    expect(container.querySelector('.ql-timeline')?.getAttribute('dir')).toBe('rtl');
    const tracks = container.querySelectorAll('.ql-track');
    expect(tracks.length).toBeGreaterThan(1);
    for (const track of tracks) {
      const shares = stemShares(track);
      expect(shares).toHaveLength(rtlStory.events.length);
      expect(shares).toEqual([...shares].sort((a, b) => b - a));
    }
  });

  it('hydrates the prerendered right-to-left markup (placement classes) without a mismatch', () => {
    const container = document.createElement('div');
    document.body.append(container);
    const rules = createPlacementRules();
    const app = (
      <PlacementContext value={rules}>
        <Timeline story={rtlStory} />
      </PlacementContext>
    );
    container.innerHTML = renderToString(app);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const recoverable = vi.fn();
    act(() => {
      root = hydrateRoot(container, app, { onRecoverableError: recoverable });
    });
    expect(recoverable).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    expect(container.querySelector('.ql-timeline')?.getAttribute('dir')).toBe('rtl');
  });

  it('mirrors the arrows for Arabic: ← selects the next event in time, → the previous, Home and End stay first and last', async () => {
    const user = userEvent.setup();
    render(
      <StrictMode>
        <Timeline story={testStory} locale="ar" />
      </StrictMode>,
    );
    expect(screen.getByRole('region', { name: 'Test story' }).getAttribute('dir')).toBe('rtl');
    // The markup keeps time order, so reading order is time order.
    expect(timelineTester.markers().map((marker) => marker.getAttribute('aria-posinset'))).toEqual(['1', '2', '3', '4', '5']);
    timelineTester.marker('Event 3').focus();
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(timelineTester.marker('Event 4'));
    expect(timelineTester.marker('Event 4').getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(document.activeElement).toBe(timelineTester.marker('Event 2'));
    await user.keyboard('{End}');
    expect(timelineTester.panelHeading()).toBe('Headline 5');
    await user.keyboard('{Home}');
    expect(timelineTester.panelHeading()).toBe('Headline 1');
  });

  it('keeps an English story under an English interface left to right', () => {
    render(<Timeline story={testStory} locale="en-US" />);
    expect(screen.getByRole('region', { name: 'Test story' }).getAttribute('dir')).toBe('ltr');
    const shares = stemShares(document.querySelector('.ql-track') ?? document.body);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
  });
});

describe('Timeline, story text in its own language', () => {
  it('marks the story text lang="en" under an Arabic interface, and adds nothing when the languages agree', () => {
    const story = { ...testStory, lang: 'en' };
    const html = renderToString(<Timeline story={story} locale="ar" />);
    const page = new DOMParser().parseFromString(html, 'text/html');
    expect(page.querySelector('.ql-timeline')?.getAttribute('lang')).toBe('ar');
    expect(page.querySelector('.ql-card-headline')?.getAttribute('lang')).toBe('en');
    expect(page.querySelector('.ql-card .ql-summary')?.getAttribute('lang')).toBe('en');
    const same = new DOMParser().parseFromString(renderToString(<Timeline story={story} locale="en-GB" />), 'text/html');
    expect(same.querySelector('.ql-card-headline')?.hasAttribute('lang')).toBe(false);
  });
});
