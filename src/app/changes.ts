import { EventEmitter } from 'node:events';
import type { Database } from '../db/client.ts';

/** What a live screen learns of a change: no personal data, just enough to refresh. */
export type AppealChange = {
  id: string;
  action: string;
  status: string;
  executorId: number | null;
  /** Where it was before a reroute or decline: that queue changes too. */
  previousExecutorId: number | null;
};

/** The NOTIFY channel; a statement may notify on it itself (registration does, at no extra cost). */
export const CHANGES_CHANNEL = 'jauap_appeals';
const CHANNEL = CHANGES_CHANNEL;

/**
 * Appeal changes for live screens, through PostgreSQL's LISTEN/NOTIFY: on a server it crosses
 * every app process; PGlite delivers it in-process. Each process listens once and fans out to
 * its Server-Sent-Events streams.
 */
export class ChangeFeed {
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  private stop: (() => Promise<void>) | null = null;
  constructor(private readonly database: Pick<Database, 'notify' | 'listen'>) {}

  async start(): Promise<void> {
    this.stop = await this.database.listen(CHANNEL, (payload) => {
      try {
        this.emitter.emit('change', JSON.parse(payload) as AppealChange);
      } catch {
        /* not ours */
      }
    });
  }

  /** Called after the change committed; a lost notification only delays a screen's refresh. */
  async publish(change: AppealChange): Promise<void> {
    await this.database.notify(CHANNEL, JSON.stringify(change)).catch(() => undefined);
  }

  subscribe(fn: (c: AppealChange) => void): () => void {
    this.emitter.on('change', fn);
    return () => this.emitter.off('change', fn);
  }

  async close(): Promise<void> {
    await this.stop?.();
    this.stop = null;
  }
}
