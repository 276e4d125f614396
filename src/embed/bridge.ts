import { createEventMessage, createHeightMessages, getRequestedEvent, isHeightRequest, toFrameHeight, type FrameContext } from '../share/messages';

/** The frame side of the embed protocols: started once by the embed entry. */
export interface Bridge {
  /** Tells the host which event is selected (for opt-in host deep links). */
  sendEvent(eventId: string): void;
  stop(): void;
}

/**
 * Sends the document's height to the parent in every format hosts understand, whenever it
 * changes (ResizeObserver, coalesced to one message set per frame), and again when a host asks.
 * Listens only to `window.parent`, which may also ask it to open an event. Does nothing outside a
 * frame. Never scrolls or navigates the host.
 */
export function startBridge(context: FrameContext, onSelectRequest: (eventId: string) => void = () => undefined): Bridge {
  const parent = window.parent;
  if (parent === window) return { sendEvent: () => undefined, stop: () => undefined };
  let lastHeight = -1;
  let frame = 0;
  const post = (data: string | object): void => {
    // '*': the frame cannot know its host's origin; these messages carry no secrets.
    parent.postMessage(data, '*');
  };
  const send = (force: boolean): void => {
    const height = toFrameHeight(document.documentElement.getBoundingClientRect().height);
    if (height === lastHeight && !force) return;
    lastHeight = height;
    for (const message of createHeightMessages(height, context)) post(message.data);
  };
  const schedule = (): void => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => send(false));
  };
  const observer = new ResizeObserver(schedule);
  observer.observe(document.documentElement);
  const onMessage = (event: MessageEvent): void => {
    if (event.source !== parent) return;
    if (isHeightRequest(event.data, context)) send(true);
    // The host's URL names an event (opt-in deep link): open it.
    const requested = getRequestedEvent(event.data);
    if (requested !== null) onSelectRequest(requested);
  };
  window.addEventListener('message', onMessage);
  send(true);
  return {
    sendEvent: (eventId) => post(createEventMessage(eventId, context)),
    stop: () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      window.removeEventListener('message', onMessage);
    },
  };
}
