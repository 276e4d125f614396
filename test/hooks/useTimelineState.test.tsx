// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useTimelineState } from '../../src/hooks/useTimelineState';
import { createTestStory } from '../helpers/story';

const { events } = createTestStory(5);

describe('useTimelineState', () => {
  it('useTimelineState() uncontrolled owns the selection and reports it', () => {
    const onSelect = vi.fn();
    const { result } = renderHook(() => useTimelineState({ events, initialSelectedId: 'event-2', onSelect }));
    expect(result.current.selectedIndex).toBe(1);
    act(() => result.current.select('event-4'));
    expect(result.current.selected?.id).toBe('event-4');
    expect(onSelect).toHaveBeenCalledWith('event-4');
  });

  it('useTimelineState({ selectedId }) controlled follows the prop, not its own state', () => {
    const onSelect = vi.fn();
    const { result, rerender } = renderHook(({ selectedId }) => useTimelineState({ events, selectedId, onSelect }), { initialProps: { selectedId: 'event-1' } });
    act(() => result.current.select('event-3'));
    expect(onSelect).toHaveBeenCalledWith('event-3');
    expect(result.current.selected?.id).toBe('event-1');
    rerender({ selectedId: 'event-3' });
    expect(result.current.selectedIndex).toBe(2);
  });

  it('useTimelineState falls back to the first event for an unknown id, and finds indices in O(1)', () => {
    const { result } = renderHook(() => useTimelineState({ events, selectedId: 'nope' }));
    expect(result.current.selectedIndex).toBe(0);
    expect(result.current.indexOf('event-5')).toBe(4);
    expect(result.current.indexOf('nope')).toBe(-1);
  });

  it('useTimelineState owns zoom and compression, and a controlled compress wins', () => {
    const onCompressChange = vi.fn();
    const own = renderHook(() => useTimelineState({ events }));
    expect([own.result.current.zoom, own.result.current.isCompressed]).toEqual([1, true]);
    act(() => {
      own.result.current.setZoom(4);
      own.result.current.setCompressed(false);
    });
    expect([own.result.current.zoom, own.result.current.isCompressed]).toEqual([4, false]);
    const controlled = renderHook(() => useTimelineState({ events, compress: true, onCompressChange }));
    act(() => controlled.result.current.setCompressed(false));
    expect(onCompressChange).toHaveBeenCalledWith(false);
    expect(controlled.result.current.isCompressed).toBe(true);
  });
});
