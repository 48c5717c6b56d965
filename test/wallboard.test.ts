import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { App } from '../src/http/app.ts';
import { describeEngines } from './engines.ts';
import { client, makeApp, manualClock, seedWorld, type World } from './fixtures.ts';

const HOUR = 3_600_000;

describeEngines('wallboard', (getDb) => {
  let app: App;
  let w: World;
  const clock = manualClock(new Date('2026-03-02T10:00:00+05:00')); // a Monday
  const as = (who: keyof World['tokens']) => client(app, w.tokens[who]);

  beforeAll(async () => {
    w = await seedWorld(getDb().db);
    app = await makeApp(getDb(), clock);
  });
  afterAll(() => app.close());

  const register = async (body: Record<string, unknown>) => {
    const r = await as('operator').post('/api/v1/appeals', { description: 'Проверка табло', ...body });
    expect(r.status).toBe(201);
    return r.body.id as string;
  };
  const act = async (who: keyof World['tokens'], id: string, action: string, body: Record<string, unknown> = {}) => {
    const r = await as(who).post(`/api/v1/appeals/${id}/${action}`, body);
    expect(r.status, `${action}: ${JSON.stringify(r.body)}`).toBe(200);
  };
  const finish = async (executor: 'executorA' | 'executorB', id: string, rating?: number) => {
    await act(executor, id, 'accept');
    await act(executor, id, 'answer', { text: 'Сделано' });
    await act('inspector', id, 'verify');
    await act('inspector', id, 'close');
    if (rating) await act('operator', id, 'rate', { rating });
  };
  const board = async (lang = 'en') => (await client(app, undefined, lang).get('/api/v1/wallboard')).body;

  it('counts, rates and ranks from the counters: on time, late, overdue, first contact, channels, satisfaction', async () => {
    // Roads (pothole, 10 working days): five done at once, all on time.
    for (let i = 0; i < 5; i++) await finish('executorA', await register({ channel: 'phone', catalogueItemId: w.items.pothole.id }), 5);
    // Water (manhole, 4 calendar hours): three on time, two answered after the deadline.
    for (let i = 0; i < 3; i++) await finish('executorB', await register({ channel: 'portal', catalogueItemId: w.items.manhole.id }), 3);
    const late = [await register({ channel: 'telegram', catalogueItemId: w.items.manhole.id }), await register({ channel: 'telegram', catalogueItemId: w.items.manhole.id })];
    clock.advance(5 * HOUR);
    for (const id of late) await finish('executorB', id);
    // Still open and past its deadline, and one consultation closed on first contact.
    await register({ channel: 'phone', catalogueItemId: w.items.manhole.id });
    clock.advance(5 * HOUR);
    await register({ channel: 'phone', kind: 'question', consultation: { answer: 'Разъяснено' } });

    const b = await board();
    expect(b.month).toBe('2026-03');
    expect(b.counters.today).toEqual({ registered: 12, closed: 11, firstContact: 1, firstContactShare: 8.3 });
    expect(b.counters.total).toMatchObject({ registered: 12, closed: 11, inWork: 1, onHold: 0, overdue: 1 });
    expect(b.executors.map((e: { name: string; closed: number; onTime: number; rate: number; rank: number }) => [e.name, e.closed, e.onTime, e.rate, e.rank])).toEqual([
      ['Roads department', 5, 5, 100, 1],
      ['Water utility', 5, 3, 60, 2],
    ]);
    expect(b.leader.name).toBe('Roads department');
    // Both executors are in sup1's and sup2's sectors respectively.
    expect(b.supervisors.map((s: { name: string; rate: number }) => [s.name, s.rate])).toEqual([
      ['sup1 user', 100],
      ['sup2 user', 60],
    ]);
    expect(b.topCategories[0]).toMatchObject({ name: 'Roads', sector: 'Utilities', count: 11, previous: 0 });
    expect(b.topSectors[0]).toMatchObject({ name: 'Utilities', count: 11 });
    expect(b.channels).toEqual([
      { channel: 'phone', count: 7, share: 58.3 },
      { channel: 'portal', count: 3, share: 25 },
      { channel: 'telegram', count: 2, share: 16.7 },
    ]);
    expect(b.satisfaction).toEqual({ average: 4.25, count: 8 });
    expect(b.overdueByExecutor).toEqual([{ id: w.orgs.water.id, name: 'Water utility', overdue: 1 }]);
    expect(b.closeTime.find((c: { criticality: string }) => c.criticality === 'critical').count).toBe(5);
    // Names in the asked language; nothing personal anywhere.
    expect((await board('kk')).executors[0].name).toBe('Жолдар бөлімі');
    expect(JSON.stringify(b)).not.toMatch(/\+7|operator user|Проверка табло/);
  });

  it('a reopened appeal leaves the rating until it closes again', async () => {
    const before = (await board()).executors.find((e: { name: string }) => e.name === 'Roads department');
    const id = await register({ channel: 'phone', catalogueItemId: w.items.pothole.id });
    await finish('executorA', id);
    expect((await board()).executors.find((e: { name: string }) => e.name === 'Roads department').closed).toBe(before.closed + 1);
    await act('operator', id, 'reopen', { reason: 'Яма снова появилась' });
    const after = await board();
    expect(after.executors.find((e: { name: string }) => e.name === 'Roads department').closed).toBe(before.closed);
    expect(after.counters.total.inWork).toBeGreaterThan(0);
  });

  it('the live stream sends the board at once and again after a change, without reload', async () => {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/v1/wallboard/stream?lang=en`;
    const controller = new AbortController();
    const res = await fetch(url, { signal: controller.signal, headers: { 'accept-encoding': 'gzip, br' } });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    expect(res.headers.get('content-encoding')).toBeNull();
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    const nextBoard = async () => {
      for (;;) {
        const end = buffer.indexOf('\n\n');
        if (end >= 0) {
          const chunk = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^event: wallboard\ndata: (.*)$/ms.exec(chunk);
          if (data) return JSON.parse(data[1]!);
          continue;
        }
        const { value, done } = await reader.read();
        if (done) throw new Error('stream ended');
        buffer += decoder.decode(value, { stream: true });
      }
    };
    const first = await nextBoard();
    await register({ channel: 'email', catalogueItemId: w.items.pothole.id });
    const second = await nextBoard();
    expect(second.counters.today.registered).toBe(first.counters.today.registered + 1);
    controller.abort();
  });
});
