// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Timeline } from '../../src/components/Timeline';
import { parseStory } from '../../src/data/parseStory';
import { TRACK_SIZES, trackSizeKey } from '../../src/layout/trackSizes';
import { nativeEvent, nativeStory } from '../helpers/story';
import { timelineTester } from '../helpers/timelineTester';

const dates = ['2019-04-22', '2024-05-26', '2024-05-27', '2024-05-28', '2024-06-02'];
const { story } = parseStory(
  nativeStory(
    dates.map((start, index) => nativeEvent({ id: `e${index + 1}`, start, headline: `Headline ${index + 1}`, label: `Event ${index + 1}` })),
    { startEventId: 'e3' },
  ),
);
if (!story) throw new Error('no story');
const testStory = story;

/** Gives the timeline's container a width, as a phone's layout would (jsdom lays nothing out). */
function setContainerWidth(width: number): void {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    const w = this.classList.contains('ql-timeline') ? width : 0;
    return { x: 0, y: 0, top: 0, left: 0, bottom: 0, right: w, width: w, height: 0, toJSON: () => ({}) } as DOMRect;
  });
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the timeline in a narrow container (phones)', () => {
  beforeEach(() => setContainerWidth(320));

  it('lists the events down the page as a vertical tab list, with the quiet years as a labelled break', () => {
    render(<Timeline story={testStory} locale="en-US" />);
    const list = screen.getByRole('tablist');
    expect(list.getAttribute('aria-orientation')).toBe('vertical');
    expect(timelineTester.markers().map((marker) => marker.getAttribute('aria-label')?.split(',')[0])).toEqual(['Event 1', 'Event 2', 'Event 3', 'Event 4', 'Event 5']);
    expect(timelineTester.marker('Event 3').getAttribute('aria-label')).toBe('Event 3, Exchange, May 27, 2024: Headline 3');
    expect(list.querySelector('.ql-vbreak')?.textContent).toBe('5 years');
    // Zooming means nothing in a list: no zoom controls.
    expect(screen.queryByRole('group', { name: 'Zoom' })).toBeNull();
  });

  it('moves with ↓ and ↑ (and still ← →), focus and selection together, keeping the row on screen', async () => {
    const scrollIntoView = vi.fn();
    Element.prototype.scrollIntoView = scrollIntoView;
    const user = userEvent.setup();
    render(<Timeline story={testStory} locale="en-US" />);
    timelineTester.marker('Event 3').focus();
    await user.keyboard('{ArrowDown}');
    expect(timelineTester.focusedName()).toMatch(/^Event 4,/);
    expect(scrollIntoView).toHaveBeenLastCalledWith({ block: 'nearest' });
    expect(timelineTester.panelHeading()).toBe('Headline 4');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(timelineTester.focusedName()).toMatch(/^Event 2,/);
    await user.keyboard('{ArrowRight}');
    expect(timelineTester.panelHeading()).toBe('Headline 3');
  });
});

describe('the timeline in a wide container', () => {
  it('lays out a horizontal track for the width it has', () => {
    setContainerWidth(1280);
    const { container } = render(<Timeline story={testStory} locale="en-US" />);
    expect(screen.getByRole('tablist').getAttribute('aria-orientation')).toBe('horizontal');
    // 1280 px of container: the 1200 px layout.
    expect((container.querySelector('.ql-track') as HTMLElement | null)?.style.minWidth).toBe('1200px');
  });
});

describe('on the server', () => {
  it('renders every track size, for container queries to choose from', () => {
    const html = renderToString(<Timeline story={testStory} locale="en-US" />);
    for (const size of TRACK_SIZES) expect(html).toContain(`ql-size ql-size-${trackSizeKey(size)}`);
    expect(html).not.toContain('ql-size-live');
  });
});
