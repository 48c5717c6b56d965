import type { TrainOptions } from '../text/classifier.ts';
import { classifierStatus, storeModels, trainingSamples, trainInWorker, trainModels } from './classify.ts';
import type { Ctx } from './context.ts';

export type RetrainOptions = {
  /** Labelled changes (registrations, reroutes) that make a retraining due. */
  every?: number;
  /** Wait after it fell due, so a burst of registrations makes one retraining (debounce). */
  delayMs?: number;
  /** At most one retraining in this long (training a city's model takes minutes of CPU). */
  minIntervalMs?: number;
  /** Train in a worker thread, so the event loop keeps answering requests meanwhile. */
  inWorker?: boolean;
  train?: TrainOptions;
  log?: { info: (m: string) => void; warn: (m: string) => void };
};

export const RETRAIN_EVERY = 100;
export const RETRAIN_DELAY_MS = 60_000;
export const RETRAIN_MIN_INTERVAL_MS = 6 * 3_600_000;

/**
 * The retraining "job": every registration and every reroute is a label an operator confirmed
 * or corrected; after `every` of them (heard through the change feed, so across processes on a
 * server) the model is retrained `delayMs` later, off the request path, and stored; each
 * process's cache sees the new version within seconds. Never more often than `minIntervalMs`
 * (a model trained sooner, by this process or another, puts the turn off until then), so a busy
 * centre retrains a few times a day, not after every hundred calls. Returns `stop`.
 */
export function startClassifierRetraining(ctx: Ctx, opts: RetrainOptions = {}): { stop: () => void; runNow: () => Promise<void> } {
  const every = opts.every ?? RETRAIN_EVERY;
  const delayMs = opts.delayMs ?? RETRAIN_DELAY_MS;
  const minIntervalMs = Math.max(delayMs, opts.minIntervalMs ?? RETRAIN_MIN_INTERVAL_MS);
  let count = 0;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let stopped = false;

  const run = async (): Promise<void> => {
    timer = null;
    if (stopped) return;
    const status = await classifierStatus(ctx.db);
    const since = status ? ctx.now().getTime() - new Date(status.trainedAt).getTime() : Infinity;
    if (since < minIntervalMs) {
      // Too soon: the labels wait (they are in the database) until the interval has passed.
      timer = setTimeout(() => void runNow(), minIntervalMs - since);
      timer.unref();
      return;
    }
    count = 0;
    const data = await trainingSamples(ctx.db);
    const now = ctx.now();
    const models = opts.inWorker ? await trainInWorker(data, opts.train ?? {}, now) : trainModels(data, opts.train ?? {}, now);
    if (models && !stopped) {
      await storeModels(ctx.db, models);
      opts.log?.info(`Classifier retrained: ${models.items.labels.length} items from ${models.samples.catalogue} catalogue texts, ${models.samples.history} appeals, ${models.samples.imported} imported.`);
    }
  };
  const runNow = (): Promise<void> => {
    running ??= run()
      .catch((err: unknown) => opts.log?.warn(`Classifier retraining failed: ${String(err)}`))
      .finally(() => {
        running = null;
      });
    return running;
  };

  const unsubscribe = ctx.changes?.subscribe((c) => {
    if (c.action !== 'register' && c.action !== 'route') return;
    count++;
    if (count >= every && !timer && !running && !stopped) {
      timer = setTimeout(() => void runNow(), delayMs);
      timer.unref();
    }
  });
  return {
    stop: () => {
      stopped = true;
      unsubscribe?.();
      if (timer) clearTimeout(timer);
    },
    runNow,
  };
}
