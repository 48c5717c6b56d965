import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { App } from '../src/http/app.ts';
import { describeEngines } from './engines.ts';
import { client, makeApp, manualClock, seedWorld, type World } from './fixtures.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type Row = { key: number | string; name: string; registered: number; closed: number; counted: number; onTime: number; late: number; ratingN: number; satisfaction: number | null; drill: { registered: string; late: string } | null };

describeEngines('analytics', (getDb) => {
  let app: App;
  let w: World;
  const clock = manualClock(new Date('2026-03-02T10:00:00+05:00')); // a Monday
  const as = (who: keyof World['tokens'] | undefined, lang = 'en') => client(app, who ? w.tokens[who] : undefined, lang);
  const numbers: string[] = [];

  const register = async (body: Record<string, unknown>) => {
    const r = await as('operator').post('/api/v1/appeals', { description: 'Проверка аналитики', kind: 'complaint', ...body });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    numbers.push(r.body.number);
    return r.body as { id: string; executor: { id: number } | null };
  };
  const act = async (who: keyof World['tokens'], id: string, action: string, body: Record<string, unknown> = {}) => {
    const r = await as(who).post(`/api/v1/appeals/${id}/${action}`, body);
    expect(r.status, `${action}: ${JSON.stringify(r.body)}`).toBe(200);
  };
  // The coop has no user of its own: the admin answers for any executor.
  const execOf = (a: { executor: { id: number } | null }) => (a.executor?.id === w.orgs.water.id ? 'executorB' : a.executor?.id === w.orgs.roads.id ? 'executorA' : 'admin');
  const finish = async (a: { id: string; executor: { id: number } | null }, rating?: number) => {
    const who = execOf(a);
    await act(who, a.id, 'accept');
    await act(who, a.id, 'answer', { text: 'Сделано' });
    await act('inspector', a.id, 'verify');
    await act('inspector', a.id, 'close');
    if (rating) await act('operator', a.id, 'rate', { rating });
  };

  beforeAll(async () => {
    w = await seedWorld(getDb().db);
    app = await makeApp(getDb(), clock);
    // Two months of a small city's life: items, houses in both districts, channels, on time and
    // late, ratings, a reroute, a reopening, consultations and appeals left open.
    const items = [w.items.manhole, w.items.pothole, w.items.roof];
    const houses = [w.houses.central, w.houses.north, null];
    const channels = ['phone', 'portal', 'telegram'];
    let k = 0;
    for (let week = 0; week < 7; week++) {
      const batch = [];
      for (let i = 0; i < 5; i++, k++) {
        const item = items[k % 3]!;
        const house = item === w.items.roof ? w.houses.central : houses[(k >> 1) % 3];
        batch.push(await register({ channel: channels[k % 3], catalogueItemId: item.id, ...(house && { houseId: house.id }) }));
      }
      if (week % 2 === 0) await register({ channel: 'phone', kind: 'question', consultation: { answer: 'Разъяснено' } });
      await finish(batch[0]!, 1 + (week % 5));
      await finish(batch[1]!);
      clock.advance(6 * HOUR); // the manholes (4 calendar hours) answered now are late
      await finish(batch[2]!, 5);
      if (week === 3) {
        await act('inspector', batch[3]!.id, 'route', { executorId: w.orgs.coop.id });
        await act('operator', batch[2]!.id, 'reopen', { reason: 'Не сделано' });
      }
      clock.advance(3 * DAY + 18 * HOUR);
    }
  });
  afterAll(() => app.close());

  /** The same figures straight from the appeals, by the README's definitions (not through the rollup). */
  async function recount(keyExpr: string, from: string, to: string, where = 'true'): Promise<Map<string, number[]>> {
    const res = (await getDb().db.execute(
      sql.raw(`
      with x as (
        select a.*, o.supervisor_id, coalesce(i.parent_id, 0) as category_id, coalesce(c.parent_id, 0) as sphere_id,
          (jauap_local_day(a.created_at) between '${from}' and '${to}') as reg,
          (a.status = 'closed' and jauap_local_day(a.closed_at) between '${from}' and '${to}') as clo
        from appeals a left join organisations o on o.id = a.executor_id left join catalogue i on i.id = a.catalogue_item_id left join catalogue c on c.id = i.parent_id)
      select ${keyExpr} as key, count(*) filter (where reg)::int as registered, count(*) filter (where clo)::int as closed,
        count(*) filter (where clo and executor_id is not null and answered_at is not null)::int as counted,
        count(*) filter (where clo and executor_id is not null and answered_at is not null and answered_at <= due_at)::int as on_time,
        count(rating) filter (where clo)::int as rating_n
      from x where ${where} group by 1`),
    )) as unknown as { rows: { key: string | number; registered: number; closed: number; counted: number; on_time: number; rating_n: number }[] };
    return new Map(
      res.rows.filter((r) => r.registered || r.closed).map((r) => [String(r.key), [r.registered, r.closed, r.counted, r.on_time, r.rating_n].map(Number)]),
    );
  }
  const asMap = (items: Row[]) => new Map(items.map((r) => [String(r.key), [r.registered, r.closed, r.counted, r.onTime, r.ratingN]]));

  const KEYS: Record<string, string> = {
    district: 'coalesce(district_id, 0)',
    sector: 'coalesce(supervisor_id, 0)',
    sphere: 'sphere_id',
    category: 'category_id',
    item: 'coalesce(catalogue_item_id, 0)',
    executor: 'coalesce(executor_id, 0)',
    channel: 'channel',
  };

  it('every breakdown equals a recount of the same appeals, by month and by week, and each cell drills down to exactly its appeals', async () => {
    const periods = [
      { grain: 'month', from: '2026-03-01', to: '2026-03-31' },
      { grain: 'month', from: '2026-03-01', to: '2026-04-30' },
      { grain: 'week', from: '2026-03-09', to: '2026-03-22' },
    ];
    for (const p of periods) {
      for (const dim of Object.keys(KEYS)) {
        const r = await as('analyst').get(`/api/v1/analytics/breakdown?dimension=${dim}&grain=${p.grain}&from=${p.from}&to=${p.to}`);
        expect(r.status, JSON.stringify(r.body)).toBe(200);
        expect([r.body.from, r.body.to]).toEqual([p.from, p.to]);
        expect(asMap(r.body.items), `${dim} ${p.grain} ${p.from}`).toEqual(await recount(KEYS[dim]!, p.from, p.to));
        for (const row of r.body.items as Row[]) {
          expect(row.late).toBe(row.counted - row.onTime);
          if (!row.drill) continue;
          const reg = await as('analyst').get(`/api/v1/appeals/count?${row.drill.registered}`);
          expect(reg.status, JSON.stringify(reg.body)).toBe(200);
          expect(reg.body.count, `${dim}=${row.key} registered`).toBe(row.registered);
          const late = await as('analyst').get(`/api/v1/appeals/count?${row.drill.late}`);
          expect(late.body.count, `${dim}=${row.key} late`).toBe(row.late);
        }
      }
    }
    // Something of each kind happened, so the comparison above is not of empty tables.
    const total = (await as('analyst').get('/api/v1/analytics/breakdown?dimension=executor&from=2026-03-01&to=2026-04-30')).body.total;
    expect(total.registered).toBeGreaterThan(30);
    expect(total.onTime).toBeGreaterThan(0);
    expect(total.late).toBeGreaterThan(0);
    expect(total.satisfaction).toBeGreaterThan(0);
    // Appeals nobody was assigned to (consultations closed on the line) are one row, named so.
    for (const [lang, name] of [['ru', 'Без исполнителя'], ['kk', 'Орындаушысыз'], ['en', 'No executor']]) {
      const items = (await as('analyst', lang).get('/api/v1/analytics/breakdown?dimension=executor&from=2026-03-01&to=2026-04-30')).body.items as Row[];
      expect(items.filter((i) => i.key === 0).map((i) => i.name)).toEqual([name]);
    }
  });

  it('trends give every week or month of the period, each equal to a recount, empty ones as zeros', async () => {
    const r = await as('analyst').get('/api/v1/analytics/trends?grain=week&from=2026-03-02&to=2026-05-03');
    expect(r.status).toBe(200);
    expect(r.body.items).toHaveLength(9);
    for (const p of r.body.items as (Row & { from: string; to: string })[]) {
      const [e = [0, 0, 0, 0, 0]] = [...(await recount(`'all'`, p.from, p.to)).values()];
      expect([p.registered, p.closed, p.counted, p.onTime, p.ratingN], p.from).toEqual(e);
    }
    expect(r.body.items.at(-1).registered).toBe(0);
    const m = await as('analyst').get(`/api/v1/analytics/trends?grain=month&from=2026-03-01&to=2026-04-30&executorId=${w.orgs.water.id}`);
    const water = await recount(`date_trunc('month', jauap_local_day(created_at))::date::text`, '2026-03-01', '2026-04-30', `executor_id = ${w.orgs.water.id}`);
    expect(m.body.items.map((p: Row & { period: string }) => p.registered)).toEqual(m.body.items.map((p: { period: string }) => water.get(p.period)?.[0] ?? 0));
    expect(m.body.items[0].registered).toBeGreaterThan(0);
  });

  it('a supervisor sees only their sector; others are refused whatever they ask', async () => {
    const sup = await as('supervisor1').get('/api/v1/analytics/breakdown?dimension=executor&from=2026-03-01&to=2026-04-30');
    expect(sup.status).toBe(200);
    expect(sup.body.items.map((r: Row) => r.key).sort()).toEqual([w.orgs.roads.id, w.orgs.coop.id].sort());
    expect(asMap(sup.body.items)).toEqual(await recount(KEYS.executor!, '2026-03-01', '2026-04-30', `supervisor_id = ${w.staff.supervisor1.id}`));
    // Asking for another sector gives nothing of it.
    const other = await as('supervisor1').get(`/api/v1/analytics/breakdown?dimension=executor&from=2026-03-01&to=2026-04-30&supervisorId=${w.staff.supervisor2.id}`);
    expect(other.body.items).toEqual([]);
    const rep = await as('supervisor2').get('/api/v1/analytics/repeated?from=2026-03-01&to=2026-04-30');
    expect(rep.body.items.every((r: { item: string }) => !r.item.includes('roof'))).toBe(true);
    for (const who of ['operator', 'inspector', 'executorA'] as const) {
      for (const url of ['/api/v1/analytics/breakdown?dimension=district', '/api/v1/analytics/breakdown?dimension=nonsense', '/api/v1/analytics/trends', '/api/v1/analytics/repeated', '/api/v1/analytics/report.pdf?month=2026-03']) {
        const r = await as(who).get(url);
        expect(r.status, `${who} ${url}`).toBe(403);
        expect(r.body.error.code).toBe('FORBIDDEN_ROLE');
      }
    }
    expect((await as(undefined).get('/api/v1/analytics/trends')).status).toBe(401);
    expect((await as('admin').get('/api/v1/analytics/trends')).status).toBe(200);
  });

  it('bad input is a 400 with a stable code', async () => {
    const bad: [string, string][] = [
      ['/api/v1/analytics/breakdown', 'VALIDATION_FAILED'],
      ['/api/v1/analytics/breakdown?dimension=planet', 'VALIDATION_FAILED'],
      ['/api/v1/analytics/breakdown?dimension=district&from=2026-02-30', 'VALIDATION_FAILED'],
      ['/api/v1/analytics/breakdown?dimension=district&format=pdf', 'VALIDATION_FAILED'],
      ['/api/v1/analytics/breakdown?dimension=district&colour=red', 'VALIDATION_FAILED'],
      ['/api/v1/analytics/breakdown?dimension=district&from=2026-04-01&to=2026-03-01', 'INVALID_PERIOD'],
      ['/api/v1/analytics/trends?grain=month&from=2020-01-01&to=2026-03-01', 'PERIOD_TOO_LONG'],
      ['/api/v1/analytics/trends?grain=day', 'VALIDATION_FAILED'],
      ['/api/v1/analytics/trends?executorId=-1', 'VALIDATION_FAILED'],
      ['/api/v1/analytics/trends?executorId=99999999999', 'VALIDATION_FAILED'],
      ['/api/v1/analytics/repeated?minCount=1', 'VALIDATION_FAILED'],
      ['/api/v1/analytics/repeated?from=2026-01-01&to=2026-04-30', 'PERIOD_TOO_LONG'],
      ['/api/v1/analytics/report.pdf', 'VALIDATION_FAILED'],
      ['/api/v1/analytics/report.pdf?month=2026-13', 'VALIDATION_FAILED'],
      ['/api/v1/analytics/report.pdf?month=2026-03&lang=de', 'VALIDATION_FAILED'],
      ['/api/v1/analytics/report.pdf?month=0050-03', 'VALIDATION_FAILED'],
      ['/api/v1/appeals?onTime=maybe', 'VALIDATION_FAILED'],
      ['/api/v1/appeals?closedFrom=yesterday', 'VALIDATION_FAILED'],
    ];
    for (const [url, code] of bad) {
      const r = await as('analyst').get(url);
      expect(r.status, url).toBe(400);
      expect(r.body.error.code, url).toBe(code);
      expect(r.body.error.message).toBeTruthy();
    }
    const kk = await as('analyst', 'kk').get('/api/v1/analytics/breakdown?dimension=district&from=2026-04-01&to=2026-03-01');
    expect(kk.body.error.message).toMatch(/Кезең/);
  });

  it('repeated problems: one item at one house within the window, with the numbers; and per district from the rollup', async () => {
    const r = await as('analyst').get('/api/v1/analytics/repeated?from=2026-03-01&to=2026-04-30&minCount=3');
    expect(r.status).toBe(200);
    const exp = (await getDb().db.execute(
      sql`select catalogue_item_id as item, house_id as house, count(*)::int as n from appeals where house_id is not null and catalogue_item_id is not null
        and jauap_local_day(created_at) between '2026-03-01' and '2026-04-30' group by 1, 2 having count(*) >= 3`,
    )) as unknown as { rows: { item: number; house: number; n: number }[] };
    expect(r.body.items.map((x: { itemId: number; houseId: number; count: number }) => `${x.itemId}/${x.houseId}/${x.count}`).sort()).toEqual(exp.rows.map((x) => `${x.item}/${x.house}/${x.n}`).sort());
    const roof = r.body.items.find((x: { itemId: number }) => x.itemId === w.items.roof.id);
    expect(roof).toMatchObject({ address: 'Baitursynov St, 110', district: 'Centre' });
    expect(roof.numbers).toHaveLength(Math.min(20, roof.count));
    expect(roof.numbers.every((n: string) => numbers.includes(n))).toBe(true);
    expect((await as('analyst').get(`/api/v1/appeals/count?${roof.drill}`)).body.count).toBe(roof.count);
    // A threshold above every group finds nothing.
    expect((await as('analyst').get('/api/v1/analytics/repeated?from=2026-03-01&to=2026-04-30&minCount=1000')).body.items).toEqual([]);

    const d = await as('analyst').get('/api/v1/analytics/repeated?level=district&from=2026-03-01&to=2026-04-30&minCount=2');
    const expD = (await getDb().db.execute(
      sql`select catalogue_item_id as item, district_id as d, count(*)::int as n from appeals where district_id is not null and catalogue_item_id is not null
        and jauap_local_day(created_at) between '2026-03-01' and '2026-04-30' group by 1, 2 having count(*) >= 2`,
    )) as unknown as { rows: { item: number; d: number; n: number }[] };
    expect(d.body.items.map((x: { itemId: number; districtId: number; count: number }) => `${x.itemId}/${x.districtId}/${x.count}`).sort()).toEqual(expD.rows.map((x) => `${x.item}/${x.d}/${x.n}`).sort());
    for (const x of d.body.items) expect((await as('analyst').get(`/api/v1/appeals/count?${x.drill}`)).body.count).toBe(x.count);
  });

  it('CSV and XLSX carry the same table as the JSON answer, labelled in the asked language; nothing personal', async () => {
    const url = '/api/v1/analytics/breakdown?dimension=executor&from=2026-03-01&to=2026-04-30';
    const json = (await as('analyst').get(url)).body;
    const csv = await as('analyst', 'ru').get(`${url}&format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename=".+\.csv"/);
    const rows = parse(csv.text, { bom: true }) as string[][];
    expect(rows[0]!.slice(0, 3)).toEqual(['Исполнитель', 'Зарегистрировано', 'Закрыто']);
    expect(rows).toHaveLength(json.items.length + 2);
    expect(rows.at(-1)![0]).toBe('Итого');
    expect(rows.at(-1)![1]).toBe(String(json.total.registered));
    expect(rows.slice(1, -1).map((r) => Number(r[1]))).toEqual(json.items.map((r: Row) => r.registered));
    expect(csv.text).not.toMatch(/\+7|Проверка аналитики/);

    const x = await app.inject({ method: 'GET', url: `${url}&format=xlsx&lang=kk`, headers: { authorization: `Bearer ${w.tokens.analyst}` } });
    expect(x.statusCode).toBe(200);
    expect(x.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const sheet = (await readXlsxFile(x.rawPayload)) as unknown as { sheet: string; data: unknown[][] }[] | unknown[][];
    const data = (Array.isArray(sheet[0]) ? sheet : (sheet as { data: unknown[][] }[])[0]!.data) as unknown[][];
    expect(data[0]![0]).toBe('Орындаушы');
    expect(data.slice(1, -1).map((r) => r[1])).toEqual(json.items.map((r: Row) => r.registered));
    expect(data.at(-1)![0]).toBe('Барлығы');

    for (const u of ['/api/v1/analytics/trends?format=csv', '/api/v1/analytics/repeated?format=csv&from=2026-03-01&to=2026-04-30', '/api/v1/analytics/repeated?format=xlsx&level=district']) {
      const r = await as('analyst').get(u);
      expect(r.status, u).toBe(200);
    }
  });

  it('is documented in the OpenAPI description', async () => {
    const doc = (await app.inject({ url: '/api/docs/json' })).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/analytics/breakdown', '/api/v1/analytics/trends', '/api/v1/analytics/repeated', '/api/v1/analytics/report.pdf']),
    );
    expect(doc.paths['/api/v1/analytics/breakdown'].get.parameters.find((p: { name: string }) => p.name === 'dimension').schema.enum).toContain('sector');
  });

  it('the monthly report is a PDF with its pages and an embedded font that has the Kazakh letters', async () => {
    for (const lang of ['ru', 'kk', 'en']) {
      const r = await app.inject({ method: 'GET', url: `/api/v1/analytics/report.pdf?month=2026-03&lang=${lang}`, headers: { authorization: `Bearer ${w.tokens.analyst}` } });
      expect(r.statusCode).toBe(200);
      expect(r.headers['content-type']).toBe('application/pdf');
      const pdf = r.rawPayload;
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const text = pdf.toString('latin1');
      expect((text.match(/\/Type \/Page\b/g) ?? []).length).toBeGreaterThanOrEqual(1);
      expect(text).toMatch(/\/FontFile2/);
      expect(text).toMatch(/DejaVuSans/);
    }
    const sup = await app.inject({ method: 'GET', url: '/api/v1/analytics/report.pdf?month=2026-03', headers: { authorization: `Bearer ${w.tokens.supervisor1}` } });
    expect(sup.statusCode).toBe(200);
  });
});
