import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DemoKbArticle } from '../demo/kb/types.ts';
import { createKbSearch } from '../kb/search.ts';
import type { KbDoc, KbSearch } from '../kb/types.ts';
import type { ArticleText } from './engine.ts';
import { LANGS, type Lang } from '../domain/types.ts';

/** The demo city's knowledge base as the bot's tests see it: every article file in src/demo/kb. */
export async function demoKb(): Promise<{ kb: KbSearch; docs: KbDoc[]; article: (id: number, lang: Lang) => Promise<ArticleText | null>; idOf: (key: string) => number }> {
  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../demo/kb');
  const articles: DemoKbArticle[] = [];
  for (const f of fs.readdirSync(dir).sort()) {
    if (!f.endsWith('.ts') || f === 'types.ts' || f.endsWith('.test.ts') || f === 'index.ts') continue;
    const mod = (await import(path.join(dir, f))) as Record<string, unknown>;
    for (const v of Object.values(mod)) if (Array.isArray(v)) articles.push(...(v as DemoKbArticle[]));
  }
  const docs: KbDoc[] = [];
  articles.forEach((a, i) => {
    for (const lang of LANGS) {
      const t = a[lang];
      if (t) docs.push({ articleId: i + 1, key: a.key, lang, audience: a.audience, title: t.title, body: t.body, tags: a.tags, paraphrases: t.paraphrases, itemIds: [] });
    }
  });
  const byKey = new Map(articles.map((a, i) => [a.key, i + 1]));
  return {
    kb: createKbSearch(docs),
    docs,
    article: async (id, lang) => {
      const d = docs.find((x) => x.articleId === id && x.lang === lang && x.audience === 'public');
      return d ? { articleId: d.articleId, key: d.key, lang: d.lang, title: d.title, body: d.body } : null;
    },
    idOf: (key) => {
      const id = byKey.get(key);
      if (!id) throw new Error(`no demo article ${key}`);
      return id;
    },
  };
}
