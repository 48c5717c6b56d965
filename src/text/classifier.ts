import { DEFAULT_FEATURES, fitIdf, rawFeatures, weigh, type FeatureSpec, type RawFeatures, type SparseVector } from './features.ts';
import type { TextLang } from './language.ts';
import { mulberry32, shuffle } from './random.ts';

/**
 * Our own text classifiers, pure: train(samples) → a JSON model; predict(model, text) → ranked
 * labels with calibrated probabilities. Three kinds share the features (features.ts):
 *
 * - `centroid`: TF-IDF class centroids, cosine similarity (Rocchio);
 * - `nb`: multinomial naive Bayes over TF-IDF weights;
 * - `linear`: a multiclass linear model trained by passive-aggressive updates (hinge loss,
 *   averaged weights), sparse: only the true class and the strongest wrong one move per step.
 *
 * Every kind's scores become probabilities through softmax(scale × score), the scale fitted on a
 * held-out part of the training data by minimising the log-loss (temperature scaling); the
 * "confident" threshold is the lowest top-1 probability at which the held-out top-1 answers were
 * right at least `targetPrecision` of the time.
 */

export type ModelKind = 'centroid' | 'nb' | 'linear';
export const MODEL_KINDS: readonly ModelKind[] = ['centroid', 'nb', 'linear'];

export type Sample = { text: string; label: string; lang?: TextLang; weight?: number };

export type TrainOptions = {
  kind?: ModelKind;
  features?: FeatureSpec;
  /** Drop features seen in fewer training texts (1 keeps all: a catalogue name is seen once). */
  minDf?: number;
  /** Linear: passes over the data, aggressiveness cap. NB: smoothing. */
  epochs?: number;
  c?: number;
  alpha?: number;
  /** Most features kept per class (bounds the model's size). */
  maxPerClass?: number;
  /** Linear: the classes (closest by centroid) each training step competes among. */
  candidates?: number;
  seed?: number;
  /** Share of the training data held out to fit the scale and threshold (0: keep defaults). */
  calibrationShare?: number;
  targetPrecision?: number;
};

export type ClassifierModel = {
  format: 'jauap-classifier/1';
  kind: ModelKind;
  spec: FeatureSpec;
  labels: string[];
  /** idf by bucket: parallel arrays. */
  idf: { keys: number[]; values: number[] };
  /** Per class: a constant, and (NB) a factor of the vector's total weight. */
  bias: number[];
  mass: number[];
  /** Per bucket the classes it votes for and how much (CSR layout). */
  postings: { keys: number[]; offsets: number[]; classes: number[]; weights: number[] };
  /** softmax(scale × score); top-1 probability ≥ threshold → confident. */
  scale: number;
  threshold: number;
  stats: { samples: number; classes: number; calibration: { n: number; top1: number; logLoss: number; coverage: number } | null };
};

export const DEFAULTS = { kind: 'linear' as ModelKind, minDf: 1, epochs: 12, c: 1, alpha: 0.02, maxPerClass: 3000, candidates: 40, seed: 1, calibrationShare: 0.2, targetPrecision: 0.8 };

type Table = { bias: Float64Array; mass: Float64Array; rows: Map<number, Map<number, number>> };

type Vec = SparseVector & { y: number; w: number };

function scoresOf(t: Table, x: SparseVector, n: number): Float64Array {
  const s = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < x.idx.length; i++) {
    const v = x.val[i]!;
    total += v;
    const row = t.rows.get(x.idx[i]!);
    if (row) for (const [c, w] of row) s[c] = s[c]! + w * v;
  }
  for (let c = 0; c < n; c++) s[c] = s[c]! + t.bias[c]! + t.mass[c]! * total;
  return s;
}

function bump(rows: Map<number, Map<number, number>>, b: number, c: number, d: number): void {
  let row = rows.get(b);
  if (!row) rows.set(b, (row = new Map()));
  row.set(c, (row.get(c) ?? 0) + d);
}

/** Keeps each class's `max` strongest features. */
function prune(rows: Map<number, Map<number, number>>, n: number, max: number): void {
  const perClass: number[][] = Array.from({ length: n }, () => []);
  for (const row of rows.values()) for (const [c, w] of row) perClass[c]!.push(Math.abs(w));
  const cut = perClass.map((list) => (list.length <= max ? 0 : Float64Array.from(list).sort()[list.length - max]!));
  for (const [b, row] of rows) {
    for (const [c, w] of row) if (Math.abs(w) < cut[c]!) row.delete(c);
    if (row.size === 0) rows.delete(b);
  }
}

function trainCentroid(vecs: Vec[], n: number, o: typeof DEFAULTS): Table {
  const rows = new Map<number, Map<number, number>>();
  for (const x of vecs) for (let i = 0; i < x.idx.length; i++) bump(rows, x.idx[i]!, x.y, x.val[i]! * x.w);
  prune(rows, n, o.maxPerClass);
  const norms = new Float64Array(n);
  for (const row of rows.values()) for (const [c, w] of row) norms[c] = norms[c]! + w * w;
  for (const row of rows.values()) for (const [c, w] of row) row.set(c, w / Math.sqrt(norms[c]!));
  return { bias: new Float64Array(n), mass: new Float64Array(n), rows };
}

function trainNaiveBayes(vecs: Vec[], n: number, vocabulary: number, o: typeof DEFAULTS): Table {
  const rows = new Map<number, Map<number, number>>();
  const total = new Float64Array(n);
  const docs = new Float64Array(n);
  for (const x of vecs) {
    docs[x.y] = docs[x.y]! + x.w;
    for (let i = 0; i < x.idx.length; i++) {
      bump(rows, x.idx[i]!, x.y, x.val[i]! * x.w);
      total[x.y] = total[x.y]! + x.val[i]! * x.w;
    }
  }
  prune(rows, n, o.maxPerClass);
  const all = docs.reduce((a, b) => a + b, 0);
  const a = o.alpha;
  // log P(f|c) = log((count + α) / (total_c + αV)) = mass_c + log(1 + count/α), mass_c = log(α / (total_c + αV)).
  const mass = new Float64Array(n);
  const bias = new Float64Array(n);
  for (let c = 0; c < n; c++) {
    mass[c] = Math.log(a / (total[c]! + a * vocabulary));
    bias[c] = Math.log((docs[c]! + 1) / (all + n));
  }
  for (const row of rows.values()) for (const [c, w] of row) row.set(c, Math.log(1 + w / a));
  return { bias, mass, rows };
}

// (bucket, class) → a slot of one flat weight table: training needs no per-class vocabulary.
// A bucket's classes sit side by side (the table is read bucket by bucket: cache-friendly).
const base = (b: number) => Math.imul(b, 0x9e3779b1) >>> 0;

/**
 * Multiclass passive-aggressive (PA-I) with averaged weights. Each step compares the true class
 * with the strongest wrong one among the `candidates` closest classes by centroid (all classes
 * when there are few), so a step costs the same with 100 labels or 2,000.
 */
function trainLinear(vecs: Vec[], n: number, o: typeof DEFAULTS): Table {
  const centroids = trainCentroid(vecs, n, o);
  const k = Math.min(n, o.candidates);
  const cands = vecs.map((x) => {
    if (k >= n) return Int32Array.from({ length: n }, (_, i) => i);
    const top = topK(scoresOf(centroids, x, n), k);
    if (!top.includes(x.y)) top.push(x.y);
    return Int32Array.from(top);
  });
  const bits = Math.max(20, Math.min(24, Math.ceil(Math.log2(vecs.reduce((a, x) => a + x.idx.length, 0) * 4))));
  const mask = (1 << bits) - 1;
  const w = new Float64Array(mask + 1);
  const u = new Float64Array(mask + 1);
  const rand = mulberry32(o.seed);
  let t = 1;
  const order = vecs.map((_, i) => i);
  for (let e = 0; e < o.epochs; e++) {
    shuffle(order, rand);
    for (const i of order) {
      const x = vecs[i]!;
      const cs = cands[i]!;
      const sc = new Float64Array(cs.length);
      for (let j = 0; j < x.idx.length; j++) {
        const at = base(x.idx[j]!);
        const v = x.val[j]!;
        for (let q = 0; q < cs.length; q++) sc[q] = sc[q]! + w[(at + cs[q]!) & mask]! * v;
      }
      let sy = 0;
      let r = -1;
      let sr = -Infinity;
      cs.forEach((c, q) => {
        if (c === x.y) sy = sc[q]!;
        else if (sc[q]! > sr) {
          sr = sc[q]!;
          r = c;
        }
      });
      const loss = r < 0 ? 0 : 1 - (sy - sr);
      if (loss > 0) {
        let sq = 0;
        for (const v of x.val) sq += v * v;
        const tau = Math.min(o.c * x.w, loss / (2 * sq || 1));
        for (let j = 0; j < x.idx.length; j++) {
          const d = tau * x.val[j]!;
          const at = base(x.idx[j]!);
          const a = (at + x.y) & mask;
          const b = (at + r) & mask;
          w[a] = w[a]! + d;
          w[b] = w[b]! - d;
          u[a] = u[a]! + t * d;
          u[b] = u[b]! - t * d;
        }
      }
      t++;
    }
  }
  // Averaged weights (w − u/t), read back for every known bucket and class. A slot shared by
  // two pairs (hashing) reads their sum; the pruning below drops most such noise.
  const rows = new Map<number, Map<number, number>>();
  const buckets = new Set<number>();
  for (const x of vecs) for (const b of x.idx) buckets.add(b);
  for (const b of buckets) {
    const at = base(b);
    for (let c = 0; c < n; c++) {
      const sl = (at + c) & mask;
      const v = w[sl]! - u[sl]! / t;
      if (Math.abs(v) > 1e-4) bump(rows, b, c, v);
    }
  }
  prune(rows, n, o.maxPerClass);
  return { bias: new Float64Array(n), mass: new Float64Array(n), rows };
}

const round = (v: number) => Number(v.toPrecision(6));

function toModel(kind: ModelKind, spec: FeatureSpec, labels: string[], idf: Map<number, number>, t: Table): ClassifierModel {
  const keys = [...t.rows.keys()].sort((a, b) => a - b);
  const offsets = [0];
  const classes: number[] = [];
  const weights: number[] = [];
  for (const b of keys) {
    for (const [c, w] of [...t.rows.get(b)!].sort((x, y) => x[0] - y[0])) {
      classes.push(c);
      weights.push(round(w));
    }
    offsets.push(classes.length);
  }
  const idfKeys = [...idf.keys()].sort((a, b) => a - b);
  return {
    format: 'jauap-classifier/1',
    kind,
    spec,
    labels,
    idf: { keys: idfKeys, values: idfKeys.map((k) => round(idf.get(k)!)) },
    bias: [...t.bias].map(round),
    mass: [...t.mass].map(round),
    postings: { keys, offsets, classes, weights },
    scale: 1,
    threshold: 0.5,
    stats: { samples: 0, classes: labels.length, calibration: null },
  };
}

function fit(samples: readonly Sample[], raws: readonly RawFeatures[], o: typeof DEFAULTS, kind: ModelKind, spec: FeatureSpec): ClassifierModel {
  const labels = [...new Set(samples.map((s) => s.label))].sort();
  const ix = new Map(labels.map((l, i) => [l, i]));
  const idf = fitIdf(raws, o.minDf);
  const look = (b: number) => idf.get(b) ?? 0;
  const vecs: Vec[] = raws.map((r, i) => ({ ...weigh(r, look, spec), y: ix.get(samples[i]!.label)!, w: samples[i]!.weight ?? 1 }));
  const n = labels.length;
  const table = kind === 'centroid' ? trainCentroid(vecs, n, o) : kind === 'nb' ? trainNaiveBayes(vecs, n, idf.size, o) : trainLinear(vecs, n, o);
  const model = toModel(kind, spec, labels, idf, table);
  model.stats.samples = samples.length;
  return model;
}

/** Trains a model (`analysed`: the samples' features, when already computed with the same spec); with `calibrationShare` > 0 the scale and threshold are fitted first on a held-out part. */
export function train(samples: readonly Sample[], options: TrainOptions = {}, analysed?: readonly RawFeatures[]): ClassifierModel {
  if (samples.length === 0) throw new Error('no training samples');
  const o = { ...DEFAULTS, ...options };
  const kind = o.kind;
  const spec = options.features ?? DEFAULT_FEATURES;
  const raws = analysed ?? samples.map((s) => rawFeatures(s.text, spec, s.lang));
  // Without data to fit them on: scales that make typical scores of each kind a clear ranking.
  let scale = kind === 'centroid' ? 20 : kind === 'linear' ? 5 : 1;
  let threshold = 0.5;
  let calibration: ClassifierModel['stats']['calibration'] = null;
  if (o.calibrationShare > 0 && samples.length >= 20) {
    // Held out: a seeded share of the texts; samples of a label seen once stay in training.
    const count = new Map<string, number>();
    for (const s of samples) count.set(s.label, (count.get(s.label) ?? 0) + 1);
    const order = samples.map((_, i) => i);
    shuffle(order, mulberry32(o.seed + 7));
    const held = new Set<number>();
    const target = Math.round(samples.length * o.calibrationShare);
    for (const i of order) {
      if (held.size >= target) break;
      const l = samples[i]!.label;
      if ((count.get(l) ?? 0) < 2) continue;
      count.set(l, count.get(l)! - 1);
      held.add(i);
    }
    const inner = order.filter((i) => !held.has(i));
    if (held.size >= 10) {
      const m = fit(inner.map((i) => samples[i]!), inner.map((i) => raws[i]!), o, kind, spec);
      const pm = prepare(m);
      const heldIdx = [...held];
      const scores = heldIdx.map((i) => scoreRaw(pm, raws[i]!));
      const gold = heldIdx.map((i) => pm.index.get(samples[i]!.label) ?? -1);
      scale = fitScale(scores, gold);
      const r = fitThreshold(scores, gold, scale, o.targetPrecision);
      threshold = r.threshold;
      calibration = { n: held.size, top1: r.top1, logLoss: logLoss(scores, gold, scale), coverage: r.coverage };
    }
  }
  const model = fit(samples, raws, o, kind, spec);
  model.scale = round(scale);
  model.threshold = round(threshold);
  model.stats.calibration = calibration;
  return model;
}

function softmax(s: Float64Array, scale: number): Float64Array {
  let max = -Infinity;
  for (const v of s) if (v * scale > max) max = v * scale;
  const p = new Float64Array(s.length);
  let sum = 0;
  for (let i = 0; i < s.length; i++) sum += p[i] = Math.exp(s[i]! * scale - max);
  for (let i = 0; i < s.length; i++) p[i] = p[i]! / sum;
  return p;
}

function nll(s: Float64Array, y: number, a: number): number {
  let max = -Infinity;
  for (const v of s) if (v * a > max) max = v * a;
  let sum = 0;
  for (const v of s) sum += Math.exp(v * a - max);
  return max + Math.log(sum) - s[y]! * a;
}

function logLoss(scores: Float64Array[], gold: number[], a: number): number {
  let total = 0;
  let n = 0;
  scores.forEach((s, i) => {
    if (gold[i]! < 0) return;
    total += nll(s, gold[i]!, a);
    n++;
  });
  return n ? round(total / n) : 0;
}

/** The softmax scale with the least held-out log-loss (convex in the scale: a ternary search on its log). */
export function fitScale(scores: Float64Array[], gold: number[]): number {
  if (!gold.some((g) => g >= 0)) return 1;
  const f = (la: number) => logLoss(scores, gold, Math.exp(la));
  let lo = -6;
  let hi = 9;
  for (let k = 0; k < 60; k++) {
    const m1 = lo + (hi - lo) / 3;
    const m2 = hi - (hi - lo) / 3;
    if (f(m1) <= f(m2)) hi = m2;
    else lo = m1;
  }
  return Math.exp((lo + hi) / 2);
}

/** The lowest top-1 probability above which held-out answers were right ≥ `precision` of the time (at least 5 of them). */
export function fitThreshold(scores: Float64Array[], gold: number[], scale: number, precision: number): { threshold: number; top1: number; coverage: number } {
  const rows = scores.map((s, i) => {
    const p = softmax(s, scale);
    let best = 0;
    for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c;
    return { p: p[best]!, ok: best === gold[i] };
  });
  rows.sort((a, b) => b.p - a.p);
  let right = 0;
  let threshold = 0.95;
  let covered = 0;
  rows.forEach((r, i) => {
    if (r.ok) right++;
    if (i + 1 >= 5 && right / (i + 1) >= precision && (i + 1 === rows.length || rows[i + 1]!.p < r.p)) {
      threshold = r.p;
      covered = i + 1;
    }
  });
  const top1 = rows.length ? rows.filter((r) => r.ok).length / rows.length : 0;
  return { threshold: Math.max(0.2, threshold), top1: round(top1), coverage: rows.length ? round(covered / rows.length) : 0 };
}

// --- prediction ---------------------------------------------------------------------------

/** A model made ready to answer fast (built once per loaded model). */
export type PreparedModel = {
  model: ClassifierModel;
  idf: Map<number, number>;
  rows: Map<number, number>;
  index: Map<string, number>;
  classes: Int32Array;
  weights: Float64Array;
};

export function prepare(model: ClassifierModel): PreparedModel {
  if (model.format !== 'jauap-classifier/1') throw new Error(`unknown model format ${String(model.format)}`);
  const idf = new Map<number, number>();
  model.idf.keys.forEach((k, i) => idf.set(k, model.idf.values[i]!));
  const rows = new Map<number, number>();
  model.postings.keys.forEach((k, i) => rows.set(k, i));
  return {
    model,
    idf,
    rows,
    index: new Map(model.labels.map((l, i) => [l, i])),
    classes: Int32Array.from(model.postings.classes),
    weights: Float64Array.from(model.postings.weights),
  };
}

/** Raw class scores of a text's features. */
export function scoreRaw(pm: PreparedModel, raw: RawFeatures): Float64Array {
  const m = pm.model;
  const x = weigh(raw, (b) => pm.idf.get(b) ?? 0, m.spec);
  const n = m.labels.length;
  const s = new Float64Array(n);
  let total = 0;
  const off = m.postings.offsets;
  for (let i = 0; i < x.idx.length; i++) {
    const v = x.val[i]!;
    total += v;
    const r = pm.rows.get(x.idx[i]!);
    if (r === undefined) continue;
    for (let j = off[r]!; j < off[r + 1]!; j++) {
      const c = pm.classes[j]!;
      s[c] = s[c]! + pm.weights[j]! * v;
    }
  }
  for (let c = 0; c < n; c++) s[c] = s[c]! + m.bias[c]! + m.mass[c]! * total;
  return s;
}

export type Ranked = { label: string; p: number };
export type Prediction = { ranked: Ranked[]; confident: boolean; probabilities: Float64Array };

/** The `k` most probable labels with calibrated probabilities; confident when the first clears the threshold. */
export function predictRaw(pm: PreparedModel, raw: RawFeatures, k = 3): Prediction {
  const p = softmax(scoreRaw(pm, raw), pm.model.scale);
  const top = topK(p, k);
  const ranked = top.map((c) => ({ label: pm.model.labels[c]!, p: p[c]! }));
  // Nothing known in the text at all (every score equal): never confident.
  const flat = ranked.length > 1 && ranked[0]!.p - ranked[ranked.length - 1]!.p < 1e-12;
  return { ranked, confident: !flat && (ranked[0]?.p ?? 0) >= pm.model.threshold, probabilities: p };
}

export function predict(pm: PreparedModel, text: string, k = 3, lang?: TextLang): Prediction {
  return predictRaw(pm, rawFeatures(text, pm.model.spec, lang), k);
}

export function topK(p: Float64Array, k: number): number[] {
  const out: number[] = [];
  for (let c = 0; c < p.length; c++) {
    if (out.length < k) {
      out.push(c);
      out.sort((a, b) => p[b]! - p[a]! || a - b);
    } else if (p[c]! > p[out[k - 1]!]!) {
      out[k - 1] = c;
      out.sort((a, b) => p[b]! - p[a]! || a - b);
    }
  }
  return out;
}
