import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.ts';
import type { App } from '../src/http/app.ts';
import { describeEngines } from './engines.ts';
import { client, makeApp, manualClock, multipart, samplePhoto, sampleVideo, seedWorld, type World } from './fixtures.ts';

describeEngines('attachments (staff)', (getDb) => {
  let app: App;
  let w: World;
  const clock = manualClock();
  // Small limits so the tests can cross them: 1 MiB per file, 3 files per appeal.
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: '/nonexistent', LOG_LEVEL: 'silent', MAX_UPLOAD_MB: '1', MAX_FILES_PER_APPEAL: '3' });
  const as = (who: keyof World['tokens'], lang = 'en') => client(app, w.tokens[who], lang);
  let appealId: string;

  const upload = (who: keyof World['tokens'], id: string, parts: Parameters<typeof multipart>[0], lang = 'en') => {
    const { payload, headers } = multipart(parts);
    return app.inject({ method: 'POST', url: `/api/v1/appeals/${id}/attachments`, payload, headers: { ...headers, authorization: `Bearer ${w.tokens[who]}`, 'accept-language': lang } });
  };
  const fetchAs = (who: keyof World['tokens'], url: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${w.tokens[who]}`, ...headers } });

  beforeAll(async () => {
    w = await seedWorld(getDb().db);
    app = await makeApp(getDb(), clock, config);
    const r = await as('operator').post('/api/v1/appeals', { channel: 'phone', description: 'Яма во дворе, фото прилагаю', catalogueItemId: w.items.pothole.id, houseId: w.houses.central.id });
    expect(r.status).toBe(201);
    appealId = r.body.id;
  });
  afterAll(() => app.close());

  it('stores a photo, reads its type from the content, and makes a preview and a thumbnail without EXIF', async () => {
    const photo = await samplePhoto(2400, 1200);
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    // The client says "text/plain" and the name says .txt: the content says JPEG.
    const res = await upload('operator', appealId, [{ name: 'file', fileName: 'yard.txt', data: photo, type: 'text/plain' }, { name: 'purpose', value: 'evidence' }]);
    expect(res.statusCode).toBe(201);
    const [att] = res.json().items;
    expect(att).toMatchObject({ kind: 'image', mime: 'image/jpeg', fileName: 'yard.txt', size: photo.length, width: 2400, height: 1200, purpose: 'evidence', public: false });

    const preview = await fetchAs('operator', att.urls.preview);
    expect(preview.statusCode).toBe(200);
    expect(preview.headers['content-type']).toBe('image/webp');
    const pm = await sharp(preview.rawPayload).metadata();
    expect(pm.width).toBe(1600);
    expect(pm.exif).toBeUndefined();
    const thumb = await sharp((await fetchAs('operator', att.urls.thumb)).rawPayload).metadata();
    expect(Math.max(thumb.width ?? 0, thumb.height ?? 0)).toBe(320);
    const original = await fetchAs('operator', att.urls.original);
    expect(Buffer.compare(original.rawPayload, photo)).toBe(0);
    expect(original.headers['x-content-type-options']).toBe('nosniff');

    // The card lists it.
    const card = await as('operator').get(`/api/v1/appeals/${appealId}`);
    expect(card.body.attachments.map((a: { id: string }) => a.id)).toEqual([att.id]);
  });

  it('uploading the same file again adds nothing', async () => {
    const photo = await samplePhoto(2400, 1200);
    const res = await upload('operator', appealId, [{ name: 'file', fileName: 'again.jpg', data: photo }, { name: 'purpose', value: 'evidence' }]);
    expect(res.statusCode).toBe(201);
    expect((await as('operator').get(`/api/v1/appeals/${appealId}/attachments`)).body.items).toHaveLength(1);
  });

  it('streams a video with range requests', async () => {
    const video = sampleVideo(300_000);
    const res = await upload('inspector', appealId, [{ name: 'file', fileName: 'clip.mp4', data: video }]);
    expect(res.statusCode).toBe(201);
    const att = res.json().items[0];
    expect(att).toMatchObject({ kind: 'video', mime: 'video/mp4', urls: { preview: null, thumb: null } });
    const part = await fetchAs('operator', att.urls.original, { range: 'bytes=1000-1999' });
    expect(part.statusCode).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 1000-1999/${video.length}`);
    expect(Buffer.compare(part.rawPayload, video.subarray(1000, 2000))).toBe(0);
    const tail = await fetchAs('operator', att.urls.original, { range: 'bytes=-100' });
    expect(Buffer.compare(tail.rawPayload, video.subarray(video.length - 100))).toBe(0);
    expect((await fetchAs('operator', att.urls.original, { range: `bytes=${video.length + 10}-` })).statusCode).toBe(416);
    const again = await fetchAs('operator', att.urls.original, { 'if-none-match': String(part.headers.etag) });
    expect(again.statusCode).toBe(304);
  });

  it('refuses a type we do not take, a file over the limit, and more files than an appeal may have — in the user’s language', async () => {
    const html = await upload('operator', appealId, [{ name: 'file', fileName: 'photo.jpg', data: Buffer.from('<html><script>alert(1)</script></html>'), type: 'image/jpeg' }], 'ru');
    expect(html.statusCode).toBe(415);
    expect(html.json().error.code).toBe('UNSUPPORTED_FILE_TYPE');
    expect(html.json().error.message).toContain('photo.jpg');
    expect(html.json().error.message).toMatch(/не принимается/);

    const big = await upload('operator', appealId, [{ name: 'file', fileName: 'big.mp4', data: sampleVideo(1024 * 1024 + 10) }]);
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('FILE_TOO_LARGE');

    const broken = await upload('operator', appealId, [{ name: 'file', fileName: 'broken.jpg', data: (await samplePhoto()).subarray(0, 300) }]);
    expect(broken.statusCode).toBe(422);
    expect(broken.json().error.code).toBe('FILE_UNREADABLE');

    // Two are on the appeal (photo, video); a third fits, a fourth does not.
    const photos = await Promise.all([samplePhoto(100, 100, 1), samplePhoto(100, 100, 2)]);
    const many = await upload('operator', appealId, photos.map((data, i) => ({ name: 'file', fileName: `p${i}.jpg`, data })));
    expect(many.statusCode).toBe(413);
    expect(many.json().error.code).toBe('TOO_MANY_FILES');
    expect((await as('operator').get(`/api/v1/appeals/${appealId}/attachments`)).body.items).toHaveLength(2);

    const none = await upload('operator', appealId, [{ name: 'purpose', value: 'evidence' }]);
    expect(none.statusCode).toBe(400);
    const json = await as('operator').post(`/api/v1/appeals/${appealId}/attachments`, { file: 'x' });
    expect(json.status).toBe(415);
  });

  it('only those who see the appeal see its files; another organisation’s executor does not', async () => {
    const items = (await as('operator').get(`/api/v1/appeals/${appealId}/attachments`)).body.items;
    const url = items.find((a: { kind: string }) => a.kind === 'image').urls.thumb;
    expect((await fetchAs('executorA', url)).statusCode).toBe(200); // roads: the pothole's executor
    expect((await fetchAs('executorB', url)).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url })).statusCode).toBe(401);
    expect((await upload('executorB', appealId, [{ name: 'file', fileName: 'x.jpg', data: await samplePhoto(50, 50) }])).statusCode).toBe(403);
    expect((await upload('analyst', appealId, [{ name: 'file', fileName: 'x.jpg', data: await samplePhoto(50, 50) }])).statusCode).toBe(403);
  });

  it('an answer carries the executor’s files; files of someone else or of another appeal are refused', async () => {
    const ex = as('executorA');
    expect((await ex.post(`/api/v1/appeals/${appealId}/accept`, {})).status).toBe(200);
    const cap = await upload('executorA', appealId, [{ name: 'file', fileName: 'done.jpg', data: await samplePhoto(640, 480, 9) }, { name: 'purpose', value: 'answer' }]);
    expect(cap.statusCode).toBe(201);
    const mine = cap.json().items[0].id as string;
    const listed = (await as('operator').get(`/api/v1/appeals/${appealId}/attachments`)).body.items as { id: string; uploadedById: number }[];
    const others = listed.find((a) => a.uploadedById === w.staff.operator.id)!.id;

    const refused = await ex.post(`/api/v1/appeals/${appealId}/answer`, { text: 'Яма заделана', attachmentIds: [mine, others] });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('UNKNOWN_REFERENCE');
    // Nothing half-done: the appeal is still in work and the file still unlinked.
    const still = await ex.get(`/api/v1/appeals/${appealId}`);
    expect(still.body.status).toBe('accepted');
    expect(still.body.attachments.find((a: { id: string }) => a.id === mine).eventId).toBeNull();

    const ok = await ex.post(`/api/v1/appeals/${appealId}/answer`, { text: 'Яма заделана', attachmentIds: [mine] });
    expect(ok.status).toBe(200);
    const answer = ok.body.timeline.find((e: { action: string }) => e.action === 'answer');
    expect(ok.body.attachments.find((a: { id: string }) => a.id === mine).eventId).toBe(Number(answer.id));
  });
});
