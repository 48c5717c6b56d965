import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiToken } from '../src/app/auth.ts';
import { users } from '../src/db/schema.ts';
import type { App } from '../src/http/app.ts';
import { describeEngines } from './engines.ts';
import { client, makeApp, manualClock, multipart, samplePhoto, seedWorld, type World } from './fixtures.ts';

const ADDRESS_RU = {
  title: 'Как получить адресную справку на eGov',
  body: 'Адресная справка выдаётся **онлайн** за несколько минут.\n\n1. Войдите на eGov.kz.\n2. Откройте услугу «Адресная справка».\n3. Подпишите запрос ЭЦП или SMS-паролем.',
  paraphrases: ['где взять справку о прописке', 'нужна справка с места жительства'],
};
const ADDRESS_KK = {
  title: 'eGov арқылы мекенжай анықтамасын қалай алуға болады',
  body: 'Мекенжай анықтамасы **онлайн** бірнеше минутта беріледі.\n\n1. eGov.kz порталына кіріңіз.\n2. «Мекенжай анықтамасы» қызметін ашыңыз.',
  paraphrases: ['тіркеу туралы анықтама қайдан алуға болады'],
};
const LIFT_RU = {
  title: 'Не работает лифт: что делать',
  body: 'Если в лифте застрял человек — звоните **112**. О неисправном лифте сообщите в 109.',
  paraphrases: ['лифт сломался куда звонить', 'застряли в лифте'],
};

describeEngines('knowledge base API', (getDb) => {
  let app: App;
  let w: World;
  let editorToken: string;
  const clock = manualClock(new Date('2026-03-02T10:00:00+05:00'));
  const as = (who: keyof World['tokens'], lang = 'en') => client(app, w.tokens[who], lang);
  const editor = (lang = 'en') => client(app, editorToken, lang);
  const anon = (lang = 'en') => client(app, undefined, lang);
  let addressId: number;
  let liftId: number;

  beforeAll(async () => {
    w = await seedWorld(getDb().db);
    const [u] = await getDb().db.insert(users).values({ login: 'kb-editor', passwordHash: 'x', fullName: 'Editor Kb', role: 'kb_editor' }).returning();
    editorToken = (await createApiToken(getDb().db, u!.id, 'test')).token;
    app = await makeApp(getDb(), clock);
  });
  afterAll(() => app.close());

  it('creates articles with translations: published ones are found by search, drafts are not', async () => {
    const a = await editor().post('/api/v1/kb/articles', {
      key: 'address-certificate',
      tags: ['egov', 'Справки'],
      itemIds: [w.items.pothole.id],
      translations: { ru: { ...ADDRESS_RU, publish: true }, kk: { ...ADDRESS_KK, publish: true } },
    });
    expect(a.status).toBe(201);
    addressId = a.body.id;
    const b = await editor().post('/api/v1/kb/articles', { key: 'lift-breakdown', audience: 'internal', translations: { ru: LIFT_RU } });
    expect(b.status).toBe(201);
    liftId = b.body.id;

    const found = await as('operator').get(`/api/v1/kb/search?q=${encodeURIComponent('спарвка с места жительства')}`);
    expect(found.status).toBe(200);
    expect(found.body.items[0]).toMatchObject({ key: 'address-certificate', lang: 'ru', audience: 'public' });
    // The lift article is only a draft: nobody reads it yet.
    const lift = await as('operator').get(`/api/v1/kb/search?q=${encodeURIComponent('лифт застрял')}`);
    expect(lift.body.items.map((h: { key: string }) => h.key)).not.toContain('lift-breakdown');

    const full = await editor().get(`/api/v1/kb/articles/${addressId}`);
    expect(full.body).toMatchObject({ key: 'address-certificate', audience: 'public', tags: ['egov', 'справки'], itemIds: [w.items.pothole.id] });
    expect(full.body.translations.map((t: { lang: string; status: string }) => [t.lang, t.status])).toEqual([
      ['ru', 'published'],
      ['kk', 'published'],
    ]);
  });

  it('publishes a draft; internal articles reach staff but never the public', async () => {
    const full = await editor().get(`/api/v1/kb/articles/${liftId}`);
    const rev = full.body.translations[0].latest.revisionId;
    expect((await editor().post(`/api/v1/kb/articles/${liftId}/translations/ru/publish`, { revisionId: rev })).status).toBe(200);
    const staff = await as('executorA').get(`/api/v1/kb/search?q=${encodeURIComponent('лифт сломался')}`);
    expect(staff.body.items[0]).toMatchObject({ key: 'lift-breakdown', audience: 'internal' });
    const pub = await anon().get(`/api/v1/public/kb/search?q=${encodeURIComponent('лифт сломался')}`);
    expect(pub.status).toBe(200);
    expect(pub.body.items.map((h: { key: string }) => h.key)).not.toContain('lift-breakdown');
    expect((await anon().get('/api/v1/public/kb/articles/lift-breakdown')).status).toBe(404);
    // Public hits carry no internal fields.
    const addr = await anon().get(`/api/v1/public/kb/search?q=${encodeURIComponent('мекенжай аныктамасы')}&lang=kk`);
    expect(addr.body.items[0]).toEqual({ key: 'address-certificate', lang: 'kk', title: ADDRESS_KK.title, snippet: expect.any(String) });
  });

  it('keeps every revision: history, word diff, a stale save refused, rollback by publishing an older one', async () => {
    const base = (await editor().get(`/api/v1/kb/articles/${addressId}`)).body.translations[0].latest.revisionId;
    const draft = await editor().put(`/api/v1/kb/articles/${addressId}/translations/ru`, { ...ADDRESS_RU, body: `${ADDRESS_RU.body}\n4. Скачайте справку в PDF.`, note: 'шаг 4', baseRevisionId: base });
    expect(draft.status).toBe(200);
    expect(draft.body.number).toBe(2);
    // Another editor who loaded revision 1 cannot overwrite revision 2 unknowingly.
    const stale = await editor().put(`/api/v1/kb/articles/${addressId}/translations/ru`, { ...ADDRESS_RU, body: 'Другое', baseRevisionId: base });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('STALE_VERSION');

    // Readers still see revision 1 until the draft is published.
    const before = await anon('ru').get('/api/v1/public/kb/articles/address-certificate?lang=ru');
    expect(before.body.html).not.toContain('PDF');
    const full = await editor().get(`/api/v1/kb/articles/${addressId}`);
    expect(full.body.translations[0]).toMatchObject({ status: 'draft', published: { number: 1 }, latest: { number: 2 } });

    const history = await editor().get(`/api/v1/kb/articles/${addressId}/translations/ru/revisions`);
    expect(history.body.items.map((r: { number: number; isPublished: boolean; isLatest: boolean; note: string | null }) => [r.number, r.isPublished, r.isLatest, r.note])).toEqual([
      [2, false, true, 'шаг 4'],
      [1, true, false, null],
    ]);
    const diff = await editor().get(`/api/v1/kb/diff?from=${base}&to=${draft.body.revisionId}`);
    expect(diff.status).toBe(200);
    const added = diff.body.body.filter((p: { added?: boolean }) => p.added).map((p: { value: string }) => p.value).join('');
    expect(added).toContain('Скачайте справку в PDF.');
    expect(diff.body.body.some((p: { removed?: boolean }) => p.removed)).toBe(false);

    expect((await editor().post(`/api/v1/kb/articles/${addressId}/translations/ru/publish`, { revisionId: draft.body.revisionId })).status).toBe(200);
    expect((await anon('ru').get('/api/v1/public/kb/articles/address-certificate?lang=ru')).body.html).toContain('PDF');
    // Rollback: publish revision 1 again.
    expect((await editor().post(`/api/v1/kb/articles/${addressId}/translations/ru/publish`, { revisionId: base })).status).toBe(200);
    expect((await anon('ru').get('/api/v1/public/kb/articles/address-certificate?lang=ru')).body.html).not.toContain('PDF');
    // A revision of another article is neither publishable here nor comparable.
    const liftRev = (await editor().get(`/api/v1/kb/articles/${liftId}`)).body.translations[0].latest.revisionId;
    expect((await editor().post(`/api/v1/kb/articles/${addressId}/translations/ru/publish`, { revisionId: liftRev })).status).toBe(404);
    expect((await editor().get(`/api/v1/kb/diff?from=${base}&to=${liftRev}`)).status).toBe(400);
  });

  it('reads an article in the asked language, else the first published one, and lists the public ones by topic', async () => {
    const kk = await anon('kk').get('/api/v1/public/kb/articles/address-certificate');
    expect(kk.body).toMatchObject({ key: 'address-certificate', lang: 'kk', langs: ['ru', 'kk'], title: ADDRESS_KK.title, url: '/portal/kb/address-certificate?lang=kk' });
    expect(kk.body.html).toContain('<strong>онлайн</strong>');
    expect(kk.body).not.toHaveProperty('body');
    const en = await anon('en').get('/api/v1/public/kb/articles/address-certificate?lang=en');
    expect(en.body.lang).toBe('ru');
    const list = await anon('kk').get('/api/v1/public/kb/articles?tag=egov');
    expect(list.body.items).toEqual([{ key: 'address-certificate', lang: 'kk', title: ADDRESS_KK.title, tags: ['egov', 'справки'] }]);
    expect(list.body.tags).toEqual(expect.arrayContaining([{ tag: 'egov', n: 1 }]));
    expect(list.body.total).toBe(1);
  });

  it('unpublishing a language hides it from readers and search at once', async () => {
    expect((await editor().post(`/api/v1/kb/articles/${addressId}/translations/kk/unpublish`)).status).toBe(200);
    const kk = await anon('kk').get('/api/v1/public/kb/articles/address-certificate?lang=kk');
    expect(kk.body.lang).toBe('ru');
    const s = await anon().get(`/api/v1/public/kb/search?q=${encodeURIComponent('мекенжай анықтамасы')}&lang=kk`);
    expect(s.body.items).toEqual([]);
  });

  it('renders Markdown without running anything an editor typed', async () => {
    const r = await editor().post('/api/v1/kb/preview', { markdown: '<script>alert(1)</script>\n\n[x](javascript:alert(1)) [eGov](https://egov.kz)' });
    expect(r.status).toBe(200);
    expect(r.body.html).not.toContain('<script>');
    expect(r.body.html).not.toContain('href="javascript:');
    expect(r.body.html).toContain('<a href="https://egov.kz" target="_blank" rel="noopener noreferrer">eGov</a>');
  });

  it('attaches pictures; the public gets files of public articles only', async () => {
    const upload = async (id: number) => {
      const body = multipart([{ name: 'file', fileName: 'scheme.jpg', data: await samplePhoto(400, 300) }]);
      return app.inject({ method: 'POST', url: `/api/v1/kb/articles/${id}/files`, headers: { authorization: `Bearer ${editorToken}`, ...body.headers }, payload: body.payload });
    };
    const pub = await upload(addressId);
    expect(pub.statusCode).toBe(201);
    const file = pub.json().items[0];
    expect(file).toMatchObject({ fileName: 'scheme.jpg', mime: 'image/jpeg' });
    expect((await app.inject({ method: 'GET', url: `/api/v1/kb/files/${file.id}/preview` })).statusCode).toBe(200);
    const article = await anon().get('/api/v1/public/kb/articles/address-certificate');
    expect(article.body.attachments).toEqual([expect.objectContaining({ id: file.id, previewUrl: `/api/v1/kb/files/${file.id}/preview` })]);
    const internal = (await upload(liftId)).json().items[0];
    expect((await app.inject({ method: 'GET', url: `/api/v1/kb/files/${internal.id}/original` })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: `/api/v1/kb/files/${internal.id}/original`, headers: { authorization: `Bearer ${w.tokens.operator}` } })).statusCode).toBe(200);
    // Not a picture, video or PDF: refused, nothing kept.
    const bad = multipart([{ name: 'file', fileName: 'x.exe', data: Buffer.from('MZ\x90\x00 not really a program') }]);
    const r = await app.inject({ method: 'POST', url: `/api/v1/kb/articles/${addressId}/files`, headers: { authorization: `Bearer ${editorToken}`, ...bad.headers }, payload: bad.payload });
    expect(r.statusCode).toBe(415);
  });

  it('lets only kb_editor and admin write; staff read; bad input is a 4xx with its code', async () => {
    const draft = { key: 'x-article', translations: { ru: { title: 'Т', body: 'Б' } } };
    expect((await as('operator').post('/api/v1/kb/articles', draft)).body.error.code).toBe('FORBIDDEN_ROLE');
    expect((await as('analyst').put(`/api/v1/kb/articles/${addressId}/translations/en`, { title: 'T', body: 'B' })).status).toBe(403);
    expect((await as('operator').get(`/api/v1/kb/articles/${addressId}`)).status).toBe(403);
    expect((await anon().get('/api/v1/kb/search?q=lift')).status).toBe(401);
    expect((await as('admin').post('/api/v1/kb/articles', draft)).status).toBe(201);
    // Operators' list has published articles only, with published titles.
    const list = await as('operator').get('/api/v1/kb/articles');
    expect(list.body.items.map((a: { key: string }) => a.key).sort()).toEqual(['address-certificate', 'lift-breakdown']);

    const bad = await editor('ru').post('/api/v1/kb/articles', { key: 'Плохой ключ' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(bad.body.error)).toContain('латинские строчные буквы');
    expect((await editor().post('/api/v1/kb/articles', { key: 'address-certificate' })).body.error.code).toBe('CODE_TAKEN');
    expect((await editor().post('/api/v1/kb/articles', { key: 'y-article', itemIds: [w.items.category.id] })).body.error.code).toBe('NOT_AN_ITEM');
    expect((await editor().post('/api/v1/kb/articles', { key: 'z-article', itemIds: [999999] })).body.error.code).toBe('UNKNOWN_REFERENCE');
    expect((await editor().put(`/api/v1/kb/articles/${addressId}/translations/xx`, { title: 'T', body: 'B' })).status).toBe(400);
    expect((await editor().put('/api/v1/kb/articles/999999/translations/ru', { title: 'T', body: 'B' })).status).toBe(404);
    expect((await editor().patch(`/api/v1/kb/articles/${addressId}`, { tags: ['x'], version: 99 })).body.error.code).toBe('STALE_VERSION');
    expect((await anon().get('/api/v1/public/kb/search?q=' + 'а'.repeat(3000))).status).toBe(400);
    expect((await anon().get('/api/v1/kb/files/not-a-uuid/original')).status).toBe(400);
    // A NUL in a path is bad input, wherever it is.
    const nul = await anon().get('/api/v1/public/kb/articles/a%00b');
    expect(nul.status).toBe(400);
    expect(nul.body.error.code).toBe('VALIDATION_FAILED');
    // Two editors taking one key at once: one article, the other told the key is taken.
    const race = await Promise.all([editor().post('/api/v1/kb/articles', { key: 'race-key' }), editor().post('/api/v1/kb/articles', { key: 'race-key' })]);
    expect(race.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(race.find((r) => r.status === 409)!.body.error.code).toBe('CODE_TAKEN');
  });

  it("staff who do not edit find articles by their published titles only, never by a draft's", async () => {
    const made = await editor().post('/api/v1/kb/articles', { key: 'draft-probe', translations: { ru: { title: 'Опубликованный заголовок пробы', body: 'Текст.', publish: true } } });
    expect(made.status).toBe(201);
    const base = (await editor().get(`/api/v1/kb/articles/${made.body.id}`)).body.translations[0].latest.revisionId;
    const saved = await editor().put(`/api/v1/kb/articles/${made.body.id}/translations/ru`, { title: 'Секретный черновик заголовка', body: 'Текст.', baseRevisionId: base });
    expect(saved.status).toBe(200);
    const probe = (q: string) => `/api/v1/kb/articles?q=${encodeURIComponent(q)}`;
    expect((await editor().get(probe('Секретный черновик'))).body.items.map((a: { key: string }) => a.key)).toEqual(['draft-probe']);
    expect((await as('operator').get(probe('Секретный черновик'))).body.items).toEqual([]);
    expect((await as('operator').get(probe('заголовок пробы'))).body.items.map((a: { key: string }) => a.key)).toEqual(['draft-probe']);
    expect((await editor().del(`/api/v1/kb/articles/${made.body.id}`)).status).toBe(200);
  });

  it('changes audience and catalogue links with the version read; deleting removes the article everywhere', async () => {
    const full = await editor().get(`/api/v1/kb/articles/${liftId}`);
    const r = await editor().patch(`/api/v1/kb/articles/${liftId}`, { audience: 'public', itemIds: [w.items.roof.id], version: full.body.version });
    expect(r.status).toBe(200);
    const pub = await anon().get(`/api/v1/public/kb/search?q=${encodeURIComponent('лифт сломался')}`);
    expect(pub.body.items[0]?.key).toBe('lift-breakdown');
    const byItem = await as('operator').get(`/api/v1/kb/search?q=${encodeURIComponent('лифт')}&itemId=${w.items.roof.id}`);
    expect(byItem.body.items.map((h: { key: string }) => h.key)).toEqual(['lift-breakdown']);
    expect((await editor().del(`/api/v1/kb/articles/${liftId}`)).status).toBe(200);
    expect((await anon().get('/api/v1/public/kb/articles/lift-breakdown')).status).toBe(404);
    expect((await anon().get(`/api/v1/public/kb/search?q=${encodeURIComponent('лифт сломался')}`)).body.items).toEqual([]);
  });
});
