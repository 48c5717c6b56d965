import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Conn, Db } from '../db/client.ts';
import { kbArticleItems, kbArticles, kbAttachments, kbRevisions, kbTranslations } from '../db/schema.ts';
import { LANGS, type Lang } from '../domain/types.ts';
import { renderMarkdown } from '../kb/markdown.ts';
import { createKbSearch } from '../kb/search.ts';
import type { KbAudience, KbDoc, KbSearch } from '../kb/types.ts';
import { kbGeneration } from './kb.ts';

// The live search index of published articles, one per database per process. Searching never
// waits on the database more than a generation check at most every CHECK_MS; when another
// process published something, the index is rebuilt in the background while the old one keeps
// answering. A write in this process updates its article in place, so its own changes show at once.

const CHECK_MS = 2_000;

type Entry = { search: KbSearch; generation: number; checkedAt: number; rebuilding: Promise<void> | null };
const indexes = new WeakMap<Db, Entry>();
const first = new WeakMap<Db, Promise<Entry>>();

/** Every published language version, as the index holds it. */
export async function loadKbDocs(conn: Conn, articleIds?: number[]): Promise<KbDoc[]> {
  const rows = await conn
    .select({
      articleId: kbArticles.id,
      key: kbArticles.key,
      audience: kbArticles.audience,
      tags: kbArticles.tags,
      lang: kbTranslations.lang,
      title: kbRevisions.title,
      body: kbRevisions.body,
      paraphrases: kbRevisions.paraphrases,
    })
    .from(kbTranslations)
    .innerJoin(kbArticles, eq(kbArticles.id, kbTranslations.articleId))
    .innerJoin(kbRevisions, eq(kbRevisions.id, kbTranslations.publishedRevisionId))
    .where(articleIds ? inArray(kbArticles.id, articleIds) : undefined);
  const items = await conn.select().from(kbArticleItems).where(articleIds ? inArray(kbArticleItems.articleId, articleIds) : undefined);
  const itemsOf = new Map<number, number[]>();
  for (const i of items) itemsOf.set(i.articleId, [...(itemsOf.get(i.articleId) ?? []), i.catalogueItemId]);
  return rows.map((r) => ({ ...r, lang: r.lang as Lang, audience: r.audience as KbAudience, itemIds: itemsOf.get(r.articleId) ?? [] }));
}

async function build(db: Db): Promise<Entry> {
  const generation = await kbGeneration(db);
  const search = createKbSearch(await loadKbDocs(db));
  return { search, generation, checkedAt: Date.now(), rebuilding: null };
}

/** The index of published articles for this database. */
export async function kbSearch(ctx: { db: Db }): Promise<KbSearch> {
  const { db } = ctx;
  let entry = indexes.get(db);
  if (!entry) {
    let pending = first.get(db);
    if (!pending) {
      pending = build(db).finally(() => first.delete(db));
      first.set(db, pending);
    }
    entry = await pending;
    if (!indexes.has(db)) indexes.set(db, entry);
    return indexes.get(db)!.search;
  }
  if (Date.now() - entry.checkedAt >= CHECK_MS && !entry.rebuilding) {
    const current = entry;
    current.checkedAt = Date.now();
    const generation = await kbGeneration(db);
    if (generation !== current.generation && !current.rebuilding && indexes.get(db) === current) {
      current.rebuilding = build(db)
        .then((fresh) => void indexes.set(db, fresh))
        // A failed rebuild keeps the old index and tries again at the next check.
        .catch(() => undefined)
        .finally(() => {
          current.rebuilding = null;
        });
    }
  }
  return indexes.get(db)!.search;
}

/**
 * After a write in this process: the article's versions are replaced in the index at once (a
 * full rebuild of a large base takes seconds of CPU), so the writer's next search sees them.
 * When no one else wrote in between, the index counts as current; otherwise the next
 * generation check rebuilds it.
 */
export async function kbChanged(db: Db, articleId: number): Promise<void> {
  const entry = indexes.get(db);
  if (!entry) return;
  const generation = await kbGeneration(db);
  const docs = await loadKbDocs(db, [articleId]);
  entry.search.remove(articleId);
  for (const doc of docs) entry.search.put(doc);
  if (generation === entry.generation + 1) entry.generation = generation;
}

export type KbPublished = {
  articleId: number;
  key: string;
  lang: Lang;
  audience: KbAudience;
  title: string;
  /** Markdown. */
  body: string;
  html: string;
  tags: string[];
  itemIds: number[];
  /** The languages this article is published in. */
  langs: Lang[];
  publishedAt: Date | null;
  attachments: { id: string; fileName: string; mime: string; size: number; hasPreview: boolean }[];
  /** Link for citizens (only for public articles). */
  url: string | null;
};

export const kbPublicUrl = (key: string, lang: Lang) => `/portal/kb/${encodeURIComponent(key)}?lang=${lang}`;

/**
 * The published version of an article in `lang`, or — when that language is not published —
 * in the first published of ru, kk, en. `audience: 'public'` hides internal articles.
 */
export async function readKbArticle(conn: Conn, ref: { id: number } | { key: string }, lang: Lang, audience: 'public' | 'all'): Promise<KbPublished | null> {
  const [a] = await conn
    .select()
    .from(kbArticles)
    .where('id' in ref ? eq(kbArticles.id, ref.id) : eq(kbArticles.key, ref.key));
  if (!a || (audience === 'public' && a.audience !== 'public')) return null;
  const trs = await conn
    .select({ lang: kbTranslations.lang, rev: kbRevisions })
    .from(kbTranslations)
    .innerJoin(kbRevisions, eq(kbRevisions.id, kbTranslations.publishedRevisionId))
    .where(and(eq(kbTranslations.articleId, a.id), isNotNull(kbTranslations.publishedRevisionId)));
  if (!trs.length) return null;
  const langs = LANGS.filter((l) => trs.some((t) => t.lang === l));
  const chosen = trs.find((t) => t.lang === lang) ?? trs.find((t) => t.lang === langs[0])!;
  const items = await conn.select({ id: kbArticleItems.catalogueItemId }).from(kbArticleItems).where(eq(kbArticleItems.articleId, a.id));
  const files = await conn.select().from(kbAttachments).where(eq(kbAttachments.articleId, a.id)).orderBy(sql`${kbAttachments.createdAt}`);
  const l = chosen.lang as Lang;
  return {
    articleId: a.id,
    key: a.key,
    lang: l,
    audience: a.audience as KbAudience,
    title: chosen.rev.title,
    body: chosen.rev.body,
    html: renderMarkdown(chosen.rev.body),
    tags: a.tags,
    itemIds: items.map((i) => i.id),
    langs,
    publishedAt: chosen.rev.publishedAt,
    attachments: files.map((f) => ({ id: f.id, fileName: f.fileName, mime: f.mime, size: f.size, hasPreview: !!f.previewKey })),
    url: a.audience === 'public' ? kbPublicUrl(a.key, l) : null,
  };
}

/** The published translation the bot and the operators' panel quote (public and internal). */
export async function kbArticle(ctx: { db: Db }, articleId: number, lang: Lang): Promise<KbPublished | null> {
  return readKbArticle(ctx.db, { id: articleId }, lang, 'all');
}

/** Public articles with a published language, titled in `lang` where it is published; and the topics (tags) with their counts. */
export async function listPublishedKb(conn: Conn, q: { lang: Lang; tag?: string | undefined; limit: number; offset: number }) {
  const tagCond = q.tag ? sql`and a.tags @> ${JSON.stringify([q.tag])}::jsonb` : sql``;
  const published = sql`
    select distinct on (a.id) a.id, a.key, a.tags, t.lang, r.title
    from kb_articles a
    join kb_translations t on t.article_id = a.id and t.published_revision_id is not null
    join kb_revisions r on r.id = t.published_revision_id
    where a.audience = 'public' ${tagCond}
    order by a.id, (t.lang = ${q.lang}) desc, array_position(array['ru', 'kk', 'en'], t.lang)`;
  const rows = await conn.execute<{ key: string; tags: string[]; lang: Lang; title: string; total: number }>(
    sql`select key, tags, lang, title, count(*) over ()::int as total from (${published}) p order by lower(title), key limit ${q.limit} offset ${q.offset}`,
  );
  const tags = await conn.execute<{ tag: string; n: number }>(sql`
    select tag, count(*)::int as n
    from kb_articles a, jsonb_array_elements_text(a.tags) tag
    where a.audience = 'public' and exists (select 1 from kb_translations t where t.article_id = a.id and t.published_revision_id is not null)
    group by tag order by n desc, tag limit 60`);
  const items = (rows as unknown as { rows: { key: string; tags: string[]; lang: Lang; title: string; total: number }[] }).rows;
  return {
    total: items[0]?.total ?? 0,
    items: items.map(({ key, tags: t, lang, title }) => ({ key, lang, title, tags: t })),
    tags: (tags as unknown as { rows: { tag: string; n: number }[] }).rows,
  };
}
