// Analytics benchmark: request times of /api/v1/analytics with N appeals, and what the analytics
// rollup adds to an appeal's registration and closing.
//
//   npm run bench:analytics                                  # PGlite, 1,000,000 appeals
//   npm run bench:analytics -- --engine postgres             # PostgreSQL (BENCH_DATABASE_URL or the local server)
//   options: --appeals 1000000 --requests 60 (per endpoint) --changes 300 (per variant and kind) --check
//
// The appeals (with districts and houses; each item's executor, as routing gives) are generated in SQL with the counters' trigger off and
// counted once by the rebuild job; each endpoint is then requested over HTTP, one request at a
// time. The trigger's cost: registrations and closings timed in interleaved blocks with the full
// trigger and with the analytics parts masked out (the trigger as it was before migration 0012).
import type { AddressInfo } from 'node:net';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { createApiToken } from '../src/app/auth.ts';
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
    requests: { type: 'string', default: '60' },
    changes: { type: 'string', default: '300' },
    check: { type: 'boolean', default: false },
  },
});
const engine = opt.engine === 'postgres' ? 'postgres' : 'pglite';
const N = Number(opt.appeals);
const BATCH = 250_000;
const DB_NAME = 'jauap_bench_analytics';

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;
const log = (m: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${m}`);

async function open(): Promise<{ database: Database; cleanup: () => Promise<void> }> {
  if (engine === 'postgres') {
    const base = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME}`);
    await admin.query(`CREATE DATABASE ${DB_NAME}`);
    await admin.end();
    const u = new URL(base);
    u.pathname = `/${DB_NAME}`;
    const database = openPostgres(u.toString(), 8);
    return {
      database,
      cleanup: async () => {
        await database.close();
        const a = new pg.Client({ connectionString: base });
        await a.connect();
        await a.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
        await a.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jauap-bench-analytics-'));
  const database = await openPglite(dir);
  return { database, cleanup: async () => (await database.close(), fs.rmSync(dir, { recursive: true, force: true })) };
}

/** N appeals over the last 18 months: districts, houses for most, mostly closed (some late, some rated). */
async function generate(database: Database): Promise<void> {
  const db = database.db;
  await db.execute(sql`alter table appeals disable trigger appeals_stats`);
  try {
    for (let from = 1; from <= N; from += BATCH) {
      const to = Math.min(N, from + BATCH - 1);
      await db.execute(sql`
        with refs as (
          select (select array_agg(id order by id) from catalogue where level = 'item') as items,
                 (select array_agg(coalesce(executor_id, 0) order by id) from catalogue where level = 'item') as item_orgs,
                 (select array_agg(id order by id) from organisations) as orgs,
                 (select array_agg(id order by id) from districts) as districts,
                 (select array_agg(id order by id) from houses) as houses,
                 array['phone','portal','mobile_app','telegram','whatsapp','instagram','email','website','chatbot','walk_in'] as channels,
                 array['critical','high','medium','low'] as crits
        ), g as (
          select g, now() - make_interval(days => ((g * 7919) % 540)::int, mins => ((g * 104729) % 1440)::int) as created from generate_series(${from}::bigint, ${to}::bigint) g
        )
        insert into appeals (number, channel, kind, status, description, criticality, executor_id, catalogue_item_id, district_id, house_id, due_at, deadline_mode,
                             created_at, updated_at, answered_at, closed_at, first_contact, rating, extended_days)
        select 'B-' || g, channels[1 + (g / 300) % 10], 'complaint',
          case when g % 100 < 92 then 'closed' when g % 100 < 97 then 'accepted' when g % 100 < 99 then 'routed' else 'on_hold' end,
          -- As in a city: the item decides the executor (its own, else one of the district routes').
          'bench', crits[1 + g % 4], coalesce(nullif(item_orgs[1 + (g * 13) % 300], 0), orgs[1 + (g % 5) * 7 % array_length(orgs, 1)]), items[1 + (g * 13) % 300],
          -- Channel and district vary independently of the item: every combination occurs (the rollup's worst case).
          districts[1 + (g / 3000) % array_length(districts, 1)], case when g % 10 < 7 then houses[1 + (g * 17) % 2000] end,
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
  const db = database.db;
  try {
    await prepareDatabase(database, config, { info: () => undefined, warn: console.warn });
    await loadDemoCity(db, { appeals: 0, now: new Date(), prefix: 'B', copyCsv: database.copyCsv });
    log(`${engine}: generating ${N.toLocaleString('en')} appeals…`);
    let t = performance.now();
    await generate(database);
    log(`generated in ${((performance.now() - t) / 1000).toFixed(0)} s; counting them (the rebuild job)…`);
    t = performance.now();
    await rebuildStats(db);
    const rebuildS = (performance.now() - t) / 1000;
    if (engine === 'postgres') await db.execute(sql`analyze`);
    const rollupRows = ((await db.execute(sql`select count(*)::int as n from stats_analytics`)) as unknown as { rows: { n: number }[] }).rows[0]!.n;

    const app = await buildApp({
      database,
      db,
      config,
      calendar: new CalendarService(),
      refs: new ReferenceCache(),
      blobs: new FileBlobStore(fs.mkdtempSync(path.join(os.tmpdir(), 'jauap-bench-files-'))),
      now: () => new Date(),
      logger: false,
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/v1/analytics`;
    const admin = ((await db.execute(sql`select id from users where login = 'analyst'`)) as unknown as { rows: { id: number }[] }).rows[0]!;
    const { token } = await createApiToken(db, admin.id, 'bench');
    const day = (d: number) => new Date(Date.now() + 5 * 3_600_000 - d * 86_400_000).toISOString().slice(0, 10);
    const endpoints: [string, string][] = [
      ['breakdown by executor, this month', `/breakdown?dimension=executor`],
      ['breakdown by district, 6 months', `/breakdown?dimension=district&from=${day(180)}`],
      ['breakdown by category, 12 months', `/breakdown?dimension=category&from=${day(360)}`],
      ['breakdown by sector, 12 months', `/breakdown?dimension=sector&from=${day(360)}`],
      ['trends, 12 months', `/trends`],
      ['trends, 26 weeks', `/trends?grain=week&from=${day(180)}`],
      ['repeated, district level, 3 months', `/repeated?level=district&minCount=20&from=${day(90)}`],
      ['repeated, house level, 30 days', `/repeated?minCount=3`],
      ['breakdown by executor as XLSX, 12 months', `/breakdown?dimension=executor&from=${day(360)}&format=xlsx`],
      ['monthly report PDF', `/report.pdf?month=${day(40).slice(0, 7)}`],
    ];
    const results: { name: string; p50: number; p95: number; p99: number; all: number[] }[] = [];
    const total = Number(opt.requests);
    for (const [name, url] of endpoints) {
      const times: number[] = [];
      for (let i = 0; i < total + 5; i++) {
        const s = performance.now();
        const res = await fetch(`${base}${url}`, { headers: { authorization: `Bearer ${token}` } });
        const body = await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`${url} answered ${res.status}: ${Buffer.from(body).toString().slice(0, 300)}`);
        if (i >= 5) times.push(performance.now() - s);
      }
      results.push({ name, p50: pct(times, 50), p95: pct(times, 95), p99: pct(times, 99), all: times });
      log(`  ${name}: p95 ${ms(pct(times, 95))}`);
    }
    await app.close();

    // The trigger with and without its analytics parts, in interleaved blocks.
    const src = ((await db.execute(sql`select prosrc from pg_proc where proname = 'jauap_stats_trigger'`)) as unknown as { rows: { prosrc: string }[] }).rows[0]!.prosrc;
    const masked = src.replace("IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM", "parts := parts & 31;\n  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM");
    if (masked === src) throw new Error('cannot mask the trigger');
    const setTrigger = (body: string) => db.execute(sql.raw(`CREATE OR REPLACE FUNCTION jauap_stats_trigger() RETURNS trigger LANGUAGE plpgsql AS $fn$${body}$fn$`));
    const refs = ((await db.execute(sql`select (select array_agg(id) from catalogue where level = 'item') as items, (select array_agg(id) from organisations) as orgs, (select array_agg(id) from districts) as ds`)) as unknown as { rows: { items: number[]; orgs: number[]; ds: number[] }[] }).rows[0]!;
    let seq = 0;
    const register = async () => {
      const i = seq++;
      const s = performance.now();
      await db.execute(sql`insert into appeals (number, channel, kind, status, description, criticality, executor_id, catalogue_item_id, district_id, due_at, deadline_mode)
        values (${`T-${i}`}, 'phone', 'complaint', 'routed', 'bench', 'medium', ${refs.orgs[i % refs.orgs.length]!}, ${refs.items[i % refs.items.length]!}, ${refs.ds[i % refs.ds.length]!}, now() + interval '10 days', 'working')`);
      return performance.now() - s;
    };
    const close = async () => {
      const [row] = ((await db.execute(sql`select id from appeals where status = 'accepted' and description = 'bench' limit 1`)) as unknown as { rows: { id: string }[] }).rows;
      const s = performance.now();
      await db.execute(sql`update appeals set status = 'closed', answered_at = now(), closed_at = now(), updated_at = now() where id = ${row!.id}`);
      return performance.now() - s;
    };
    const changes = Number(opt.changes);
    const timing = { full: { register: [] as number[], close: [] as number[] }, masked: { register: [] as number[], close: [] as number[] } };
    const BLOCK = 25;
    for (let b = 0; b < changes / BLOCK; b++) {
      for (const variant of ['full', 'masked'] as const) {
        await setTrigger(variant === 'full' ? src : masked);
        for (let i = 0; i < BLOCK; i++) {
          timing[variant].register.push(await register());
          timing[variant].close.push(await close());
        }
      }
    }
    await setTrigger(src);
    // The masked blocks left the rollup behind: counted again, then (optionally) checked.
    await rebuildStats(db);

    console.log(`\nAnalytics, ${engine}, ${N.toLocaleString('en')} appeals (${rollupRows.toLocaleString('en')} rollup rows; rebuild job ${rebuildS.toFixed(1)} s):`);
    console.log('| request | p50 | p95 | p99 |\n|---|---|---|---|');
    for (const r of results) console.log(`| ${r.name} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} |`);
    const all = results.filter((r) => !r.name.includes('house') && !r.name.includes('PDF')).flatMap((r) => r.all);
    console.log(`rollup-read JSON/XLSX requests together: p95 ${ms(pct(all, 95))}`);
    for (const kind of ['register', 'close'] as const) {
      const f = timing.full[kind];
      const m = timing.masked[kind];
      console.log(`one ${kind === 'register' ? 'registration (insert)' : 'closing (update)'}: with the analytics rollup p50 ${ms(pct(f, 50))} p95 ${ms(pct(f, 95))}; without it p50 ${ms(pct(m, 50))} p95 ${ms(pct(m, 95))} → +${ms(pct(f, 50) - pct(m, 50))} (p50)`);
    }
    if (opt.check) {
      t = performance.now();
      const check = await checkStats(db);
      console.log(`recount check: ${check.ok ? 'equal' : `${check.differences.length} differences`} (${((performance.now() - t) / 1000).toFixed(1)} s)`);
      if (!check.ok) process.exitCode = 1;
    }
  } finally {
    await cleanup();
  }
}

await main();
