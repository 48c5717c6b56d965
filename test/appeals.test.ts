import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { App } from '../src/http/app.ts';
import { describeEngines } from './engines.ts';
import { client, makeApp, manualClock, seedWorld, type World } from './fixtures.ts';

const HOUR = 3_600_000;

describeEngines('appeals API', (getDb) => {
  let app: App;
  let w: World;
  const clock = manualClock(new Date('2026-03-02T10:00:00+05:00')); // a Monday
  const as = (who: keyof World['tokens'], lang = 'en') => client(app, w.tokens[who], lang);

  beforeAll(async () => {
    w = await seedWorld(getDb().db);
    app = await makeApp(getDb(), clock);
  });
  // The app holds a LISTEN connection: closed before the database is dropped.
  afterAll(() => app.close());

  const register = (body: Record<string, unknown>, who: keyof World['tokens'] = 'operator', headers?: Record<string, string>) =>
    as(who).post('/api/v1/appeals', { channel: 'phone', description: 'На улице открыт люк, опасно', ...body }, headers);

  it('registers an appeal with its number, deadline and executor from the catalogue', async () => {
    const r = await register({ catalogueItemId: w.items.manhole.id, citizen: { fullName: 'Айгүл Серікова', phone: '8 705 123 45 67' } });
    expect(r.status).toBe(201);
    expect(r.body.number).toMatch(/^109-2026-\d{6}$/);
    expect(r.body.status).toBe('routed');
    expect(r.body.executor).toMatchObject({ id: w.orgs.water.id, code: 'water', name: 'Water utility' });
    expect(r.body.criticality).toBe('critical');
    // 4 calendar hours.
    expect(new Date(r.body.dueAt).getTime() - clock.now().getTime()).toBe(4 * HOUR);
    expect(r.body.citizen.phone).toBe('+77051234567');
    expect(r.headers.location).toBe(`/api/v1/appeals/${r.body.id}`);
    const card = await as('operator').get(`/api/v1/appeals/${r.body.id}`);
    expect(card.body.timeline.map((e: { action: string }) => e.action)).toEqual(['register', 'route']);
    expect(card.body.timeline[1].actor.role).toBe('system');
  });

  it('the first appeals of a new year, registered at once, all get numbers (the year’s sequence is created once)', async () => {
    const before = clock.now();
    clock.set(new Date('2027-01-04T09:00:00+05:00'));
    try {
      const res = await Promise.all(Array.from({ length: 48 }, (_, i) => register({ description: `Первое обращение года ${i}` })));
      expect(res.map((r) => r.status)).toEqual(res.map(() => 201));
      expect(new Set(res.map((r) => r.body.number)).size).toBe(48);
      expect(res.every((r) => r.body.number.startsWith('109-2027-'))).toBe(true);
    } finally {
      clock.set(before);
    }
  });

  it('answers registration with exactly the card that GET returns later', async () => {
    const variants = [
      { catalogueItemId: w.items.manhole.id, citizen: { fullName: 'Новый Житель', phone: '+77070000001', email: 'a@b.kz', lang: 'kk' } },
      { catalogueItemId: w.items.manhole.id, citizen: { fullName: 'Новый Житель', phone: '+77070000001', preferredChannel: 'telegram' } },
      { catalogueItemId: w.items.roof.id, houseId: w.houses.central.id },
      { description: 'Как оплатить налог?', kind: 'question', consultation: { answer: 'Через eGov' } },
      { kind: 'it_ticket', itTicket: { requestingBody: 'Акимат' }, lat: 53.2, lon: 63.6 },
    ];
    for (const v of variants) {
      const created = await register(v);
      expect(created.status).toBe(201);
      const { timeline, attachments, ...card } = (await as('operator').get(`/api/v1/appeals/${created.body.id}`)).body;
      expect(attachments).toEqual([]);
      expect(timeline.length).toBeGreaterThan(0);
      expect(created.body).toEqual(card);
    }
  });

  it('numbers appeals one after another', async () => {
    const a = await register({ catalogueItemId: w.items.pothole.id });
    const b = await register({ catalogueItemId: w.items.pothole.id });
    const n = (s: string) => Number(s.split('-')[2]);
    expect(n(b.body.number)).toBe(n(a.body.number) + 1);
  });

  it('counts working days on the calendar: 10 working days over the 8 March and Nauryz holidays', async () => {
    clock.set(new Date('2026-03-05T11:00:00+05:00')); // Thursday
    const r = await register({ catalogueItemId: w.items.pothole.id });
    // Working days after Thu 5 March 2026: 6, 10, 11, 12, 13, 16, 17, 18, 19, 20 (9 March is the day off for 8 March).
    expect(r.body.dueAt).toBe(new Date('2026-03-20T18:00:00+05:00').toISOString());
    clock.set(new Date('2026-03-02T10:00:00+05:00'));
  });

  it('routes by district, and common property to the house’s housing coop', async () => {
    const north = await register({ catalogueItemId: w.items.pothole.id, houseId: w.houses.north.id });
    expect(north.body.executor.code).toBe('water');
    expect(north.body.districtId).toBe(w.districts.north.id);
    expect(north.body.address).toBe('пр. Абая, 5А');
    const roof = await register({ catalogueItemId: w.items.roof.id, houseId: w.houses.central.id });
    expect(roof.body.executor.code).toBe('coop-1');
    const roofNoHouse = await register({ catalogueItemId: w.items.roof.id, address: 'somewhere' });
    expect(roofNoHouse.body.executor.code).toBe('roads');
    // No rule on the item: 15 working days by default.
    expect(roof.body.deadlineMode).toBe('working');
  });

  it('without a catalogue item the appeal waits for line 2 to route it', async () => {
    const r = await register({ description: 'Непонятная проблема во дворе' });
    expect(r.status).toBe(201);
    expect(r.body.status).toBe('registered');
    expect(r.body.executor).toBeNull();
  });

  it('a consultation is closed on first contact', async () => {
    const r = await register({ kind: 'question', description: 'Как получить справку?', consultation: { answer: 'Через eGov, раздел «Справки».' } });
    expect(r.body.status).toBe('closed');
    expect(r.body.firstContact).toBe(true);
    expect(r.body.resolution).toContain('eGov');
  });

  it('the same Idempotency-Key returns the same appeal, never a second one', async () => {
    const key = { 'idempotency-key': 'call-42' };
    const body = { catalogueItemId: w.items.pothole.id, description: 'Яма у дома 5' };
    const first = await register(body, 'operator', key);
    const again = await register(body, 'operator', key);
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.number).toBe(first.body.number);
    const changed = await register({ ...body, description: 'Другая яма' }, 'operator', key);
    expect(changed.status).toBe(422);
    expect(changed.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    // Another user's key space is separate.
    const other = await register(body, 'inspector', key);
    expect(other.status).toBe(201);
    expect(other.body.id).not.toBe(first.body.id);
  });

  it('concurrent deliveries with one key create exactly one appeal', async () => {
    const key = { 'idempotency-key': 'tg-update-777' };
    const results = await Promise.all(Array.from({ length: 8 }, () => register({ description: 'Не горит фонарь во дворе' }, 'operator', key)));
    const ids = new Set(results.map((r) => r.body.id));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    const n = await getDb().db.execute(sql`select count(*)::int as n from appeals where idempotency_key like '%tg-update-777'`);
    expect(Number((n as unknown as { rows: { n: number }[] }).rows[0]?.n)).toBe(1);
  });

  it('answers bad input with 4xx, a stable code and a message in the caller’s language', async () => {
    const cases: [Record<string, unknown>, number, string][] = [
      [{ channel: 'pigeon' }, 400, 'VALIDATION_FAILED'],
      [{ description: '' }, 400, 'VALIDATION_FAILED'],
      [{ citizen: { iin: '123456789012' } }, 400, 'VALIDATION_FAILED'],
      [{ citizen: { phone: '12' } }, 400, 'VALIDATION_FAILED'],
      [{ lat: 91, lon: 63 }, 400, 'VALIDATION_FAILED'],
      [{ lat: 53.2 }, 400, 'VALIDATION_FAILED'],
      [{ catalogueItemId: 999999 }, 422, 'UNKNOWN_REFERENCE'],
      [{ catalogueItemId: w.items.category.id }, 422, 'NOT_AN_ITEM'],
      [{ houseId: 999999 }, 422, 'UNKNOWN_REFERENCE'],
      [{ unexpected: true }, 400, 'VALIDATION_FAILED'],
      [{ kind: 'it_ticket' }, 400, 'VALIDATION_FAILED'],
    ];
    for (const [body, status, code] of cases) {
      const r = await register(body);
      expect({ body, status: r.status, code: r.body?.error?.code }).toEqual({ body, status, code });
      expect(typeof r.body.error.message).toBe('string');
    }
    const ru = await client(app, w.tokens.operator, 'ru').post('/api/v1/appeals', { channel: 'phone', description: 'x y z', citizen: { iin: '123456789012' } });
    expect(ru.body.error.message).toContain('неверный ИИН');
    const kk = await client(app, w.tokens.operator, 'kk').post('/api/v1/appeals', { channel: 'phone', description: 'x y z', citizen: { iin: '123456789012' } });
    expect(kk.body.error.message).toContain('ЖСН қате');
    // zod's own checks speak the caller's language too (Kazakh from our catalogue).
    const short = { channel: 'phone', description: 'x' };
    expect((await client(app, w.tokens.operator, 'kk').post('/api/v1/appeals', short)).body.error.details[0]).toMatchObject({ path: 'description', code: 'too_small', message: 'Тым қысқа: кемінде 3 таңба' });
    expect((await client(app, w.tokens.operator, 'ru').post('/api/v1/appeals', short)).body.error.message).toMatch(/Слишком маленькое значение/);
    expect((await client(app, w.tokens.operator, 'ru').post('/api/v1/appeals', { ...short, description: 'abcd', lat: 50 })).body.error.message).toContain('широта и долгота указываются вместе');
    const bad = await app.inject({ method: 'POST', url: '/api/v1/appeals', headers: { authorization: `Bearer ${w.tokens.operator}`, 'content-type': 'application/json' }, payload: '{"channel":' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('INVALID_JSON');
    const xml = await app.inject({ method: 'POST', url: '/api/v1/appeals', headers: { authorization: `Bearer ${w.tokens.operator}`, 'content-type': 'application/xml' }, payload: '<a/>' });
    expect(xml.statusCode).toBe(415);
    expect(xml.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('refuses a user password in an IT ticket, and keeps the rest of the form', async () => {
    const form = { requestingBody: 'Акимат Костанайской области', userLogin: 'a.sultanov', stepsToReproduce: '1. Войти 2. Открыть отчёт', priority: 'high' };
    const refused = await register({ kind: 'it_ticket', description: 'Ошибка 500 в E-Qyzmet', itTicket: { ...form, userPassword: 'secret' } });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('PASSWORD_NOT_ACCEPTED');
    expect(refused.body.error.message).toContain('itTicket.userPassword');
    expect(JSON.stringify(refused.body)).not.toContain('secret');
    const ok = await register({ kind: 'it_ticket', description: 'Ошибка 500 в E-Qyzmet', itTicket: form });
    expect(ok.status).toBe(201);
    expect(ok.body.itTicket).toEqual(form);
    // The fix priority sets criticality and deadline (high: one working day) when no item does.
    expect(ok.body.criticality).toBe('high');
    expect(ok.body.dueAt).toBe(new Date('2026-03-03T18:00:00+05:00').toISOString());
    const critical = await register({ kind: 'it_ticket', description: 'Не работает вход в E-Qyzmet', itTicket: { ...form, priority: 'critical' } });
    expect(new Date(critical.body.dueAt).getTime() - clock.now().getTime()).toBe(4 * HOUR);
  });

  it('finds the same citizen again by IIN or by phone and name', async () => {
    const a = await register({ citizen: { fullName: 'Иван Петров', phone: '+77011112233' } });
    const b = await register({ citizen: { fullName: 'иван петров', phone: '87011112233' } });
    expect(b.body.citizen.id).toBe(a.body.citizen.id);
    const c = await register({ citizen: { fullName: 'Мария Петрова', phone: '+77011112233' } });
    expect(c.body.citizen.id).not.toBe(a.body.citizen.id);
    const list = await as('operator').get(`/api/v1/appeals?citizenId=${a.body.citizen.id}`);
    expect(list.body.items.map((x: { id: string }) => x.id).sort()).toEqual([a.body.id, b.body.id].sort());
  });

  it('goes through all three lines with rework, and records every step', async () => {
    const r = await register({ catalogueItemId: w.items.pothole.id, citizen: { fullName: 'Асқар Жұмабаев', phone: '+77771234567' } });
    const id = r.body.id;
    expect((await as('executorA').post(`/api/v1/appeals/${id}/accept`, {})).body.status).toBe('accepted');
    const answered = await as('executorA').post(`/api/v1/appeals/${id}/answer`, { text: 'Яма заделана.' });
    expect(answered.body.status).toBe('answered');
    const back = await as('inspector').post(`/api/v1/appeals/${id}/return-for-rework`, { reason: 'Нет фото результата' });
    expect(back.body.status).toBe('rework');
    expect((await as('executorA').post(`/api/v1/appeals/${id}/answer`, { text: 'Яма заделана, фото приложено.' })).body.status).toBe('answered');
    expect((await as('inspector').post(`/api/v1/appeals/${id}/verify`, {})).body.status).toBe('verified');
    const closed = await as('inspector').post(`/api/v1/appeals/${id}/close`, { comment: 'Заявитель подтвердил' });
    expect(closed.body.status).toBe('closed');
    expect(closed.body.closedAt).not.toBeNull();
    const rated = await as('operator').post(`/api/v1/appeals/${id}/rate`, { rating: 5 });
    expect(rated.body.rating).toBe(5);
    expect((await as('operator').post(`/api/v1/appeals/${id}/rate`, { rating: 4 })).body.error.code).toBe('ALREADY_RATED');
    const steps = rated.body.timeline.map((e: { action: string; visibility: string }) => `${e.action}:${e.visibility}`);
    expect(steps).toEqual(['register:public', 'route:public', 'accept:public', 'answer:public', 'return_for_rework:internal', 'answer:public', 'verify:internal', 'close:public', 'rate:public']);
    expect(rated.body.timeline[2].actor).toMatchObject({ id: w.staff.executorA.id, role: 'executor' });
  });

  it('refuses steps the status does not allow (409) and roles that may not take them (403)', async () => {
    const r = await register({ catalogueItemId: w.items.pothole.id });
    const id = r.body.id;
    const early = await as('inspector').post(`/api/v1/appeals/${id}/close`, {});
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('INVALID_TRANSITION');
    const wrongOrg = await as('executorB').post(`/api/v1/appeals/${id}/accept`, {});
    expect(wrongOrg.status).toBe(403);
    expect(wrongOrg.body.error.code).toBe('FORBIDDEN_ORGANISATION');
    const operatorRoutes = await as('operator').post(`/api/v1/appeals/${id}/route`, { executorId: w.orgs.water.id });
    expect(operatorRoutes.status).toBe(403);
    expect(operatorRoutes.body.error.code).toBe('FORBIDDEN_ROLE');
    const analyst = await as('analyst').post('/api/v1/appeals', { channel: 'phone', description: 'abc def' });
    expect(analyst.status).toBe(403);
    const sectorView = await as('supervisor2').get(`/api/v1/appeals/${id}`);
    expect(sectorView.status).toBe(403);
    expect(sectorView.body.error.code).toBe('FORBIDDEN_SECTOR');
    expect((await as('supervisor1').get(`/api/v1/appeals/${id}`)).status).toBe(200);
    const anon = await client(app).get(`/api/v1/appeals/${id}`);
    expect(anon.status).toBe(401);
    expect(anon.body.error.code).toBe('UNAUTHENTICATED');
  });

  it('reroutes, declines back to line 2, rejects and marks duplicates', async () => {
    const a = await register({ catalogueItemId: w.items.pothole.id });
    const rerouted = await as('inspector').post(`/api/v1/appeals/${a.body.id}/route`, { executorId: w.orgs.water.id, comment: 'Это водоканал' });
    expect(rerouted.body.executor.code).toBe('water');
    const declined = await as('executorB').post(`/api/v1/appeals/${a.body.id}/decline`, { reason: 'Не наша компетенция' });
    expect(declined.body.status).toBe('registered');
    expect(declined.body.executor).toBeNull();
    const rejected = await as('inspector').post(`/api/v1/appeals/${a.body.id}/reject`, { reason: 'Анонимное оскорбление' });
    expect(rejected.body.status).toBe('rejected');
    const orig = await register({ catalogueItemId: w.items.manhole.id });
    const dup = await register({ catalogueItemId: w.items.manhole.id });
    const marked = await as('inspector').post(`/api/v1/appeals/${dup.body.id}/mark-duplicate`, { duplicateOf: orig.body.number });
    expect(marked.body.status).toBe('duplicate');
    expect(marked.body.duplicateOf).toBe(orig.body.id);
    const self = await register({ catalogueItemId: w.items.manhole.id });
    expect((await as('inspector').post(`/api/v1/appeals/${self.body.id}/mark-duplicate`, { duplicateOf: self.body.id })).status).toBe(400);
  });

  it('pauses the deadline on hold and resumes it with the time that was left', async () => {
    clock.set(new Date('2026-03-02T10:00:00+05:00'));
    const r = await register({ catalogueItemId: w.items.manhole.id }); // due 14:00
    clock.set(new Date('2026-03-02T11:00:00+05:00'));
    const held = await as('executorB').post(`/api/v1/appeals/${r.body.id}/hold`, { reason: 'Ждём доступа во двор от жителей' });
    expect(held.body.status).toBe('on_hold');
    expect(held.body.hold).toEqual({ fromStatus: 'routed', remainingMinutes: 180 });
    clock.set(new Date('2026-03-03T09:00:00+05:00'));
    expect(held.body.overdue).toBe(false);
    const resumed = await as('executorB').post(`/api/v1/appeals/${r.body.id}/resume`, {});
    expect(resumed.body.status).toBe('routed');
    expect(resumed.body.dueAt).toBe(new Date('2026-03-03T12:00:00+05:00').toISOString());
    clock.set(new Date('2026-03-02T10:00:00+05:00'));
  });

  it('extends a deadline with a reason, within the legal limit', async () => {
    const r = await register({ catalogueItemId: w.items.pothole.id });
    const ext = await as('executorA').post(`/api/v1/appeals/${r.body.id}/extend`, { days: 10, reason: 'Ждём асфальт' });
    expect(new Date(ext.body.dueAt).getTime() - new Date(r.body.dueAt).getTime()).toBe(10 * 24 * HOUR);
    expect(ext.body.extendedDays).toBe(10);
    const tooMuch = await as('executorA').post(`/api/v1/appeals/${r.body.id}/extend`, { days: 60, reason: 'Ещё' });
    expect(tooMuch.status).toBe(409);
    expect(tooMuch.body.error.code).toBe('EXTENSION_LIMIT_EXCEEDED');
    const noReason = await as('executorA').post(`/api/v1/appeals/${r.body.id}/extend`, { days: 1 });
    expect(noReason.status).toBe(400);
  });

  it('reopens a closed appeal within the allowed period only', async () => {
    const r = await register({ description: 'Вопрос', consultation: { answer: 'Ответ' } });
    const reopened = await as('operator').post(`/api/v1/appeals/${r.body.id}/reopen`, { reason: 'Ответ не помог' });
    expect(reopened.body.status).toBe('reopened');
    expect(reopened.body.reopenCount).toBe(1);
    const routed = await as('inspector').post(`/api/v1/appeals/${r.body.id}/route`, { executorId: w.orgs.roads.id });
    expect(routed.body.status).toBe('routed');
    const late = await register({ description: 'Вопрос 2', consultation: { answer: 'Ответ' } });
    clock.advance(31 * 24 * HOUR);
    const refused = await as('operator').post(`/api/v1/appeals/${late.body.id}/reopen`, { reason: 'Поздно' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('REOPEN_PERIOD_EXPIRED');
    clock.set(new Date('2026-03-02T10:00:00+05:00'));
  });

  it('a retried action with the same Idempotency-Key acts once; a stale version is refused', async () => {
    const r = await register({ catalogueItemId: w.items.pothole.id });
    const h = { 'idempotency-key': 'btn-1' };
    const c1 = await as('inspector').post(`/api/v1/appeals/${r.body.id}/comment`, { text: 'Позвонить жильцам' }, h);
    const c2 = await as('inspector').post(`/api/v1/appeals/${r.body.id}/comment`, { text: 'Позвонить жильцам' }, h);
    expect(c2.status).toBe(200);
    expect(c2.body.timeline.filter((e: { action: string }) => e.action === 'comment')).toHaveLength(1);
    const stale = await as('executorA').post(`/api/v1/appeals/${r.body.id}/accept`, { version: c1.body.version - 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('STALE_VERSION');
  });

  it('the timeline is append-only in the database itself', async () => {
    const failure = (p: Promise<unknown>) => p.then(() => 'accepted', (e: { cause?: { message?: string } }) => String(e.cause?.message));
    expect(await failure(getDb().db.execute(sql`update appeal_events set comment = 'forged'`))).toMatch(/append-only/);
    expect(await failure(getDb().db.execute(sql`delete from appeal_events`))).toMatch(/append-only/);
  });

  it('lists with filters, overdue, text search and cursor pagination, each role within its scope', async () => {
    const all: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await as('inspector').get(`/api/v1/appeals?limit=7${cursor ? `&cursor=${cursor}` : ''}`);
      all.push(...page.body.items.map((x) => x.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(new Set(all).size).toBe(all.length);
    const total = await getDb().db.execute(sql`select count(*)::int as n from appeals`);
    expect(all.length).toBe(Number((total as unknown as { rows: { n: number }[] }).rows[0]?.n));

    const mine = await as('executorA').get('/api/v1/appeals?limit=200');
    expect(mine.body.items.length).toBeGreaterThan(0);
    expect(mine.body.items.every((x: { executor: { code: string } | null }) => x.executor?.code === 'roads')).toBe(true);
    const sector = await as('supervisor2').get('/api/v1/appeals?limit=200');
    expect(sector.body.items.every((x: { executor: { code: string } | null }) => x.executor?.code === 'water')).toBe(true);
    // The supervisor sees personal data masked.
    const withCitizen = sector.body.items.find((x: { citizen: unknown }) => x.citizen);
    if (withCitizen) expect(withCitizen.citizen.phone ?? '').toMatch(/\*\*\*|^$/);

    const closed = await as('inspector').get('/api/v1/appeals?status=closed&limit=200');
    expect(closed.body.items.length).toBeGreaterThan(0);
    expect(closed.body.items.every((x: { status: string }) => x.status === 'closed')).toBe(true);

    clock.advance(5 * HOUR); // the 4-hour manholes are now overdue
    const overdue = await as('inspector').get('/api/v1/appeals?overdue=true&limit=200');
    expect(overdue.body.items.length).toBeGreaterThan(0);
    expect(overdue.body.items.every((x: { overdue: boolean }) => x.overdue)).toBe(true);
    clock.set(new Date('2026-03-02T10:00:00+05:00'));

    const text = await as('inspector').get(`/api/v1/appeals?q=${encodeURIComponent('фонарь')}`);
    expect(text.body.items.length).toBe(1);
    const byCategory = await as('inspector').get(`/api/v1/appeals?categoryId=${w.items.sphere.id}&limit=200`);
    expect(byCategory.body.items.length).toBeGreaterThan(0);
    expect(byCategory.body.items.every((x: { catalogueItem: unknown }) => x.catalogueItem !== null)).toBe(true);

    const bad = await as('inspector').get('/api/v1/appeals?status=flying');
    expect(bad.status).toBe(400);
    const badCursor = await as('inspector').get('/api/v1/appeals?cursor=nonsense');
    expect(badCursor.body.error.code).toBe('INVALID_CURSOR');
  });

  it('finds the caller by phone or IIN and shows their person card with earlier appeals', async () => {
    const iin = '900101300017';
    const a = await register({ citizen: { fullName: 'Ержан Бекұлы', phone: '+77019998877', iin } });
    await register({ citizen: { iin } });
    const byPhone = await as('operator').get('/api/v1/citizens?phone=8%20701%20999%2088%2077');
    expect(byPhone.body.items.map((c: { id: number }) => c.id)).toEqual([a.body.citizen.id]);
    const byIin = await as('operator').get(`/api/v1/citizens?iin=${iin.slice(0, 6)}`);
    expect(byIin.body.items[0].iin).toBe(iin);
    const card = await as('operator').get(`/api/v1/citizens/${a.body.citizen.id}`);
    expect(card.body.fullName).toBe('Ержан Бекұлы');
    expect(card.body.appeals).toHaveLength(2);
    expect((await as('executorA').get('/api/v1/citizens?phone=87019998877')).body.error.code).toBe('FORBIDDEN_ROLE');
    expect((await as('analyst').get(`/api/v1/citizens/${a.body.citizen.id}`)).status).toBe(403);
    expect((await as('operator').get('/api/v1/citizens')).status).toBe(400);
  });

  it('keeps every out-of-range input a 4xx, never a 500', async () => {
    const big = 99_999_999_999;
    const r = await register({ catalogueItemId: w.items.pothole.id });
    const checks: [Promise<{ status: number }>, number][] = [
      [register({ catalogueItemId: big }), 400],
      [register({ houseId: 3_000_000_000 }), 400],
      [as('inspector').get(`/api/v1/appeals?executorId=${big}`), 400],
      [as('inspector').get('/api/v1/appeals?from=0000-01-01T00:00:00Z'), 400],
      [as('inspector').get('/api/v1/appeals?to=0001-01-01'), 400],
      [as('inspector').get(`/api/v1/appeals?cursor=${Buffer.from(JSON.stringify({ c: '0000-01-01T00:00:00Z', i: r.body.id })).toString('base64url')}`), 400],
      [as('inspector').post(`/api/v1/appeals/${r.body.id}/route`, { executorId: 3_000_000_000 }), 400],
      [as('inspector').post(`/api/v1/appeals/${r.body.id}/mark-duplicate`, { duplicateOf: '-'.repeat(36) }), 422],
      [as('inspector').post(`/api/v1/appeals/${r.body.id}/extend`, { dueAt: '0000-01-01T00:00:00Z', reason: 'x' }), 400],
      [as('operator').get(`/api/v1/citizens/${big}`), 400],
      [as('operator').get('/api/v1/citizens?phone=abc'), 400],
    ];
    for (const [i, [p, status]] of checks.entries()) expect({ i, status: (await p).status }).toEqual({ i, status });
    // A body nested far deeper than any schema is refused, not a stack overflow.
    const n = 20_000;
    const deep = `{"channel":"phone","description":"abc","citizen":${'{"a":'.repeat(n)}{}${'}'.repeat(n)}}`;
    const res = await app.inject({ method: 'POST', url: '/api/v1/appeals', headers: { authorization: `Bearer ${w.tokens.operator}`, 'content-type': 'application/json' }, payload: deep });
    expect(res.statusCode).toBe(400);
  });

  it('leaves the choice of executor to line 2', async () => {
    const byOperator = await register({ catalogueItemId: w.items.pothole.id, executorId: w.orgs.water.id });
    expect(byOperator.status).toBe(403);
    expect(byOperator.body.error.code).toBe('FORBIDDEN_ROLE');
    const byInspector = await register({ catalogueItemId: w.items.pothole.id, executorId: w.orgs.water.id }, 'inspector');
    expect(byInspector.body.executor.code).toBe('water');
  });

  it('never lets an appeal become a duplicate of itself through a chain', async () => {
    const a = await register({ catalogueItemId: w.items.manhole.id });
    const b = await register({ catalogueItemId: w.items.manhole.id });
    expect((await as('inspector').post(`/api/v1/appeals/${b.body.id}/mark-duplicate`, { duplicateOf: a.body.id })).status).toBe(200);
    const loop = await as('inspector').post(`/api/v1/appeals/${a.body.id}/mark-duplicate`, { duplicateOf: b.body.id });
    expect(loop.status).toBe(400);
  });

  it('scopes action idempotency keys: another appeal or another body is refused, a retry after decline is answered', async () => {
    const a = await register({ catalogueItemId: w.items.pothole.id });
    const b = await register({ catalogueItemId: w.items.pothole.id });
    const h = { 'idempotency-key': 'k-shared' };
    expect((await as('inspector').post(`/api/v1/appeals/${a.body.id}/comment`, { text: 'one' }, h)).status).toBe(200);
    const other = await as('inspector').post(`/api/v1/appeals/${b.body.id}/comment`, { text: 'one' }, h);
    expect(other.status).toBe(422);
    expect(other.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const changed = await as('inspector').post(`/api/v1/appeals/${a.body.id}/comment`, { text: 'two' }, h);
    expect(changed.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const d = { 'idempotency-key': 'decline-1' };
    const declined = await as('executorA').post(`/api/v1/appeals/${b.body.id}/decline`, { reason: 'не наше' }, d);
    expect(declined.body.status).toBe('registered');
    const retry = await as('executorA').post(`/api/v1/appeals/${b.body.id}/decline`, { reason: 'не наше' }, d);
    expect(retry.status).toBe(200);
    expect(retry.body.timeline.filter((e: { action: string }) => e.action === 'decline')).toHaveLength(1);
    const concurrent = await Promise.all(Array.from({ length: 6 }, () => as('inspector').post(`/api/v1/appeals/${a.body.id}/comment`, { text: 'burst' }, { 'idempotency-key': 'burst-1' })));
    expect(concurrent.every((x) => x.status === 200)).toBe(true);
    const card = await as('inspector').get(`/api/v1/appeals/${a.body.id}`);
    expect(card.body.timeline.filter((e: { comment: string }) => e.comment === 'burst')).toHaveLength(1);
  });

  it('a date alone as `to` ends before the next day starts', async () => {
    clock.set(new Date('2026-03-10T00:00:00+05:00'));
    const midnight = await register({ description: 'Ровно в полночь' });
    clock.set(new Date('2026-03-02T10:00:00+05:00'));
    const upTo9th = await as('inspector').get('/api/v1/appeals?from=2026-03-09&to=2026-03-09&limit=200');
    expect(upTo9th.body.items.map((x: { id: string }) => x.id)).not.toContain(midnight.body.id);
    const the10th = await as('inspector').get('/api/v1/appeals?from=2026-03-10&to=2026-03-10');
    expect(the10th.body.items.map((x: { id: string }) => x.id)).toEqual([midnight.body.id]);
  });

  it('lists an operator’s own registrations and what falls due soon', async () => {
    const mine = await register({ catalogueItemId: w.items.manhole.id });
    const theirs = await register({ catalogueItemId: w.items.manhole.id }, 'inspector');
    const own = await as('operator').get('/api/v1/appeals?registeredBy=me&limit=200');
    const ids = own.body.items.map((x: { id: string }) => x.id);
    expect(ids).toContain(mine.body.id);
    expect(ids).not.toContain(theirs.body.id);
    // Manholes are due in 4 hours, potholes in 10 working days.
    const pothole = await register({ catalogueItemId: w.items.pothole.id });
    const soon = await as('inspector').get(`/api/v1/appeals?limit=200&dueBefore=${encodeURIComponent(new Date(clock.now().getTime() + 24 * HOUR).toISOString())}`);
    const soonIds = soon.body.items.map((x: { id: string }) => x.id);
    expect(soonIds).toContain(mine.body.id);
    expect(soonIds).not.toContain(pothole.body.id);
  });

  it('sums each executor’s open, overdue and on-time work, within the viewer’s scope', async () => {
    const all = await as('inspector').get('/api/v1/stats/executors');
    const roads = all.body.items.find((x: { executorId: number }) => x.executorId === w.orgs.roads.id);
    const water = all.body.items.find((x: { executorId: number }) => x.executorId === w.orgs.water.id);
    expect(roads.open).toBeGreaterThan(0);
    expect(water.open).toBeGreaterThan(0);
    // The three-lines test answered one roads appeal before its deadline.
    expect(roads.finished).toBeGreaterThanOrEqual(1);
    expect(roads.onTime).toBeLessThanOrEqual(roads.finished);
    const sector = await as('supervisor2').get('/api/v1/stats/executors');
    expect(sector.body.items.map((x: { executorId: number }) => x.executorId)).toEqual([w.orgs.water.id]);
    const own = await as('executorA').get('/api/v1/stats/executors');
    expect(own.body.items.map((x: { executorId: number }) => x.executorId)).toEqual([w.orgs.roads.id]);
    expect((await as('inspector').get('/api/v1/stats/executors?from=0001-01-01')).status).toBe(400);
  });

  it('counts what a list would show, with the same filters and scope', async () => {
    for (const [who, query] of [['inspector', 'status=closed'], ['inspector', 'overdue=true'], ['executorA', ''], ['supervisor2', 'open=true']] as const) {
      const list = await as(who).get(`/api/v1/appeals?limit=200&${query}`);
      const count = await as(who).get(`/api/v1/appeals/count?${query}`);
      expect({ who, query, count: count.body.count }).toEqual({ who, query, count: list.body.items.length });
    }
    expect((await as('inspector').get('/api/v1/appeals/count?cursor=x')).status).toBe(400);
  });

  it('previews what registration would decide', async () => {
    const p = await as('operator').post('/api/v1/appeals/preview', { catalogueItemId: w.items.roof.id, houseId: w.houses.central.id });
    expect(p.status).toBe(200);
    expect(p.body.executor.code).toBe('coop-1');
    expect(p.body.rule).toEqual({ amount: 15, unit: 'days', mode: 'working' });
  });
});
