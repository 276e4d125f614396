import { describe, expect, it } from 'vitest';
import { keyToIntent, type Intent } from '../../src/a11y/keys';
import { createMonthDelegate } from '../../src/a11y/navigation';
import { createListDelegate, getCommand, ZOOM_KEY_FACTOR, type KeyZone } from '../../src/a11y/transition';

const delegate = createListDelegate(5);
const command = (intent: Intent, zone: KeyZone = 'track', selectedIndex = 2) => getCommand(intent, { zone, selectedIndex, delegate });

describe('getCommand', () => {
  it('getCommand(move, track) selects the next event in time order', () => {
    expect(command('next')).toEqual({ type: 'select', index: 3 });
    expect(command('previous')).toEqual({ type: 'select', index: 1 });
    expect(command('first')).toEqual({ type: 'select', index: 0 });
    expect(command('last')).toEqual({ type: 'select', index: 4 });
  });

  it('getCommand(move past an end, track) only keeps focus on the marker: no pending selection', () => {
    expect(command('next', 'track', 4)).toEqual({ type: 'focusMarker' });
    expect(command('previous', 'track', 0)).toEqual({ type: 'focusMarker' });
    expect(command('pageNext', 'track', 4)).toEqual({ type: 'focusMarker' });
  });

  it('getCommand(page, track) moves a month at a time with a month delegate', () => {
    const months = createMonthDelegate([Date.UTC(2024, 3, 8), Date.UTC(2024, 4, 26), Date.UTC(2024, 4, 27), Date.UTC(2024, 5, 2)]);
    expect(getCommand('pageNext', { zone: 'track', selectedIndex: 0, delegate: months })).toEqual({ type: 'select', index: 1 });
    expect(getCommand('pageNext', { zone: 'track', selectedIndex: 1, delegate: months })).toEqual({ type: 'select', index: 3 });
  });

  it('getCommand(open) opens the panel from the track only', () => {
    expect(command('open')).toEqual({ type: 'openPanel' });
    expect(command('open', 'panel')).toBeNull();
    expect(command('open', 'other')).toBeNull();
  });

  it('getCommand(close, panel) returns focus to the marker', () => {
    expect(command('close', 'panel')).toEqual({ type: 'focusMarker' });
    expect(command('close', 'track')).toBeNull();
  });

  it('getCommand leaves moves outside the track to the browser', () => {
    expect(command('next', 'panel')).toBeNull();
    expect(command('next', 'other')).toBeNull();
  });

  it('getCommand(help or zoom) works in every zone', () => {
    for (const zone of ['track', 'panel', 'other'] as const) {
      expect(command('help', zone)).toEqual({ type: 'openHelp' });
      expect(command('zoomIn', zone)).toEqual({ type: 'zoom', factor: ZOOM_KEY_FACTOR });
      expect(command('zoomOut', zone)).toEqual({ type: 'zoom', factor: 1 / ZOOM_KEY_FACTOR });
      expect(command('zoomReset', zone)).toEqual({ type: 'zoomReset' });
    }
  });

  it('getCommand on an empty story does nothing', () => {
    expect(getCommand('next', { zone: 'track', selectedIndex: 0, delegate: createListDelegate(0) })).toBeNull();
  });
});

describe('keyToIntent with isUpNext', () => {
  it('keyToIntent(↑, vertical, isUpNext) is next, as on a slider', () => {
    expect(keyToIntent({ key: 'ArrowUp' }, { orientation: 'vertical', isUpNext: true })).toBe('next');
    expect(keyToIntent({ key: 'ArrowDown' }, { orientation: 'vertical', isUpNext: true })).toBe('previous');
    expect(keyToIntent({ key: 'ArrowUp' }, { orientation: 'vertical' })).toBe('previous');
  });
});
