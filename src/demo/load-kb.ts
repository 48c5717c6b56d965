import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { catalogue, kbArticleItems, kbArticles, kbRevisions, kbTranslations } from '../db/schema.ts';
import { LANGS } from '../domain/types.ts';
import { DEMO_KB_ARTICLES } from './kb/index.ts';
import type { DemoKbArticle } from './kb/types.ts';

/**
 * Publishes the demo knowledge base in bulk (one revision per language, by `authorId`): the same
 * rows the editor would write, without a transaction per article.
 */
export async function loadDemoKb(db: Db, opts: { authorId: number | null; now: Date; articles?: readonly DemoKbArticle[] }): Promise<number> {
  const list = opts.articles ?? DEMO_KB_ARTICLES;
  if (!list.length) return 0;
  const codes = [...new Set(list.flatMap((a) => a.items ?? []))];
  const found = codes.length ? await db.select({ id: catalogue.id, code: catalogue.code }).from(catalogue).where(inArray(catalogue.code, codes)) : [];
  const itemId = new Map(found.map((c) => [c.code, c.id]));
  const rows = await db
    .insert(kbArticles)
    .values(list.map((a) => ({ key: a.key, audience: a.audience, tags: [...new Set(a.tags.map((t) => t.toLowerCase()))], createdById: opts.authorId, createdAt: opts.now, updatedAt: opts.now })))
    .returning({ id: kbArticles.id, key: kbArticles.key });
  const idOf = new Map(rows.map((r) => [r.key, r.id]));
  const revisions = list.flatMap((a) =>
    LANGS.flatMap((lang) => {
      const text = a[lang];
      if (!text) return [];
      return [{ articleId: idOf.get(a.key)!, lang, number: 1, title: text.title, body: text.body, paraphrases: text.paraphrases, authorId: opts.authorId, createdAt: opts.now, publishedAt: opts.now }];
    }),
  );
  const revRows = await db.insert(kbRevisions).values(revisions).returning({ id: kbRevisions.id, articleId: kbRevisions.articleId, lang: kbRevisions.lang });
  await db.insert(kbTranslations).values(revRows.map((r) => ({ articleId: r.articleId, lang: r.lang, latestRevisionId: r.id, publishedRevisionId: r.id, updatedAt: opts.now })));
  // Links only to items of this catalogue (a city that renamed its codes keeps the articles).
  const links = list.flatMap((a) => [...new Set(a.items ?? [])].filter((c) => itemId.has(c)).map((c) => ({ articleId: idOf.get(a.key)!, catalogueItemId: itemId.get(c)! })));
  if (links.length) await db.insert(kbArticleItems).values(links);
  await db.execute(sql`insert into settings (key, value) values ('kb_generation', '1'::jsonb)
    on conflict (key) do update set value = to_jsonb((settings.value #>> '{}')::bigint + 1)`);
  return rows.length;
}
