import { useEffect, useRef } from 'react';

/**
 * Calls `onChange(appealId)` for every appeal change the server streams to this user
 * (GET /api/v1/stream/appeals, Server-Sent Events). The browser reconnects by itself.
 */
export function useAppealChanges(onChange: (appealId: string) => void): void {
  const handler = useRef(onChange);
  handler.current = onChange;
  useEffect(() => {
    const source = new EventSource('/api/v1/stream/appeals');
    source.addEventListener('appeal', (e) => {
      try {
        handler.current((JSON.parse((e as MessageEvent<string>).data) as { id: string }).id);
      } catch {
        /* malformed event: ignore */
      }
    });
    return () => source.close();
  }, []);
}
