import { describe, expect, it } from 'vitest';
import { isTypingTarget, keyToIntent } from '../../src/a11y/keys';

describe('keyToIntent', () => {
  it('keyToIntent(key) maps the timeline keys', () => {
    const keys = ['ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown', 'Enter', ' ', 'Escape', '?', '+', '-', '0'];
    expect(keys.map((key) => keyToIntent({ key }))).toEqual(['previous', 'next', 'first', 'last', 'pagePrevious', 'pageNext', 'open', 'open', 'close', 'help', 'zoomIn', 'zoomOut', 'zoomReset']);
  });

  it('keyToIntent(key) leaves ↑/↓ to the page in horizontal layouts and uses them in vertical ones', () => {
    expect(keyToIntent({ key: 'ArrowDown' })).toBeNull();
    expect(keyToIntent({ key: 'ArrowDown' }, { orientation: 'vertical' })).toBe('next');
    expect(keyToIntent({ key: 'ArrowUp' }, { orientation: 'vertical' })).toBe('previous');
  });

  it('keyToIntent(key) mirrors ←/→ in right-to-left pages', () => {
    expect(keyToIntent({ key: 'ArrowLeft' }, { isRtl: true })).toBe('next');
  });

  it('keyToIntent(key) ignores modified keys and unknown keys', () => {
    expect(keyToIntent({ key: 'ArrowRight', altKey: true })).toBeNull();
    expect(keyToIntent({ key: '0', ctrlKey: true })).toBeNull();
    expect(keyToIntent({ key: 'a' })).toBeNull();
  });
});

describe('isTypingTarget', () => {
  it('isTypingTarget(element) is true for text fields only', () => {
    expect(isTypingTarget({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'search' })).toBe(true);
    expect(isTypingTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTypingTarget({ tagName: 'BUTTON' })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
