import type { Config } from '../config/config.ts';
import type { Conn, Db } from '../db/client.ts';
import type { Actor } from '../domain/policy.ts';
import type { BlobStore } from '../storage/blob-store.ts';
import type { CalendarService } from './calendar-service.ts';
import type { ChangeFeed } from './changes.ts';
import type { ReferenceCache } from './reference-cache.ts';

/** What every use-case gets: explicit, never an HTTP request. */
export type Ctx = {
  db: Db;
  config: Config;
  calendar: CalendarService;
  /** Catalogue items, houses and executors as registration reads them; cleared on change. */
  refs: ReferenceCache;
  /** Attachment bytes (DATA_DIR/files). */
  blobs: BlobStore;
  /** Live screens hear of every committed change through it (absent in one-off CLI runs). */
  changes?: ChangeFeed;
  now: () => Date;
};

export type ActorCtx = Ctx & { actor: Actor };

export type { Conn };
