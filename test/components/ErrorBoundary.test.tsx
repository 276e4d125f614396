// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/components/ErrorBoundary';
import { Timeline } from '../../src/components/Timeline';
import { parseStory } from '../../src/data/parseStory';
import { nativeEvent, nativeStory } from '../helpers/story';
import { timelineTester } from '../helpers/timelineTester';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** Silences React's report of the errors these tests throw on purpose, and counts them. */
function silenceExpectedErrors() {
  return vi.spyOn(console, 'error').mockImplementation(() => undefined);
}

function Thrower({ shouldThrow }: { shouldThrow: boolean }) {
  if (shouldThrow) throw new Error('broken on purpose');
  return <p>Fine</p>;
}

describe('ErrorBoundary', () => {
  it('ErrorBoundary shows its fallback instead of children that throw, and its siblings stay', () => {
    const errors = silenceExpectedErrors();
    render(
      <StrictMode>
        <ErrorBoundary fallback={(error) => <p>Caught: {error instanceof Error ? error.message : 'unknown'}</p>}>
          <Thrower shouldThrow />
        </ErrorBoundary>
        <p>Sibling</p>
      </StrictMode>,
    );
    expect(screen.getByText('Caught: broken on purpose')).toBeTruthy();
    expect(screen.getByText('Sibling')).toBeTruthy();
    expect(errors).toHaveBeenCalled();
  });

  it('ErrorBoundary renders its children again when resetKey changes', () => {
    silenceExpectedErrors();
    const { rerender } = render(
      <ErrorBoundary resetKey="a" fallback={() => <p>Caught</p>}>
        <Thrower shouldThrow />
      </ErrorBoundary>,
    );
    expect(screen.getByText('Caught')).toBeTruthy();
    rerender(
      <ErrorBoundary resetKey="a" fallback={() => <p>Caught</p>}>
        <Thrower shouldThrow={false} />
      </ErrorBoundary>,
    );
    expect(screen.getByText('Caught')).toBeTruthy();
    rerender(
      <ErrorBoundary resetKey="b" fallback={() => <p>Caught</p>}>
        <Thrower shouldThrow={false} />
      </ErrorBoundary>,
    );
    expect(screen.getByText('Fine')).toBeTruthy();
  });
});

describe('Timeline with an event that fails to render', () => {
  const { story } = parseStory(
    nativeStory(['2024-01-01', '2024-02-01', '2024-03-01'].map((start, index) => nativeEvent({ id: `e${index + 1}`, start, headline: `Headline ${index + 1}`, label: `Event ${index + 1}` }))),
  );
  if (!story) throw new Error('no story');
  const broken = story.events[1];
  if (!broken) throw new Error('no second event');
  // A field that throws when read, as a bug in a lazy field or a component would.
  Object.defineProperty(broken, 'summary', {
    get() {
      throw new Error('broken on purpose');
    },
  });

  it('Timeline shows a short message naming the event in its panel, and ← → still move through the others', async () => {
    silenceExpectedErrors();
    const user = userEvent.setup();
    render(
      <StrictMode>
        <Timeline story={story} locale="en-US" />
      </StrictMode>,
    );
    expect(timelineTester.panelHeading()).toBe('Headline 1');
    await user.click(timelineTester.marker('Event 1'));
    await user.keyboard('{ArrowRight}');
    const panel = timelineTester.panel();
    expect(timelineTester.panelHeading()).toBe('Headline 2');
    expect(panel.textContent).toContain('This event could not be shown.');
    expect(document.activeElement).toBe(timelineTester.marker('Event 2'));
    expect(timelineTester.marker('Event 2').getAttribute('aria-controls')).toBe(panel.id);
    await user.keyboard('{ArrowRight}');
    expect(timelineTester.panelHeading()).toBe('Headline 3');
    expect(timelineTester.panel().textContent).not.toContain('could not be shown');
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(timelineTester.panelHeading()).toBe('Headline 1');
    // The list of all events keeps the others, with a message for the broken one.
    const list = screen.getByRole('region', { name: /all events as a list/ });
    expect(within(list).getByText('Headline 2: this event could not be shown.')).toBeTruthy();
    expect(within(list).getByRole('heading', { name: 'Headline 3' })).toBeTruthy();
  });
});
