import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { classifierStatus, MODEL_KEY, retrainClassifier, warmClassifier } from '../src/app/classify.ts';
import { startClassifierRetraining } from '../src/app/classify-retrain.ts';
import { settings } from '../src/db/schema.ts';
import type { App } from '../src/http/app.ts';
import { describeEngines } from './engines.ts';
import { client, makeApp, manualClock, seedWorld, type World } from './fixtures.ts';

type Suggestion = { id: number; code: string; name: string; confidence: number };
type Body = { language: string; items: Suggestion[]; executors: Suggestion[]; confident: boolean };

describeEngines('classify API', (getDb) => {
  let app: App;
  let w: World;
  const clock = manualClock(new Date('2026-03-02T10:00:00+05:00'));
  const as = (who: keyof World['tokens'], lang = 'en') => client(app, w.tokens[who], lang);
  const classify = async (body: Record<string, unknown>, who: keyof World['tokens'] = 'operator', lang = 'en') => {
    const r = await as(who, lang).post('/api/v1/classify', body);
    return { status: r.status, body: r.body as Body & { error?: { code: string } } };
  };

  beforeAll(async () => {
    w = await seedWorld(getDb().db);
    app = await makeApp(getDb(), clock);
  });
  afterAll(() => app.close());

  it('trains a first model from the catalogue on first use, stores it, and ranks items and executors', async () => {
    const r = await classify({ text: 'На дороге большая яма, машины объезжают' });
    expect(r.status).toBe(200);
    expect(r.body.language).toBe('ru');
    expect(r.body.items[0]).toMatchObject({ id: w.items.pothole.id, code: 'S1.C1.I2', name: 'Pothole' });
    expect(r.body.items.length).toBeLessThanOrEqual(3);
    const confidences = r.body.items.map((i) => i.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
    expect(confidences.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1.001);
    expect(r.body.executors[0]).toMatchObject({ id: w.orgs.roads.id, code: 'roads' });
    const [stored] = await getDb().db.select().from(settings).where(eq(settings.key, MODEL_KEY));
    expect(stored).toBeDefined();
    expect(await classifierStatus(getDb().db)).toMatchObject({ samples: { catalogue: 9, history: 0, imported: 0 } });
  });

  it('reads Kazakh and names things in the caller’s language', async () => {
    const r = await classify({ text: 'Жолда үлкен шұңқыр бар' }, 'operator', 'kk');
    expect(r.body.language).toBe('kk');
    expect(r.body.items[0]).toMatchObject({ code: 'S1.C1.I2', name: 'Жолдағы шұңқыр' });
    expect(r.body.executors[0]!.name).toBe('Жолдар бөлімі');
  });

  it('routes the executors by the address: a district route, a house’s coop', async () => {
    const north = await classify({ text: 'Яма на дороге', houseId: w.houses.north.id });
    expect(north.body.items[0]!.code).toBe('S1.C1.I2');
    expect(north.body.executors[0]!.code).toBe('water');
    const roof = await classify({ text: 'Протекает крыша, вода в квартире', address: 'Байтурсынова 110' });
    expect(roof.body.items[0]!.code).toBe('S1.C1.I3');
    expect(roof.body.executors[0]!.code).toBe('coop-1');
  });

  it('is for those who register appeals; bad input is a 400', async () => {
    expect((await classify({ text: 'яма' }, 'executorA')).body.error?.code).toBe('FORBIDDEN_ROLE');
    expect((await classify({ text: 'яма' }, 'analyst')).status).toBe(403);
    expect((await client(app).post('/api/v1/classify', { text: 'яма' })).status).toBe(401);
    expect((await classify({ text: '   ' })).status).toBe(400);
    expect((await classify({ text: 'яма', extra: 1 })).status).toBe(400);
  });

  it('learns from labelled history when retrained, and the app picks the new model up', async () => {
    const text = 'Огромные сосульки свисают над подъездом';
    const before = await classify({ text });
    expect(before.body.items[0]?.code).not.toBe('S1.C1.I3');
    for (let i = 0; i < 3; i++) {
      const r = await as('operator').post('/api/v1/appeals', { channel: 'phone', description: `Сосульки на крыше, опасно ${i}`, catalogueItemId: w.items.roof.id });
      expect(r.status).toBe(201);
    }
    const models = await retrainClassifier(app.services);
    expect(models?.samples.history).toBe(3);
    const after = await classify({ text });
    expect(after.body.items[0]!.code).toBe('S1.C1.I3');
  });

  it('retrains by itself after enough registrations (the job)', async () => {
    const before = (await classifierStatus(getDb().db))!.version;
    const job = startClassifierRetraining({ ...app.services, now: () => new Date(Date.now() + 3_600_000) }, { every: 2, delayMs: 1, minIntervalMs: 1 });
    try {
      for (let i = 0; i < 2; i++) await as('operator').post('/api/v1/appeals', { channel: 'phone', description: `Сосульки у входа ${i}`, catalogueItemId: w.items.roof.id });
      await expect.poll(async () => (await classifierStatus(getDb().db))!.version, { timeout: 20_000, interval: 100 }).not.toBe(before);
      expect((await classifierStatus(getDb().db))!.samples.history).toBe(5);
    } finally {
      job.stop();
    }
  });
});

describeEngines('classifier at the server’s start', (getDb) => {
  it('a new installation gets its first model before anyone asks; a stored one is only loaded', async () => {
    const db = getDb().db;
    await seedWorld(db);
    expect(await classifierStatus(db)).toBeNull();
    await warmClassifier(db);
    const first = await classifierStatus(db);
    expect(first?.samples.catalogue).toBeGreaterThan(0);
    await warmClassifier(db);
    expect((await classifierStatus(db))?.version).toBe(first!.version);
  });
});
