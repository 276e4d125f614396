import { describe, expect, it } from 'vitest';
import { createEventMessage, createHeightMessages, createReadyMessage, getRequestedEvent, isHeightRequest, parseQuotelineMessage, toFrameHeight } from '../../src/share/messages';

describe('createHeightMessages', () => {
  it('createHeightMessages(h) speaks Datawrapper, AMP and our own format always', () => {
    expect(createHeightMessages(812, { slug: 'lecun-musk' }).map((message) => message.data)).toEqual([
      { 'datawrapper-height': { 'lecun-musk': 812 } },
      { sentinel: 'amp', type: 'embed-size', height: 812 },
      { sentinel: 'quoteline', type: 'height', id: 'lecun-musk', height: 812, v: 1 },
    ]);
  });

  it('createHeightMessages(h) adds Pym with a childId and WordPress (capped at 1000) with a secret', () => {
    const data = createHeightMessages(1400, { slug: 'feud', childId: 'example', secret: 'AbC123xYz9' }).map((message) => message.data);
    expect(data[0]).toBe('pymxPYMxexamplexPYMxheightxPYMx1400');
    expect(data).toContainEqual({ message: 'height', value: 1000, secret: 'AbC123xYz9' });
  });
});

describe('isHeightRequest', () => {
  const context = { slug: 'feud', childId: 'example', secret: 'AbC123xYz9' };
  it('isHeightRequest(data) accepts Pym width, WordPress ready, frames-init and our ready', () => {
    expect(isHeightRequest('pymxPYMxexamplexPYMxwidthxPYMx640', context)).toBe(true);
    expect(isHeightRequest({ message: 'ready', secret: 'AbC123xYz9' }, context)).toBe(true);
    expect(isHeightRequest({ sentinel: 'amp', type: 'frames-init' }, context)).toBe(true);
    expect(isHeightRequest({ sentinel: 'quoteline', type: 'ready' }, context)).toBe(true);
  });

  it('isHeightRequest(data) rejects other ids, wrong secrets and other shapes', () => {
    expect(isHeightRequest('pymxPYMxotherxPYMxwidthxPYMx640', context)).toBe(false);
    expect(isHeightRequest({ message: 'ready', secret: 'wrongwrong' }, context)).toBe(false);
    expect(isHeightRequest({ message: 'ready', secret: 'AbC123xYz9' }, { slug: 'feud' })).toBe(false);
    expect(isHeightRequest(null, context)).toBe(false);
  });
});

describe('parseQuotelineMessage', () => {
  it('parseQuotelineMessage(data) accepts our messages in exactly the expected shape', () => {
    expect(parseQuotelineMessage({ sentinel: 'quoteline', type: 'height', id: 'feud', height: 640, v: 1 })).toEqual({ sentinel: 'quoteline', type: 'height', id: 'feud', height: 640, v: 1 });
    expect(parseQuotelineMessage(createEventMessage('memorial-day-exchange', { slug: 'feud' }))).toMatchObject({ type: 'event', event: 'memorial-day-exchange' });
  });

  it('parseQuotelineMessage(data) rejects insane heights, other versions and odd event ids', () => {
    for (const height of [0, 10, 1e9, Number.NaN, '640']) {
      expect(parseQuotelineMessage({ sentinel: 'quoteline', type: 'height', id: 'feud', height, v: 1 })).toBeNull();
    }
    expect(parseQuotelineMessage({ sentinel: 'quoteline', type: 'height', id: 'feud', height: 640, v: 2 })).toBeNull();
    expect(parseQuotelineMessage({ sentinel: 'quoteline', type: 'event', id: 'feud', event: 'javascript:alert(1)', v: 1 })).toBeNull();
    expect(parseQuotelineMessage('pymxPYMxexamplexPYMxheightxPYMx812')).toBeNull();
  });

  it('toFrameHeight(px) rounds up and clamps', () => {
    expect(toFrameHeight(811.2)).toBe(812);
    expect(toFrameHeight(0)).toBe(50);
    expect(toFrameHeight(1e7)).toBe(20000);
  });
});

describe('getRequestedEvent', () => {
  it('getRequestedEvent(data) reads the event a ready message asks for, and only a kebab-case id', () => {
    expect(getRequestedEvent(createReadyMessage('lecun-critique-hype'))).toBe('lecun-critique-hype');
    expect(getRequestedEvent(createReadyMessage())).toBeNull();
    expect(getRequestedEvent({ sentinel: 'quoteline', type: 'ready', event: 'javascript:alert(1)' })).toBeNull();
    expect(isHeightRequest(createReadyMessage('a'), { slug: 'feud' })).toBe(true);
  });
});
