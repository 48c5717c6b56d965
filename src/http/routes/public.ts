import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { discardFiles, getAttachment, keyOf, type StagedFile } from '../../app/attachments.ts';
import { channelActor, PORTAL_LOGIN } from '../../app/channel-accounts.ts';
import { searchAddresses, searchAddressesQuery } from '../../app/addresses.ts';
import { publicCatalogue, publicMap } from '../../app/public-catalogue.ts';
import { actAsCitizen, ANSWER_CHANNELS, getPublicAppeal, listPublicAppeals, publicAppealInput, publicListQuery, submitPublicAppeal } from '../../app/public-appeals.ts';
import { refusePasswords } from '../../app/register-appeal.ts';
import { AppError, notFound } from '../../domain/errors.ts';
import type { App } from '../app.ts';
import { checkHoneypot, HONEYPOT_FIELD, ProofOfWork } from '../../app/abuse.ts';
import { readMultipart } from '../multipart.ts';
import { presentPublicAppeal, presentPublicView } from '../presenters/public-appeal.ts';
import { localName } from '../presenters/common.ts';
import { sendBlob } from '../send-blob.ts';

const numberParam = z.object({ number: z.string().min(1).max(64) });
const codeQuery = z.object({ code: z.string().trim().min(1).max(32).optional() }).strict();
const idempotencyHeader = z.object({ 'idempotency-key': z.string().trim().min(1).max(200).optional() }).loose();
const MINUTE = 60_000;

/**
 * The citizens' side without an account: the portal's API. Every route is rate-limited per
 * address; submissions also need a solved proof-of-work and an empty honeypot.
 */
export const publicRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const { services } = fastify as unknown as App;
  const { config } = services;
  const pow = new ProofOfWork(services.db, config.powDifficulty);
  const portal = () => channelActor(services.db, PORTAL_LOGIN, 'Portal');
  const reads = { rateLimit: { max: config.publicRateLimit, timeWindow: MINUTE } };
  const writes = { rateLimit: { max: config.publicSubmitLimit, timeWindow: MINUTE } };

  fastify.get('/public/info', { config: reads, schema: { tags: ['public'], summary: 'What the portal needs to know: limits, languages, answer channels' } }, async () => ({
    languages: ['ru', 'kk', 'en'],
    answerChannels: ANSWER_CHANNELS,
    maxUploadMb: Math.floor(config.maxUploadBytes / 1024 / 1024),
    maxFiles: config.maxFilesPerAppeal,
    reopenDays: config.reopenDays,
    honeypotField: HONEYPOT_FIELD,
    proofOfWork: config.powDifficulty > 0,
  }));

  fastify.get('/public/challenge', { config: reads, schema: { tags: ['public'], summary: 'A proof-of-work challenge for one submission (ALTCHA v2, SHA-256)' } }, async (_req, reply) => {
    reply.header('cache-control', 'no-store');
    return { challenge: await pow.challenge() };
  });

  fastify.get(
    '/public/catalogue',
    {
      config: reads,
      schema: { tags: ['public'], summary: 'Problem types by type-ahead (all three languages and synonyms)', querystring: z.object({ q: z.string().trim().min(1).max(100), limit: z.coerce.number().int().min(1).max(30).default(10) }).strict() },
    },
    async (req) => ({ items: await publicCatalogue(services.db, req.query.q, req.query.limit, req.lang) }),
  );

  fastify.get('/public/addresses', { config: reads, schema: { tags: ['public'], summary: 'Address autocomplete from the address register', querystring: searchAddressesQuery } }, async (req) => {
    const rows = await searchAddresses(services.db, req.query);
    return { items: rows.map((r) => ({ houseId: r.houseId, label: `${localName({ nameRu: r.streetRu, nameKk: r.streetKk, nameEn: r.streetEn }, req.lang)}, ${r.number}`, lat: r.lat, lon: r.lon })) };
  });

  fastify.get('/public/map', { config: reads, schema: { tags: ['public'], summary: 'The city drawn from the address register: districts and house points (no tile server needed)' } }, async (req, reply) => {
    reply.header('cache-control', 'public, max-age=3600');
    return publicMap(services.db, req.lang);
  });

  fastify.post(
    '/public/appeals',
    {
      config: writes,
      schema: {
        tags: ['public'],
        summary: 'Submit an appeal (JSON, or multipart/form-data with the JSON in a `data` field and photos/videos in `file` parts)',
        description:
          'Needs a solved proof-of-work (`altcha`, from GET /public/challenge) and an empty honeypot field. Answers with the number and the private tracking code. A retry with the same Idempotency-Key returns the same appeal (200).',
        headers: idempotencyHeader,
      },
    },
    async (req, reply) => {
      // Spam is refused before any file is read: the honeypot and the proof-of-work come first.
      const guard = async (fields: Record<string, unknown>) => {
        checkHoneypot(fields[HONEYPOT_FIELD]);
        await pow.verify(typeof fields.altcha === 'string' ? fields.altcha : undefined);
      };
      const { body, files } = await readSubmission(req, guard);
      try {
        const { altcha: _altcha, [HONEYPOT_FIELD]: _honeypot, ...fields } = body;
        refusePasswords(fields);
        const input = publicAppealInput.safeParse(fields);
        if (!input.success) throw validation(input.error);
        const res = await submitPublicAppeal(services, await portal(), 'portal', input.data, files, req.headers['idempotency-key']);
        if (!res.replayed) services.metrics.appealsRegistered.inc({ channel: 'portal' });
        return reply
          .status(res.replayed ? 200 : 201)
          .send({ number: res.number, trackingCode: res.trackingCode, trackUrl: `/track/${res.number}?code=${res.trackingCode}` });
      } finally {
        await discardFiles(files);
      }
    },
  );

  async function readSubmission(req: FastifyRequest, guard: (fields: Record<string, unknown>) => Promise<void>): Promise<{ body: Record<string, unknown>; files: StagedFile[] }> {
    if (!req.isMultipart()) {
      if (!req.body || typeof req.body !== 'object' || Array.isArray(req.body)) throw new AppError('VALIDATION_FAILED', {}, [{ path: 'body', message: 'required' }]);
      await guard(req.body as Record<string, unknown>);
      return { body: req.body as Record<string, unknown>, files: [] };
    }
    const mp = await readMultipart(req, services.blobs, { maxBytes: config.maxUploadBytes, maxFiles: config.maxFilesPerAppeal, fileFields: ['file'], beforeFiles: guard });
    try {
      let data: unknown = {};
      if (mp.fields.data !== undefined) {
        try {
          data = JSON.parse(mp.fields.data);
        } catch {
          throw new AppError('VALIDATION_FAILED', {}, [{ path: 'data', message: 'invalid_json_field' }]);
        }
      }
      if (!data || typeof data !== 'object' || Array.isArray(data)) throw new AppError('VALIDATION_FAILED', {}, [{ path: 'data', message: 'invalid_json_field' }]);
      return { body: data as Record<string, unknown>, files: mp.files };
    } catch (err) {
      await discardFiles(mp.files);
      throw err;
    }
  }

  fastify.get('/public/appeals', { config: reads, schema: { tags: ['public'], summary: 'Public appeals (the citizen agreed), newest first, personal data removed', querystring: publicListQuery } }, async (req) => {
    const page = await listPublicAppeals(services.db, req.query);
    return { items: page.items.map((i) => presentPublicAppeal(i.row, i.attachments, req.lang, null)), nextCursor: page.nextCursor };
  });

  fastify.get(
    '/public/appeals/:number',
    { config: reads, schema: { tags: ['public'], summary: 'Track an appeal: with its tracking code the citizen sees everything meant for them; without it, only a public appeal', params: numberParam, querystring: codeQuery } },
    async (req, reply) => {
      reply.header('cache-control', 'private, no-store');
      return presentPublicView(await getPublicAppeal(services, req.params.number, req.query.code), req.lang);
    },
  );

  const rateBody = z.object({ code: z.string().trim().min(1).max(32), rating: z.number().int().min(1).max(5), comment: z.string().trim().min(1).max(2_000).optional() }).strict();
  fastify.post(
    '/public/appeals/:number/rate',
    { config: writes, schema: { tags: ['public'], summary: 'The citizen rates the answer (1–5) of a closed appeal', params: numberParam, headers: idempotencyHeader, body: rateBody } },
    async (req) => {
      const v = await actAsCitizen(services, await portal(), req.params.number, req.body.code, { action: 'rate', rating: req.body.rating, comment: req.body.comment }, req.headers['idempotency-key']);
      return presentPublicView(v, req.lang);
    },
  );

  const reopenBody = z.object({ code: z.string().trim().min(1).max(32), reason: z.string().trim().min(3).max(5_000) }).strict();
  fastify.post(
    '/public/appeals/:number/reopen',
    { config: writes, schema: { tags: ['public'], summary: 'The citizen reopens a closed appeal within the allowed period, with a reason', params: numberParam, headers: idempotencyHeader, body: reopenBody } },
    async (req) => {
      const v = await actAsCitizen(services, await portal(), req.params.number, req.body.code, { action: 'reopen', reason: req.body.reason }, req.headers['idempotency-key']);
      return presentPublicView(v, req.lang);
    },
  );

  fastify.get(
    '/public/attachments/:id/:variant',
    {
      config: reads,
      compress: false,
      schema: {
        tags: ['public'],
        summary: 'A public photo (preview/thumbnail without metadata) or video; the citizen’s own files with the tracking code',
        params: z.object({ id: z.string().min(1).max(64), variant: z.enum(['original', 'preview', 'thumb']) }),
        querystring: codeQuery,
      },
    },
    async (req, reply) => {
      const att = await getAttachment(services.db, req.params.id);
      if (!att) throw notFound('attachment', req.params.id);
      // The same rule as the card: what getPublicAppeal lets this caller see.
      const view = await getPublicAppeal(services, att.appealId, req.query.code).catch(() => null);
      if (!view || !view.attachments.some((a) => a.id === att.id)) throw notFound('attachment', req.params.id);
      // Originals keep their metadata (EXIF, GPS, a video's location): never a photo's outside
      // staff, and a video or document only to the citizen who sent or received it.
      if (req.params.variant === 'original' && (att.mime.startsWith('image/') || !view.own)) throw notFound('attachment', `${req.params.id}/original`);
      const key = keyOf(att, req.params.variant);
      if (!key) throw notFound('attachment', `${req.params.id}/${req.params.variant}`);
      return sendBlob(req, reply, services.blobs, key, { mime: req.params.variant === 'original' ? att.mime : 'image/webp', fileName: att.fileName, inline: true, public: att.public && !view.own });
    },
  );
};

function validation(error: z.ZodError): AppError {
  return new AppError(
    'VALIDATION_FAILED',
    {},
    error.issues.map((i) => ({ path: i.path.join('.'), issue: { ...(i as unknown as Record<string, unknown>), code: i.code, message: i.message } })),
  );
}
