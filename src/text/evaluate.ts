import { performance } from 'node:perf_hooks';
import { predictRaw, prepare, train, type ClassifierModel, type Sample, type TrainOptions } from './classifier.ts';
import { rawFeatures } from './features.ts';
import { plainText } from './normalize.ts';
import { mulberry32, shuffle } from './random.ts';

/** Texts as compared for duplicates: HTML stripped, spaces collapsed; the first of equal texts is kept. */
export function dedupe(samples: readonly Sample[]): Sample[] {
  const seen = new Set<string>();
  const out: Sample[] = [];
  for (const s of samples) {
    const text = plainText(s.text);
    const label = s.label.trim();
    if (!text || !label || seen.has(text)) continue;
    seen.add(text);
    out.push({ ...s, text, label });
  }
  return out;
}

/** A seeded split: the same seed and data give the same parts on every machine. */
export function split<T>(items: readonly T[], testShare: number, seed: number): { train: T[]; test: T[] } {
  const order = shuffle(items.map((_, i) => i), mulberry32(seed));
  const nTest = Math.round(items.length * testShare);
  const test = new Set(order.slice(0, nTest));
  return { train: items.filter((_, i) => !test.has(i)), test: items.filter((_, i) => test.has(i)) };
}

/** Macro-averaged F1 of top-1 answers over every label that is gold or predicted. */
export function macroF1(gold: readonly string[], predicted: readonly string[]): number {
  const tp = new Map<string, number>();
  const fp = new Map<string, number>();
  const fn = new Map<string, number>();
  const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  gold.forEach((g, i) => {
    const p = predicted[i]!;
    if (g === p) inc(tp, g);
    else {
      inc(fn, g);
      inc(fp, p);
    }
  });
  const labels = new Set([...gold, ...predicted]);
  let sum = 0;
  for (const l of labels) {
    const t = tp.get(l) ?? 0;
    const denom = 2 * t + (fp.get(l) ?? 0) + (fn.get(l) ?? 0);
    sum += denom ? (2 * t) / denom : 0;
  }
  return labels.size ? sum / labels.size : 0;
}

export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
}

export type EvalResult = {
  n_train: number;
  n_test: number;
  labels: number;
  top1: number;
  top3: number;
  macro_f1: number;
  ms_per_text_p95: number;
};

export type EvalDetails = { result: EvalResult; model: ClassifierModel; ece: number; confidentShare: number; confidentPrecision: number };

const r4 = (v: number) => Math.round(v * 10_000) / 10_000;

/**
 * Exact duplicates removed, a seeded split, training on the train part only, and the figures on
 * the test part: top-1 and top-3 accuracy, macro-F1, the 95th percentile of the time to answer
 * one text (analysis included), and how well the probabilities are calibrated (ECE, 10 bins).
 */
export function evaluate(all: readonly Sample[], opts: { testShare: number; seed: number } & TrainOptions): EvalDetails {
  const samples = dedupe(all);
  const { train: tr, test } = split(samples, opts.testShare, opts.seed);
  const model = train(tr, { ...opts, seed: opts.seed });
  const pm = prepare(model);
  // Warm-up (JIT, the stemmers' memo) on training texts, so the timing is of the steady state.
  for (const s of tr.slice(0, 50)) predictRaw(pm, rawFeatures(s.text, model.spec));
  let top1 = 0;
  let top3 = 0;
  let confident = 0;
  let confidentRight = 0;
  const times: number[] = [];
  const gold: string[] = [];
  const predicted: string[] = [];
  const bins = Array.from({ length: 10 }, () => ({ n: 0, conf: 0, right: 0 }));
  for (const s of test) {
    const t0 = performance.now();
    const p = predictRaw(pm, rawFeatures(s.text, model.spec), 3);
    times.push(performance.now() - t0);
    const first = p.ranked[0]!;
    const ok = first.label === s.label;
    if (ok) top1++;
    if (p.ranked.some((r) => r.label === s.label)) top3++;
    if (p.confident) {
      confident++;
      if (ok) confidentRight++;
    }
    const bin = bins[Math.min(9, Math.floor(first.p * 10))]!;
    bin.n++;
    bin.conf += first.p;
    if (ok) bin.right++;
    gold.push(s.label);
    predicted.push(first.label);
  }
  const n = test.length || 1;
  const ece = bins.reduce((a, b) => a + (b.n ? Math.abs(b.right - b.conf) : 0), 0) / n;
  return {
    result: {
      n_train: tr.length,
      n_test: test.length,
      labels: new Set(samples.map((s) => s.label)).size,
      top1: r4(top1 / n),
      top3: r4(top3 / n),
      macro_f1: r4(macroF1(gold, predicted)),
      ms_per_text_p95: Math.round(percentile(times, 0.95) * 1000) / 1000,
    },
    model,
    ece: r4(ece),
    confidentShare: r4(confident / n),
    confidentPrecision: r4(confident ? confidentRight / confident : 0),
  };
}
