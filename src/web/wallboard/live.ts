import { useEffect, useState } from 'react';
import type { Lang } from '../i18n.tsx';
import type { Board } from './types.ts';

export type LiveStatus = 'connecting' | 'live' | 'offline';

/** The server pushes at least every 30 s; silence twice as long means a dead connection. */
const SILENCE_MS = 75_000;
/** After a refused connection (EventSource gives up on a non-200), try again after this. */
const RETRY_MS = 5_000;

/**
 * The board, live: one EventSource on /api/v1/wallboard/stream, which sends the whole board at
 * once and again within a second of every change. The browser reconnects by itself after a
 * dropped connection; a refused one (e.g. 429, 503) and a silent one are reopened here. The page
 * is never reloaded.
 */
export function useLiveBoard(lang: Lang): { board: Board | null; status: LiveStatus; receivedAt: Date | null } {
  const [board, setBoard] = useState<Board | null>(null);
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const [receivedAt, setReceivedAt] = useState<Date | null>(null);

  useEffect(() => {
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let watchdog: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;

    const guard = () => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => {
        setStatus('offline');
        open();
      }, SILENCE_MS);
    };
    const open = () => {
      source?.close();
      clearTimeout(retry);
      if (stopped) return;
      const s = new EventSource(`/api/v1/wallboard/stream?lang=${lang}`);
      source = s;
      guard();
      s.addEventListener('wallboard', (e) => {
        try {
          setBoard(JSON.parse((e as MessageEvent<string>).data) as Board);
          setReceivedAt(new Date());
          setStatus('live');
          guard();
        } catch {
          /* a malformed event: keep the last good board */
        }
      });
      s.onerror = () => {
        setStatus('offline');
        // CONNECTING: the browser retries by itself. CLOSED: it gave up, so we retry.
        if (s.readyState === EventSource.CLOSED) retry = setTimeout(open, RETRY_MS);
      };
    };
    open();
    return () => {
      stopped = true;
      clearTimeout(retry);
      clearTimeout(watchdog);
      source?.close();
    };
  }, [lang]);

  return { board, status, receivedAt };
}
