import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getAppeal } from '../../app/appeal-queries.ts';
import { attachFiles, commitFiles, countAttachments, discardFiles, getAttachment, keyOf, listAttachments, PURPOSES, type Purpose } from '../../app/attachments.ts';
import { AppError, notFound } from '../../domain/errors.ts';
import { can } from '../../domain/policy.ts';
import type { App } from '../app.ts';
import { actorCtx } from '../auth.ts';
import { formBool, readMultipart } from '../multipart.ts';
import { presentAttachment } from '../presenters/attachment.ts';
import { sendBlob } from '../send-blob.ts';

const idParam = z.object({ id: z.string().min(1).max(64) });
const variantParam = z.object({ id: z.string().min(1).max(64), variant: z.enum(['original', 'preview', 'thumb']) });

export const attachmentRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const { services } = fastify as unknown as App;

  fastify.get(
    '/appeals/:id/attachments',
    { schema: { tags: ['attachments'], summary: 'Attachments of an appeal (photos, videos, documents)', params: idParam } },
    async (req) => {
      const ctx = actorCtx(services, req);
      const row = await getAppeal(ctx, req.params.id);
      return { items: (await listAttachments(ctx.db, row.appeal.id)).map((a) => presentAttachment(a, 'staff')) };
    },
  );

  fastify.post(
    '/appeals/:id/attachments',
    {
      schema: {
        tags: ['attachments'],
        summary: 'Upload attachments to an appeal (multipart/form-data)',
        description:
          'Files in parts named `file`; optional fields `purpose` (evidence | answer | document, default document) and `public` (true to show them to the public with a public appeal). The type is read from the content: photos (JPEG, PNG, WebP, HEIC, AVIF), videos (MP4, WebM, MOV, 3GP) and PDF. An answer carries its files by their ids (`attachmentIds`). The same file uploaded again is not stored twice.',
        params: idParam,
      },
    },
    async (req, reply) => {
      const ctx = actorCtx(services, req);
      const row = await getAppeal(ctx, req.params.id);
      // Whoever may write on the appeal's timeline may add files to it.
      const d = can(ctx.actor, 'comment', { executorId: row.appeal.executorId, executorSupervisorId: row.executor?.supervisorId ?? null });
      if (!d.ok) throw new AppError(d.code);
      const already = await countAttachments(ctx.db, row.appeal.id);
      const room = ctx.config.maxFilesPerAppeal - already;
      if (room <= 0) throw new AppError('TOO_MANY_FILES', { max: ctx.config.maxFilesPerAppeal });
      const checkPurpose = (fields: Record<string, string>) => {
        if (!(PURPOSES as readonly string[]).includes(fields.purpose ?? 'document')) throw new AppError('VALIDATION_FAILED', {}, [{ path: 'purpose', message: 'invalid' }]);
      };
      const body = await readMultipart(req, ctx.blobs, { maxBytes: ctx.config.maxUploadBytes, maxFiles: room, fileFields: ['file'], beforeFiles: checkPurpose });
      try {
        checkPurpose(body.fields);
        if (!body.files.length) throw new AppError('VALIDATION_FAILED', {}, [{ path: 'file', message: 'required' }]);
        const kept = await commitFiles(ctx.blobs, body.files);
        const rows = await attachFiles(ctx.db, row.appeal.id, kept, { purpose: (body.fields.purpose ?? 'document') as Purpose, public: formBool(body.fields.public), uploadedById: ctx.actor.id, now: ctx.now() });
        return reply.status(201).send({ items: rows.map((a) => presentAttachment(a, 'staff')) });
      } finally {
        await discardFiles(body.files);
      }
    },
  );

  fastify.get(
    '/attachments/:id/:variant',
    {
      // Media is compressed already, and a range must reach the player byte for byte.
      compress: false,
      schema: {
        tags: ['attachments'],
        summary: 'The bytes of an attachment: original, or an image preview/thumbnail without metadata',
        description: 'Supports `Range` requests (video seeking) and `If-None-Match`.',
        params: variantParam,
      },
    },
    async (req, reply) => {
      const ctx = actorCtx(services, req);
      const att = await getAttachment(ctx.db, req.params.id);
      if (!att) throw notFound('attachment', req.params.id);
      await getAppeal(ctx, att.appealId);
      const key = keyOf(att, req.params.variant);
      if (!key) throw notFound('attachment', `${req.params.id}/${req.params.variant}`);
      const mime = req.params.variant === 'original' ? att.mime : 'image/webp';
      return sendBlob(req, reply, ctx.blobs, key, { mime, fileName: att.fileName, inline: true, public: false });
    },
  );
};
