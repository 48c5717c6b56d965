import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema.ts';

export type Schema = typeof schema;
/** The database as the use-cases see it: the same API on PGlite and on PostgreSQL. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either the database or a transaction inside it. */
export type Conn = Db | Tx;

export type Engine = 'pglite' | 'postgres';

/**
 * Runs a hand-written statement (`$1`… parameters) as a named prepared statement on PostgreSQL:
 * each connection parses and plans it once, then only binds and executes. The name comes from the
 * text, so each shape of a dynamic statement gets its own plan. PGlite runs it directly.
 */
/**
 * Runs `fn` again when PostgreSQL gave up on it to break a deadlock (40P01) or a serialization
 * conflict (40001): the transaction was rolled back whole, so trying again is safe, and
 * concurrent work that touches the same counters in another order then simply proceeds.
 */
export async function retryOnConflict<T>(fn: () => Promise<T>, attempts = 5): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (err) {
      const e = err as { code?: string; cause?: { code?: string } };
      const code = e.code ?? e.cause?.code;
      if (i >= attempts || (code !== '40P01' && code !== '40001')) throw err;
      // A short random pause, longer each time, so the two do not meet again at once.
      await new Promise((r) => setTimeout(r, Math.random() * 10 * 2 ** i));
    }
  }
}

export async function executePrepared<T>(db: Conn, q: { text: string; values: unknown[] }): Promise<T[]> {
  const client = (db as unknown as { $client?: unknown }).$client;
  if (client instanceof pg.Pool) {
    let name = statementNames.get(q.text);
    if (!name) {
      name = `jauap_${createHash('sha1').update(q.text).digest('base64url').slice(0, 20)}`;
      if (statementNames.size > 1_000) statementNames.clear();
      statementNames.set(q.text, name);
    }
    return (await client.query({ name, text: q.text, values: q.values })).rows as T[];
  }
  if (client instanceof PGlite) return (await client.query<T>(q.text, q.values)).rows;
  throw new Error('executePrepared: unknown database client');
}

const statementNames = new Map<string, string>();

export type Database = {
  db: Db;
  engine: Engine;
  /** Runs migrations; safe to call on every start. */
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** A short description for logs: never contains a password. */
  describe: string;
  /** PostgreSQL NOTIFY on `channel` (delivered after the current transaction commits). */
  notify(channel: string, payload: string): Promise<void>;
  /** LISTEN on `channel`; resolves to a function that stops listening. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  /** Bulk load of CSV rows (PGlite's COPY from a blob); absent on the server, where INSERTs are fast. */
  copyCsv?: (table: string, columns: string[], csv: string) => Promise<void>;
};

export const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

// pg returns int8 and numeric as strings; every count we read is cast in SQL, but timestamps
// come back as Date through Drizzle either way.

export function openPostgres(url: string, poolSize = 20): Database {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client that loses its server must not crash the process.
  pool.on('error', () => undefined);
  const db = drizzleNodePg(pool, { schema }) as unknown as Db;
  const u = new URL(url);
  return {
    db,
    engine: 'postgres',
    describe: `postgresql://${u.host}${u.pathname}`,
    // Several app processes may start at once against one server: they migrate one at a time.
    migrate: async () => {
      const conn = await pool.connect();
      try {
        await conn.query('SELECT pg_advisory_lock(7210901)');
        await migrateNodePg(drizzleNodePg(conn, { schema }), { migrationsFolder: MIGRATIONS_DIR });
      } finally {
        await conn.query('SELECT pg_advisory_unlock(7210901)').catch(() => undefined);
        conn.release();
      }
    },
    notify: async (channel, payload) => {
      await pool.query('SELECT pg_notify($1, $2)', [channel, payload]);
    },
    // A dedicated connection holds the LISTEN; if it breaks, it is opened again.
    listen: async (channel, onPayload) => {
      let client: pg.PoolClient | null = null;
      let stopped = false;
      const connect = async (): Promise<void> => {
        if (stopped) return;
        try {
          const c = await pool.connect();
          let mine = true; // until released: an error after that is the pool's business
          const onNotification = (m: pg.Notification) => m.channel === channel && m.payload !== undefined && onPayload(m.payload);
          const onError = () => {
            if (!mine) return;
            mine = false;
            client = null;
            c.off('notification', onNotification);
            c.release(true);
            if (!stopped) setTimeout(() => void connect(), 1_000);
          };
          c.on('notification', onNotification);
          c.on('error', onError);
          await c.query(`LISTEN ${pgIdent(channel)}`);
          client = c;
          release = async () => {
            if (!mine) return;
            mine = false;
            client = null;
            await c.query(`UNLISTEN ${pgIdent(channel)}`).catch(() => undefined);
            c.off('notification', onNotification);
            c.off('error', onError);
            c.release();
          };
        } catch {
          if (!stopped) setTimeout(() => void connect(), 1_000);
        }
      };
      let release: () => Promise<void> = async () => undefined;
      await connect();
      return async () => {
        stopped = true;
        if (client) await release();
      };
    },
    close: () => pool.end(),
  };
}

/** Channel names are ours (letters, digits, underscore); anything else is a bug. */
function pgIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`bad channel name ${name}`);
  return name;
}

/** An embedded database over an existing PGlite instance (tests use in-memory copies). */
export function wrapPglite(client: PGlite, describe = 'pglite (memory)', onClose?: () => void): Database {
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    engine: 'pglite',
    describe,
    migrate: () => migratePglite(db as never, { migrationsFolder: MIGRATIONS_DIR }),
    notify: async (channel, payload) => {
      await client.query('SELECT pg_notify($1, $2)', [channel, payload]);
    },
    listen: async (channel, onPayload) => {
      const stop = await client.listen(pgIdent(channel), onPayload);
      return () => stop();
    },
    copyCsv: async (table, columns, csv) => {
      const cols = columns.map((c) => `"${c}"`).join(', ');
      await client.query(`COPY "${table}" (${cols}) FROM '/dev/blob' WITH (FORMAT csv)`, [], { blob: new Blob([csv]) });
    },
    close: async () => {
      await client.close();
      onClose?.();
    },
  };
}

export class DataDirLockedError extends Error {}

/**
 * Two processes on one PGlite folder corrupt it silently, so the folder is held by a lock file
 * naming the owner's pid. A lock left by a dead process (kill -9) is taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'jauap.lock');
  const me = JSON.stringify({ pid: process.pid, host: os.hostname(), since: new Date().toISOString() });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, me, { flag: 'wx' });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          const cur = fs.readFileSync(lockPath, 'utf8');
          if (cur === me) fs.unlinkSync(lockPath);
        } catch {
          /* already gone */
        }
      };
      process.once('exit', release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let owner: { pid?: number; host?: string; since?: string } = {};
      try {
        owner = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as typeof owner;
      } catch {
        /* a torn lock file is treated as stale */
      }
      if (owner.pid && owner.host === os.hostname() && isAlive(owner.pid)) {
        throw new DataDirLockedError(
          `The data folder ${dataDir} is in use by another Jauap process (pid ${owner.pid}, since ${owner.since}). ` +
            'Two processes on one embedded database corrupt it: stop the other one, or use another DATA_DIR, ' +
            'or run several processes against a PostgreSQL server (DATABASE_URL).',
        );
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new DataDirLockedError(`Could not lock the data folder ${dataDir}`);
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function openPglite(dataDir: string): Promise<Database> {
  const release = lockDataDir(dataDir);
  try {
    const client = await PGlite.create(path.join(dataDir, 'pgdata'));
    return wrapPglite(client, `pglite ${dataDir}`, release);
  } catch (err) {
    release();
    throw err;
  }
}

export async function openDatabase(cfg: { databaseUrl?: string | undefined; dataDir: string; databasePoolSize?: number }): Promise<Database> {
  return cfg.databaseUrl ? openPostgres(cfg.databaseUrl, cfg.databasePoolSize) : openPglite(cfg.dataDir);
}
