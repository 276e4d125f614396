import { describe, expect, it, vi } from 'vitest';

// The pure core must load and work without React: any import of it fails this test.
vi.mock('react', () => {
  throw new Error('the core imported react');
});
vi.mock('react-dom', () => {
  throw new Error('the core imported react-dom');
});

describe('core.ts', () => {
  it('loads and lays out a story without React or a DOM', async () => {
    const core = await import('../src/core');
    const { story } = core.parseStory({
      quoteline: 1,
      title: 'T',
      events: [{ id: 'a', start: '2024-05-27', headline: 'H', category: 'exchange', sources: [{ id: 's', title: 't', publisher: 'p' }] }],
    });
    const events = story?.events ?? [];
    const axis = core.createTimeAxis(events, { width: 600 });
    const layout = core.layoutTimeline(events, { scale: (time) => axis.scale(time), width: 600, fontSizePx: 13 });
    expect(layout.items.map((item) => item.id)).toEqual(['a']);
    if (!story) throw new Error('no story');
    expect(core.searchStory(core.createSearchIndex(story), { ...core.EMPTY_QUERY, text: 'h' }).eventIndexes).toEqual([0]);
    expect(typeof globalThis.document).toBe('undefined');
  });
});
