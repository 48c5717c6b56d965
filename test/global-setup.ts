import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { seedCalendar } from '../src/app/bootstrap.ts';
import { openPostgres, wrapPglite } from '../src/db/client.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string | null;
  }
}

// Creating and migrating a database takes seconds; each test file instead starts from a copy
// of one migrated template: a PGlite data dump, and a PostgreSQL template database.
export default async function setup(project: TestProject) {
  // The browser tests need the built web app.
  execFileSync(process.execPath, ['scripts/build-web.mjs'], { stdio: 'inherit' });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jauap-test-'));
  const client = new PGlite();
  const embedded = wrapPglite(client);
  await embedded.migrate();
  await seedCalendar(embedded.db);
  const dump = await client.dumpDataDir('none');
  const file = path.join(dir, 'template.tar');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await embedded.close();
  project.provide('pgliteTemplate', file);

  const url = process.env.TEST_DATABASE_URL;
  let template: string | null = null;
  if (url) {
    template = `jauap_template_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${template}`);
    await admin.query(`CREATE DATABASE ${template}`);
    await admin.end();
    const u = new URL(url);
    u.pathname = `/${template}`;
    const server = openPostgres(u.toString(), 2);
    await server.migrate();
    await seedCalendar(server.db);
    await server.close();
    console.log(`Database tests run on PGlite and on PostgreSQL (${new URL(url).host}).`);
  } else {
    console.log('\n*** PostgreSQL engine SKIPPED: TEST_DATABASE_URL is not set; database tests run on PGlite only. ***\n');
  }
  project.provide('postgresTemplate', template);

  return async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    if (url && template) {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      // Databases of test files that crashed before their own cleanup.
      const left = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'jauap_t_${process.pid}_%'`);
      for (const r of left.rows) await admin.query(`DROP DATABASE IF EXISTS ${r.datname}`);
      await admin.query(`DROP DATABASE IF EXISTS ${template}`);
      await admin.end();
    }
  };
}
