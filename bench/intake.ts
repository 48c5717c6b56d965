// Intake benchmark: appeals registered through the HTTP API at a given concurrency.
//
//   npm run bench:intake                          # embedded PGlite
//   npm run bench:intake -- --engine postgres     # PostgreSQL at BENCH_DATABASE_URL (default local server)
//   options: --concurrency 32 --requests 10000 --warmup 500 --pool 8 (server's PostgreSQL connections)
//
// The server runs as its own process (`cli serve`), as in production; this process only sends
// requests, so the figures include HTTP parsing, validation, auth, the transaction and the reply.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createApiToken } from '../src/app/auth.ts';
import { prepareDatabase } from '../src/app/bootstrap.ts';
import { loadConfig } from '../src/config/config.ts';
import { openPglite, openPostgres, type Database } from '../src/db/client.ts';
import { catalogue, houses, users } from '../src/db/schema.ts';
import { loadDemoCity } from '../src/demo/load-demo.ts';
import { eq } from 'drizzle-orm';

const { values: opt } = parseArgs({
  options: {
    engine: { type: 'string', default: 'pglite' },
    concurrency: { type: 'string', default: '32' },
    requests: { type: 'string', default: '10000' },
    warmup: { type: 'string', default: '500' },
    port: { type: 'string', default: '18090' },
    pool: { type: 'string', default: '8' },
  },
});
const engine = opt.engine === 'postgres' ? 'postgres' : 'pglite';
const concurrency = Number(opt.concurrency);
const total = Number(opt.requests);
const warmup = Number(opt.warmup);
const port = Number(opt.port);

async function setup(): Promise<{ env: Record<string, string>; token: string; items: number[]; houseIds: number[]; cleanup: () => Promise<void> }> {
  const config = loadConfig({ NODE_ENV: 'development', LOG_LEVEL: 'warn' });
  let database: Database;
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  if (engine === 'postgres') {
    const base = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query('DROP DATABASE IF EXISTS jauap_bench');
    await admin.query('CREATE DATABASE jauap_bench');
    await admin.end();
    const u = new URL(base);
    u.pathname = '/jauap_bench';
    database = openPostgres(u.toString(), 4);
    env = { DATABASE_URL: u.toString(), DATABASE_POOL_SIZE: String(opt.pool) };
    cleanup = async () => {
      const a = new pg.Client({ connectionString: base });
      await a.connect();
      await a.query('DROP DATABASE IF EXISTS jauap_bench');
      await a.end();
    };
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jauap-bench-'));
    database = await openPglite(dir);
    env = { DATA_DIR: dir, DATABASE_URL: '' };
    cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
  }
  await prepareDatabase(database, config, { info: () => undefined, warn: console.warn });
  // The demo city without appeals: its catalogue, executors and address register route the intake.
  await loadDemoCity(database.db, { appeals: 0, now: new Date(), prefix: '109' });
  const [op] = await database.db.select({ id: users.id }).from(users).where(eq(users.login, 'operator'));
  const { token } = await createApiToken(database.db, op!.id, 'bench');
  const items = (await database.db.select({ id: catalogue.id }).from(catalogue).where(eq(catalogue.level, 'item'))).map((r) => r.id);
  const houseIds = (await database.db.select({ id: houses.id }).from(houses)).map((r) => r.id);
  await database.close();
  return { env, token, items, houseIds, cleanup };
}

function rssOf(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

async function waitReady(): Promise<void> {
  for (let i = 0; i < 300; i++) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/readyz`);
      if (r.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not become ready');
}

const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });

function post(body: string, token: string, key: string): Promise<{ status: number; ms: number }> {
  const t0 = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/api/v1/appeals',
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}`, 'idempotency-key': key },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: Number(process.hrtime.bigint() - t0) / 1e6 }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function run(n: number, token: string, items: number[], houseIds: number[], tag: string) {
  let next = 0;
  const lat: number[] = [];
  let errors = 0;
  const t0 = performance.now();
  async function worker() {
    while (next < n) {
      const i = next++;
      const body = JSON.stringify({
        channel: 'phone',
        description: `Не горит фонарь у дома, темно вечером (${tag} ${i})`,
        catalogueItemId: items[i % items.length],
        houseId: houseIds[(i * 7919) % houseIds.length],
        citizen: { fullName: `Житель ${i % 5000}`, phone: `+7705${String(1_000_000 + (i % 5000)).slice(-7)}` },
      });
      const r = await post(body, token, `${tag}-${i}`);
      if (r.status !== 201) errors++;
      lat.push(r.ms);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  const secs = (performance.now() - t0) / 1000;
  lat.sort((a, b) => a - b);
  return { n, secs, rate: n / secs, p50: pct(lat, 50), p95: pct(lat, 95), p99: pct(lat, 99), max: lat[lat.length - 1] ?? 0, errors };
}

const s = await setup();
// BENCH_CPU_PROFILE=DIR writes the server's CPU profile there (open it in Chrome DevTools).
const profile = process.env.BENCH_CPU_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`] : [];
const server = spawn(process.execPath, [...profile, '--import', 'tsx', 'src/cli.ts', 'serve'], {
  env: { ...process.env, ...s.env, PORT: String(port), HOST: '127.0.0.1', DEMO: '0', LOG_LEVEL: 'warn', NODE_ENV: 'production' },
  stdio: ['ignore', 'inherit', 'inherit'],
});
try {
  await waitReady();
  await run(warmup, s.token, s.items, s.houseIds, 'warm');
  const r = await run(total, s.token, s.items, s.houseIds, 'run');
  const mem = rssOf(server.pid!);
  console.log(
    [
      `bench/intake engine=${engine} concurrency=${concurrency}${engine === 'postgres' ? ` pool=${opt.pool}` : ''} requests=${r.n} (after ${warmup} warm-up) on ${os.cpus().length} cores`,
      `  throughput  ${r.rate.toFixed(0)} appeals/s (${r.secs.toFixed(2)} s)`,
      `  latency     p50 ${r.p50.toFixed(1)} ms  p95 ${r.p95.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms  max ${r.max.toFixed(1)} ms`,
      `  errors      ${r.errors}`,
      `  server RSS  ${mem.rss.toFixed(0)} MiB (peak ${mem.peak.toFixed(0)} MiB)`,
    ].join('\n'),
  );
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  agent.destroy();
  await s.cleanup();
}
