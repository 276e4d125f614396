import { useCallback, useEffect, useRef, useState } from 'react';

/** Delay before a message goes into the live region, so screen readers see a change. @default 150 */
export const ANNOUNCE_DELAY_MS = 150;

/** A polite live-region message and a function to announce a new one. */
export function useAnnouncer(): [message: string, announce: (text: string) => void] {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const announce = useCallback((text: string) => {
    clearTimeout(timer.current);
    setMessage('');
    timer.current = setTimeout(() => setMessage(text), ANNOUNCE_DELAY_MS);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);
  return [message, announce];
}
