import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { openPostgres, wrapPglite, type Database, type Engine } from '../src/db/client.ts';

let counter = 0;

async function openEngine(engine: Engine): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (engine === 'pglite') {
    const blob = new Blob([fs.readFileSync(inject('pgliteTemplate'))]);
    const client = await PGlite.create({ loadDataDir: blob });
    const database = wrapPglite(client);
    return { database, drop: () => database.close() };
  }
  const url = process.env.TEST_DATABASE_URL;
  const template = inject('postgresTemplate');
  if (!url || !template) throw new Error('PostgreSQL is not configured');
  const parentPid = template.split('_').pop();
  const name = `jauap_t_${parentPid}_${process.pid}_${++counter}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  const database = openPostgres(u.toString(), 10);
  return {
    database,
    drop: async () => {
      await database.close();
      const a = new pg.Client({ connectionString: url });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

/**
 * Runs the same suite on every engine: always PGlite, and PostgreSQL when TEST_DATABASE_URL is
 * set. A skipped engine shows up as a skipped suite with the reason in its name, never silently.
 */
export function describeEngines(title: string, body: (get: () => Database, engine: Engine) => void): void {
  const engines: Engine[] = ['pglite', 'postgres'];
  for (const engine of engines) {
    if (engine === 'postgres' && !process.env.TEST_DATABASE_URL) {
      describe.skip(`${title} [postgres — skipped: TEST_DATABASE_URL not set]`, () => body(() => undefined as never, engine));
      continue;
    }
    describe(`${title} [${engine}]`, () => {
      let opened: Awaited<ReturnType<typeof openEngine>> | undefined;
      beforeAll(async () => {
        opened = await openEngine(engine);
      });
      afterAll(async () => {
        await opened?.drop();
      });
      body(() => {
        if (!opened) throw new Error('database not open');
        return opened.database;
      }, engine);
    });
  }
}
