// Wallboard benchmark: the board's request time with N appeals, and what one appeal change
// costs the counters.
//
//   npm run bench:wallboard                                  # PGlite, 1,000,000 appeals
//   npm run bench:wallboard -- --engine postgres             # PostgreSQL (BENCH_DATABASE_URL or the local server)
//   npm run bench:wallboard -- --engine postgres --appeals 10000000
//   options: --requests 300 (wallboard requests measured) --changes 400 (appeal changes measured) --check (recount and compare at the end)
//
// The appeals are generated in SQL with the counters' trigger off and then counted once (the
// "job" path, timed too); the board is then read over HTTP from the real server, one request at
// a time so every request computes the board (concurrent ones would share one read).
import type { AddressInfo } from 'node:net';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { prepareDatabase } from '../src/app/bootstrap.ts';
import { CalendarService } from '../src/app/calendar-service.ts';
import { ReferenceCache } from '../src/app/reference-cache.ts';
import { checkStats, rebuildStats } from '../src/app/stats.ts';
import { loadConfig } from '../src/config/config.ts';
import { openPglite, openPostgres, type Database } from '../src/db/client.ts';
import { loadDemoCity } from '../src/demo/load-demo.ts';
import { buildApp } from '../src/http/app.ts';
import { FileBlobStore } from '../src/storage/blob-store.ts';

const { values: opt } = parseArgs({
  options: {
    engine: { type: 'string', default: 'pglite' },
    appeals: { type: 'string', default: '1000000' },
    requests: { type: 'string', default: '300' },
    changes: { type: 'string', default: '400' },
    check: { type: 'boolean', default: false },
  },
});
const engine = opt.engine === 'postgres' ? 'postgres' : 'pglite';
const N = Number(opt.appeals);
const BATCH = 250_000;

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const ms = (x: number) => `${x.toFixed(2)} ms`;
const log = (m: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${m}`);

async function open(): Promise<{ database: Database; cleanup: () => Promise<void> }> {
  if (engine === 'postgres') {
    const base = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query('DROP DATABASE IF EXISTS jauap_bench_wallboard');
    await admin.query('CREATE DATABASE jauap_bench_wallboard');
    await admin.end();
    const u = new URL(base);
    u.pathname = '/jauap_bench_wallboard';
    const database = openPostgres(u.toString(), 8);
    return {
      database,
      cleanup: async () => {
        await database.close();
        const a = new pg.Client({ connectionString: base });
        await a.connect();
        await a.query('DROP DATABASE IF EXISTS jauap_bench_wallboard WITH (FORCE)');
        await a.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jauap-bench-wallboard-'));
  const database = await openPglite(dir);
  return { database, cleanup: async () => (await database.close(), fs.rmSync(dir, { recursive: true, force: true })) };
}

/** N appeals over the last 18 months in SQL: mostly closed (some late, some rated), some in work. */
async function generate(database: Database): Promise<void> {
  const db = database.db;
  await db.execute(sql`alter table appeals disable trigger appeals_stats`);
  try {
    for (let from = 1; from <= N; from += BATCH) {
      const to = Math.min(N, from + BATCH - 1);
      await db.execute(sql`
        with refs as (
          select (select array_agg(id order by id) from catalogue where level = 'item') as items,
                 (select array_agg(id order by id) from organisations) as orgs,
                 array['phone','portal','mobile_app','telegram','whatsapp','instagram','email','website','chatbot','walk_in'] as channels,
                 array['critical','high','medium','low'] as crits
        ), g as (
          select g, now() - make_interval(days => ((g * 7919) % 540)::int, mins => ((g * 104729) % 1440)::int) as created from generate_series(${from}::bigint, ${to}::bigint) g
        )
        insert into appeals (number, channel, kind, status, description, criticality, executor_id, catalogue_item_id, due_at, deadline_mode,
                             created_at, updated_at, answered_at, closed_at, first_contact, rating, extended_days)
        select 'B-' || g, channels[1 + g % 10], 'complaint',
          case when g % 100 < 92 then 'closed' when g % 100 < 97 then 'accepted' when g % 100 < 99 then 'routed' else 'on_hold' end,
          'bench', crits[1 + g % 4], orgs[1 + (g * 31) % array_length(orgs, 1)], items[1 + (g * 13) % array_length(items, 1)],
          created + make_interval(days => 10), 'working', created, created,
          case when g % 100 < 92 then created + make_interval(hours => (4 + (g % 13) * 24)::int) end,
          case when g % 100 < 92 then created + make_interval(hours => (6 + (g % 13) * 24)::int) end,
          g % 10 = 0, case when g % 100 < 92 and g % 5 < 3 then (1 + g % 5)::smallint end, case when g % 50 = 0 then 5 else 0 end
        from g, refs`);
      log(`  ${to.toLocaleString('en')} appeals`);
    }
  } finally {
    await db.execute(sql`alter table appeals enable trigger appeals_stats`);
  }
}

async function main() {
  const config = loadConfig({ NODE_ENV: 'development', LOG_LEVEL: 'warn', POW_DIFFICULTY: '0', PUBLIC_RATE_LIMIT: '100000' });
  const { database, cleanup } = await open();
  try {
    await prepareDatabase(database, config, { info: () => undefined, warn: console.warn });
    await loadDemoCity(database.db, { appeals: 0, now: new Date(), prefix: 'B', copyCsv: database.copyCsv });
    log(`${engine}: generating ${N.toLocaleString('en')} appeals…`);
    let t = performance.now();
    await generate(database);
    log(`generated in ${((performance.now() - t) / 1000).toFixed(0)} s; counting them (the rebuild job)…`);
    t = performance.now();
    await rebuildStats(database.db);
    const rebuildS = (performance.now() - t) / 1000;
    if (engine === 'postgres') await database.db.execute(sql`analyze`);

    const app = await buildApp({
      database,
      db: database.db,
      config,
      calendar: new CalendarService(),
      refs: new ReferenceCache(),
      blobs: new FileBlobStore(fs.mkdtempSync(path.join(os.tmpdir(), 'jauap-bench-files-'))),
      now: () => new Date(),
      logger: false,
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/v1/wallboard?lang=ru`;
    const times: number[] = [];
    let bytes = 0;
    const total = Number(opt.requests);
    for (let i = 0; i < total + 20; i++) {
      const s = performance.now();
      const res = await fetch(url);
      const body = await res.text();
      if (res.status !== 200) throw new Error(`wallboard answered ${res.status}: ${body.slice(0, 200)}`);
      if (i >= 20) times.push(performance.now() - s);
      bytes = body.length;
    }
    const board = JSON.parse(await (await fetch(url)).text()) as { counters: { total: { registered: number; overdue: number } } };
    await app.close();

    // One appeal change with and without the counters' trigger (closing an appeal in work).
    const changes = Number(opt.changes);
    const ids = ((await database.db.execute(sql`select id from appeals where status = 'accepted' limit ${changes * 2}`)) as unknown as { rows: { id: string }[] }).rows.map((r) => r.id);
    const timeChanges = async (conn: Pick<typeof database.db, 'execute'>, list: string[]) => {
      const out: number[] = [];
      for (const id of list) {
        const s = performance.now();
        await conn.execute(sql`update appeals set status = 'closed', answered_at = now(), closed_at = now(), updated_at = now() where id = ${id}`);
        out.push(performance.now() - s);
      }
      return out;
    };
    const withTrigger = await timeChanges(database.db, ids.slice(0, changes));
    // The same changes without the trigger, in a transaction that is rolled back: the counters
    // stay exact for the check below.
    let without: number[] = [];
    await database.db
      .transaction(async (tx) => {
        await tx.execute(sql`alter table appeals disable trigger appeals_stats`);
        without = await timeChanges(tx, ids.slice(changes));
        throw new Error('rollback');
      })
      .catch((err: unknown) => {
        if ((err as Error).message !== 'rollback') throw err;
      });

    const mem = process.memoryUsage();
    console.log(`\nWallboard, ${engine}, ${board.counters.total.registered.toLocaleString('en')} appeals (overdue now ${board.counters.total.overdue.toLocaleString('en')}):`);
    console.log(`  GET /api/v1/wallboard × ${total}: p50 ${ms(pct(times, 50))}, p95 ${ms(pct(times, 95))}, p99 ${ms(pct(times, 99))}, max ${ms(Math.max(...times))}; ${(bytes / 1024).toFixed(1)} KiB`);
    console.log(`  one appeal change (close): with the counters p50 ${ms(pct(withTrigger, 50))}, p95 ${ms(pct(withTrigger, 95))}; without p50 ${ms(pct(without, 50))}, p95 ${ms(pct(without, 95))}`);
    console.log(`  → the counters add ${ms(pct(withTrigger, 50) - pct(without, 50))} (p50) to a change`);
    console.log(`  counting all appeals from scratch (rebuild job): ${rebuildS.toFixed(1)} s`);
    console.log(`  memory: rss ${(mem.rss / 2 ** 20).toFixed(0)} MiB, heap ${(mem.heapUsed / 2 ** 20).toFixed(0)} MiB`);
    if (opt.check) {
      t = performance.now();
      const check = await checkStats(database.db);
      console.log(`  recount check: ${check.ok ? 'equal' : `${check.differences.length} differences`} (${((performance.now() - t) / 1000).toFixed(1)} s)`);
      if (!check.ok) process.exitCode = 1;
    }
  } finally {
    await cleanup();
  }
}

await main();
