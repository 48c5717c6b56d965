import fs from 'node:fs';
import sharp from 'sharp';
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.ts';
import type { App } from '../src/http/app.ts';
import type { FileBlobStore } from '../src/storage/blob-store.ts';
import { describeEngines } from './engines.ts';
import { client, makeApp, manualClock, multipart, samplePhoto, sampleVideo, seedWorld, type World } from './fixtures.ts';

const DAY = 86_400_000;

describeEngines('public portal API', (getDb) => {
  let app: App;
  let w: World;
  const clock = manualClock();
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: '/nonexistent', LOG_LEVEL: 'silent', POW_DIFFICULTY: '2', PUBLIC_SUBMIT_LIMIT: '1000', PUBLIC_RATE_LIMIT: '1000' });
  const anon = (lang = 'en') => client(app, undefined, lang);
  const as = (who: keyof World['tokens']) => client(app, w.tokens[who]);

  /** What the portal's browser does: fetch a challenge and solve it. */
  async function solved(): Promise<string> {
    const { challenge } = (await anon().get('/api/v1/public/challenge')).body;
    const solution = await solveChallenge({ challenge, deriveKey });
    return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
  }

  const submit = async (body: Record<string, unknown>, headers: Record<string, string> = {}, lang = 'en') =>
    anon(lang).post('/api/v1/public/appeals', { altcha: await solved(), ...body }, headers);

  beforeAll(async () => {
    w = await seedWorld(getDb().db);
    app = await makeApp(getDb(), clock, config);
  });
  afterAll(() => app.close());

  const base = () => ({
    description: 'Во дворе дома открыт люк, дети рядом играют',
    catalogueItemId: w.items.manhole.id,
    houseId: w.houses.central.id,
    citizen: { fullName: 'Айгүл Серікова', phone: '+7 705 123 45 67', answerBy: 'sms' },
  });

  it('takes an appeal without an account and gives the number and a private tracking code', async () => {
    const r = await submit(base(), { 'idempotency-key': 'portal-1' });
    expect(r.status).toBe(201);
    expect(r.body.number).toMatch(/^109-2026-\d{6}$/);
    expect(r.body.trackingCode).toMatch(/^[0-9A-Z]{10}$/);
    expect(r.body.trackUrl).toBe(`/track/${r.body.number}?code=${r.body.trackingCode}`);
    // Staff see it as a portal appeal from the citizen, routed by the catalogue.
    const card = await as('operator').get(`/api/v1/appeals/${r.body.number}`);
    expect(card.body).toMatchObject({ channel: 'portal', status: 'routed', public: true, executor: { code: 'water' }, citizen: { phone: '+77051234567', preferredChannel: 'phone' } });
    expect(card.body.timeline[0].actor).toMatchObject({ role: 'channel', name: 'Portal' });

    // A retry (the reply was lost) gives the same number and code, and no second appeal.
    const again = await submit(base(), { 'idempotency-key': 'portal-1' });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(r.body);
    const mine = await as('operator').get(`/api/v1/appeals?q=${encodeURIComponent('открыт люк')}`);
    expect(mine.body.items.filter((a: { number: string }) => a.number === r.body.number)).toHaveLength(1);
  });

  it('the citizen tracks it with the code; the public sees it without personal data; a wrong code reveals nothing', async () => {
    const r = await submit({ ...base(), description: 'Открыт люк у подъезда, звоните 87051234567 или пишите a.serikova@mail.kz' });
    const mine = await anon().get(`/api/v1/public/appeals/${r.body.number}?code=${r.body.trackingCode.toLowerCase()}`);
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ own: true, status: 'routed', open: true, category: { name: 'Open manhole' } });
    expect(mine.body.description).toContain('87051234567');
    expect(mine.body.timeline.map((e: { action: string }) => e.action)).toEqual(['register', 'route']);
    expect(mine.body.timeline[1].label).toBe('Sent to the executor');

    const pub = await anon('ru').get(`/api/v1/public/appeals/${r.body.number}`);
    expect(pub.status).toBe(200);
    expect(pub.body.own).toBe(false);
    expect(pub.body.description).not.toContain('87051234567');
    expect(pub.body.description).not.toContain('mail.kz');
    expect(JSON.stringify(pub.body)).not.toMatch(/Айгүл|705|citizen/);
    expect(pub.body.timeline[1].label).toBe('Передано исполнителю');

    const wrong = await anon().get(`/api/v1/public/appeals/${r.body.number}?code=AAAAAAAAAA`);
    expect(wrong.status).toBe(200); // public anyway, but not as its owner
    expect(wrong.body.own).toBe(false);

    const priv = await submit({ ...base(), public: false, description: 'Прошу проверить начисления за воду' });
    expect((await anon().get(`/api/v1/public/appeals/${priv.body.number}`)).status).toBe(404);
    expect((await anon().get(`/api/v1/public/appeals/${priv.body.number}?code=AAAAAAAAAA`)).status).toBe(404);
    expect((await anon().get(`/api/v1/public/appeals/${priv.body.number}?code=${priv.body.trackingCode}`)).status).toBe(200);
    // The public list shows the public ones only.
    const list = await anon().get('/api/v1/public/appeals?status=open');
    const numbers = list.body.items.map((a: { number: string }) => a.number);
    expect(numbers).toContain(r.body.number);
    expect(numbers).not.toContain(priv.body.number);
  });

  it('takes photos as evidence; they stay private unless the citizen publishes them, and never with EXIF', async () => {
    const photo = await samplePhoto(1200, 900, 3);
    const parts = (mediaPublic: boolean, altcha: string) =>
      multipart([
        { name: 'data', value: JSON.stringify({ ...base(), description: `Яма на дороге, фото ${mediaPublic}`, catalogueItemId: w.items.pothole.id, mediaPublic }) },
        { name: 'altcha', value: altcha },
        { name: 'file', fileName: 'IMG_0001.JPG', data: photo, type: 'image/jpeg' },
      ]);
    const send = async (mediaPublic: boolean) => {
      const { payload, headers } = parts(mediaPublic, await solved());
      const res = await app.inject({ method: 'POST', url: '/api/v1/public/appeals', payload, headers });
      expect(res.statusCode).toBe(201);
      return res.json() as { number: string; trackingCode: string };
    };
    const hidden = await send(false);
    const shown = await send(true);

    const own = (await anon().get(`/api/v1/public/appeals/${hidden.number}?code=${hidden.trackingCode}`)).body;
    expect(own.attachments).toHaveLength(1);
    expect(own.attachments[0].urls.original).toBeNull(); // the original keeps EXIF: staff only
    const preview = await app.inject({ method: 'GET', url: own.attachments[0].urls.preview });
    expect(preview.statusCode).toBe(200);
    expect((await sharp(preview.rawPayload).metadata()).exif).toBeUndefined();
    expect((await anon().get(`/api/v1/public/appeals/${hidden.number}`)).body.attachments).toEqual([]);
    // Without the code the same file is not there.
    const bare = own.attachments[0].urls.preview.split('?')[0];
    expect((await app.inject({ method: 'GET', url: bare })).statusCode).toBe(404);

    const pub = (await anon().get(`/api/v1/public/appeals/${shown.number}`)).body;
    expect(pub.attachments).toHaveLength(1);
    expect((await app.inject({ method: 'GET', url: pub.attachments[0].urls.thumb })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: pub.attachments[0].urls.preview.replace('/preview', '/original') })).statusCode).toBe(404);
  });

  it('the citizen rates the answer after staff close it, and may reopen within the period', async () => {
    const r = await submit({ ...base(), description: 'Открыт люк возле школы, опасно для детей' });
    const id = (await as('operator').get(`/api/v1/appeals/${r.body.number}`)).body.id;
    const code = r.body.trackingCode;
    expect((await anon().post(`/api/v1/public/appeals/${r.body.number}/rate`, { code, rating: 5 })).status).toBe(409); // not closed yet
    for (const [who, action, body] of [
      ['executorB', 'accept', {}],
      ['executorB', 'answer', { text: 'Люк закрыт крышкой' }],
      ['inspector', 'verify', {}],
      ['inspector', 'close', {}],
    ] as const) {
      expect((await as(who).post(`/api/v1/appeals/${id}/${action}`, body)).status).toBe(200);
    }
    const closed = (await anon().get(`/api/v1/public/appeals/${r.body.number}?code=${code}`)).body;
    expect(closed).toMatchObject({ status: 'closed', open: false, answer: 'Люк закрыт крышкой', canRate: true, canReopen: true });

    expect((await anon().post(`/api/v1/public/appeals/${r.body.number}/rate`, { code: 'WRONGCODE1', rating: 5 })).status).toBe(404);
    const rated = await anon().post(`/api/v1/public/appeals/${r.body.number}/rate`, { code, rating: 4, comment: 'Быстро, спасибо' });
    expect(rated.status).toBe(200);
    expect(rated.body).toMatchObject({ rating: 4, ratingComment: 'Быстро, спасибо', canRate: false });
    expect((await anon().post(`/api/v1/public/appeals/${r.body.number}/rate`, { code, rating: 1 })).body.error.code).toBe('ALREADY_RATED');

    const reopened = await anon().post(`/api/v1/public/appeals/${r.body.number}/reopen`, { code, reason: 'Крышку снова сдвинули' });
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({ status: 'reopened', open: true, canReopen: false });
    const staff = (await as('inspector').get(`/api/v1/appeals/${id}`)).body;
    expect(staff.timeline.at(-1)).toMatchObject({ action: 'reopen', comment: 'Крышку снова сдвинули', actor: { role: 'channel' } });
  });

  it('reopening after the period is refused with a clear message', async () => {
    const r = await submit({ ...base(), description: 'Открыт люк на остановке, нужна крышка' });
    const id = (await as('operator').get(`/api/v1/appeals/${r.body.number}`)).body.id;
    for (const [who, action, body] of [
      ['executorB', 'accept', {}],
      ['executorB', 'answer', { text: 'Сделано' }],
      ['inspector', 'verify', {}],
      ['inspector', 'close', {}],
    ] as const) await as(who).post(`/api/v1/appeals/${id}/${action}`, body);
    clock.advance((config.reopenDays + 1) * DAY);
    try {
      const view = (await anon().get(`/api/v1/public/appeals/${r.body.number}?code=${r.body.trackingCode}`)).body;
      expect(view.canReopen).toBe(false);
      const late = await anon('kk').post(`/api/v1/public/appeals/${r.body.number}/reopen`, { code: r.body.trackingCode, reason: 'Опять открыт' });
      expect(late.status).toBe(409);
      expect(late.body.error.code).toBe('REOPEN_PERIOD_EXPIRED');
    } finally {
      clock.advance(-(config.reopenDays + 1) * DAY);
    }
  });

  it('refuses bots and bad input: no proof-of-work, a reused one, a filled honeypot, a password, bad fields', async () => {
    const noPow = await anon('ru').post('/api/v1/public/appeals', base());
    expect(noPow.status).toBe(400);
    expect(noPow.body.error.code).toBe('CHALLENGE_FAILED');
    expect(noPow.body.error.message).toMatch(/Проверка браузера/);

    const altcha = await solved();
    expect((await anon().post('/api/v1/public/appeals', { ...base(), altcha })).status).toBe(201);
    const replay = await anon().post('/api/v1/public/appeals', { ...base(), altcha });
    expect(replay.body.error.code).toBe('CHALLENGE_FAILED');

    const forged = JSON.parse(Buffer.from(await solved(), 'base64').toString());
    forged.challenge.parameters.keyPrefix = '';
    expect((await anon().post('/api/v1/public/appeals', { ...base(), altcha: Buffer.from(JSON.stringify(forged)).toString('base64') })).body.error.code).toBe('CHALLENGE_FAILED');
    expect((await anon().post('/api/v1/public/appeals', { ...base(), altcha: 'not base64 json' })).body.error.code).toBe('CHALLENGE_FAILED');

    const bot = await submit({ ...base(), website: 'http://spam.example' });
    expect(bot.status).toBe(400);
    expect(bot.body.error.code).toBe('SPAM_REJECTED');

    const pw = await submit({ ...base(), password: 'secret' });
    expect(pw.body.error.code).toBe('PASSWORD_NOT_ACCEPTED');

    const bad = await submit({ description: 'short', lat: 200, citizen: { phone: '12' } }, {}, 'kk');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['citizen.phone', 'description', 'lat']);

    const unknownItem = await submit({ ...base(), catalogueItemId: 999_999 });
    expect(unknownItem.status).toBe(422);
    const notJson = multipart([{ name: 'data', value: '{oops' }, { name: 'altcha', value: await solved() }]);
    const nj = await app.inject({ method: 'POST', url: '/api/v1/public/appeals', payload: notJson.payload, headers: notJson.headers });
    expect(nj.statusCode).toBe(400);
    expect(nj.json().error.details[0].path).toBe('data');
  });

  it('staff who talk to the caller can read out the tracking code of a phone appeal; others do not get it', async () => {
    const r = await as('operator').post('/api/v1/appeals', { channel: 'phone', description: 'Не горит фонарь у дома', catalogueItemId: w.items.pothole.id });
    expect(r.body.trackingCode).toMatch(/^[0-9A-Z]{10}$/);
    expect((await as('operator').get(`/api/v1/appeals/${r.body.id}`)).body.trackingCode).toBe(r.body.trackingCode);
    expect((await as('analyst').get(`/api/v1/appeals/${r.body.id}`)).body.trackingCode).toBeUndefined();
    const tracked = await anon().get(`/api/v1/public/appeals/${r.body.number}?code=${r.body.trackingCode}`);
    expect(tracked.status).toBe(200);
    expect(tracked.body.own).toBe(true);
    // Not public (the caller was not asked): without the code it does not exist.
    expect((await anon().get(`/api/v1/public/appeals/${r.body.number}`)).status).toBe(404);
  });

  it('keeps no file of a refused submission, and one key with other files is refused, not a second appeal', async () => {
    const root = (app.services.blobs as FileBlobStore).root;
    const files = () => (fs.existsSync(root) ? fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length : 0);
    const before = files();
    const photo = await samplePhoto(300, 200, 21);
    const send = async (parts: Parameters<typeof multipart>[0], key?: string) => {
      const { payload, headers } = multipart(parts);
      return app.inject({ method: 'POST', url: '/api/v1/public/appeals', payload, headers: { ...headers, ...(key && { 'idempotency-key': key }) } });
    };
    const data = { name: 'data', value: JSON.stringify({ ...base(), description: 'Разбитый фонарь у остановки, фото прилагаю' }) };
    // Spam and bad input are refused before or after the files: either way nothing stays.
    expect((await send([data, { name: 'altcha', value: 'garbage' }, { name: 'file', fileName: 'a.jpg', data: photo }])).json().error.code).toBe('CHALLENGE_FAILED');
    expect((await send([data, { name: 'website', value: 'x' }, { name: 'file', fileName: 'a.jpg', data: photo }])).json().error.code).toBe('SPAM_REJECTED');
    const bad = await send([{ name: 'data', value: JSON.stringify({ description: 'кратко' }) }, { name: 'altcha', value: await solved() }, { name: 'file', fileName: 'a.jpg', data: photo }]);
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
    expect(files()).toBe(before);

    const first = await send([data, { name: 'altcha', value: await solved() }, { name: 'file', fileName: 'a.jpg', data: photo }], 'with-files');
    expect(first.statusCode).toBe(201);
    expect(files()).toBe(before + 3); // the original, its preview and its thumbnail
    const retry = await send([data, { name: 'altcha', value: await solved() }, { name: 'file', fileName: 'a.jpg', data: photo }], 'with-files');
    expect(retry.statusCode).toBe(200);
    expect(retry.json().number).toBe(first.json().number);
    const other = await send([data, { name: 'altcha', value: await solved() }, { name: 'file', fileName: 'b.jpg', data: await samplePhoto(300, 200, 22) }], 'with-files');
    expect(other.statusCode).toBe(422);
    expect(other.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const none = await send([data, { name: 'altcha', value: await solved() }], 'with-files');
    expect(none.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(files()).toBe(before + 3);
  });

  it('answers odd input with a 4xx, never a 500: NUL characters, bad cursors and dates, long ids', async () => {
    const nul = await submit({ ...base(), description: 'Открыт люк\u0000 у дома' });
    expect(nul.status).toBe(400);
    expect(nul.body.error.details[0]).toMatchObject({ path: 'description', code: 'control_character' });
    for (const q of ['since=0000-01-01T00:00:00Z', 'until=9999-12-31T23:59:59-14:00', `cursor=${Buffer.from(`2026-01-01T00:00:00Z|${'-'.repeat(36)}`).toString('base64url')}`, 'cursor=bm90IGEgY3Vyc29y']) {
      const r = await anon().get(`/api/v1/public/appeals?${q}`);
      expect(r.status, q).toBe(400);
    }
    expect((await anon().get(`/api/v1/public/appeals/${'9'.repeat(120)}`)).body.error.code).toBe('VALIDATION_FAILED');
  });

  it('shows the public the building, never the flat or a phone in the address', async () => {
    const r = await submit({ ...base(), houseId: undefined, address: 'ул. Абая 5, кв. 12, тел 8 705 123 45 67', description: 'Течёт крыша над подъездом, вода в квартире' });
    const pub = await anon().get(`/api/v1/public/appeals/${r.body.number}`);
    expect(pub.body.address).toBe('ул. Абая 5, тел ***');
    const own = await anon().get(`/api/v1/public/appeals/${r.body.number}?code=${r.body.trackingCode}`);
    expect(own.body.address).toBe('ул. Абая 5, кв. 12, тел 8 705 123 45 67');
  });

  it('never hands the public a video original (it may carry a location); its citizen gets it', async () => {
    const video = sampleVideo(50_000);
    const { payload, headers } = multipart([
      { name: 'data', value: JSON.stringify({ ...base(), description: 'Видео: вода бьёт из-под асфальта', mediaPublic: true }) },
      { name: 'altcha', value: await solved() },
      { name: 'file', fileName: 'clip.mp4', data: video },
    ]);
    const r = (await app.inject({ method: 'POST', url: '/api/v1/public/appeals', payload, headers })).json() as { number: string; trackingCode: string };
    const pub = (await anon().get(`/api/v1/public/appeals/${r.number}`)).body;
    expect(pub.attachments[0]).toMatchObject({ kind: 'video', urls: { original: null } });
    const own = (await anon().get(`/api/v1/public/appeals/${r.number}?code=${r.trackingCode}`)).body;
    const url = own.attachments[0].urls.original as string;
    expect((await app.inject({ method: 'GET', url, headers: { range: 'bytes=0-99' } })).statusCode).toBe(206);
    expect((await app.inject({ method: 'GET', url: url.split('?')[0]! })).statusCode).toBe(404);
  });

  it('a forged X-Forwarded-For does not escape the rate limit unless a proxy is trusted', async () => {
    const strict = await makeApp(getDb(), clock, loadConfig({ NODE_ENV: 'test', DATA_DIR: '/nonexistent', LOG_LEVEL: 'silent', PUBLIC_RATE_LIMIT: '3' }));
    try {
      const codes = [];
      for (let i = 0; i < 5; i++) codes.push((await strict.inject({ method: 'GET', url: '/api/v1/public/info', headers: { 'x-forwarded-for': `1.2.3.${i}` } })).statusCode);
      expect(codes).toEqual([200, 200, 200, 429, 429]);
    } finally {
      await strict.close();
    }
    const proxied = await makeApp(getDb(), clock, loadConfig({ NODE_ENV: 'test', DATA_DIR: '/nonexistent', LOG_LEVEL: 'silent', PUBLIC_RATE_LIMIT: '3', TRUST_PROXY: '127.0.0.1' }));
    try {
      const codes = [];
      for (let i = 0; i < 5; i++) codes.push((await proxied.inject({ method: 'GET', url: '/api/v1/public/info', headers: { 'x-forwarded-for': `1.2.3.${i}` } })).statusCode);
      expect(codes).toEqual([200, 200, 200, 200, 200]);
    } finally {
      await proxied.close();
    }
  });

  it('limits the rate per address', async () => {
    const tight = await makeApp(getDb(), clock, loadConfig({ NODE_ENV: 'test', DATA_DIR: '/nonexistent', LOG_LEVEL: 'silent', POW_DIFFICULTY: '0', PUBLIC_SUBMIT_LIMIT: '2' }));
    try {
      const post = (ip: string) => tight.inject({ method: 'POST', url: '/api/v1/public/appeals', payload: base(), remoteAddress: ip });
      expect((await post('10.0.0.1')).statusCode).toBe(201);
      expect((await post('10.0.0.1')).statusCode).toBe(201);
      const third = await post('10.0.0.1');
      expect(third.statusCode).toBe(429);
      expect(third.json().error.code).toBe('RATE_LIMITED');
      expect((await post('10.0.0.2')).statusCode).toBe(201);
    } finally {
      await tight.close();
    }
  });

  it('serves the type-ahead, the address search and the offline map to anyone', async () => {
    const cat = await anon('kk').get(`/api/v1/public/catalogue?q=${encodeURIComponent('құдық')}`);
    expect(cat.body.items[0]).toMatchObject({ id: w.items.manhole.id, name: 'Ашық құдық', category: 'Жолдар' });
    const addr = await anon().get(`/api/v1/public/addresses?q=${encodeURIComponent('Baitursynov 110')}`);
    expect(addr.body.items[0]).toMatchObject({ houseId: w.houses.central.id, label: 'Baitursynov St, 110' });
    const map = await anon().get('/api/v1/public/map');
    expect(map.body.houses).toHaveLength(2);
    expect(map.body.bounds).toEqual({ minLat: 53.21, maxLat: 53.23, minLon: 63.62, maxLon: 63.63 });
  });
});
