import { diffArrays, diffWordsWithSpace } from 'diff';
import { and, asc, desc, eq, ilike, inArray, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Conn, Db } from '../db/client.ts';
import { containing } from '../db/like.ts';
import { auditLog, catalogue, kbArticleItems, kbArticles, kbAttachments, kbRevisions, kbTranslations, settings, users } from '../db/schema.ts';
import { AppError, notFound, unknownReference } from '../domain/errors.ts';
import { LANGS, type Lang, type Role } from '../domain/types.ts';
import type { KbAudience } from '../kb/types.ts';
import type { ActorCtx } from './context.ts';

// The knowledge base's storage. An article (key, audience, tags, catalogue links) has one
// translation per language; every save of a translation is a new revision, never an edit of an
// old one, so history and diffs are exact. A translation shows readers its published revision;
// a newer revision is its pending draft. Every change that readers could see bumps the KB's
// generation (settings.kb_generation), which tells each process's search index to refresh.

export const KB_EDITORS: readonly Role[] = ['kb_editor', 'admin'];
export const KB_AUDIENCES = ['public', 'internal'] as const;

export function canEditKb(role: string): boolean {
  return (KB_EDITORS as readonly string[]).includes(role);
}

function assertEditor(ctx: ActorCtx): void {
  if (!canEditKb(ctx.actor.role)) throw new AppError('FORBIDDEN_ROLE');
}

const tag = z.string().trim().toLowerCase().min(1).max(40);
const dbId = z.number().int().positive().max(2_147_483_647);

export const kbKey = z
  .string()
  .trim()
  .toLowerCase()
  .min(2)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kb_key');

export const kbTranslationInput = z
  .object({
    title: z.string().trim().min(1).max(200),
    body: z.string().trim().min(1).max(50_000),
    paraphrases: z.array(z.string().trim().min(1).max(300)).max(50).default([]),
    note: z.string().trim().max(500).optional(),
    /** Publish this revision at once. */
    publish: z.boolean().default(false),
    /**
     * The newest revision the editor started from (null for a new translation). When given and
     * someone saved since, nothing is written and STALE_VERSION says to reload.
     */
    baseRevisionId: z.number().int().positive().nullable().optional(),
  })
  .strict();

export const kbArticleInput = z
  .object({
    key: kbKey,
    audience: z.enum(KB_AUDIENCES).default('public'),
    tags: z.array(tag).max(20).default([]),
    itemIds: z.array(dbId).max(50).default([]),
    translations: z.partialRecord(z.enum(LANGS), kbTranslationInput).default({}),
  })
  .strict();

export const kbArticlePatch = z
  .object({
    key: kbKey.optional(),
    audience: z.enum(KB_AUDIENCES).optional(),
    tags: z.array(tag).max(20).optional(),
    itemIds: z.array(dbId).max(50).optional(),
    version: z.number().int().positive(),
  })
  .strict();

export const kbListQuery = z
  .object({
    q: z.string().trim().max(200).optional(),
    audience: z.enum(KB_AUDIENCES).optional(),
    /** published: has a published language; draft: has unpublished changes; unpublished: nothing published. */
    status: z.enum(['published', 'draft', 'unpublished']).optional(),
    lang: z.enum(LANGS).optional(),
    tag: tag.optional(),
    itemId: z.coerce.number().int().positive().max(2_147_483_647).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

async function bumpGeneration(tx: Conn): Promise<number> {
  const r = await tx.execute<{ g: number }>(sql`
    insert into settings (key, value) values ('kb_generation', '1'::jsonb)
    on conflict (key) do update set value = to_jsonb((settings.value #>> '{}')::bigint + 1)
    returning (value #>> '{}')::bigint as g`);
  return Number((r as unknown as { rows: { g: number }[] }).rows[0]!.g);
}

export async function kbGeneration(conn: Conn): Promise<number> {
  const [row] = await conn.select({ value: settings.value }).from(settings).where(eq(settings.key, 'kb_generation'));
  return row ? Number(row.value) : 0;
}

async function checkItems(tx: Conn, itemIds: number[]): Promise<void> {
  if (!itemIds.length) return;
  const found = await tx.select({ id: catalogue.id, level: catalogue.level }).from(catalogue).where(inArray(catalogue.id, itemIds));
  for (const id of itemIds) {
    const row = found.find((f) => f.id === id);
    if (!row) throw unknownReference('itemIds', id);
    if (row.level !== 'item') throw new AppError('NOT_AN_ITEM', { id });
  }
}

async function setItems(tx: Conn, articleId: number, itemIds: number[]): Promise<void> {
  const unique = [...new Set(itemIds)];
  await checkItems(tx, unique);
  await tx.delete(kbArticleItems).where(eq(kbArticleItems.articleId, articleId));
  if (unique.length) await tx.insert(kbArticleItems).values(unique.map((catalogueItemId) => ({ articleId, catalogueItemId })));
}

async function lockArticle(tx: Conn, id: number) {
  const [row] = await tx.select().from(kbArticles).where(eq(kbArticles.id, id)).for('update');
  if (!row) throw notFound('kb_article', id);
  return row;
}

async function keyTaken(tx: Conn, key: string, exceptId?: number): Promise<boolean> {
  const rows = await tx.select({ id: kbArticles.id }).from(kbArticles).where(eq(kbArticles.key, key));
  return rows.some((r) => r.id !== exceptId);
}

/** Writes a revision of one language and, if asked, publishes it. The article must be locked. */
async function saveRevision(tx: Conn, ctx: ActorCtx, articleId: number, lang: Lang, input: z.infer<typeof kbTranslationInput>) {
  const [current] = await tx.select().from(kbTranslations).where(and(eq(kbTranslations.articleId, articleId), eq(kbTranslations.lang, lang)));
  if (input.baseRevisionId !== undefined && (current?.latestRevisionId ?? null) !== input.baseRevisionId) throw new AppError('STALE_VERSION');
  const [{ n } = { n: 0 }] = await tx
    .select({ n: sql<number>`coalesce(max(${kbRevisions.number}), 0)::int` })
    .from(kbRevisions)
    .where(and(eq(kbRevisions.articleId, articleId), eq(kbRevisions.lang, lang)));
  const now = ctx.now();
  const [rev] = await tx
    .insert(kbRevisions)
    .values({
      articleId,
      lang,
      number: n + 1,
      title: input.title,
      body: input.body,
      paraphrases: input.paraphrases,
      note: input.note ?? null,
      authorId: ctx.actor.id,
      createdAt: now,
      publishedAt: input.publish ? now : null,
    })
    .returning({ id: kbRevisions.id, number: kbRevisions.number });
  if (!rev) throw new AppError('INTERNAL');
  const publishedRevisionId = input.publish ? rev.id : (current?.publishedRevisionId ?? null);
  if (current) {
    await tx
      .update(kbTranslations)
      .set({ latestRevisionId: rev.id, publishedRevisionId, updatedAt: now })
      .where(and(eq(kbTranslations.articleId, articleId), eq(kbTranslations.lang, lang)));
  } else {
    await tx.insert(kbTranslations).values({ articleId, lang, latestRevisionId: rev.id, publishedRevisionId, updatedAt: now });
  }
  return rev;
}

/** Two editors taking one key at the same moment: the unique index refuses the second, which is told so. */
function keyRace(key: string) {
  return (err: unknown): never => {
    const e = err as { code?: string; constraint?: string; cause?: { code?: string; constraint?: string } };
    const c = e?.cause ?? e;
    if (c?.code === '23505' && c.constraint === 'kb_articles_key_unique') throw new AppError('CODE_TAKEN', { code: key });
    throw err;
  };
}

export async function createKbArticle(ctx: ActorCtx, raw: z.input<typeof kbArticleInput>): Promise<{ id: number }> {
  assertEditor(ctx);
  const input = kbArticleInput.parse(raw);
  return ctx.db.transaction(async (tx: Tx) => {
    if (await keyTaken(tx, input.key)) throw new AppError('CODE_TAKEN', { code: input.key });
    const now = ctx.now();
    const [row] = await tx
      .insert(kbArticles)
      .values({ key: input.key, audience: input.audience, tags: [...new Set(input.tags)], createdById: ctx.actor.id, createdAt: now, updatedAt: now })
      .returning({ id: kbArticles.id });
    if (!row) throw new AppError('INTERNAL');
    await setItems(tx, row.id, input.itemIds);
    for (const lang of LANGS) {
      const t = input.translations[lang];
      if (t) await saveRevision(tx, ctx, row.id, lang, { ...t, baseRevisionId: undefined });
    }
    await tx.insert(auditLog).values({ actorId: ctx.actor.id, entity: 'kb_article', entityId: String(row.id), action: 'create', data: { key: input.key } });
    await bumpGeneration(tx);
    return row;
  }).catch(keyRace(input.key));
}

export async function updateKbArticle(ctx: ActorCtx, id: number, raw: z.input<typeof kbArticlePatch>): Promise<void> {
  assertEditor(ctx);
  const patch = kbArticlePatch.parse(raw);
  await ctx.db.transaction(async (tx: Tx) => {
    const row = await lockArticle(tx, id);
    if (row.version !== patch.version) throw new AppError('STALE_VERSION');
    if (patch.key && patch.key !== row.key && (await keyTaken(tx, patch.key, id))) throw new AppError('CODE_TAKEN', { code: patch.key });
    await tx
      .update(kbArticles)
      .set({
        ...(patch.key && { key: patch.key }),
        ...(patch.audience && { audience: patch.audience }),
        ...(patch.tags && { tags: [...new Set(patch.tags)] }),
        updatedAt: ctx.now(),
        version: row.version + 1,
      })
      .where(eq(kbArticles.id, id));
    if (patch.itemIds) await setItems(tx, id, patch.itemIds);
    const { version: _v, ...data } = patch;
    await tx.insert(auditLog).values({ actorId: ctx.actor.id, entity: 'kb_article', entityId: String(id), action: 'update', data });
    await bumpGeneration(tx);
  }).catch(keyRace(patch.key ?? ''));
}

export async function deleteKbArticle(ctx: ActorCtx, id: number): Promise<void> {
  assertEditor(ctx);
  await ctx.db.transaction(async (tx: Tx) => {
    const row = await lockArticle(tx, id);
    // Translations point at revisions and revisions at the article: drop the pointers first.
    await tx.delete(kbTranslations).where(eq(kbTranslations.articleId, id));
    await tx.delete(kbArticles).where(eq(kbArticles.id, id));
    await tx.insert(auditLog).values({ actorId: ctx.actor.id, entity: 'kb_article', entityId: String(id), action: 'delete', data: { key: row.key } });
    await bumpGeneration(tx);
  });
}

export async function saveKbTranslation(ctx: ActorCtx, articleId: number, lang: Lang, raw: z.input<typeof kbTranslationInput>) {
  assertEditor(ctx);
  const input = kbTranslationInput.parse(raw);
  return ctx.db.transaction(async (tx: Tx) => {
    await lockArticle(tx, articleId);
    const rev = await saveRevision(tx, ctx, articleId, lang, input);
    await tx.update(kbArticles).set({ updatedAt: ctx.now() }).where(eq(kbArticles.id, articleId));
    await tx.insert(auditLog).values({ actorId: ctx.actor.id, entity: 'kb_article', entityId: String(articleId), action: input.publish ? 'save_publish' : 'save', data: { lang, revision: rev.number } });
    if (input.publish) await bumpGeneration(tx);
    return { revisionId: rev.id, number: rev.number };
  });
}

/** Publishes one revision of a translation: the newest (the pending draft) or an older one (a rollback). */
export async function publishKbRevision(ctx: ActorCtx, articleId: number, lang: Lang, revisionId: number): Promise<void> {
  assertEditor(ctx);
  await ctx.db.transaction(async (tx: Tx) => {
    await lockArticle(tx, articleId);
    const [rev] = await tx.select().from(kbRevisions).where(and(eq(kbRevisions.id, revisionId), eq(kbRevisions.articleId, articleId), eq(kbRevisions.lang, lang)));
    if (!rev) throw notFound('kb_revision', revisionId);
    await tx.update(kbRevisions).set({ publishedAt: ctx.now() }).where(eq(kbRevisions.id, revisionId));
    await tx.update(kbTranslations).set({ publishedRevisionId: revisionId, updatedAt: ctx.now() }).where(and(eq(kbTranslations.articleId, articleId), eq(kbTranslations.lang, lang)));
    await tx.insert(auditLog).values({ actorId: ctx.actor.id, entity: 'kb_article', entityId: String(articleId), action: 'publish', data: { lang, revision: rev.number } });
    await bumpGeneration(tx);
  });
}

export async function unpublishKbTranslation(ctx: ActorCtx, articleId: number, lang: Lang): Promise<void> {
  assertEditor(ctx);
  await ctx.db.transaction(async (tx: Tx) => {
    await lockArticle(tx, articleId);
    const rows = await tx
      .update(kbTranslations)
      .set({ publishedRevisionId: null, updatedAt: ctx.now() })
      .where(and(eq(kbTranslations.articleId, articleId), eq(kbTranslations.lang, lang)))
      .returning({ lang: kbTranslations.lang });
    if (!rows.length) throw notFound('kb_translation', `${articleId}/${lang}`);
    await tx.insert(auditLog).values({ actorId: ctx.actor.id, entity: 'kb_article', entityId: String(articleId), action: 'unpublish', data: { lang } });
    await bumpGeneration(tx);
  });
}

// ---------------------------------------------------------------------------
// Reading

export type KbTranslationState = {
  lang: Lang;
  status: 'published' | 'draft' | 'unpublished';
  published: { revisionId: number; number: number; title: string; body: string; paraphrases: string[]; publishedAt: Date | null } | null;
  latest: { revisionId: number; number: number; title: string; body: string; paraphrases: string[]; createdAt: Date; authorName: string | null };
};

export type KbArticleFull = {
  id: number;
  key: string;
  audience: KbAudience;
  tags: string[];
  itemIds: number[];
  version: number;
  createdAt: Date;
  updatedAt: Date;
  translations: KbTranslationState[];
  attachments: (typeof kbAttachments.$inferSelect)[];
};

export async function getKbArticle(conn: Conn, id: number): Promise<KbArticleFull> {
  const [a] = await conn.select().from(kbArticles).where(eq(kbArticles.id, id));
  if (!a) throw notFound('kb_article', id);
  const items = await conn.select({ id: kbArticleItems.catalogueItemId }).from(kbArticleItems).where(eq(kbArticleItems.articleId, id)).orderBy(asc(kbArticleItems.catalogueItemId));
  const trs = await conn.select().from(kbTranslations).where(eq(kbTranslations.articleId, id));
  const revIds = trs.flatMap((t) => [t.latestRevisionId, t.publishedRevisionId]).filter((x): x is number => x !== null);
  const revs = revIds.length
    ? await conn
        .select({ rev: kbRevisions, authorName: users.fullName })
        .from(kbRevisions)
        .leftJoin(users, eq(users.id, kbRevisions.authorId))
        .where(inArray(kbRevisions.id, revIds))
    : [];
  const byId = new Map(revs.map((r) => [r.rev.id, r]));
  const translations: KbTranslationState[] = [];
  for (const lang of LANGS) {
    const t = trs.find((x) => x.lang === lang);
    if (!t) continue;
    const latest = byId.get(t.latestRevisionId)!;
    const pub = t.publishedRevisionId !== null ? byId.get(t.publishedRevisionId) : undefined;
    translations.push({
      lang,
      status: !pub ? 'unpublished' : pub.rev.id === latest.rev.id ? 'published' : 'draft',
      published: pub ? { revisionId: pub.rev.id, number: pub.rev.number, title: pub.rev.title, body: pub.rev.body, paraphrases: pub.rev.paraphrases, publishedAt: pub.rev.publishedAt } : null,
      latest: { revisionId: latest.rev.id, number: latest.rev.number, title: latest.rev.title, body: latest.rev.body, paraphrases: latest.rev.paraphrases, createdAt: latest.rev.createdAt, authorName: latest.authorName },
    });
  }
  const files = await conn.select().from(kbAttachments).where(eq(kbAttachments.articleId, id)).orderBy(asc(kbAttachments.createdAt));
  return { id: a.id, key: a.key, audience: a.audience as KbAudience, tags: a.tags, itemIds: items.map((i) => i.id), version: a.version, createdAt: a.createdAt, updatedAt: a.updatedAt, translations, attachments: files };
}

export async function kbArticleIdByKey(conn: Conn, key: string): Promise<number | null> {
  const [row] = await conn.select({ id: kbArticles.id }).from(kbArticles).where(eq(kbArticles.key, key));
  return row?.id ?? null;
}

export type KbListRow = {
  id: number;
  key: string;
  audience: KbAudience;
  tags: string[];
  updatedAt: Date;
  translations: { lang: Lang; title: string; status: 'published' | 'draft' | 'unpublished' }[];
};

/**
 * Articles for the editors' list (every state) or for other staff (published only): filters by
 * title, tag, audience, language, catalogue item and state. Titles are matched on the newest
 * revision for editors, on the published one for everyone else.
 */
export async function listKbArticles(ctx: ActorCtx, raw: z.input<typeof kbListQuery>): Promise<{ items: KbListRow[]; total: number }> {
  const q = kbListQuery.parse(raw);
  const editor = canEditKb(ctx.actor.role);
  const conds: SQL[] = [];
  if (q.audience) conds.push(eq(kbArticles.audience, q.audience));
  if (q.tag) conds.push(sql`${kbArticles.tags} @> ${JSON.stringify([q.tag])}::jsonb`);
  if (q.itemId) conds.push(sql`exists (select 1 from kb_article_items i where i.article_id = ${kbArticles.id} and i.catalogue_item_id = ${q.itemId})`);
  const langCond = q.lang ? sql` and t.lang = ${q.lang}` : sql``;
  if (q.q) {
    const p = containing(q.q);
    conds.push(
      or(
        ilike(kbArticles.key, p),
        // Editors search their newest titles; other staff only what is published (a draft's title is not theirs to probe).
        editor
          ? sql`exists (select 1 from kb_translations t join kb_revisions r on r.id = t.latest_revision_id where t.article_id = ${kbArticles.id}${langCond} and r.title ilike ${p})`
          : sql`exists (select 1 from kb_translations t join kb_revisions r on r.id = t.published_revision_id where t.article_id = ${kbArticles.id}${langCond} and r.title ilike ${p})`,
      )!,
    );
  }
  const status = editor ? q.status : 'published';
  if (status === 'published') conds.push(sql`exists (select 1 from kb_translations t where t.article_id = ${kbArticles.id}${langCond} and t.published_revision_id is not null)`);
  if (status === 'draft') conds.push(sql`exists (select 1 from kb_translations t where t.article_id = ${kbArticles.id}${langCond} and t.published_revision_id is distinct from t.latest_revision_id)`);
  if (status === 'unpublished') conds.push(sql`not exists (select 1 from kb_translations t where t.article_id = ${kbArticles.id}${langCond} and t.published_revision_id is not null)`);
  if (!status && q.lang) conds.push(sql`exists (select 1 from kb_translations t where t.article_id = ${kbArticles.id}${langCond})`);
  const where = conds.length ? and(...conds) : undefined;
  const [{ total } = { total: 0 }] = await ctx.db.select({ total: sql<number>`count(*)::int` }).from(kbArticles).where(where);
  const rows = await ctx.db.select().from(kbArticles).where(where).orderBy(desc(kbArticles.updatedAt), desc(kbArticles.id)).limit(q.limit).offset(q.offset);
  if (!rows.length) return { items: [], total };
  const trs = await ctx.db
    .select({ articleId: kbTranslations.articleId, lang: kbTranslations.lang, latest: kbTranslations.latestRevisionId, published: kbTranslations.publishedRevisionId, latestTitle: kbRevisions.title })
    .from(kbTranslations)
    .innerJoin(kbRevisions, eq(kbRevisions.id, kbTranslations.latestRevisionId))
    .where(inArray(kbTranslations.articleId, rows.map((r) => r.id)));
  // Non-editors see published titles only.
  const pubTitles = editor
    ? new Map<number, string>()
    : new Map(
        (
          await ctx.db
            .select({ id: kbRevisions.id, title: kbRevisions.title })
            .from(kbTranslations)
            .innerJoin(kbRevisions, eq(kbRevisions.id, kbTranslations.publishedRevisionId))
            .where(and(inArray(kbTranslations.articleId, rows.map((r) => r.id)), isNotNull(kbTranslations.publishedRevisionId)))
        ).map((r) => [r.id, r.title]),
      );
  const items = rows.map((a) => ({
    id: a.id,
    key: a.key,
    audience: a.audience as KbAudience,
    tags: a.tags,
    updatedAt: a.updatedAt,
    translations: LANGS.flatMap((lang) => {
      const t = trs.find((x) => x.articleId === a.id && x.lang === lang);
      if (!t) return [];
      const st = t.published === null ? ('unpublished' as const) : t.published === t.latest ? ('published' as const) : ('draft' as const);
      if (!editor) return t.published === null ? [] : [{ lang, title: pubTitles.get(t.published) ?? t.latestTitle, status: 'published' as const }];
      return [{ lang, title: t.latestTitle, status: st }];
    }),
  }));
  return { items, total };
}

export type KbRevisionRow = { id: number; number: number; title: string; note: string | null; authorName: string | null; createdAt: Date; publishedAt: Date | null; isPublished: boolean; isLatest: boolean };

export async function kbHistory(ctx: ActorCtx, articleId: number, lang: Lang): Promise<KbRevisionRow[]> {
  assertEditor(ctx);
  const [t] = await ctx.db.select().from(kbTranslations).where(and(eq(kbTranslations.articleId, articleId), eq(kbTranslations.lang, lang)));
  if (!t) throw notFound('kb_translation', `${articleId}/${lang}`);
  const rows = await ctx.db
    .select({ rev: kbRevisions, authorName: users.fullName })
    .from(kbRevisions)
    .leftJoin(users, eq(users.id, kbRevisions.authorId))
    .where(and(eq(kbRevisions.articleId, articleId), eq(kbRevisions.lang, lang)))
    .orderBy(desc(kbRevisions.number));
  return rows.map(({ rev, authorName }) => ({
    id: rev.id,
    number: rev.number,
    title: rev.title,
    note: rev.note,
    authorName,
    createdAt: rev.createdAt,
    publishedAt: rev.publishedAt,
    isPublished: rev.id === t.publishedRevisionId,
    isLatest: rev.id === t.latestRevisionId,
  }));
}

export async function getKbRevision(ctx: ActorCtx, id: number) {
  assertEditor(ctx);
  const [rev] = await ctx.db.select().from(kbRevisions).where(eq(kbRevisions.id, id));
  if (!rev) throw notFound('kb_revision', id);
  return rev;
}

export type DiffPart = { value: string; added?: true; removed?: true };
const parts = (changes: { value: string; added?: boolean; removed?: boolean }[]): DiffPart[] =>
  changes.map((c) => ({ value: c.value, ...(c.added && { added: true as const }), ...(c.removed && { removed: true as const }) }));

/** What changed from one revision to another of the same article and language, word by word. */
export async function diffKbRevisions(ctx: ActorCtx, fromId: number, toId: number) {
  const from = await getKbRevision(ctx, fromId);
  const to = await getKbRevision(ctx, toId);
  if (from.articleId !== to.articleId || from.lang !== to.lang) throw new AppError('VALIDATION_FAILED', {}, [{ path: 'to', message: 'kb_diff_other_article' }]);
  const paraphrases = diffArrays(from.paraphrases, to.paraphrases).flatMap((c) => c.value.map((value) => ({ value, ...(c.added && { added: true as const }), ...(c.removed && { removed: true as const }) })));
  return {
    from: { id: from.id, number: from.number },
    to: { id: to.id, number: to.number },
    title: parts(diffWordsWithSpace(from.title, to.title)),
    body: parts(diffWordsWithSpace(from.body, to.body)),
    paraphrases,
  };
}

// ---------------------------------------------------------------------------
// Attachments

export async function addKbAttachments(
  ctx: ActorCtx,
  articleId: number,
  files: { fileName: string; mime: string; size: number; sha256: string; storageKey: string; previewKey: string | null; thumbKey: string | null; width: number | null; height: number | null }[],
) {
  assertEditor(ctx);
  return ctx.db.transaction(async (tx: Tx) => {
    await lockArticle(tx, articleId);
    const out = [];
    for (const f of files) {
      const [row] = await tx
        .insert(kbAttachments)
        .values({ articleId, ...f, uploadedById: ctx.actor.id, createdAt: ctx.now() })
        .onConflictDoUpdate({ target: [kbAttachments.articleId, kbAttachments.sha256], set: { fileName: f.fileName } })
        .returning();
      if (row) out.push(row);
    }
    await tx.insert(auditLog).values({ actorId: ctx.actor.id, entity: 'kb_article', entityId: String(articleId), action: 'attach', data: { files: out.map((f) => f.id) } });
    return out;
  });
}

export async function deleteKbAttachment(ctx: ActorCtx, id: string): Promise<void> {
  assertEditor(ctx);
  const rows = await ctx.db.delete(kbAttachments).where(eq(kbAttachments.id, id)).returning({ articleId: kbAttachments.articleId });
  if (!rows.length) throw notFound('kb_attachment', id);
  await ctx.db.insert(auditLog).values({ actorId: ctx.actor.id, entity: 'kb_article', entityId: String(rows[0]!.articleId), action: 'detach', data: { file: id } });
}

/** A file and whether the public may have it: only files of a public article with a published language. */
export async function kbAttachmentForRead(conn: Conn, id: string) {
  const [row] = await conn
    .select({ file: kbAttachments, audience: kbArticles.audience })
    .from(kbAttachments)
    .innerJoin(kbArticles, eq(kbArticles.id, kbAttachments.articleId))
    .where(eq(kbAttachments.id, id));
  if (!row) return null;
  const [pub] = await conn
    .select({ lang: kbTranslations.lang })
    .from(kbTranslations)
    .where(and(eq(kbTranslations.articleId, row.file.articleId), isNotNull(kbTranslations.publishedRevisionId)))
    .limit(1);
  return { file: row.file, public: row.audience === 'public' && !!pub };
}
