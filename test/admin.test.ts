import zlib from 'node:zlib';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { hashPassword } from '../src/app/auth.ts';
import { auditLog, users } from '../src/db/schema.ts';
import type { App } from '../src/http/app.ts';
import { describeEngines } from './engines.ts';
import { client, makeApp, manualClock, seedWorld, type World } from './fixtures.ts';

describeEngines('auth, administration and system endpoints', (getDb) => {
  let app: App;
  let w: World;
  const as = (who: keyof World['tokens'], lang = 'en') => client(app, w.tokens[who], lang);

  beforeAll(async () => {
    w = await seedWorld(getDb().db);
    await getDb().db.update(users).set({ passwordHash: await hashPassword('correct horse') }).where(eq(users.id, w.staff.operator.id));
    app = await makeApp(getDb(), manualClock());
  });
  // The app holds a LISTEN connection: closed before the database is dropped.
  afterAll(() => app.close());

  it('signs in with a session cookie, shows the user, and signs out', async () => {
    const anon = client(app);
    const wrong = await anon.post('/api/v1/auth/login', { login: 'operator', password: 'nope' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('INVALID_CREDENTIALS');
    const unknown = await anon.post('/api/v1/auth/login', { login: 'nobody', password: 'nope' });
    expect(unknown.body.error.code).toBe('INVALID_CREDENTIALS');
    const ok = await anon.post('/api/v1/auth/login', { login: 'OPERATOR', password: 'correct horse' });
    expect(ok.status).toBe(200);
    const setCookie = String(ok.headers['set-cookie']);
    expect(setCookie).toMatch(/jauap_session=[^;]+;.*HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const cookie = setCookie.split(';')[0]!;
    const me = await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
    expect(me.json().user).toMatchObject({ login: 'operator', role: 'operator' });
    expect(me.json().user.rights).toContain('register');
    // A cross-site form cannot act with the cookie.
    const csrf = await app.inject({ method: 'POST', url: '/api/v1/appeals', headers: { cookie, origin: 'https://evil.example', 'content-type': 'application/json' }, payload: { channel: 'phone', description: 'abc def' } });
    expect(csrf.statusCode).toBe(403);
    await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } });
    const after = await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
    expect(after.statusCode).toBe(401);
  });

  it('slows down password guessing: the 11th attempt in a minute is refused with 429', async () => {
    const anon = client(app, undefined, 'ru');
    const tries = [];
    for (let i = 0; i < 11; i++) tries.push((await anon.post('/api/v1/auth/login', { login: 'analyst', password: `guess-${i}` })).status);
    expect(tries.slice(0, 10).every((s) => s === 401)).toBe(true);
    const last = await anon.post('/api/v1/auth/login', { login: 'analyst', password: 'guess-x' });
    expect(last.status).toBe(429);
    expect(last.body.error.code).toBe('RATE_LIMITED');
    expect(last.body.error.message).toContain('Слишком много запросов');
  });

  it('stores passwords as argon2id hashes', async () => {
    const r = await as('admin').post('/api/v1/users', { login: 'new.operator', password: 'a long password', fullName: 'Новый Оператор', role: 'operator' });
    expect(r.status).toBe(201);
    expect(r.body).not.toHaveProperty('passwordHash');
    const [u] = await getDb().db.select({ h: users.passwordHash }).from(users).where(eq(users.login, 'new.operator'));
    expect(u!.h).toMatch(/^\$argon2id\$/);
    const login = await client(app).post('/api/v1/auth/login', { login: 'new.operator', password: 'a long password' });
    expect(login.status).toBe(200);
    const dup = await as('admin').post('/api/v1/users', { login: 'New.Operator', password: 'another password', fullName: 'X', role: 'operator' });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('LOGIN_TAKEN');
    const execNoOrg = await as('admin').post('/api/v1/users', { login: 'exec.x', password: 'a long password', fullName: 'X', role: 'executor' });
    expect(execNoOrg.status).toBe(400);
  });

  it('lets only admins manage users, organisations, the catalogue and the calendar', async () => {
    for (const who of ['operator', 'inspector', 'executorA', 'supervisor1', 'analyst'] as const) {
      const c = as(who);
      expect((await c.get('/api/v1/users')).body.error.code).toBe('FORBIDDEN_ROLE');
      expect((await c.post('/api/v1/organisations', { code: 'x', type: 'school', nameRu: 'x', nameKk: 'x', nameEn: 'x' })).status).toBe(403);
      expect((await c.patch(`/api/v1/catalogue/${w.items.pothole.id}`, { criticality: 'low' })).status).toBe(403);
      expect((await c.put('/api/v1/calendar/days/2026-12-31', { kind: 'holiday', name: { ru: 'a', kk: 'b', en: 'c' } })).status).toBe(403);
    }
    // Everyone on staff reads the reference data.
    expect((await as('operator').get('/api/v1/catalogue?level=item')).body.items.length).toBe(3);
    expect((await as('executorA').get('/api/v1/organisations')).body.items.length).toBe(3);
  });

  it('manages organisations with their supervisor and parent', async () => {
    const r = await as('admin', 'kk').post('/api/v1/organisations', {
      code: 'school-001', type: 'school', nameRu: 'Школа №1', nameKk: '№1 мектеп', nameEn: 'School No. 1', supervisorId: w.staff.supervisor1.id, districtId: w.districts.center.id,
    });
    expect(r.status).toBe(201);
    expect(r.body.name).toBe('№1 мектеп');
    const patched = await as('admin').patch(`/api/v1/organisations/${r.body.id}`, { parentId: w.orgs.roads.id });
    expect(patched.body.parentId).toBe(w.orgs.roads.id);
    const badSup = await as('admin').patch(`/api/v1/organisations/${r.body.id}`, { supervisorId: w.staff.operator.id });
    expect(badSup.status).toBe(422);
    const taken = await as('admin').post('/api/v1/organisations', { code: 'roads', type: 'city_body', nameRu: 'a', nameKk: 'b', nameEn: 'c' });
    expect(taken.body.error.code).toBe('CODE_TAKEN');
  });

  it('edits catalogue items and the change decides the next appeal’s deadline', async () => {
    const p = await as('admin').patch(`/api/v1/catalogue/${w.items.pothole.id}`, { deadlineAmount: 2, deadlineUnit: 'days', deadlineMode: 'calendar', criticality: 'high' });
    expect(p.body.deadline).toEqual({ amount: 2, unit: 'days', mode: 'calendar' });
    const a = await as('operator').post('/api/v1/appeals', { channel: 'phone', description: 'Яма', catalogueItemId: w.items.pothole.id });
    expect(a.body.criticality).toBe('high');
    expect(new Date(a.body.dueAt).getTime() - new Date(a.body.createdAt).getTime()).toBe(2 * 86_400_000);
    const half = await as('admin').patch(`/api/v1/catalogue/${w.items.pothole.id}`, { deadlineAmount: 3, deadlineUnit: null });
    expect(half.status).toBe(400);
    const created = await as('admin').post('/api/v1/catalogue', {
      code: 'S1.C1.I9', level: 'item', parentId: w.items.category.id, nameRu: 'Не работает светофор', nameKk: 'Бағдаршам істемейді', nameEn: 'Traffic light out',
      criticality: 'critical', deadlineAmount: 4, deadlineUnit: 'hours', deadlineMode: 'calendar', executorId: w.orgs.roads.id,
      districtExecutors: [{ districtId: w.districts.north.id, executorId: w.orgs.water.id }],
    });
    expect(created.status).toBe(201);
    expect(created.body.districtExecutors).toEqual([{ districtId: w.districts.north.id, executorId: w.orgs.water.id }]);
    const twice = await as('admin').patch(`/api/v1/catalogue/${created.body.id}`, { districtExecutors: [{ districtId: w.districts.north.id, executorId: w.orgs.water.id }, { districtId: w.districts.north.id, executorId: w.orgs.roads.id }] });
    expect(twice.status).toBe(400);
    const demoted = await as('admin').patch(`/api/v1/catalogue/${created.body.id}`, { level: 'sphere' });
    expect(demoted.status).toBe(400);
    const withChildren = await as('admin').patch(`/api/v1/catalogue/${w.items.category.id}`, { level: 'item' });
    expect(withChildren.status).toBe(400);
    expect(withChildren.body.error.details[0].code).toBe('level_has_children');
    expect((await as('admin').get(`/api/v1/catalogue/${99_999_999_999}`)).status).toBe(400);
    const wrongParent = await as('admin').post('/api/v1/catalogue', { code: 'bad', level: 'item', parentId: w.items.sphere.id, nameRu: 'a', nameKk: 'b', nameEn: 'c' });
    expect(wrongParent.status).toBe(400);
  });

  it('exports the catalogue as CSV and imports it back; a bad file changes nothing', async () => {
    const exp = await as('admin').get('/api/v1/catalogue/export.csv');
    expect(exp.headers['content-type']).toMatch(/text\/csv/);
    const lines = exp.text.trim().split('\n');
    expect(lines[0]).toMatch(/^code,level,parent_code,name_ru/);
    expect(exp.text).toContain('north:water');

    const renamed = exp.text.replace('Открытый люк', 'Открытый канализационный люк');
    const extra = `S1.C1.I10,item,S1.C1,Нет разметки,Белгі жоқ,No road markings,,,,,low,10,days,working,roads,false,,true\n`;
    const imp = await app.inject({ method: 'POST', url: '/api/v1/catalogue/import', headers: { authorization: `Bearer ${w.tokens.admin}`, 'content-type': 'text/csv' }, payload: renamed + extra });
    expect(imp.statusCode).toBe(200);
    expect(imp.json()).toEqual({ created: 1, updated: lines.length - 1 });
    const found = await as('operator').get(`/api/v1/catalogue?q=${encodeURIComponent('канализационный')}`);
    expect(found.body.items).toHaveLength(1);

    const bad = `${lines[0]}\nX1,item,NOPE,a,b,c,,,,,,5,days,,ghost-org,false,mars:roads,true\n`;
    const refused = await app.inject({ method: 'POST', url: '/api/v1/catalogue/import', headers: { authorization: `Bearer ${w.tokens.admin}`, 'content-type': 'text/csv', 'accept-language': 'ru' }, payload: bad });
    expect(refused.statusCode).toBe(400);
    const err = refused.json().error;
    expect(err.code).toBe('CSV_INVALID');
    expect(err.message).toContain('ничего не сохранено');
    const paths = err.details.map((d: { row: number; path: string }) => `${d.row}:${d.path}`);
    expect(paths).toEqual(expect.arrayContaining(['2:parent_code', '2:executor_code', '2:district_executors', '2:deadline_amount']));
    const x1 = await as('operator').get('/api/v1/catalogue?q=X1');
    expect(x1.body.items).toHaveLength(0);
  });

  it('imports organisations from CSV, all or nothing', async () => {
    const post = (csv: string) =>
      app.inject({ method: 'POST', url: '/api/v1/organisations/import', headers: { authorization: `Bearer ${w.tokens.admin}`, 'content-type': 'text/csv' }, payload: csv });
    const head = 'code,type,name_ru,name_kk,name_en,parent_code,district_code,supervisor_login,phone\n';
    const ok = await post(`${head}lift-9,lift_service,Лифт-9,Лифт-9,Lift 9,roads,north,sup1,+77142000000\nschool-099,school,Школа №99,№99 мектеп,School No. 99,,center,sup2,\n`);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ imported: 2 });
    const lift = (await as('admin').get('/api/v1/organisations?q=lift-9')).body.items[0];
    expect(lift).toMatchObject({ code: 'lift-9', type: 'lift_service', parentId: w.orgs.roads.id, districtId: w.districts.north.id, supervisorId: w.staff.supervisor1.id });
    const bad = await post(`${head}x-1,planet,a,b,c,,,,\nx-2,school,a,b,c,ghost,,,\n`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.map((d: { row: number; path: string }) => `${d.row}:${d.path}`)).toEqual(['2:type', '3:parent_code']);
    expect((await as('admin').get('/api/v1/organisations?q=x-2')).body.items).toHaveLength(0);
    const asInspector = await app.inject({ method: 'POST', url: '/api/v1/organisations/import', headers: { authorization: `Bearer ${w.tokens.inspector}`, 'content-type': 'text/csv' }, payload: `${head}x-3,school,a,b,c,,,,\n` });
    expect(asInspector.statusCode).toBe(403);
    expect((await as('admin').get('/api/v1/organisations?q=x-3')).body.items).toHaveLength(0);
  });

  it('keeps the working calendar editable, and deadlines follow it', async () => {
    const year = await as('operator').get('/api/v1/calendar?year=2026');
    expect(year.body.days).toHaveLength(365);
    const nauryz = year.body.days.find((d: { date: string }) => d.date === '2026-03-23');
    expect(nauryz).toMatchObject({ working: false, kind: 'holiday' });
    const before = await as('operator').get(`/api/v1/calendar/deadline?from=${encodeURIComponent('2026-12-28T10:00:00+05:00')}&amount=1&unit=days&mode=working`);
    expect(before.body.dueAt).toBe(new Date('2026-12-29T18:00:00+05:00').toISOString());
    const set = await as('admin').put('/api/v1/calendar/days/2026-12-29', { kind: 'holiday', name: { ru: 'Перенос', kk: 'Ауыстыру', en: 'Moved day off' } });
    expect(set.status).toBe(200);
    const after = await as('operator').get(`/api/v1/calendar/deadline?from=${encodeURIComponent('2026-12-28T10:00:00+05:00')}&amount=1&unit=days&mode=working`);
    expect(after.body.dueAt).toBe(new Date('2026-12-30T18:00:00+05:00').toISOString());
    expect((await as('admin').del('/api/v1/calendar/days/2026-12-29')).status).toBe(204);
    expect((await as('admin').del('/api/v1/calendar/days/2026-12-29')).status).toBe(404);
    expect((await as('admin').put('/api/v1/calendar/days/2026-02-30', { kind: 'holiday', name: { ru: 'a', kk: 'b', en: 'c' } })).status).toBe(400);
    // Years a deadline can never fall in are refused, so they cannot break the calendar for everyone.
    expect((await as('admin').put('/api/v1/calendar/days/0050-01-01', { kind: 'holiday', name: { ru: 'a', kk: 'b', en: 'c' } })).status).toBe(400);
    expect((await as('operator').get('/api/v1/calendar/deadline?from=2026-12-28T10:00:00%2B05:00&amount=1&unit=days&mode=working')).status).toBe(200);
  });

  it('issues API tokens for integrations and revokes them', async () => {
    const t = await as('admin').post(`/api/v1/users/${w.staff.operator.id}/tokens`, { name: 'Smart Qostanai' });
    expect(t.status).toBe(201);
    expect(t.body.token).toMatch(/^jt_/);
    const integ = client(app, t.body.token);
    expect((await integ.get('/api/v1/auth/me')).body.user.login).toBe('operator');
    const list = await as('admin').get(`/api/v1/users/${w.staff.operator.id}/tokens`);
    expect(JSON.stringify(list.body)).not.toContain(t.body.token);
    const listed = list.body.items.find((x: { id: number }) => x.id === t.body.id);
    expect(listed.name).toBe('Smart Qostanai');
    expect(listed.lastUsedAt).not.toBeNull();
    expect((await as('admin').del(`/api/v1/tokens/${t.body.id}`)).status).toBe(204);
    expect((await integ.get('/api/v1/auth/me')).status).toBe(401);
  });

  it('writes every configuration change to an append-only audit trail', async () => {
    const rows = await getDb().db.select().from(auditLog);
    const kinds = new Set(rows.map((r) => `${r.entity}:${r.action}`));
    for (const k of ['user:create', 'organisation:create', 'organisation:update', 'catalogue:update', 'catalogue:import', 'calendar:set', 'calendar:delete', 'api_token:revoke']) expect(kinds).toContain(k);
    const failure = await getDb().db.execute(sql`update audit_log set action = 'forged'`).then(() => 'accepted', (e: { cause?: { message?: string } }) => String(e.cause?.message));
    expect(failure).toMatch(/append-only/);
  });

  it('serves health, readiness, Prometheus metrics and the OpenAPI document', async () => {
    expect((await app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await app.inject({ url: '/readyz' })).json().status).toBe('ready');
    const metrics = await app.inject({ url: '/metrics' });
    expect(metrics.body).toContain('jauap_http_request_duration_seconds_bucket');
    expect(metrics.body).toMatch(/jauap_appeals_registered_total\{channel="phone"\} \d+/);
    const doc = (await app.inject({ url: '/api/docs/json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/appeals', '/api/v1/appeals/{id}/return-for-rework', '/api/v1/auth/login', '/api/v1/catalogue/import']));
    const body = doc.paths['/api/v1/appeals'].post.requestBody.content['application/json'].schema;
    expect(body.properties.channel.enum).toContain('telegram');
    expect((await app.inject({ url: '/api/docs' })).statusCode).toBeLessThan(400);
    // Large JSON travels compressed to clients that accept it, and decompresses to the same.
    const packed = await app.inject({ url: '/api/docs/json', headers: { 'accept-encoding': 'br' } });
    expect(packed.headers['content-encoding']).toBe('br');
    expect(JSON.parse(zlib.brotliDecompressSync(packed.rawPayload).toString()).openapi).toBe('3.1.0');
    const missing = await client(app, undefined, 'kk').get('/api/v1/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('ROUTE_NOT_FOUND');
    expect(missing.body.error.message).toContain('мекенжайы жоқ');
  });
});
