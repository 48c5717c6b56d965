import SearchableMap from 'minisearch/SearchableMap';
import type { Lang } from '../domain/types.ts';
import { analyze, stem, tokenize } from '../text/analyzer.ts';
import { isNegatedKazakhVerb } from '../text/kazakh-stemmer.ts';
import { foldKazakh, KAZAKH_LETTERS, normalise } from '../text/normalize.ts';
import { isStopWord } from '../text/stopwords.ts';
import type { KbDoc, KbHit, KbSearch, KbSearchOptions } from './types.ts';

// The knowledge base's search engine, in memory.
//
// Documents are analysed by the text module exactly as the classifier analyses appeals
// (normalisation, stop words that keep negations, Snowball ru/en, our Kazakh stripper with the
// Kazakh letters folded). The vocabulary of stems lives in MiniSearch's radix tree
// (`SearchableMap`), which gives the fuzzy (Levenshtein) and prefix look-ups; each stem holds its
// postings (document, the sum over fields of the field's boost — title ×3, paraphrases ×2.5,
// tags ×1.5, body ×1 — times its BM25 term-frequency saturation). MiniSearch's own index, tried
// first with the same analysis, was far too slow for typing on 5,000 articles (see README), hence
// postings of our own in flat arrays.
//
// A query word becomes a *group* of alternative stems — its Russian and Kazakh stems (a Kazakh
// word typed without Kazakh letters is indistinguishable from a Russian one), a keyboard-layout
// reading, an abbreviation's synonyms, the stems a letter or two longer or shorter (Snowball
// leaves derivation alone: адрес/адресн), adjacent-letter swaps and close spellings that are real
// stems (only for a word none of whose forms is known, so a long operator's text stays cheap), and
// for the last word while it is still being typed, the stems it begins. A document scores, per
// group, its best alternative (alternatives never add up), so the relevance is a sum over the
// query's words of IDF × the posting's weight × the alternative's weight; common words (in over a sixth of
// the documents) are scored only for the candidates the rarer words found.
//
// Final score = relevance × (0.15 + coverage), where coverage is the IDF-weighted share of the
// query's groups the document matches (1 for a stem or a synonym, less for a derived form, a
// prefix or a close spelling). It prefers documents that answer the whole question over those
// that repeat one of its words, and it is the figure the bot thresholds.

const FIELDS = ['title', 'paraphrases', 'tags', 'body'] as const;
type Field = (typeof FIELDS)[number];
const BOOST: Record<Field, number> = { title: 3, paraphrases: 2.5, tags: 1.5, body: 1 };
// Length normalisation (BM25) against fixed typical lengths in stems, so that a document's
// weights do not depend on what else is indexed or in which order.
const TYPICAL: Record<Field, number> = { title: 6, paraphrases: 30, tags: 5, body: 250 };
const B: Record<Field, number> = { title: 0.5, paraphrases: 0.5, tags: 0.3, body: 0.75 };
const K1 = 1.2;
/** Query groups beyond this are ignored (an operator may paste a whole letter). */
const MAX_GROUPS = 40;
/** Unknown words looked up by close spelling, per query (names and house numbers are unknown too). */
const MAX_FUZZY_WORDS = 8;
/** Stems a half-typed last word may stand for, the commonest first. */
const MAX_PREFIX_TERMS = 30;
const SNIPPET_CHARS = 220;
/** Derivational family: stems that differ by a tail of at most TAIL letters, the shorter at least MIN_ROOT long. */
const TAIL = 2;
const MIN_ROOT = 5;

/** Documents in ascending order, and the term's weight in each (fields' boosted BM25 saturations). */
type Postings = { docs: number[]; tf: number[] };

type Indexed = {
  doc: KbDoc;
  /** Distinct stems of all fields. */
  terms: string[];
  sentences: string[];
  /** Each sentence's stems, for snippets. */
  sentenceStems: string[][];
  paraphraseStems: string[][];
};

/** One way a query word may appear in the index. */
type Alt = {
  term: string;
  postings: Postings;
  /** Credit in coverage when matched (1 for the word's own stems and synonyms). */
  credit: number;
  /** Multiplies the term's relevance. */
  boost: number;
};

type Group = { word: string; alts: Alt[]; df: number };

// Abbreviations and everyday words for the same thing (each set matches any of its members).
// Written as words; they are stemmed the way queries are.
const SYNONYMS: string[][] = [
  ['эцп', 'эцқ', 'подпись', 'қолтаңба', 'signature', 'eds'],
  ['егов', 'egov', 'игов'],
  ['цон', 'хқко', 'con', 'psc'],
  ['иин', 'жсн', 'iin'],
  ['прописка', 'регистрация', 'тіркеу'],
  ['мусор', 'отходы', 'тко', 'қоқыс'],
  ['свет', 'электричество', 'жарық'],
  ['смс', 'sms'],
  ['пароль', 'құпиясөз', 'password'],
];

// Russian keyboard letters on the Latin layout's keys: "cghfdrf" is "справка" typed with the
// wrong layout on.
const LAYOUT: Record<string, string> = {
  q: 'й', w: 'ц', e: 'у', r: 'к', t: 'е', y: 'н', u: 'г', i: 'ш', o: 'щ', p: 'з', '[': 'х', ']': 'ъ',
  a: 'ф', s: 'ы', d: 'в', f: 'а', g: 'п', h: 'р', j: 'о', k: 'л', l: 'д', ';': 'ж', "'": 'э',
  z: 'я', x: 'ч', c: 'с', v: 'м', b: 'и', n: 'т', m: 'ь', ',': 'б', '.': 'ю', '`': 'е',
};
const LATIN_KEYS = /^[a-z[\];',.`]+$/;

const CYRILLIC = /[\u0400-\u04ff]/;

/** The forms of one normalised word as the index may hold them. */
function wordStems(w: string): string[] {
  if (/^\d+$/.test(w)) return [w];
  if (!CYRILLIC.test(w)) return [stem(w, 'en')];
  if (KAZAKH_LETTERS.test(w)) return [stem(w, 'kk')];
  const ru = stem(w, 'ru');
  const kk = stem(w, 'kk');
  return ru === kk ? [ru] : [ru, kk];
}

const synonymsOf = new Map<string, string[]>();
for (const set of SYNONYMS) {
  const stems = [...new Set(set.flatMap((w) => wordStems(normalise(w))))];
  for (const s of stems) synonymsOf.set(s, stems);
}

const idf = (n: number, df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));

/** Markdown to plain text: marks, links' addresses, list bullets and table pipes out. */
export function stripMarkdown(md: string): string {
  return md
    .replace(/```[^\n]*\n?/g, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]{1,200}>/g, ' ')
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/^\s{0,3}>\s?/gm, '')
    .replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+/gm, '')
    .replace(/^\s*\|?[-:| ]{3,}\|?\s*$/gm, '')
    .replace(/\|/g, ' ')
    .replace(/(\*\*|__|~~|`)/g, '')
    .replace(/(^|[\s(])[*_](\S[^*_\n]*?)[*_](?=[\s).,;:!?]|$)/g, '$1$2');
}

/** Plain sentences of a body, each trimmed; lines without an end mark count as sentences. */
function sentencesOf(md: string): string[] {
  return stripMarkdown(md)
    .split(/\n+|(?<=[.!?…])\s+/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 0);
}

// Four letters are too few to guess from (плов is not плох): short words get only letter swaps.
const fuzzyDistance = (term: string) => (term.length <= 4 ? 0 : term.length <= 7 ? 1 : 2);

const bm25 = (tf: number) => (tf * (K1 + 1)) / (tf + K1);
const LANG_CODE: Record<Lang, number> = { ru: 1, kk: 2, en: 3 };

/** Where a document is in ascending postings, or -1. */
function indexIn(docs: number[], d: number): number {
  let lo = 0;
  let hi = docs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = docs[mid]!;
    if (v === d) return mid;
    if (v < d) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

export function createKbSearch(docs: KbDoc[] = []): KbSearch {
  const vocab = new SearchableMap<Postings>();
  // Documents by internal number; a replaced version gets a new number, so postings stay ascending.
  const table: (Indexed | undefined)[] = [];
  const langOf: number[] = [];
  const publicOf: boolean[] = [];
  const numberOf = new Map<string, number>();
  let live = 0;
  // Scratch arrays of the query loop, grown with the table.
  let total = new Float64Array(0);
  let cover = new Float64Array(0);
  let best = new Float64Array(0);
  let credit = new Float64Array(0);

  const keyOf = (articleId: number, lang: Lang) => `${articleId}:${lang}`;

  function put(doc: KbDoc): void {
    remove(doc.articleId, doc.lang);
    closeCache.clear();
    const stems = (text: string) => analyze(text, { lang: doc.lang, keepNumbers: true }).stems;
    const paraphraseStems = doc.paraphrases.map(stems);
    const fields: Record<Field, string[]> = {
      title: stems(doc.title),
      paraphrases: paraphraseStems.flat(),
      tags: doc.tags.flatMap(stems),
      body: [],
    };
    const sentences = sentencesOf(doc.body);
    const sentenceStems = sentences.map(stems);
    fields.body = sentenceStems.flat();
    // Per field BM25 saturation, then the fields' boosted sum (as MiniSearch scores): a word in
    // the title and the body counts more than in the body alone, however often the body says it.
    const weight = new Map<string, number>();
    for (const f of FIELDS) {
      const norm = 1 / (1 - B[f] + (B[f] * fields[f].length) / TYPICAL[f]);
      const tf = new Map<string, number>();
      for (const t of fields[f]) tf.set(t, (tf.get(t) ?? 0) + norm);
      for (const [t, x] of tf) weight.set(t, (weight.get(t) ?? 0) + BOOST[f] * bm25(x));
    }
    const d = table.length;
    for (const [t, w] of weight) {
      const p = vocab.fetch(t, () => ({ docs: [], tf: [] }));
      p.docs.push(d);
      p.tf.push(w);
    }
    table.push({ doc, terms: [...weight.keys()], sentences, sentenceStems, paraphraseStems });
    langOf.push(LANG_CODE[doc.lang]);
    publicOf.push(doc.audience === 'public');
    numberOf.set(keyOf(doc.articleId, doc.lang), d);
    live++;
  }

  function unindex(d: number): void {
    const e = table[d];
    if (!e) return;
    for (const t of e.terms) {
      const p = vocab.get(t);
      if (!p) continue;
      const i = p.docs.indexOf(d);
      if (i >= 0) {
        p.docs.splice(i, 1);
        p.tf.splice(i, 1);
      }
      if (p.docs.length === 0) vocab.delete(t);
    }
    table[d] = undefined;
    closeCache.clear();
    numberOf.delete(keyOf(e.doc.articleId, e.doc.lang));
    live--;
  }

  function remove(articleId: number, lang?: Lang): void {
    for (const l of lang ? [lang] : (['ru', 'kk', 'en'] as const)) {
      const d = numberOf.get(keyOf(articleId, l));
      if (d !== undefined) unindex(d);
    }
  }

  // The operator's panel asks again on every keystroke with the same misspelt words; the cache
  // lives until the vocabulary changes.
  const closeCache = new Map<string, [string, number][]>();
  /** Known stems within `maxd` edits, nearest and commonest first. */
  function closeSpellings(s: string, maxd: number): [string, number][] {
    let hit = closeCache.get(s);
    if (!hit) {
      hit = [...vocab.fuzzyGet(s, maxd)]
        .sort((a, b) => a[1][1] - b[1][1] || b[1][0].docs.length - a[1][0].docs.length)
        .slice(0, 6)
        .map(([t, [, d]]) => [t, d]);
      if (closeCache.size >= 10_000) closeCache.clear();
      closeCache.set(s, hit);
    }
    return hit;
  }

  /** Known stems one or two letters longer or shorter than this one (its derivational family). */
  function related(t: string): string[] {
    if (t.length < MIN_ROOT || /^\d/.test(t)) return [];
    const out: string[] = [];
    for (const [k] of vocab.atPrefix(t)) if (k.length > t.length && k.length - t.length <= TAIL) out.push(k);
    for (let cut = 1; cut <= TAIL && t.length - cut >= MIN_ROOT; cut++) if (vocab.has(t.slice(0, -cut))) out.push(t.slice(0, -cut));
    return out;
  }

  /** The query's words as groups of alternative stems that the index holds. */
  function parse(query: string): Group[] {
    const open = !/[\s.,!?;:)»"]$/.test(query);
    const words: string[] = [];
    for (const token of query.toLowerCase().split(/\s+/).filter(Boolean)) {
      let parts = tokenize(normalise(token));
      // A Latin-keys token none of whose English stems is known, whose Russian-layout reading is.
      if (LATIN_KEYS.test(token) && !parts.every((w) => vocab.has(stem(w, 'en')))) {
        const cyr = tokenize(token.replace(/./g, (ch) => LAYOUT[ch] ?? ch));
        if (cyr.length > 0 && cyr.every((w) => wordStems(w).some((s) => vocab.has(s)))) parts = cyr;
      }
      words.push(...parts);
    }
    const groups: Group[] = [];
    const seen = new Set<string>();
    let fuzzyLeft = MAX_FUZZY_WORDS;
    const group = (word: string, alts: Alt[], key: string) => {
      if (alts.length === 0 && word.length < 3) return;
      if (seen.has(key) || groups.length >= MAX_GROUPS) return;
      seen.add(key);
      groups.push({ word, alts, df: Math.max(0, ...alts.filter((a) => a.credit >= 0.9).map((a) => a.postings.docs.length)) });
    };
    words.forEach((w, i) => {
      if (isStopWord(w) || (w.length === 1 && !/\d/.test(w))) return;
      const last = open && i === words.length - 1;
      const alts: Alt[] = [];
      const add = (term: string, credit: number, boost: number) => {
        const postings = vocab.get(term);
        if (postings && !alts.some((a) => a.term === term)) alts.push({ term, postings, credit, boost });
      };
      const stems = wordStems(w);
      for (const s of stems) add(s, 1, 1);
      for (const s of stems) for (const syn of synonymsOf.get(s) ?? []) add(syn, 1, 0.8);
      for (const s of stems) for (const r of related(s)) add(r, 0.9, 0.7);
      if (alts.length === 0 && fuzzyLeft-- > 0) {
        for (const s of stems) {
          // An adjacent swap ("спарвка") is two edits to Levenshtein but one slip of the fingers.
          for (let k = 0; k + 1 < s.length && s.length >= 4; k++) add(s.slice(0, k) + s[k + 1] + s[k] + s.slice(k + 2), 0.95, 0.9);
          const maxd = fuzzyDistance(s);
          if (!maxd) continue;
          // Close spellings that are real stems, nearest and commonest first, with their families.
          const close = closeSpellings(s, maxd);
          for (const [t, dist] of close) {
            const c = 1 - 0.12 * dist;
            add(t, c, (0.6 * t.length) / (t.length + dist));
            for (const r of related(t)) add(r, 0.9 * c, 0.4);
          }
        }
      }
      if (last && w.length >= 3) {
        const prefix = foldKazakh(w);
        const more: [string, Postings][] = [];
        for (const entry of vocab.atPrefix(prefix)) if (entry[0] !== prefix) more.push(entry);
        more.sort((a, b) => b[1].docs.length - a[1].docs.length);
        for (const [t] of more.slice(0, MAX_PREFIX_TERMS)) {
          const dist = t.length - prefix.length;
          add(t, 0.85 + (0.15 * prefix.length) / t.length, (0.6 * t.length) / (t.length + 0.3 * dist));
        }
        add(prefix, 1, 1);
      }
      group(w, alts, stems.join('|'));
      const negated = isNegatedKazakhVerb(w) && (KAZAKH_LETTERS.test(w) || /(май|мей|бай|бей|пай|пей)(ды|ді)$/.test(w));
      const no = vocab.get('жок');
      if (negated) group('жоқ', no ? [{ term: 'жок', postings: no, credit: 1, boost: 1 }] : [], 'жок');
    });
    return groups;
  }

  function snippet(e: Indexed, matched: Set<string>): string {
    let bestAt = -1;
    let bestScore = 0;
    let bestPos = 0;
    e.sentenceStems.forEach((stems, i) => {
      let score = 0;
      let first = '';
      const seen = new Set<string>();
      for (const st of stems) {
        if (matched.has(st) && !seen.has(st)) {
          seen.add(st);
          score++;
          first ||= st;
        }
      }
      if (score > bestScore) {
        bestScore = score;
        bestAt = i;
        bestPos = Math.max(0, e.sentences[i]!.toLowerCase().replace(/ё/g, 'е').indexOf(first));
      }
    });
    if (bestAt < 0) return clip(e.sentences.slice(0, 3).join(' '), 0);
    let text = e.sentences[bestAt]!;
    for (let j = bestAt + 1; text.length < SNIPPET_CHARS * 0.6 && j < e.sentences.length; j++) text += ' ' + e.sentences[j];
    return clip(text, bestPos);
  }

  function bestParaphrase(e: Indexed, weights: number[], via: Set<string>[]): string | undefined {
    let found: string | undefined;
    let bestScore = 0.35;
    const total = weights.reduce((a, b) => a + b, 0);
    e.paraphraseStems.forEach((stems, i) => {
      if (stems.length === 0 || total === 0) return;
      const set = new Set(stems);
      let got = 0;
      via.forEach((v, g) => {
        for (const t of v)
          if (set.has(t)) {
            got += weights[g]!;
            break;
          }
      });
      const said = stems.filter((s) => via.some((v) => v.has(s))).length;
      // The share of the query the paraphrase says, and of the paraphrase the query says.
      const score = (got / total) * (0.5 + (0.5 * said) / stems.length);
      if (score > bestScore) {
        bestScore = score;
        found = e.doc.paraphrases[i];
      }
    });
    return found;
  }

  function search(query: string, opts: KbSearchOptions = {}): KbHit[] {
    const limit = opts.limit ?? 10;
    if (limit <= 0 || live === 0) return [];
    const groups = parse(query.slice(0, 2000));
    if (groups.every((g) => g.alts.length === 0)) return [];

    const n = table.length;
    if (total.length < n) {
      const size = Math.max(n, total.length * 2, 1024);
      total = new Float64Array(size);
      cover = new Float64Array(size);
      best = new Float64Array(size);
      credit = new Float64Array(size);
    }
    const wantLang = opts.lang ? LANG_CODE[opts.lang] : 0;
    const onlyPublic = (opts.audience ?? 'public') !== 'all';
    const itemId = opts.itemId;
    const allowed = (d: number) => {
      if (wantLang && langOf[d] !== wantLang) return false;
      if (onlyPublic && !publicOf[d]) return false;
      if (itemId !== undefined && !table[d]!.doc.itemIds.includes(itemId)) return false;
      return true;
    };

    // A word the index has never seen weighs as the rarest, and counts against every document.
    const weights = groups.map((g) => idf(live, g.df));
    const weightSum = weights.reduce((a, b) => a + b, 0) || 1;
    // Words in a large share of the documents ("получить", "что делать") are not scanned: they
    // cannot lift a document that matches nothing else, so they are scored only for the
    // candidates the rarer words found (by binary search in their postings).
    const common = (g: Group) => g.df > live / 6;
    const lazy = groups.some((g) => g.alts.length > 0 && !common(g));
    const touched: number[] = [];
    const inGroup: number[] = [];
    const refused: number[] = [];
    groups.forEach((g, gi) => {
      if (lazy && common(g)) return;
      for (const a of g.alts) {
        const { docs: ds, tf } = a.postings;
        const w = idf(live, ds.length) * a.boost;
        for (let i = 0; i < ds.length; i++) {
          const d = ds[i]!;
          if (best[d] === 0) {
            if (credit[d] === -1) continue;
            if (!allowed(d)) {
              credit[d] = -1;
              refused.push(d);
              continue;
            }
            inGroup.push(d);
          }
          const s = w * tf[i]!;
          if (s > best[d]!) best[d] = s;
          if (a.credit > credit[d]!) credit[d] = a.credit;
        }
      }
      for (const d of inGroup) {
        if (total[d] === 0) touched.push(d);
        total[d] = total[d]! + best[d]!;
        cover[d] = cover[d]! + weights[gi]! * credit[d]!;
        best[d] = 0;
        credit[d] = 0;
      }
      inGroup.length = 0;
    });
    for (const d of refused) credit[d] = 0;

    // The best few per language version, enough for `limit` articles after keeping one version each.
    const keep = limit * 3;
    const rank = (docsIn: number[], size: number, score: (d: number) => number) => {
      const out: { d: number; score: number }[] = [];
      for (const d of docsIn) {
        const sc = score(d);
        if (out.length === size && sc <= out[size - 1]!.score) continue;
        let i = out.length;
        while (i > 0 && out[i - 1]!.score < sc) i--;
        out.splice(i, 0, { d, score: sc });
        if (out.length > size) out.pop();
      }
      return out;
    };
    let pool = touched;
    if (lazy && groups.some(common)) {
      pool = rank(touched, Math.max(keep * 4, 60), (d) => total[d]! * (0.15 + cover[d]! / weightSum)).map((c) => c.d);
      groups.forEach((g, gi) => {
        if (!common(g)) return;
        for (const d of pool) {
          let s = 0;
          let c = 0;
          for (const a of g.alts) {
            const i = indexIn(a.postings.docs, d);
            if (i < 0) continue;
            s = Math.max(s, idf(live, a.postings.docs.length) * a.boost * a.postings.tf[i]!);
            c = Math.max(c, a.credit);
          }
          total[d] = total[d]! + s;
          cover[d] = cover[d]! + weights[gi]! * c;
        }
      });
    }
    const top = rank(pool, keep, (d) => total[d]! * (0.15 + Math.min(1, cover[d]! / weightSum))).map((t) => ({
      ...t,
      coverage: Math.min(1, cover[t.d]! / weightSum),
    }));
    for (const d of touched) {
      total[d] = 0;
      cover[d] = 0;
    }

    const hits: KbHit[] = [];
    const articles = new Set<number>();
    for (const t of top) {
      if (hits.length >= limit) break;
      const e = table[t.d]!;
      if (articles.has(e.doc.articleId)) continue;
      articles.add(e.doc.articleId);
      const via = groups.map((g) => new Set(g.alts.filter((a) => indexIn(a.postings.docs, t.d) >= 0).map((a) => a.term)));
      const hit: KbHit = {
        articleId: e.doc.articleId,
        key: e.doc.key,
        lang: e.doc.lang,
        title: e.doc.title,
        audience: e.doc.audience,
        score: Math.round(t.score * 1000) / 1000,
        coverage: Math.round(t.coverage * 1000) / 1000,
        snippet: snippet(e, new Set(via.flatMap((v) => [...v]))),
      };
      const p = bestParaphrase(e, weights, via);
      if (p) hit.paraphrase = p;
      hits.push(hit);
    }
    return hits;
  }

  for (const d of docs) put(d);
  return {
    search,
    put,
    remove,
    /** Language versions indexed. */
    get size() {
      return live;
    },
  };
}

function clip(text: string, at: number): string {
  if (text.length <= SNIPPET_CHARS) return text;
  let start = Math.max(0, Math.min(at - 60, text.length - SNIPPET_CHARS));
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  let end = Math.min(text.length, start + SNIPPET_CHARS);
  if (end < text.length && text.lastIndexOf(' ', end) > start) end = text.lastIndexOf(' ', end);
  return (start > 0 ? '…' : '') + text.slice(start, end).trim() + (end < text.length ? '…' : '');
}
