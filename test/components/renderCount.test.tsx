// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { Timeline } from '../../src/components/Timeline';
import { parseStory } from '../../src/data/parseStory';
import bundled from '../../stories/lecun-musk.json';
import { nativeEvent, nativeStory } from '../helpers/story';
import { timelineTester } from '../helpers/timelineTester';

// What a key step renders, counted the way the React Profiler would show it: each view below is
// wrapped in a counter that keeps its memo comparison. No StrictMode here: it renders twice.
const { renders, counted } = vi.hoisted(() => {
  type Render = (props: never) => ReactNode;
  type Memo = (render: Render) => unknown;
  const renders = { markers: [] as string[], legend: 0, zoom: 0, overview: 0, eventList: 0 };
  /** `component` (a `memo(...)`) with `onRender` called each time its function runs. */
  const counted = (memo: Memo, component: unknown, onRender: (props: never) => void): never => {
    const render = (component as { type: Render }).type;
    return memo((props: never) => {
      onRender(props);
      return render(props);
    }) as never;
  };
  return { renders, counted };
});

vi.mock('../../src/components/EventMarker', async (importOriginal) => {
  const actual = await importOriginal<Record<string, unknown>>();
  const { memo } = await import('react');
  return { ...actual, EventMarker: counted(memo as never, actual.EventMarker, (props: { event: { id: string } }) => renders.markers.push(props.event.id)) };
});
vi.mock('../../src/components/Legend', async (importOriginal) => {
  const actual = await importOriginal<Record<string, unknown>>();
  const { memo } = await import('react');
  return { ...actual, Legend: counted(memo as never, actual.Legend, () => (renders.legend += 1)) };
});
vi.mock('../../src/components/ZoomControls', async (importOriginal) => {
  const actual = await importOriginal<Record<string, unknown>>();
  const { memo } = await import('react');
  return { ...actual, ZoomControls: counted(memo as never, actual.ZoomControls, () => (renders.zoom += 1)) };
});
vi.mock('../../src/components/TimelineOverview', async (importOriginal) => {
  const actual = await importOriginal<Record<string, unknown>>();
  const { memo } = await import('react');
  return { ...actual, TimelineOverview: counted(memo as never, actual.TimelineOverview, () => (renders.overview += 1)) };
});
vi.mock('../../src/components/EventList', async (importOriginal) => {
  const actual = await importOriginal<Record<string, unknown>>();
  const { memo } = await import('react');
  return { ...actual, EventList: counted(memo as never, actual.EventList, () => (renders.eventList += 1)) };
});

afterEach(cleanup);
beforeEach(() => window.history.replaceState(null, '', '/'));

function reset(): void {
  renders.markers = [];
  renders.legend = 0;
  renders.zoom = 0;
  renders.overview = 0;
  renders.eventList = 0;
}

/** Selects the next event with → from the selected marker, counting only what that step renders. */
async function stepRight(): Promise<void> {
  const user = userEvent.setup();
  const selected = timelineTester.markers().find((marker) => marker.getAttribute('aria-selected') === 'true');
  if (!selected) throw new Error('no selected marker');
  selected.focus();
  reset();
  await user.keyboard('{ArrowRight}');
}

const categories = ['statement', 'critique', 'context'] as const;
const { story } = parseStory(
  nativeStory(
    Array.from({ length: 30 }, (_, index) =>
      nativeEvent({
        id: `e${index}`,
        start: `2024-0${1 + Math.floor(index / 10)}-${String(1 + (index % 10) * 2).padStart(2, '0')}`,
        headline: `Headline ${index}`,
        label: `Event ${index}`,
        category: categories[index % 3],
      }),
    ),
    { startEventId: 'e4' },
  ),
);
if (!story) throw new Error('no story');
const testStory = story;

describe('a key step', () => {
  it('re-renders the two markers that change and the panel, not the rest of the timeline', async () => {
    render(<Timeline story={testStory} locale="en-US" />);
    expect(renders.markers.length).toBeGreaterThan(2);
    await stepRight();
    expect(timelineTester.panelHeading()).toBe('Headline 5');
    expect([...renders.markers].sort()).toEqual(['e4', 'e5']);
    expect(renders).toMatchObject({ legend: 0, zoom: 0, overview: 0, eventList: 0 });
  });

  it('does the same on the page, where the app owns the selection (a controlled timeline)', async () => {
    const bundledResult = parseStory(bundled);
    render(<App bundled={bundledResult} view="page" href={window.location.href} />);
    const before = timelineTester.panelHeading();
    await stepRight();
    expect(timelineTester.panelHeading()).not.toBe(before);
    expect(renders.markers).toHaveLength(2);
    expect(renders).toMatchObject({ legend: 0, zoom: 0, overview: 0, eventList: 0 });
  });
});
