import { parse } from 'csv-parse/sync';
import type { Db } from '../db/client.ts';
import { catalogue, organisations } from '../db/schema.ts';
import { AppError } from '../domain/errors.ts';
import type { Sample } from '../text/classifier.ts';
import { plainText } from '../text/normalize.ts';
import { importSamples, retrainClassifier, type ImportedSample, type StoredModels } from './classify.ts';

/** Rows of a labelled CSV as (text, label) samples; a missing column is an error naming the columns there are. */
export function samplesFromCsv(csv: string, textColumn: string, labelColumn: string, extraColumn?: string): (Sample & { extra?: string })[] {
  const rows = parse(csv, { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true }) as Record<string, string | undefined>[];
  const first = rows[0];
  for (const c of [textColumn, labelColumn, ...(extraColumn ? [extraColumn] : [])]) {
    if (first && !(c in first)) throw new AppError('VALIDATION_FAILED', {}, [{ path: c, message: `no such column; the file has: ${Object.keys(first).join(', ')}` }]);
  }
  return rows.flatMap((r) => {
    const text = r[textColumn] ?? '';
    const label = (r[labelColumn] ?? '').trim();
    if (!plainText(text) || !label) return [];
    const extra = extraColumn ? (r[extraColumn] ?? '').trim() : undefined;
    return [{ text, label, ...(extra && { extra }) }];
  });
}

const key = (s: string) => s.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');

/**
 * `classify-train`: labelled texts from a file become part of the live model's training data
 * (kept in the database, so later retraining keeps them), then the model is retrained. A label
 * names a catalogue item by code or by its name in any language; the executor column, if given,
 * an organisation by code or name. Rows whose label names nothing are counted, not imported.
 */
export async function trainFromCsv(ctx: { db: Db; now: () => Date }, csv: string, cols: { text: string; label: string; executor?: string }): Promise<{ rows: number; imported: number; unmatched: number; unmatchedLabels: string[]; models: StoredModels | null }> {
  const rows = samplesFromCsv(csv, cols.text, cols.label, cols.executor);
  const items = await ctx.db.select({ code: catalogue.code, ru: catalogue.nameRu, kk: catalogue.nameKk, en: catalogue.nameEn, level: catalogue.level }).from(catalogue);
  const itemBy = new Map<string, string>();
  for (const i of items.filter((x) => x.level === 'item')) for (const k of [i.code, i.ru, i.kk, i.en]) if (!itemBy.has(key(k))) itemBy.set(key(k), i.code);
  const orgs = await ctx.db.select({ code: organisations.code, ru: organisations.nameRu, kk: organisations.nameKk, en: organisations.nameEn }).from(organisations);
  const orgBy = new Map<string, string>();
  for (const o of orgs) for (const k of [o.code, o.ru, o.kk, o.en]) if (!orgBy.has(key(k))) orgBy.set(key(k), o.code);
  const imported: ImportedSample[] = [];
  const unmatched = new Map<string, number>();
  for (const r of rows) {
    const item = itemBy.get(key(r.label));
    const executor = r.extra ? orgBy.get(key(r.extra)) : undefined;
    if (!item && !executor) {
      unmatched.set(r.label, (unmatched.get(r.label) ?? 0) + 1);
      continue;
    }
    imported.push({ text: plainText(r.text), ...(item && { item }), ...(executor && { executor }) });
  }
  await importSamples(ctx.db, imported);
  const models = await retrainClassifier(ctx);
  const worst = [...unmatched].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([l]) => l);
  return { rows: rows.length, imported: imported.length, unmatched: rows.length - imported.length, unmatchedLabels: worst, models };
}
