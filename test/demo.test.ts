import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { nextStatus, type AppealAction, type Status } from '../src/domain/appeal-status.ts';
import { loadDemoCity, type DemoResult } from '../src/demo/load-demo.ts';
import { checkStats } from '../src/app/stats.ts';
import type { App } from '../src/http/app.ts';
import { describeEngines } from './engines.ts';
import { client, makeApp, manualClock } from './fixtures.ts';

const rows = async <T>(p: Promise<unknown>) => (await p as { rows: T[] }).rows;

describeEngines('demo city', (getDb) => {
  const now = new Date('2026-11-20T12:00:00+05:00');
  let result: DemoResult;
  let app: App;

  beforeAll(async () => {
    result = await loadDemoCity(getDb().db, { appeals: 3_000, now, prefix: '109', copyCsv: getDb().copyCsv });
    app = await makeApp(getDb(), manualClock(now));
  });
  // The app holds a LISTEN connection: closed before the database is dropped.
  afterAll(() => app.close());

  it('has the real centre’s 212 executors, three supervisors and a catalogue of 1,000+ items', async () => {
    expect(result.organisations).toBe(212);
    expect(result.items).toBeGreaterThanOrEqual(1000);
    expect(result.appeals).toBe(3_000);
    const sups = await rows<{ n: number }>(getDb().db.execute(sql`select count(distinct supervisor_id)::int as n from organisations`));
    expect(sups[0]!.n).toBe(3);
    const noExecutor = await rows<{ n: number }>(getDb().db.execute(sql`select count(*)::int as n from catalogue where level = 'item' and executor_id is null`));
    expect(noExecutor[0]!.n).toBe(0);
  });

  it('every appeal’s timeline is a valid walk of the status machine ending in its status', async () => {
    const appeals = await rows<{ id: string; status: string; hold: string | null }>(getDb().db.execute(sql`select id, status, hold_from_status as hold from appeals`));
    const events = await rows<{ appeal_id: string; action: string; from_status: string | null; to_status: string }>(
      getDb().db.execute(sql`select appeal_id, action, from_status, to_status from appeal_events order by appeal_id, id`),
    );
    const byAppeal = new Map<string, typeof events>();
    for (const e of events) byAppeal.set(e.appeal_id, [...(byAppeal.get(e.appeal_id) ?? []), e]);
    for (const a of appeals) {
      const evs = byAppeal.get(a.id) ?? [];
      expect(evs[0]?.action).toBe('register');
      let s: Status = 'registered';
      for (const e of evs.slice(1)) {
        expect(e.from_status).toBe(s);
        const n = nextStatus(s, e.action as AppealAction);
        expect(n, `${e.action} from ${s}`).toBe(e.to_status);
        s = n as Status;
      }
      expect(s).toBe(a.status);
    }
  });

  it('looks like a working centre: most appeals closed, some in work, some overdue, numbers unique', async () => {
    const [c] = await rows<{ closed: number; open: number; overdue: number; first: number; numbers: number }>(
      getDb().db.execute(sql`select
        count(*) filter (where status = 'closed')::int as closed,
        count(*) filter (where status not in ('closed','rejected','duplicate'))::int as open,
        count(*) filter (where status not in ('closed','rejected','duplicate','on_hold') and due_at < ${now})::int as overdue,
        count(*) filter (where first_contact)::int as first,
        count(distinct number)::int as numbers
        from appeals`),
    );
    expect(c!.closed / 3000).toBeGreaterThan(0.85);
    expect(c!.open).toBeGreaterThan(0);
    expect(c!.overdue).toBeGreaterThan(0);
    expect(c!.overdue).toBeLessThan(c!.open);
    expect(c!.first).toBeGreaterThan(300);
    expect(c!.numbers).toBe(3000);
  });

  it('shows residents’ portal and app appeals on the public list, and nothing that came by phone', async () => {
    const [c] = await rows<{ shown: number; from_web: number; by_phone: number }>(
      getDb().db.execute(sql`select
        count(*) filter (where public)::int as shown,
        count(*) filter (where channel in ('portal', 'mobile_app'))::int as from_web,
        count(*) filter (where public and channel not in ('portal', 'mobile_app'))::int as by_phone
        from appeals`),
    );
    expect(c!.shown).toBeGreaterThan(0.7 * c!.from_web);
    expect(c!.shown).toBeLessThan(c!.from_web);
    expect(c!.by_phone).toBe(0);
    const list = await client(app).get('/api/v1/public/appeals?limit=5');
    expect(list.body.items).toHaveLength(5);
    expect(JSON.stringify(list.body)).not.toMatch(/"citizen"|"phone"|"iin"/);
  });

  it('its wallboard counters equal a recount of its appeals', async () => {
    const check = await checkStats(getDb().db);
    expect(check.rows).toBeGreaterThan(100);
    expect(check.differences).toEqual([]);
  });

  it('new appeals are numbered after the demo’s, and the demo users can sign in', async () => {
    const login = await client(app).post('/api/v1/auth/login', { login: 'operator', password: 'demo' });
    expect(login.status).toBe(200);
    const item = await rows<{ code: string }>(getDb().db.execute(sql`select code from catalogue where level = 'item' order by code limit 1`));
    const r = await client(app, login.body.token).post('/api/v1/appeals', { channel: 'phone', description: 'Проверка нумерации', catalogueCode: item[0]!.code });
    expect(r.status).toBe(201);
    const [max] = await rows<{ n: string }>(getDb().db.execute(sql`select max(number) as n from appeals where number like '109-2026-%' and id <> ${r.body.id}`));
    expect(r.body.number > max!.n).toBe(true);
    for (const who of ['admin', 'inspector', 'executor', 'supervisor', 'analyst', 'editor']) {
      expect((await client(app).post('/api/v1/auth/login', { login: who, password: 'demo' })).status).toBe(200);
    }
  });

  it('has the chatbot’s last weeks: answers with votes, hand-offs operators took and closed, the last hours’ ones waiting', async () => {
    expect(result.kenesConversations).toBeGreaterThan(100);
    const token = (await client(app).post('/api/v1/auth/login', { login: 'operator', password: 'demo' })).body.token;
    const metrics = (await client(app, token).get('/api/v1/kenes/metrics')).body;
    expect(metrics.month.answered).toBeGreaterThan(0);
    expect(metrics.month.thumbsUp).toBeGreaterThan(0);
    expect(metrics.month.handedOff).toBeGreaterThan(0);
    expect(metrics.month.deflected).toBeGreaterThan(0);
    const closed = (await client(app, token).get('/api/v1/kenes/queue?filter=closed')).body.items;
    expect(closed.length).toBeGreaterThan(0);
    const one = (await client(app, token).get(`/api/v1/kenes/queue/${closed[0].id}`)).body;
    expect(one.transcript.map((m: { role: string }) => m.role)).toEqual(expect.arrayContaining(['citizen', 'bot', 'operator']));
    const langs = await rows<{ lang: string }>(getDb().db.execute(sql`select distinct lang from kenes_conversations order by lang`));
    expect(langs.map((l) => l.lang)).toEqual(['en', 'kk', 'ru']);
    const late = await rows<{ status: string }>(getDb().db.execute(sql`select distinct status from kenes_conversations where handoff_at < ${new Date(now.getTime() - 3 * 3_600_000)}`));
    expect(late.map((r) => r.status)).toEqual(['closed']);
    const waiting = (await client(app, token).get('/api/v1/kenes/queue?filter=waiting')).body.items;
    expect(waiting.length).toBeGreaterThanOrEqual(2);
    expect(waiting.some((c: { handoffReason: string }) => c.handoffReason === 'request')).toBe(true);
  });

  it('publishes the knowledge base: the portal finds an article by a typed question in Kazakh and Russian', async () => {
    expect(result.kbArticles).toBeGreaterThanOrEqual(150);
    const kk = await client(app, undefined, 'kk').get(`/api/v1/public/kb/search?lang=kk&q=${encodeURIComponent('мекенжай анықтамасын қалай алам')}`);
    expect(kk.status).toBe(200);
    expect(kk.body.items.length).toBeGreaterThan(0);
    const ru = await client(app, undefined, 'ru').get(`/api/v1/public/kb/search?q=${encodeURIComponent('лифт не работает')}`);
    expect(ru.body.items[0].lang).toBe('ru');
    const article = await client(app, undefined, 'ru').get(`/api/v1/public/kb/articles/${ru.body.items[0].key}`);
    expect(article.body.html.length).toBeGreaterThan(200);
  });
});
