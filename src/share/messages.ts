// The messages an embedded Quoteline exchanges with its host page: one place, typed, pure.
import { isId } from '../data/ids';
import { isRecord } from '../data/isRecord';

/** Version of our own message format. */
export const MESSAGE_VERSION = 1;
/** Heights outside this range are never sent or accepted, in CSS pixels. */
export const MIN_FRAME_HEIGHT_PX = 50;
export const MAX_FRAME_HEIGHT_PX = 20_000;
/** WordPress caps embed heights; content taller than this scrolls inside the frame. */
export const WORDPRESS_MAX_HEIGHT_PX = 1000;

/** Our own height message, for `embed.js` and `<quote-line>`. */
export interface QuotelineHeightMessage {
  sentinel: 'quoteline';
  type: 'height';
  id: string;
  height: number;
  v: 1;
}

/** Our own selection message: the host may mirror it in its URL (opt-in). */
export interface QuotelineEventMessage {
  sentinel: 'quoteline';
  type: 'event';
  id: string;
  event: string;
  v: 1;
}

/** Where the frame is embedded, from its URL. */
export interface FrameContext {
  /** Story slug, `[a-z0-9-]`. */
  slug: string;
  childId?: string | undefined;
  secret?: string | undefined;
}

/** A message to post to the parent, with the target origin to use. */
export interface OutgoingMessage {
  data: string | object;
}

/** Every height message hosts understand, for one height (Pym, Datawrapper, AMP, WordPress, ours). */
export function createHeightMessages(height: number, context: FrameContext): OutgoingMessage[] {
  const messages: OutgoingMessage[] = [];
  if (context.childId) messages.push({ data: `pymxPYMx${context.childId}xPYMxheightxPYMx${height}` });
  messages.push({ data: { 'datawrapper-height': { [context.slug]: height } } });
  messages.push({ data: { sentinel: 'amp', type: 'embed-size', height } });
  if (context.secret) messages.push({ data: { message: 'height', value: Math.min(height, WORDPRESS_MAX_HEIGHT_PX), secret: context.secret } });
  const own: QuotelineHeightMessage = { sentinel: 'quoteline', type: 'height', id: context.slug, height, v: MESSAGE_VERSION };
  messages.push({ data: own });
  return messages;
}

/** Our selection message for the host. */
export function createEventMessage(eventId: string, context: FrameContext): QuotelineEventMessage {
  return { sentinel: 'quoteline', type: 'event', id: context.slug, event: eventId, v: MESSAGE_VERSION };
}

/**
 * True when a message from the parent asks for the height again: Pym's `width`, WordPress's
 * `ready` with our secret, AMP/frames `frames-init`, or our loader's `ready`.
 */
export function isHeightRequest(data: unknown, context: FrameContext): boolean {
  if (typeof data === 'string') {
    return context.childId !== undefined && data.startsWith(`pymxPYMx${context.childId}xPYMxwidthxPYMx`);
  }
  if (!isRecord(data)) return false;
  if (data.sentinel === 'amp' && data.type === 'frames-init') return true;
  if (data.sentinel === 'quoteline' && data.type === 'ready') return true;
  return data.message === 'ready' && context.secret !== undefined && data.secret === context.secret;
}

/** Our loader's ready message; with `event`, it asks the frame to open that event (a host deep link). */
export function createReadyMessage(event?: string): { sentinel: 'quoteline'; type: 'ready'; event?: string } {
  return event === undefined ? { sentinel: 'quoteline', type: 'ready' } : { sentinel: 'quoteline', type: 'ready', event };
}

/** The event a host's ready message asks the frame to open, or null. */
export function getRequestedEvent(data: unknown): string | null {
  if (!isRecord(data) || data.sentinel !== 'quoteline' || data.type !== 'ready' || typeof data.event !== 'string') return null;
  return isId(data.event) ? data.event : null;
}

/** Rounds and clamps a measured content height to what may be sent. */
export function toFrameHeight(measured: number): number {
  return Math.min(MAX_FRAME_HEIGHT_PX, Math.max(MIN_FRAME_HEIGHT_PX, Math.ceil(measured)));
}

/** Parses a message a host receives: our height or event message in exactly the expected shape, or null. */
export function parseQuotelineMessage(data: unknown): QuotelineHeightMessage | QuotelineEventMessage | null {
  if (!isRecord(data) || data.sentinel !== 'quoteline' || data.v !== MESSAGE_VERSION || typeof data.id !== 'string') return null;
  if (data.type === 'height') {
    const { height } = data;
    if (typeof height !== 'number' || !Number.isFinite(height) || height < MIN_FRAME_HEIGHT_PX || height > MAX_FRAME_HEIGHT_PX) return null;
    return { sentinel: 'quoteline', type: 'height', id: data.id, height, v: MESSAGE_VERSION };
  }
  if (data.type === 'event' && isId(data.event)) {
    return { sentinel: 'quoteline', type: 'event', id: data.id, event: data.event, v: MESSAGE_VERSION };
  }
  return null;
}
