/** What a key asks the timeline to do. */
export type Intent = 'previous' | 'next' | 'first' | 'last' | 'pagePrevious' | 'pageNext' | 'open' | 'close' | 'help' | 'zoomIn' | 'zoomOut' | 'zoomReset' | 'search';

/** Layout facts that change what arrows mean. */
export interface KeyContext {
  /** Vertical layouts use ↑/↓ as well. @default 'horizontal' */
  orientation?: 'horizontal' | 'vertical';
  /** Right-to-left pages mirror ←/→. @default false */
  isRtl?: boolean;
  /** ↑ means next and ↓ previous, as on a slider (WAI-ARIA slider pattern); with orientation 'vertical' only. @default false */
  isUpNext?: boolean;
}

/** The key fields we read; a KeyboardEvent has them. */
export interface KeyInput {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/**
 * Maps a key press to an intent, or null for keys the timeline leaves alone (so their default
 * action, such as page scrolling, still happens). Modified keys are never ours.
 */
export function keyToIntent(event: KeyInput, context: KeyContext = {}): Intent | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  const back = context.isRtl ? 'ArrowRight' : 'ArrowLeft';
  const forward = context.isRtl ? 'ArrowLeft' : 'ArrowRight';
  switch (event.key) {
    case back:
      return 'previous';
    case forward:
      return 'next';
    case 'ArrowUp':
      if (context.orientation !== 'vertical') return null;
      return context.isUpNext ? 'next' : 'previous';
    case 'ArrowDown':
      if (context.orientation !== 'vertical') return null;
      return context.isUpNext ? 'previous' : 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'PageUp':
      return 'pagePrevious';
    case 'PageDown':
      return 'pageNext';
    case 'Enter':
    case ' ':
      return 'open';
    case 'Escape':
      return 'close';
    case '?':
      return 'help';
    case '+':
    case '=':
      return 'zoomIn';
    case '-':
      return 'zoomOut';
    case '0':
      return 'zoomReset';
    case '/':
      return 'search';
    default:
      return null;
  }
}

/** The element fields we read to tell whether the reader is typing. */
export interface TargetInput {
  tagName?: string;
  isContentEditable?: boolean;
  type?: string;
}

const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'radio', 'range', 'reset', 'submit', 'color', 'file', 'image']);

/** True when the key went to a text field: shortcuts are ignored there. */
export function isTypingTarget(target: TargetInput | null): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = (target.tagName ?? '').toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && !NON_TEXT_INPUTS.has((target.type ?? 'text').toLowerCase());
}
