// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Timeline } from '../../src/components/Timeline';
import { parseStory } from '../../src/data/parseStory';
import { createTestStory } from '../helpers/story';
import { timelineTester } from '../helpers/timelineTester';

/** The TimelineJS eras template: 20 events from 602 to 698, eras 600–650, 650–700 and 700–720. */
const { story } = parseStory(JSON.parse(readFileSync('test/fixtures/stories/timelinejs-eras.json', 'utf8')));
if (!story) throw new Error('no story');
const erasStory = story;

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function renderTimeline() {
  return render(
    <StrictMode>
      <Timeline story={erasStory} locale="en-US" />
    </StrictMode>,
  );
}

/** Where `text` is shown whole, outside the text version. */
function shown(text: string): HTMLElement[] {
  return screen.queryAllByText(text).filter((element) => !element.closest('.ql-event-list'));
}

describe('Timeline with eras', () => {
  it('names the eras on the axis at their bands, hidden from screen readers, and leaves out the era after the last event', () => {
    renderTimeline();
    for (const name of ['Era Test 600-650', 'Era Test 650-700']) {
      const [label] = shown(name);
      const decor = label?.closest('[aria-hidden="true"]');
      expect(decor, name).not.toBeNull();
      // Decorative: nothing of it is a tab stop.
      expect(decor?.querySelectorAll('button, a, [tabindex]')).toHaveLength(0);
    }
    expect(shown('Era Test 700-720')).toEqual([]);
  });

  it('lists every era with its dates in the text version, in time order', () => {
    renderTimeline();
    const list = screen.getByRole('list', { name: 'Eras' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Era Test 600-650: 600 – 650', 'Era Test 650-700: 650 – 700', 'Era Test 700-720: 700 – 720']);
  });

  it('names the era of the selected event in its panel, after the headline', async () => {
    renderTimeline();
    const { panel } = timelineTester;
    // Just after the headline, where focus lands when the panel opens.
    expect(within(panel()).getByRole('heading', { level: 2 }).nextElementSibling?.textContent).toBe('Era: Era Test 600-650');
    await userEvent.click(timelineTester.marker('Synod of Whitby'));
    expect(timelineTester.panelHeading()).toBe('Synod of Whitby');
    expect(within(panel()).getByText('Era: Era Test 650-700')).toBeDefined();
  });

  it('heads each era before its first event in the phone list', () => {
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      const width = this.classList.contains('ql-timeline') ? 320 : 0;
      return { x: 0, y: 0, top: 0, left: 0, bottom: 0, right: width, width, height: 0, toJSON: () => ({}) } as DOMRect;
    });
    renderTimeline();
    const list = screen.getByRole('tablist');
    expect(list.getAttribute('aria-orientation')).toBe('vertical');
    const heading = within(list).getByText('Era Test 650-700');
    expect(heading.closest('[aria-hidden="true"]')).not.toBeNull();
    // The heading sits just before the first event in the era: Slav occupation of the Balkans, 650.
    const row = heading.closest('[aria-hidden="true"]')?.nextElementSibling;
    expect(row?.getAttribute('aria-label')).toMatch(/^Slav occupation of Balkans/);
  });

  it('renders its eras on the server with renderToString, in every track size', () => {
    const html = renderToString(<Timeline story={erasStory} locale="en-US" />);
    expect(html.split('Era Test 600-650').length - 1).toBeGreaterThanOrEqual(5);
  });

  it('draws no eras and lists none for a story without them', () => {
    render(<Timeline story={createTestStory(3)} locale="en-US" />);
    expect(screen.queryByRole('list', { name: 'Eras' })).toBeNull();
    expect(screen.queryByText(/^Era/)).toBeNull();
  });
});
