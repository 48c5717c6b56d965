import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { commitFiles, discardFiles } from '../../app/attachments.ts';
import {
  addKbAttachments,
  canEditKb,
  createKbArticle,
  deleteKbArticle,
  deleteKbAttachment,
  diffKbRevisions,
  getKbArticle,
  getKbRevision,
  kbArticleInput,
  kbArticlePatch,
  kbAttachmentForRead,
  kbHistory,
  kbListQuery,
  kbTranslationInput,
  listKbArticles,
  publishKbRevision,
  saveKbTranslation,
  unpublishKbTranslation,
  updateKbArticle,
} from '../../app/kb.ts';
import { kbChanged, kbSearch, listPublishedKb, readKbArticle, type KbPublished } from '../../app/kb-index.ts';
import { AppError, notFound } from '../../domain/errors.ts';
import { LANGS } from '../../domain/types.ts';
import { renderMarkdown } from '../../kb/markdown.ts';
import type { KbHit } from '../../kb/types.ts';
import type { App } from '../app.ts';
import { actorCtx, requireUser } from '../auth.ts';
import { readMultipart } from '../multipart.ts';
import { sendBlob } from '../send-blob.ts';

const MINUTE = 60_000;
const idParam = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
const langParam = idParam.extend({ lang: z.enum(LANGS) });
const keyParam = z.object({ key: z.string().trim().min(1).max(80) });
const fileParam = z.object({ id: z.uuid(), variant: z.enum(['original', 'preview', 'thumb']) });
const langQuery = z.object({ lang: z.enum(LANGS).optional() }).strict();

const searchQuery = z
  .object({
    q: z.string().max(2000).default(''),
    lang: z.enum(LANGS).optional(),
    itemId: z.coerce.number().int().positive().max(2_147_483_647).optional(),
    limit: z.coerce.number().int().min(1).max(50).default(10),
  })
  .strict();

const publicListQuery = z
  .object({
    lang: z.enum(LANGS).optional(),
    tag: z.string().trim().toLowerCase().min(1).max(40).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(100),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();

const presentHit = (h: KbHit) => ({ articleId: h.articleId, key: h.key, lang: h.lang, title: h.title, audience: h.audience, snippet: h.snippet, score: Math.round(h.score * 1000) / 1000, coverage: Math.round(h.coverage * 1000) / 1000 });
const presentPublicHit = (h: KbHit) => ({ key: h.key, lang: h.lang, title: h.title, snippet: h.snippet });

function presentArticle(a: KbPublished, audience: 'public' | 'staff') {
  const fileUrl = (id: string, variant: string) => `/api/v1/kb/files/${id}/${variant}`;
  const base = {
    key: a.key,
    lang: a.lang,
    langs: a.langs,
    title: a.title,
    html: a.html,
    tags: a.tags,
    publishedAt: a.publishedAt,
    url: a.url,
    attachments: a.attachments.map((f) => ({ id: f.id, fileName: f.fileName, mime: f.mime, size: f.size, url: fileUrl(f.id, 'original'), previewUrl: f.hasPreview ? fileUrl(f.id, 'preview') : null })),
  };
  return audience === 'public' ? base : { ...base, articleId: a.articleId, audience: a.audience, body: a.body, itemIds: a.itemIds };
}

/**
 * The knowledge base: reading and searching for every signed-in role (internal articles too),
 * writing for kb_editor and admin, and the public part (/public/kb/*, public articles only,
 * rate-limited per address like the rest of the portal's API).
 */
export const kbRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const { services } = fastify as unknown as App;
  const reads = { rateLimit: { max: services.config.publicRateLimit, timeWindow: MINUTE } };
  // The index is built once the server listens, so the first question does not wait for it.
  fastify.addHook('onListen', async () => {
    void kbSearch(services).catch((err: unknown) => fastify.log.warn({ err }, 'knowledge base index not built yet'));
  });
  const editor = (req: Parameters<typeof actorCtx>[1]) => {
    const ctx = actorCtx(services, req);
    if (!canEditKb(ctx.actor.role)) throw new AppError('FORBIDDEN_ROLE');
    return ctx;
  };

  // --- Staff: search and read --------------------------------------------------------------

  fastify.get(
    '/kb/search',
    {
      schema: {
        tags: ['knowledge base'],
        summary: 'Search published articles (public and internal): typo-tolerant, by word forms and prefixes',
        description: 'For the operators\' side panel as they type. `lang` keeps one language; without it the best language version of each article is returned.',
        querystring: searchQuery,
      },
    },
    async (req) => {
      requireUser(req);
      const { q, lang, itemId, limit } = req.query;
      const index = await kbSearch(services);
      return { items: index.search(q, { audience: 'all', limit, ...(lang && { lang }), ...(itemId && { itemId }) }).map(presentHit) };
    },
  );

  fastify.get(
    '/kb/articles',
    { schema: { tags: ['knowledge base'], summary: 'List articles: every state for editors, published ones for other staff', querystring: kbListQuery } },
    async (req) => {
      const ctx = actorCtx(services, req);
      const r = await listKbArticles(ctx, req.query);
      return { total: r.total, items: r.items };
    },
  );

  fastify.get(
    '/kb/articles/:id/published',
    { schema: { tags: ['knowledge base'], summary: 'The published text of an article, as HTML, in a language (or the first published one)', params: idParam, querystring: langQuery } },
    async (req) => {
      requireUser(req);
      const a = await readKbArticle(services.db, { id: req.params.id }, req.query.lang ?? req.lang, 'all');
      if (!a) throw notFound('kb_article', req.params.id);
      return presentArticle(a, 'staff');
    },
  );

  // --- Editors ------------------------------------------------------------------------------

  fastify.get('/kb/articles/:id', { schema: { tags: ['knowledge base'], summary: 'An article with every translation: published text and pending draft (editors)', params: idParam } }, async (req) => {
    editor(req);
    const a = await getKbArticle(services.db, req.params.id);
    return {
      ...a,
      attachments: a.attachments.map((f) => ({ id: f.id, fileName: f.fileName, mime: f.mime, size: f.size, url: `/api/v1/kb/files/${f.id}/original`, previewUrl: f.previewKey ? `/api/v1/kb/files/${f.id}/preview` : null })),
    };
  });

  fastify.post('/kb/articles', { schema: { tags: ['knowledge base'], summary: 'Create an article, optionally with translations (saved as drafts or published)', body: kbArticleInput } }, async (req, reply) => {
    const ctx = editor(req);
    const r = await createKbArticle(ctx, req.body);
    await kbChanged(services.db, r.id);
    return reply.status(201).send(r);
  });

  fastify.patch('/kb/articles/:id', { schema: { tags: ['knowledge base'], summary: 'Change key, audience, tags or catalogue links (with the version read)', params: idParam, body: kbArticlePatch } }, async (req) => {
    const ctx = editor(req);
    await updateKbArticle(ctx, req.params.id, req.body);
    await kbChanged(services.db, req.params.id);
    return { ok: true };
  });

  fastify.delete('/kb/articles/:id', { schema: { tags: ['knowledge base'], summary: 'Delete an article with its history', params: idParam } }, async (req) => {
    const ctx = editor(req);
    await deleteKbArticle(ctx, req.params.id);
    await kbChanged(services.db, req.params.id);
    return { ok: true };
  });

  fastify.put(
    '/kb/articles/:id/translations/:lang',
    {
      schema: {
        tags: ['knowledge base'],
        summary: 'Save a new revision of one language (a draft, or published at once with `publish`)',
        description: 'Send `baseRevisionId` (the newest revision you loaded, null for a new language): if someone saved since, nothing is written and the answer is 409 STALE_VERSION.',
        params: langParam,
        body: kbTranslationInput,
      },
    },
    async (req) => {
      const ctx = editor(req);
      const r = await saveKbTranslation(ctx, req.params.id, req.params.lang, req.body);
      if (req.body.publish) await kbChanged(services.db, req.params.id);
      return r;
    },
  );

  fastify.post(
    '/kb/articles/:id/translations/:lang/publish',
    { schema: { tags: ['knowledge base'], summary: 'Publish a revision (the pending draft, or an older one to roll back)', params: langParam, body: z.object({ revisionId: z.number().int().positive() }).strict() } },
    async (req) => {
      const ctx = editor(req);
      await publishKbRevision(ctx, req.params.id, req.params.lang, req.body.revisionId);
      await kbChanged(services.db, req.params.id);
      return { ok: true };
    },
  );

  fastify.post('/kb/articles/:id/translations/:lang/unpublish', { schema: { tags: ['knowledge base'], summary: 'Withdraw a language from readers (its history stays)', params: langParam } }, async (req) => {
    const ctx = editor(req);
    await unpublishKbTranslation(ctx, req.params.id, req.params.lang);
    await kbChanged(services.db, req.params.id);
    return { ok: true };
  });

  fastify.get('/kb/articles/:id/translations/:lang/revisions', { schema: { tags: ['knowledge base'], summary: 'History of one language: every revision, who saved it, which is published', params: langParam } }, async (req) => ({
    items: await kbHistory(editor(req), req.params.id, req.params.lang),
  }));

  fastify.get('/kb/revisions/:id', { schema: { tags: ['knowledge base'], summary: 'One revision', params: idParam } }, async (req) => {
    const rev = await getKbRevision(editor(req), req.params.id);
    return { ...rev, html: renderMarkdown(rev.body) };
  });

  fastify.get(
    '/kb/diff',
    { schema: { tags: ['knowledge base'], summary: 'Word-by-word differences between two revisions of one language', querystring: z.object({ from: z.coerce.number().int().positive(), to: z.coerce.number().int().positive() }).strict() } },
    async (req) => diffKbRevisions(editor(req), req.query.from, req.query.to),
  );

  fastify.post('/kb/preview', { schema: { tags: ['knowledge base'], summary: 'Render Markdown exactly as readers will see it', body: z.object({ markdown: z.string().max(50_000) }).strict() } }, async (req) => {
    editor(req);
    return { html: renderMarkdown(req.body.markdown) };
  });

  fastify.post(
    '/kb/articles/:id/files',
    { schema: { tags: ['knowledge base'], summary: 'Attach pictures, videos or PDF files to an article (multipart, parts named `file`)', params: idParam } },
    async (req, reply) => {
      const ctx = editor(req);
      await getKbArticle(ctx.db, req.params.id);
      const body = await readMultipart(req, ctx.blobs, { maxBytes: ctx.config.maxUploadBytes, maxFiles: ctx.config.maxFilesPerAppeal, fileFields: ['file'] });
      try {
        if (!body.files.length) throw new AppError('VALIDATION_FAILED', {}, [{ path: 'file', message: 'required' }]);
        const kept = await commitFiles(ctx.blobs, body.files);
        const rows = await addKbAttachments(ctx, req.params.id, kept);
        return reply.status(201).send({
          items: rows.map((f) => ({ id: f.id, fileName: f.fileName, mime: f.mime, size: f.size, url: `/api/v1/kb/files/${f.id}/original`, previewUrl: f.previewKey ? `/api/v1/kb/files/${f.id}/preview` : null })),
        });
      } finally {
        await discardFiles(body.files);
      }
    },
  );

  fastify.delete('/kb/files/:id', { schema: { tags: ['knowledge base'], summary: 'Remove a file from an article', params: z.object({ id: z.uuid() }) } }, async (req) => {
    await deleteKbAttachment(editor(req), req.params.id);
    return { ok: true };
  });

  fastify.get(
    '/kb/files/:id/:variant',
    {
      compress: false,
      config: reads,
      schema: { tags: ['knowledge base'], summary: "An article's file: anyone for a published public article, staff for the rest", params: fileParam },
    },
    async (req, reply) => {
      const found = await kbAttachmentForRead(services.db, req.params.id);
      if (!found || (!found.public && !req.user)) throw notFound('kb_attachment', req.params.id);
      const f = found.file;
      const key = req.params.variant === 'preview' ? f.previewKey : req.params.variant === 'thumb' ? f.thumbKey : f.storageKey;
      if (!key) throw notFound('kb_attachment', `${req.params.id}/${req.params.variant}`);
      return sendBlob(req, reply, services.blobs, key, { mime: req.params.variant === 'original' ? f.mime : 'image/webp', fileName: f.fileName, inline: true, public: found.public });
    },
  );

  // --- The public knowledge base on the portal -------------------------------------------------

  fastify.get(
    '/public/kb/search',
    { config: reads, schema: { tags: ['public'], summary: 'Search the public knowledge base', querystring: searchQuery.omit({ itemId: true }) } },
    async (req) => {
      const { q, lang, limit } = req.query;
      const index = await kbSearch(services);
      return { items: index.search(q, { audience: 'public', limit, ...(lang && { lang }) }).map(presentPublicHit) };
    },
  );

  fastify.get('/public/kb/articles', { config: reads, schema: { tags: ['public'], summary: 'Published public articles by topic (tag), titles in the asked language where there is one', querystring: publicListQuery } }, async (req) => {
    return listPublishedKb(services.db, { ...req.query, lang: req.query.lang ?? req.lang });
  });

  fastify.get('/public/kb/articles/:key', { config: reads, schema: { tags: ['public'], summary: 'A public article in a language (or the first published one)', params: keyParam, querystring: langQuery } }, async (req) => {
    const a = await readKbArticle(services.db, { key: req.params.key }, req.query.lang ?? req.lang, 'public');
    if (!a) throw notFound('kb_article', req.params.key);
    return presentArticle(a, 'public');
  });
};
