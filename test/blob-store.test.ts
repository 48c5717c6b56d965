import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/http/app.ts';
import { buildApp } from '../src/http/app.ts';
import { createLogger } from '../src/logger.ts';
import { FileBlobStore, openBlobStore, S3BlobStore, type BlobStore } from '../src/storage/blob-store.ts';
import { describeEngines } from './engines.ts';
import { client, makeCtx, manualClock, multipart, samplePhoto, sampleVideo, seedWorld, testConfig, type World } from './fixtures.ts';

// The same contract for both stores; the S3 one against s3rver, an S3-compatible server that
// runs in the test process (range reads, HEAD, path-style buckets, as MinIO answers them).

let s3server: S3rver;
let endpoint: string;
const BUCKET = 'jauap-test';

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jauap-s3-'));
  s3server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: dir, configureBuckets: [{ name: BUCKET, configs: [] }] });
  const { port } = await s3server.run();
  endpoint = `http://127.0.0.1:${port}`;
});
afterAll(() => s3server?.close());

const s3settings = (prefix = '') => ({ bucket: BUCKET, endpoint, region: 'us-east-1', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true, prefix });

const stores: [string, () => Promise<BlobStore>][] = [
  ['files', async () => new FileBlobStore(fs.mkdtempSync(path.join(os.tmpdir(), 'jauap-files-')))],
  ['S3', () => S3BlobStore.open(s3settings('contract/'))],
];

for (const [name, open] of stores) {
  describe(`blob store: ${name}`, () => {
    it('stores a file once, tells its size, reads it whole and by range', async () => {
      const store = await open();
      const tmp = path.join(await store.tmpDir(), `t-${Math.random()}`);
      fs.writeFileSync(tmp, 'hello, Kostanay');
      expect(await store.size('ab/cd/abcd01')).toBeNull();
      await store.putFile('ab/cd/abcd01', tmp);
      expect(fs.existsSync(tmp)).toBe(false);
      expect(await store.size('ab/cd/abcd01')).toBe(15);
      expect(await text(await store.read('ab/cd/abcd01'))).toBe('hello, Kostanay');
      expect(await text(await store.read('ab/cd/abcd01', { start: 7, end: 14 }))).toBe('Kostanay');
      // The same key again (a retried upload): nothing changes, the temporary file is gone.
      const again = path.join(await store.tmpDir(), `t-${Math.random()}`);
      fs.writeFileSync(again, 'something else');
      await store.putFile('ab/cd/abcd01', again);
      expect(fs.existsSync(again)).toBe(false);
      expect(await text(await store.read('ab/cd/abcd01'))).toBe('hello, Kostanay');
      await store.putBuffer('ab/cd/abcd01.thumb.webp', Buffer.from('thumb'));
      expect(await store.size('ab/cd/abcd01.thumb.webp')).toBe(5);
    });

    it('refuses keys that could leave its folder', async () => {
      const store = await open();
      await expect(store.size('../../etc/passwd')).rejects.toThrow(/bad blob key/);
      await expect(store.putBuffer('a/../../b', Buffer.from('x'))).rejects.toThrow(/bad blob key/);
    });
  });
}

describe('openBlobStore', () => {
  it('is S3 when a bucket is configured, files under DATA_DIR otherwise', async () => {
    expect(await openBlobStore({ dataDir: '/tmp/x', s3: null })).toBeInstanceOf(FileBlobStore);
    const s3 = await openBlobStore({ dataDir: '/tmp/x', s3: s3settings() });
    expect(s3).toBeInstanceOf(S3BlobStore);
    (s3 as S3BlobStore).close();
  });
});

describeEngines('attachments on an S3-compatible store', (getDb) => {
  let app: App;
  let w: World;
  let store: S3BlobStore;
  beforeAll(async () => {
    w = await seedWorld(getDb().db);
    store = await S3BlobStore.open(s3settings(`app-${Math.random().toString(36).slice(2)}/`));
    app = await buildApp({ ...makeCtx(getDb(), manualClock(), testConfig), blobs: store, database: getDb(), logger: createLogger('error') });
  });
  afterAll(async () => {
    await app.close();
    store.close();
  });

  it('uploads a photo and a video, serves the preview and streams the video by range', async () => {
    const reg = await client(app, w.tokens.operator).post('/api/v1/appeals', { channel: 'phone', description: 'Яма во дворе', catalogueItemId: w.items.pothole.id });
    const video = sampleVideo(120_000);
    const { payload, headers } = multipart([
      { name: 'file', fileName: 'p.jpg', data: await samplePhoto(900, 600, 11) },
      { name: 'file', fileName: 'v.mp4', data: video },
    ]);
    const up = await app.inject({ method: 'POST', url: `/api/v1/appeals/${reg.body.id}/attachments`, payload, headers: { ...headers, authorization: `Bearer ${w.tokens.operator}` } });
    expect(up.statusCode).toBe(201);
    const items = up.json().items as { kind: string; urls: { original: string; preview: string | null } }[];
    const auth = { authorization: `Bearer ${w.tokens.operator}` };
    const photo = items.find((i) => i.kind === 'image')!;
    const preview = await app.inject({ method: 'GET', url: photo.urls.preview!, headers: auth });
    expect(preview.statusCode).toBe(200);
    expect(preview.headers['content-type']).toBe('image/webp');
    const clip = items.find((i) => i.kind === 'video')!;
    const part = await app.inject({ method: 'GET', url: clip.urls.original, headers: { ...auth, range: 'bytes=100-199' } });
    expect(part.statusCode).toBe(206);
    expect(Buffer.compare(part.rawPayload, video.subarray(100, 200))).toBe(0);
  });
});
