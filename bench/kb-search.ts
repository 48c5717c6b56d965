// Knowledge-base search benchmark: N generated articles (default 5,000) in Russian and Kazakh,
// a third also in English, built from the demo catalogue's item names and the demo knowledge
// base's own sentences; then a few thousand queries of the kinds the engine gets — words with
// typos or without Kazakh letters, a half-typed last word (every keystroke of the operator's
// panel), a citizen's whole letter as the operator types it, the bot's paraphrase-like
// questions, English — timed one by one (p50/p95/p99) after a warm-up.
//
//   npm run bench:kb-search                    # options: --articles 5000 --queries 3000 --seed 7
//
// Also printed: the index build time, the heap it takes, and how often the article a query was
// made from comes back in the top 3 (a sanity check of generated text, not the quality test:
// that is test/kb-search-quality.test.ts, on the hand-written demo articles).
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { demoCatalogue, type DemoCatalogueNode } from '../src/demo/catalogue-data.ts';
import { DEMO_KB_ARTICLES } from '../src/demo/kb/index.ts';
import { appealText, pick } from '../src/demo/people-data.ts';
import type { Lang } from '../src/domain/types.ts';
import { mulberry32 } from '../src/domain/random.ts';
import { createKbSearch, stripMarkdown } from '../src/kb/search.ts';
import type { KbDoc } from '../src/kb/types.ts';
import { percentile } from '../src/text/evaluate.ts';
import { foldKazakh } from '../src/text/normalize.ts';

const { values: opt } = parseArgs({
  options: { articles: { type: 'string', default: '5000' }, queries: { type: 'string', default: '3000' }, seed: { type: 'string', default: '7' } },
});
const ARTICLES = Number(opt.articles);
const QUERIES = Number(opt.queries);
const rand = mulberry32(Number(opt.seed));
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MiB`;

// --- vocabulary: the catalogue and the demo knowledge base -------------------------------------

const items = demoCatalogue().filter((n) => n.level === 'item');
const byCategory = new Map<string, DemoCatalogueNode[]>();
for (const n of items) byCategory.set(n.parent!, [...(byCategory.get(n.parent!) ?? []), n]);

const demoArticles = DEMO_KB_ARTICLES;
const sentences: Record<Lang, string[]> = { ru: [], kk: [], en: [] };
for (const a of demoArticles) {
  for (const lang of ['ru', 'kk', 'en'] as const) {
    const t = a[lang];
    if (t) sentences[lang].push(...stripMarkdown(t.body).split(/\n+|(?<=[.!?])\s+/).filter((s) => s.length > 20));
  }
}
const FILLER: Record<Lang, string[]> = {
  ru: [
    'Срок рассмотрения обращения составляет 15 рабочих дней.', 'Ответ направляется заявителю на электронную почту или по SMS.',
    'Если проблема повторяется, укажите номер предыдущего обращения.', 'Обратитесь в контакт-центр 109 круглосуточно.',
    'Приложите фотографию и укажите точный адрес с номером дома.', 'Исполнитель обязан выехать на место и составить акт.',
  ],
  kk: [
    'Өтінішті қарау мерзімі 15 жұмыс күні.', 'Жауап өтініш берушіге электрондық поштаға немесе SMS арқылы жіберіледі.',
    'Мәселе қайталанса, алдыңғы өтініштің нөмірін көрсетіңіз.', 'Тәулік бойы 109 байланыс орталығына хабарласыңыз.',
    'Фотосуретті тіркеп, үй нөмірімен нақты мекенжайды көрсетіңіз.', 'Орындаушы орынға барып, акт жасауға міндетті.',
  ],
  en: [
    'An appeal is considered within 15 working days.', 'The answer is sent to the applicant by e-mail or SMS.',
    'If the problem happens again, give the number of the earlier appeal.', 'Call the contact centre 109 at any time.',
    'Attach a photo and give the exact address with the house number.', 'The executor must visit the place and draw up a report.',
  ],
};
for (const lang of ['ru', 'kk', 'en'] as const) if (sentences[lang].length === 0) sentences[lang].push(...FILLER[lang]);

const TITLE: Record<Lang, ((n: string) => string)[]> = {
  ru: [(n) => n, (n) => `${n}: куда обращаться`, (n) => `Что делать, если ${lower(n)}`, (n) => `${n} — сроки и порядок`],
  kk: [(n) => n, (n) => `${n}: қайда жүгіну керек`, (n) => `${n} — мерзімдері мен тәртібі`],
  en: [(n) => n, (n) => `${n}: where to turn`, (n) => `${n} — terms and procedure`],
};
const PARA: Record<Lang, ((n: string) => string)[]> = {
  ru: [(n) => `куда звонить если ${lower(n)}`, (n) => `${lower(n)} что делать`, (n) => `кто отвечает: ${lower(n)}`, (n) => `сколько ждать ${lower(n)}`, (n) => `как пожаловаться ${lower(n)}`],
  kk: [(n) => `${lower(n)} қайда хабарласу керек`, (n) => `${lower(n)} не істеу керек`, (n) => `${lower(n)} қанша күту керек`, (n) => `${lower(n)} кім жауап береді`],
  en: [(n) => `who do I call about ${lower(n)}`, (n) => `${lower(n)} what to do`, (n) => `how long to wait: ${lower(n)}`],
};
function lower(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

// --- the articles --------------------------------------------------------------------------------

type Source = { doc: KbDoc; item: DemoCatalogueNode };
const sources: Source[] = [];
const docs: KbDoc[] = [];
for (let id = 1; id <= ARTICLES; id++) {
  const item = pick(rand, items);
  const siblings = byCategory.get(item.parent!) ?? [item];
  const langs: Lang[] = rand() < 0.33 ? ['ru', 'kk', 'en'] : ['ru', 'kk'];
  const audience = rand() < 0.1 ? 'internal' : 'public';
  const tags = [item.parent!, ...(item.synonyms ?? []).slice(0, 3)];
  for (const lang of langs) {
    const name = item.name[lang];
    const parts: string[] = [];
    const words = 150 + Math.floor(rand() * 300);
    let count = 0;
    while (count < words) {
      const r = rand();
      const s = r < 0.15 ? `${name}.` : r < 0.3 ? `${pick(rand, siblings).name[lang]}.` : r < 0.4 ? pick(rand, FILLER[lang]) : pick(rand, sentences[lang]);
      parts.push(rand() < 0.1 ? `**${s}**` : s);
      if (rand() < 0.15) parts.push('\n\n');
      count += s.split(' ').length;
    }
    const doc: KbDoc = {
      articleId: id,
      key: `article-${id}`,
      lang,
      audience,
      title: pick(rand, TITLE[lang])(name),
      body: parts.join(' '),
      tags,
      paraphrases: Array.from({ length: 3 + Math.floor(rand() * 3) }, () => pick(rand, PARA[lang])(name)),
      itemIds: [items.indexOf(item)],
    };
    docs.push(doc);
    sources.push({ doc, item });
  }
}

// --- queries ---------------------------------------------------------------------------------------

type Kind = 'typo' | 'keystroke' | 'operator' | 'paraphrase' | 'en';
const KINDS: [Kind, number][] = [['typo', 0.3], ['keystroke', 0.2], ['operator', 0.2], ['paraphrase', 0.15], ['en', 0.15]];

function typo(w: string): string {
  if (w.length < 4) return w;
  const i = 1 + Math.floor(rand() * (w.length - 2));
  const r = rand();
  if (r < 0.3) return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2); // swap
  if (r < 0.55) return w.slice(0, i) + w.slice(i + 1); // drop
  if (r < 0.8) return w.slice(0, i) + w[i] + w.slice(i); // double
  return w.slice(0, i) + 'аоеи'[Math.floor(rand() * 4)] + w.slice(i + 1); // wrong vowel
}

function query(kind: Kind): { q: string; articleId: number; lang: Lang } {
  const pool = kind === 'en' ? sources.filter((s) => s.doc.lang === 'en') : sources.filter((s) => s.doc.lang !== 'en');
  const src = pick(rand, pool);
  const { doc } = src;
  const words = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, ' ').split(/\s+/).filter((w) => w.length > 2);
  switch (kind) {
    case 'typo': {
      const ws = words(doc.title).slice(0, 2 + Math.floor(rand() * 2));
      const k = Math.floor(rand() * ws.length);
      ws[k] = typo(ws[k] ?? '');
      const q = ws.join(' ');
      return { q: doc.lang === 'kk' && rand() < 0.5 ? foldKazakh(q) : q, articleId: doc.articleId, lang: doc.lang };
    }
    case 'keystroke': {
      const p = pick(rand, doc.paraphrases);
      const cut = Math.max(3, Math.floor(p.length * (0.4 + rand() * 0.6)));
      return { q: p.slice(0, cut), articleId: doc.articleId, lang: doc.lang };
    }
    case 'operator': {
      const lang = doc.lang === 'kk' ? 'kk' : 'ru';
      const text = appealText(rand, src.item, `ул. Байтурсынова, ${1 + Math.floor(rand() * 120)}`, lang);
      return { q: text, articleId: doc.articleId, lang: doc.lang };
    }
    case 'paraphrase':
      return { q: pick(rand, doc.paraphrases), articleId: doc.articleId, lang: doc.lang };
    case 'en':
      return { q: words(doc.title).slice(0, 3).map((w) => (rand() < 0.3 ? typo(w) : w)).join(' '), articleId: doc.articleId, lang: doc.lang };
  }
}

const queries: { kind: Kind; q: string; articleId: number }[] = [];
for (let i = 0; i < QUERIES; i++) {
  let r = rand();
  let kind: Kind = 'typo';
  for (const [k, share] of KINDS) {
    if (r < share) {
      kind = k;
      break;
    }
    r -= share;
  }
  queries.push({ kind, ...query(kind) });
}

// --- run -----------------------------------------------------------------------------------------------

global.gc?.();
const heap0 = process.memoryUsage().heapUsed;
const t0 = performance.now();
const c0 = process.cpuUsage();
const kb = createKbSearch(docs);
const buildS = (performance.now() - t0) / 1000;
const buildCpu = process.cpuUsage(c0);
global.gc?.();
const heap1 = process.memoryUsage().heapUsed;

for (const q of queries.slice(0, 300)) kb.search(q.q, { audience: 'all' });
const times: Record<Kind | 'all', number[]> = { all: [], typo: [], keystroke: [], operator: [], paraphrase: [], en: [] };
// CPU time too: on a shared 2-core machine the wall clock also counts waiting for a core.
const cpu: number[] = [];
const top3: Record<Kind, [number, number]> = { typo: [0, 0], keystroke: [0, 0], operator: [0, 0], paraphrase: [0, 0], en: [0, 0] };
for (const q of queries) {
  const c = process.cpuUsage();
  const t = performance.now();
  const hits = kb.search(q.q, { audience: 'all' });
  const ms = performance.now() - t;
  const used = process.cpuUsage(c);
  cpu.push((used.user + used.system) / 1000);
  times.all.push(ms);
  times[q.kind].push(ms);
  top3[q.kind][1]++;
  if (hits.slice(0, 3).some((h) => h.articleId === q.articleId)) top3[q.kind][0]++;
}

const f = (n: number) => n.toFixed(2);
console.log(`kb-search: ${ARTICLES} articles, ${docs.length} language versions (${docs.filter((d) => d.lang === 'en').length} en), vocabulary from ${items.length} catalogue items and ${demoArticles.length} demo articles`);
console.log(`index build ${buildS.toFixed(1)} s (CPU ${((buildCpu.user + buildCpu.system) / 1e6).toFixed(1)} s), heap +${mb(heap1 - heap0)}${global.gc ? '' : ' (run with --expose-gc for an exact figure)'}`);
console.log(`${queries.length} queries after 300 of warm-up, ms per query:`);
console.log('kind        n     p50    p95    p99    max   top-3 (generated text)');
for (const k of ['all', 'typo', 'keystroke', 'operator', 'paraphrase', 'en'] as const) {
  const v = times[k];
  const hit = k === 'all' ? Object.values(top3).reduce((a, [h, n]) => [a[0] + h, a[1] + n], [0, 0]) : top3[k];
  console.log(
    `${k.padEnd(10)} ${String(v.length).padStart(4)} ${f(percentile(v, 0.5)).padStart(7)} ${f(percentile(v, 0.95)).padStart(6)} ${f(percentile(v, 0.99)).padStart(6)} ${f(Math.max(...v)).padStart(6)}   ${((100 * hit[0]) / Math.max(1, hit[1])).toFixed(0)} %`,
  );
}
console.log(`CPU time per query: p50 ${f(percentile(cpu, 0.5))}, p95 ${f(percentile(cpu, 0.95))}, p99 ${f(percentile(cpu, 0.99))} ms; load average ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')}`);
console.log(`command: npm run bench:kb-search -- --articles ${ARTICLES} --queries ${QUERIES} --seed ${opt.seed}`);
