// Classifier benchmark: the live-sized model (the demo city's 1,300+ catalogue items in three
// languages plus 20,000 labelled appeals, as `retrainClassifier` would read them), its training
// time and size, and the time to answer one text (analysis + both models) at p50/p95/p99.
//
//   npm run bench:classify                     # options: --history 20000 --texts 2000 --model centroid|nb|linear
//
// No database: the samples are built the way the demo city's loader builds its appeals.
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { LIVE_KIND, trainModels } from '../src/app/classify.ts';
import { demoCatalogue } from '../src/demo/catalogue-data.ts';
import { appealText, mulberry32, pick } from '../src/demo/people-data.ts';
import { predictRaw, prepare, type ModelKind, type Sample } from '../src/text/classifier.ts';
import { rawFeatures } from '../src/text/features.ts';
import { percentile } from '../src/text/evaluate.ts';

const { values: opt } = parseArgs({ options: { history: { type: 'string', default: '20000' }, texts: { type: 'string', default: '2000' }, model: { type: 'string', default: LIVE_KIND } } });
const kind = opt.model as ModelKind;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MiB`;

const nodes = demoCatalogue().filter((n) => n.level === 'item');
const items: Sample[] = [];
const executors: Sample[] = [];
for (const n of nodes) {
  for (const lang of ['ru', 'kk', 'en'] as const) {
    items.push({ text: n.name[lang], label: n.code, lang });
    if (n.executor) executors.push({ text: n.name[lang], label: n.executor, lang });
  }
  if (n.synonyms?.length) items.push({ text: n.synonyms.join(' '), label: n.code });
}
const rand = mulberry32(42);
const history: { text: string; item: string; executor?: string }[] = [];
for (let i = 0; i < Number(opt.history) + Number(opt.texts); i++) {
  const item = pick(rand, nodes);
  const text = appealText(rand, item, rand() < 0.5 ? `ул. Байтурсынова, ${1 + Math.floor(rand() * 120)}` : '', rand() < 0.3 ? 'kk' : 'ru');
  history.push({ text, item: item.code, ...(item.executor && { executor: item.executor }) });
}
const test = history.splice(Number(opt.history));
for (const h of history) {
  items.push({ text: h.text, label: h.item });
  if (h.executor) executors.push({ text: h.text, label: h.executor });
}

const heap0 = process.memoryUsage().heapUsed;
let t0 = performance.now();
// Exactly as the live retraining does it (the same options, texts analysed once for both).
const models = trainModels({ items, executors, counts: { catalogue: 0, history: history.length, imported: 0 } }, { kind })!;
const itemModel = models.items;
const execModel = models.executors!;
const trainS = (performance.now() - t0) / 1000;
const json = JSON.stringify({ items: itemModel, executors: execModel });
const pi = prepare(itemModel);
const pe = prepare(execModel);
global.gc?.();
const heap1 = process.memoryUsage().heapUsed;

for (const h of test.slice(0, 200)) predictRaw(pi, rawFeatures(h.text, itemModel.spec));
const times: number[] = [];
let right = 0;
for (const h of test) {
  t0 = performance.now();
  const raw = rawFeatures(h.text, itemModel.spec);
  const p = predictRaw(pi, raw, 3);
  predictRaw(pe, raw, 3);
  times.push(performance.now() - t0);
  if (p.ranked[0]?.label === h.item) right++;
}
const f = (q: number) => percentile(times, q).toFixed(2);
console.log(`model ${kind}: ${itemModel.labels.length} items from ${items.length} texts, ${execModel.labels.length} executors; trained both in ${trainS.toFixed(1)} s`);
console.log(`stored size ${mb(json.length)} (JSON), heap for both prepared models ~${mb(heap1 - heap0)}, process RSS ${mb(process.memoryUsage().rss)}`);
console.log(`per text (analysis + items + executors), ${times.length} texts: p50 ${f(0.5)} ms, p95 ${f(0.95)} ms, p99 ${f(0.99)} ms; top-1 on held-out demo texts ${((right / test.length) * 100).toFixed(1)}%`);
