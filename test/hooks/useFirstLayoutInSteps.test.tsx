// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { STEPPED_LAYOUT_EVENTS, useFirstLayoutInSteps } from '../../src/hooks/useFirstLayoutInSteps';
import { hasTimelineLayout, type TimelineLayoutOptions } from '../../src/layout/trackLayout';
import { createTestStory } from '../helpers/story';

describe('useFirstLayoutInSteps', () => {
  it('is ready at once for a story of up to STEPPED_LAYOUT_EVENTS events: nothing waits', () => {
    const { events } = createTestStory(20);
    const { result } = renderHook(() => useFirstLayoutInSteps({ events, locale: 'en', width: 960 }));
    expect(result.current).toBe(true);
  });

  it('makes a bigger story’s first layout after the render, then is ready; a later zoom is not held back', async () => {
    const { events } = createTestStory(STEPPED_LAYOUT_EVENTS + 1);
    const options: TimelineLayoutOptions = { events, locale: 'en', width: 960 };
    const { result, rerender } = renderHook((props: TimelineLayoutOptions) => useFirstLayoutInSteps(props), { initialProps: options });
    expect(result.current).toBe(false);
    expect(hasTimelineLayout(options)).toBe(false);
    await waitFor(() => expect(result.current).toBe(true));
    expect(hasTimelineLayout(options)).toBe(true);
    act(() => rerender({ ...options, zoom: 2 }));
    expect(result.current).toBe(true);
  });

  it('waits for no layout while the width is unknown', () => {
    const { events } = createTestStory(STEPPED_LAYOUT_EVENTS + 1);
    const { result } = renderHook(() => useFirstLayoutInSteps({ events, locale: 'en', width: undefined }));
    expect(result.current).toBe(true);
  });
});
