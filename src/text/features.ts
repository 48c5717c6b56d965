import { analyze, type Analysis } from './analyzer.ts';
import type { TextLang } from './language.ts';
import { foldKazakh } from './normalize.ts';

/** How a text becomes features; stored with each model so training and prediction agree. */
export type FeatureSpec = {
  /** Features are hashed into 2^bits buckets (no vocabulary to store). */
  bits: number;
  /** Character n-grams of the (folded) words, from `charMin` to `charMax` letters; 0 = none. */
  charMin: number;
  charMax: number;
  /** Weights of the three groups: word stems, adjacent stem pairs, character n-grams. */
  wordWeight: number;
  bigramWeight: number;
  charWeight: number;
};

export const DEFAULT_FEATURES: FeatureSpec = { bits: 19, charMin: 3, charMax: 5, wordWeight: 1, bigramWeight: 0.5, charWeight: 1 };

/** Term counts of one text, per group, by bucket. */
export type RawFeatures = { language: TextLang; groups: [Map<number, number>, Map<number, number>, Map<number, number>] };

/** FNV-1a over UTF-16 code units, seeded by the group so groups do not collide on purpose. */
function hash(s: string, seed: number, mask: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & mask;
}

const add = (m: Map<number, number>, k: number) => m.set(k, (m.get(k) ?? 0) + 1);

export function rawFeatures(text: string, spec: FeatureSpec, lang?: TextLang): RawFeatures {
  return featuresOf(analyze(text, lang ? { lang } : {}), spec);
}

export function featuresOf(a: Analysis, spec: FeatureSpec): RawFeatures {
  const mask = (1 << spec.bits) - 1;
  const words = new Map<number, number>();
  const pairs = new Map<number, number>();
  const chars = new Map<number, number>();
  for (let i = 0; i < a.stems.length; i++) {
    const s = a.stems[i]!;
    add(words, hash(s, 1, mask));
    if (spec.bigramWeight > 0 && i > 0) add(pairs, hash(`${a.stems[i - 1]} ${s}`, 2, mask));
    if (spec.charMax > 0) {
      const w = `<${foldKazakh(a.words[i]!)}>`;
      for (let n = spec.charMin; n <= spec.charMax; n++) {
        for (let j = 0; j + n <= w.length; j++) add(chars, hash(w.slice(j, j + n), 3, mask));
      }
    }
  }
  return { language: a.language, groups: [words, pairs, chars] };
}

/** A sparse vector: parallel arrays of buckets and values. */
export type SparseVector = { idx: number[]; val: number[] };

/**
 * TF-IDF per group (sublinear tf), each group L2-normalised and weighted, then the whole
 * vector L2-normalised. Buckets without an idf (unseen in training) are dropped.
 */
export function weigh(raw: RawFeatures, idf: (bucket: number) => number, spec: FeatureSpec): SparseVector {
  const weights = [spec.wordWeight, spec.bigramWeight, spec.charWeight];
  const acc = new Map<number, number>();
  raw.groups.forEach((g, gi) => {
    const gw = weights[gi]!;
    if (gw <= 0 || g.size === 0) return;
    const tmp: [number, number][] = [];
    let norm = 0;
    for (const [b, tf] of g) {
      const d = idf(b);
      if (d <= 0) continue;
      const v = (1 + Math.log(tf)) * d;
      tmp.push([b, v]);
      norm += v * v;
    }
    if (norm === 0) return;
    const k = gw / Math.sqrt(norm);
    for (const [b, v] of tmp) acc.set(b, (acc.get(b) ?? 0) + v * k);
  });
  let norm = 0;
  for (const v of acc.values()) norm += v * v;
  const k = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  const idx: number[] = [];
  const val: number[] = [];
  for (const [b, v] of acc) {
    idx.push(b);
    val.push(v * k);
  }
  return { idx, val };
}

/** Document frequencies → idf (smooth: ln((1 + N) / (1 + df)) + 1), only for df ≥ minDf. */
export function fitIdf(docs: readonly RawFeatures[], minDf: number): Map<number, number> {
  const df = new Map<number, number>();
  for (const d of docs) {
    const seen = new Set<number>();
    for (const g of d.groups) for (const b of g.keys()) seen.add(b);
    for (const b of seen) df.set(b, (df.get(b) ?? 0) + 1);
  }
  const n = docs.length;
  const idf = new Map<number, number>();
  for (const [b, f] of df) if (f >= minDf) idf.set(b, Math.log((1 + n) / (1 + f)) + 1);
  return idf;
}
