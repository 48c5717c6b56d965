import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { App } from '../src/http/app.ts';
import { describeEngines } from './engines.ts';
import { client, makeApp, manualClock, seedWorld, type World } from './fixtures.ts';

/** Reads Server-Sent Events from a real connection until `until` holds or time runs out. */
async function collect(url: string, token: string, act: () => Promise<void>, until: (ids: string[]) => boolean): Promise<string[]> {
  const ctrl = new AbortController();
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` }, signal: ctrl.signal });
  expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
  const reader = res.body!.getReader();
  const ids: string[] = [];
  let buf = '';
  const started = act();
  const deadline = Date.now() + 5_000;
  while (!until(ids) && Date.now() < deadline) {
    const chunk = await Promise.race([reader.read(), new Promise<null>((r) => setTimeout(() => r(null), 200))]);
    if (!chunk || chunk.done) continue;
    buf += new TextDecoder().decode(chunk.value);
    for (const m of buf.matchAll(/event: appeal\ndata: (.*)\n\n/g)) ids.push((JSON.parse(m[1]!) as { id: string }).id);
    buf = buf.slice(buf.lastIndexOf('\n\n') + 2);
  }
  await started;
  ctrl.abort();
  return [...new Set(ids)];
}

describeEngines('live appeal stream (SSE over LISTEN/NOTIFY)', (getDb, engine) => {
  let app: App;
  let w: World;
  let base: string;
  beforeAll(async () => {
    w = await seedWorld(getDb().db);
    app = await makeApp(getDb(), manualClock());
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });
  afterAll(() => app.close());

  it('tells each user of the changes they may see, and only those', async () => {
    const op = client(app, w.tokens.operator);
    let roads = '';
    let water = '';
    const seen = await collect(
      `${base}/api/v1/stream/appeals`,
      w.tokens.executorA,
      async () => {
        water = (await op.post('/api/v1/appeals', { channel: 'phone', description: 'Открыт люк', catalogueItemId: w.items.manhole.id })).body.id;
        roads = (await op.post('/api/v1/appeals', { channel: 'phone', description: 'Яма', catalogueItemId: w.items.pothole.id })).body.id;
        await client(app, w.tokens.executorA).post(`/api/v1/appeals/${roads}/accept`, {});
      },
      (ids) => ids.includes(roads),
    );
    expect(roads).not.toBe('');
    expect(seen).toContain(roads);
    expect(seen).not.toContain(water);

    const inspectorSees = await collect(
      `${base}/api/v1/stream/appeals`,
      w.tokens.inspector,
      async () => {
        await client(app, w.tokens.inspector).post(`/api/v1/appeals/${water}/comment`, { text: 'Проверить' });
      },
      (ids) => ids.includes(water),
    );
    expect(inspectorSees).toContain(water);
    const anon = await fetch(`${base}/api/v1/stream/appeals`);
    expect(anon.status).toBe(401);
  });

  // A server restart or a network cut drops the LISTEN connection: it is opened again, and
  // nothing crashes on the way (the old connection's late error is not handled twice).
  it.runIf(engine === 'postgres')('listens again after the server drops the connection', async () => {
    const killed = (await getDb().db.execute(
      sql`select pg_terminate_backend(pid) as ok from pg_stat_activity where datname = current_database() and query like 'LISTEN%' and pid <> pg_backend_pid()`,
    )) as unknown as { rows: { ok: boolean }[] };
    expect(killed.rows.length).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 1_500));
    let id = '';
    const seen = await collect(
      `${base}/api/v1/stream/appeals`,
      w.tokens.inspector,
      async () => {
        id = (await client(app, w.tokens.operator).post('/api/v1/appeals', { channel: 'phone', description: 'После обрыва связи' })).body.id;
      },
      (ids) => ids.includes(id),
    );
    expect(seen).toContain(id);
  });
});
