import { Worker } from 'node:worker_threads';
import { and, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { appeals, catalogue, organisations, settings } from '../db/schema.ts';
import { AppError } from '../domain/errors.ts';
import { can } from '../domain/policy.ts';
import type { Lang } from '../domain/types.ts';
import { predictRaw, prepare, topK, train, type ClassifierModel, type PreparedModel, type Sample, type TrainOptions } from '../text/classifier.ts';
import { DEFAULT_FEATURES, rawFeatures, type RawFeatures } from '../text/features.ts';
import { detectLanguage, TEXT_LANGS, type TextLang } from '../text/language.ts';
import { searchAddresses } from './addresses.ts';
import type { ActorCtx, Ctx } from './context.ts';
import { dbId } from './schemas.ts';

/** Where the live model lives: the `settings` table (key → jsonb), no table of its own. */
export const MODEL_KEY = 'classifier_model';
/** A small row read to see whether another process stored a newer model. */
export const VERSION_KEY = 'classifier_version';
/** Labelled texts brought by `classify-train --csv`, kept so that retraining keeps them. */
export const IMPORTED_KEY = 'classifier_imported';

/** The kind measured best on real appeals (README, "Classification"). */
export const LIVE_KIND: TrainOptions['kind'] = 'centroid';
/** Most recent labelled appeals a training reads (bounds its time and memory). */
export const HISTORY_LIMIT = 20_000;

export type StoredModels = {
  version: string;
  trainedAt: string;
  items: ClassifierModel;
  executors: ClassifierModel | null;
  samples: { catalogue: number; history: number; imported: number };
};

export type ImportedSample = { text: string; item?: string; executor?: string };

type Loaded = { version: string; checkedAt: number; items: PreparedModel; executors: PreparedModel | null };

/**
 * The prepared models of each database handle, per process: loaded on first use, the version row
 * re-read at most every `RECHECK_MS`, the whole model re-read only when that version changed.
 */
const cache = new WeakMap<Db, { loaded: Loaded | null; loading: Promise<Loaded | null> | null }>();
const RECHECK_MS = 10_000;

async function readSetting<T>(db: Db, key: string): Promise<T | null> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, key));
  return (row?.value as T | undefined) ?? null;
}

async function writeSetting(db: Db, key: string, value: unknown): Promise<void> {
  await db.insert(settings).values({ key, value }).onConflictDoUpdate({ target: settings.key, set: { value } });
}

// --- training data ------------------------------------------------------------------------

/**
 * What the live model learns from: every active catalogue item's names, descriptions and
 * synonyms in the three languages (label: the item; its executor for the executor model), the
 * imported labelled texts, and the latest labelled appeals (the operators' confirmed or corrected
 * choices: item and current executor).
 */
export async function trainingSamples(db: Db): Promise<{ items: Sample[]; executors: Sample[]; counts: StoredModels['samples'] }> {
  const items: Sample[] = [];
  const executors: Sample[] = [];
  const nodes = await db.select().from(catalogue).where(and(eq(catalogue.level, 'item'), eq(catalogue.active, true)));
  const byCode = new Map(nodes.map((n) => [n.code, n]));
  let catalogueTexts = 0;
  for (const n of nodes) {
    const texts: [string | null, TextLang | undefined][] = [
      [n.nameRu, 'ru'],
      [n.nameKk, 'kk'],
      [n.nameEn, 'en'],
      [n.descriptionRu, 'ru'],
      [n.descriptionKk, 'kk'],
      [n.descriptionEn, 'en'],
      [n.synonyms, undefined],
    ];
    for (const [text, lang] of texts) {
      if (!text?.trim()) continue;
      catalogueTexts++;
      items.push({ text, label: String(n.id), ...(lang && { lang }) });
      if (n.executorId !== null) executors.push({ text, label: String(n.executorId), ...(lang && { lang }) });
    }
  }
  const imported = (await readSetting<ImportedSample[]>(db, IMPORTED_KEY)) ?? [];
  if (imported.length) {
    const orgs = await db.select({ id: organisations.id, code: organisations.code }).from(organisations);
    const orgByCode = new Map(orgs.map((o) => [o.code, o.id]));
    for (const s of imported) {
      const item = s.item ? byCode.get(s.item) : undefined;
      if (item) items.push({ text: s.text, label: String(item.id) });
      const exec = s.executor ? orgByCode.get(s.executor) : undefined;
      if (exec !== undefined) executors.push({ text: s.text, label: String(exec) });
    }
  }
  const active = new Set(nodes.map((n) => n.id));
  const history = await db
    .select({ description: appeals.description, itemId: appeals.catalogueItemId, executorId: appeals.executorId })
    .from(appeals)
    .where(isNotNull(appeals.catalogueItemId))
    .orderBy(desc(appeals.createdAt))
    .limit(HISTORY_LIMIT);
  for (const h of history) {
    if (h.itemId !== null && active.has(h.itemId)) items.push({ text: h.description, label: String(h.itemId) });
    if (h.executorId !== null) executors.push({ text: h.description, label: String(h.executorId) });
  }
  return { items, executors, counts: { catalogue: catalogueTexts, history: history.length, imported: imported.length } };
}

/** Trains both models from `trainingSamples` (pure CPU work: run it in a worker where it can be). */
export function trainModels(data: Awaited<ReturnType<typeof trainingSamples>>, options: TrainOptions = {}, now = new Date()): StoredModels | null {
  if (data.items.length === 0) return null;
  const opts: TrainOptions = { kind: LIVE_KIND, maxPerClass: 1000, ...options };
  // Most texts are in both sets (history): analyse each once.
  const spec = opts.features ?? DEFAULT_FEATURES;
  const memo = new Map<string, RawFeatures>();
  const raws = (samples: Sample[]) =>
    samples.map((s) => {
      const key = `${s.lang ?? ''}\u0000${s.text}`;
      let r = memo.get(key);
      if (!r) memo.set(key, (r = rawFeatures(s.text, spec, s.lang)));
      return r;
    });
  return {
    version: `${now.toISOString()}#${Math.random().toString(36).slice(2, 8)}`,
    trainedAt: now.toISOString(),
    items: train(data.items, opts, raws(data.items)),
    executors: data.executors.length ? train(data.executors, opts, raws(data.executors)) : null,
    samples: data.counts,
  };
}

/** Whether a worker thread can load our TypeScript (under tsx, as `npm start` runs; not inside test runners). */
export function canTrainInWorker(): boolean {
  return process.execArgv.some((a) => a.includes('tsx'));
}

/** Trains in a worker thread, so the event loop keeps answering requests (the data travels by structured clone). */
export function trainInWorker(data: Awaited<ReturnType<typeof trainingSamples>>, options: TrainOptions, now: Date): Promise<StoredModels | null> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./classify-worker.mjs', import.meta.url), { workerData: { data, options, now: now.toISOString() } });
    worker.once('message', (m: StoredModels | null) => resolve(m));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`classifier worker exited with ${code}`)));
  });
}

/** Training data this small is trained at once, on the caller's thread (well under a second). */
export const INLINE_TRAINING_MAX = 2_000;

export async function storeModels(db: Db, models: StoredModels): Promise<void> {
  await writeSetting(db, MODEL_KEY, models);
  await writeSetting(db, VERSION_KEY, { version: models.version, trainedAt: models.trainedAt, samples: models.samples });
  cache.delete(db);
}

/** Reads the data, trains, stores: the retraining job's and `classify-train`'s one step. */
export async function retrainClassifier(ctx: Pick<Ctx, 'db' | 'now'>, options: TrainOptions = {}): Promise<StoredModels | null> {
  const data = await trainingSamples(ctx.db);
  const models = trainModels(data, options, ctx.now());
  if (models) await storeModels(ctx.db, models);
  return models;
}

/** Keeps labelled texts from a file (item and executor codes) for every later training. */
export async function importSamples(db: Db, samples: ImportedSample[]): Promise<void> {
  await writeSetting(db, IMPORTED_KEY, samples);
}

export async function classifierStatus(db: Db): Promise<{ version: string; trainedAt: string; samples: StoredModels['samples'] } | null> {
  return readSetting(db, VERSION_KEY);
}

// --- loading ------------------------------------------------------------------------------

const training = new WeakMap<Db, Promise<void>>();

async function load(db: Db): Promise<Loaded | null> {
  const stored = await readSetting<StoredModels>(db, MODEL_KEY);
  if (stored) return { version: stored.version, checkedAt: Date.now(), items: prepare(stored.items), executors: stored.executors ? prepare(stored.executors) : null };
  // No model yet (a new installation): train one from the catalogue and history — at once when
  // that is quick, else in the background (a worker thread where possible) while the answers
  // stay empty; the next request after it is stored finds it.
  const data = await trainingSamples(db);
  if (data.items.length === 0) return null;
  if (data.items.length + data.executors.length <= INLINE_TRAINING_MAX) {
    const models = trainModels(data)!;
    await writeSetting(db, MODEL_KEY, models);
    await writeSetting(db, VERSION_KEY, { version: models.version, trainedAt: models.trainedAt, samples: models.samples });
    return { version: models.version, checkedAt: Date.now(), items: prepare(models.items), executors: models.executors ? prepare(models.executors) : null };
  }
  if (!training.has(db)) {
    const run = async () => {
      await new Promise((r) => setImmediate(r));
      const models = canTrainInWorker() ? await trainInWorker(data, {}, new Date()) : trainModels(data);
      if (models) await storeModels(db, models);
    };
    training.set(
      db,
      // A failed training is tried again a minute later, not on every request.
      run().catch(() => {
        setTimeout(() => training.delete(db), 60_000).unref();
      }),
    );
  }
  return null;
}

/** The current prepared models (single flight per process and database). */
export async function loadedModels(db: Db): Promise<Loaded | null> {
  let entry = cache.get(db);
  if (!entry) cache.set(db, (entry = { loaded: null, loading: null }));
  const e = entry;
  if (e.loaded && Date.now() - e.loaded.checkedAt < RECHECK_MS) return e.loaded;
  // Nothing loaded yet: a training may be under way; asking the version row is cheap.
  if (!e.loaded && training.has(db) && !(await classifierStatus(db))) return null;
  if (e.loaded) {
    const v = await classifierStatus(db);
    if (v?.version === e.loaded.version) {
      e.loaded.checkedAt = Date.now();
      return e.loaded;
    }
  }
  e.loading ??= load(db).finally(() => {
    e.loading = null;
  });
  e.loaded = await e.loading;
  return e.loaded;
}

/**
 * At the server's start: loads the live model, or has the first one trained in the background
 * (a new installation, the demo), so the first operator who types already gets suggestions.
 */
export async function warmClassifier(db: Db, log?: { info: (m: string) => void }): Promise<void> {
  const started = Date.now();
  if (await loadedModels(db)) return;
  const run = training.get(db);
  if (!run) return;
  log?.info('Classifier: no model yet, training the first one from the catalogue and the appeals in the background…');
  await run;
  const status = await classifierStatus(db);
  if (status) log?.info(`Classifier: the first model is ready (${((Date.now() - started) / 1000).toFixed(1)} s).`);
}

// --- the use-case -------------------------------------------------------------------------

export const classifyInput = z
  .object({
    text: z.string().trim().min(1).max(5_000),
    address: z.string().trim().max(300).optional(),
    houseId: dbId.optional(),
    /** The text's language when the caller knows it; detected otherwise. */
    lang: z.enum(['ru', 'kk', 'en']).optional(),
  })
  .strict();

export type Suggestion = { id: number; code: string; name: string; confidence: number };
export type Classification = { language: TextLang; items: Suggestion[]; executors: Suggestion[]; confident: boolean };

const name = (r: { nameRu: string; nameKk: string; nameEn: string }, lang: Lang) => (lang === 'kk' ? r.nameKk : lang === 'en' ? r.nameEn : r.nameRu);
const conf = (p: number) => Math.round(p * 1000) / 1000;

/** How many of the most probable items pass their routing on to the executors' ranking. */
const ROUTED_ITEMS = 20;

/**
 * The three most probable catalogue items and executors for a free text, with calibrated
 * probabilities, and whether the first item is sure enough to suggest (else the intake shows
 * nothing). Executors: the probability mass of the top items goes to the executor each would be
 * routed to — by the catalogue, the district's route or the house's coop when the address names
 * one house — and the rest is shared by the executor model's own ranking.
 */
export async function classifyText(ctx: ActorCtx, input: z.infer<typeof classifyInput>, lang: Lang): Promise<Classification> {
  const d = can(ctx.actor, 'register');
  if (!d.ok) throw new AppError(d.code);
  const language = input.lang ?? detectLanguage(input.text);
  const models = await loadedModels(ctx.db);
  if (!models) return { language, items: [], executors: [], confident: false };
  const raw = rawFeatures(input.text, models.items.model.spec, language);
  const itemPrediction = predictRaw(models.items, raw, 3);

  let houseId = input.houseId;
  if (houseId === undefined && input.address && input.address.length >= 3) {
    const found = await searchAddresses(ctx.db, { q: input.address, limit: 2 });
    if (found.length === 1) houseId = found[0]!.houseId;
  }
  const house = houseId === undefined ? null : await ctx.refs.house(ctx.db, houseId);

  const execP = new Map<number, number>();
  const p = itemPrediction.probabilities;
  let routed = 0;
  for (const c of topK(p, ROUTED_ITEMS)) {
    const item = await ctx.refs.item(ctx.db, { id: Number(models.items.model.labels[c]) });
    if (!item) continue;
    const exec = item.routeToHouseManager && house?.manager ? house.manager : ((house?.districtId && item.routes.get(house.districtId)) ?? item.executorId);
    if (exec === null || exec === undefined) continue;
    execP.set(exec, (execP.get(exec) ?? 0) + p[c]!);
    routed += p[c]!;
  }
  if (models.executors) {
    const ep = predictRaw(models.executors, rawFeatures(input.text, models.executors.model.spec, language), 3).probabilities;
    models.executors.model.labels.forEach((l, i) => {
      if (ep[i]! * (1 - routed) > 1e-4) execP.set(Number(l), (execP.get(Number(l)) ?? 0) + ep[i]! * (1 - routed));
    });
  }
  const topExec = [...execP].sort((a, b) => b[1] - a[1]).slice(0, 3);

  const itemIds = itemPrediction.ranked.map((r) => Number(r.label));
  const [itemRows, orgRows] = await Promise.all([
    itemIds.length ? ctx.db.select({ id: catalogue.id, code: catalogue.code, nameRu: catalogue.nameRu, nameKk: catalogue.nameKk, nameEn: catalogue.nameEn }).from(catalogue).where(inArray(catalogue.id, itemIds)) : [],
    topExec.length
      ? ctx.db.select({ id: organisations.id, code: organisations.code, nameRu: organisations.nameRu, nameKk: organisations.nameKk, nameEn: organisations.nameEn }).from(organisations).where(inArray(organisations.id, topExec.map((e) => e[0])))
      : [],
  ]);
  const itemById = new Map(itemRows.map((r) => [r.id, r]));
  const orgById = new Map(orgRows.map((r) => [r.id, r]));
  const items = itemPrediction.ranked.flatMap((r) => {
    const row = itemById.get(Number(r.label));
    return row ? [{ id: row.id, code: row.code, name: name(row, lang), confidence: conf(r.p) }] : [];
  });
  const executors = topExec.flatMap(([id, pr]) => {
    const row = orgById.get(id);
    return row ? [{ id: row.id, code: row.code, name: name(row, lang), confidence: conf(pr) }] : [];
  });
  return { language: TEXT_LANGS.includes(language) ? language : 'ru', items, executors, confident: itemPrediction.confident };
}
