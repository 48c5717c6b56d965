import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { open311Client, type Open311Client } from '../../app/open311-keys.ts';
import { getOpen311Request, getServiceDefinition, hasAttributes, listOpen311Requests, listServices, requestIdByToken, submitOpen311Request } from '../../app/open311.ts';
import { AppError, notFound } from '../../domain/errors.ts';
import { isLang } from '../../i18n/i18n.ts';
import { t } from '../../i18n/i18n.ts';
import type { App } from '../../http/app.ts';
import { readMultipart } from '../../http/multipart.ts';
import { discardFiles } from '../../app/attachments.ts';
import { sendOpen311Error } from './errors.ts';
import { send, splitFormat, type Format } from './format.ts';
import { FixedWindow } from './limits.ts';
import { parseForm, parseRequestsQuery, parseSubmission, type Fields } from './parse.ts';
import { presentCreated, presentDefinition, presentRequest, presentService } from './present.ts';

const MINUTE = 60_000;
/** When this implementation of the endpoint last changed (discovery's changeset). */
const CHANGESET = '2026-03-01T00:00:00Z';
const SPECIFICATION = 'http://wiki.open311.org/GeoReport_v2';
/** Form posts without files are small; files come as multipart with their own limits. */
const FORM_BODY_LIMIT = 64 * 1024;

/**
 * Open311 GeoReport v2 at /open311/v2: discovery, services, service definitions, requests (list,
 * one, create), tokens — each as .json and .xml. Reads need no key (an api_key, when given, must
 * be valid and adds the key's own non-public requests); creating a request needs one.
 */
export const open311Routes: FastifyPluginAsync = async (fastify) => {
  const { services } = fastify as unknown as App;
  const { config } = services;
  const perIp = { rateLimit: { max: config.publicRateLimit, timeWindow: MINUTE } };
  const perKey = new FixedWindow(config.publicSubmitLimit, MINUTE);

  fastify.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT }, (_req, body, done) => done(null, parseForm(String(body))));
  fastify.setErrorHandler((err, req, reply) => sendOpen311Error(req, reply, err));
  fastify.setNotFoundHandler((req, reply) => sendOpen311Error(req, reply, new AppError('ROUTE_NOT_FOUND', { method: req.method, url: req.url.split('?')[0] })));
  // The language: ?locale= or ?lang= (ru, kk, en), else Accept-Language (set by the app).
  fastify.addHook('onRequest', async (req) => {
    const q = req.query as Fields;
    const wanted = q.locale ?? q.lang;
    if (isLang(wanted)) req.lang = wanted;
  });

  const origin = (req: FastifyRequest) => `${req.protocol}://${req.host}`;
  const query = (req: FastifyRequest) => req.query as Fields;

  /** A jurisdiction other than ours is not served here (the standard: 404 on reads, 400 on create). */
  function checkJurisdiction(value: unknown, onCreate: boolean) {
    const j = Array.isArray(value) ? value[value.length - 1] : value;
    if (j === undefined || j === '' || j === config.open311Jurisdiction) return;
    if (onCreate) throw new AppError('VALIDATION_FAILED', {}, [{ path: 'jurisdiction_id', message: 'open311_jurisdiction', params: { value: String(j) } }]);
    throw notFound('jurisdiction_id', String(j));
  }

  /** The key's client, or null without a key; a key that is unknown or revoked is refused. */
  async function client(value: unknown, required: boolean): Promise<Open311Client | null> {
    const key = Array.isArray(value) ? value[value.length - 1] : value;
    if (key === undefined || key === '') {
      if (required) throw new AppError('INVALID_API_KEY');
      return null;
    }
    const c = await open311Client(services.db, String(key), services.now());
    if (!c) throw new AppError('INVALID_API_KEY');
    return c;
  }

  function formatOf(file: string): { name: string; format: Format } {
    const f = splitFormat(file);
    if (!f) throw new AppError('ROUTE_NOT_FOUND', { method: 'GET', url: file });
    return f;
  }

  for (const format of ['json', 'xml'] as const) {
    fastify.get(`/discovery.${format}`, { config: perIp, schema: { tags: ['open311'], summary: `Service discovery (${format})` } }, async (req, reply) => {
      const base = `${origin(req)}/open311/v2`;
      return send(reply, format, 'discovery', {
        changeset: CHANGESET,
        contact: t(req.lang, 'open311.contact'),
        key_service: t(req.lang, 'open311.key_service'),
        endpoints: [
          {
            specification: SPECIFICATION,
            url: base,
            changeset: CHANGESET,
            type: config.env === 'production' ? 'production' : 'test',
            formats: ['application/json', 'text/xml'],
          },
        ],
      });
    });

    fastify.get(`/services.${format}`, { config: perIp, schema: { tags: ['open311'], summary: `Service list: the catalogue's active items (${format})` } }, async (req, reply) => {
      checkJurisdiction(query(req).jurisdiction_id, false);
      const rows = await listServices(services.db);
      return send(reply, format, 'services', rows.map((s) => presentService(s, req.lang, hasAttributes(s))));
    });

    fastify.get(`/requests.${format}`, { config: perIp, schema: { tags: ['open311'], summary: `Service requests: public ones, and the calling key's own (${format})` } }, async (req, reply) => {
      const q = query(req);
      checkJurisdiction(q.jurisdiction_id, false);
      const c = await client(q.api_key, false);
      const views = await listOpen311Requests(services, { ...parseRequestsQuery(q), ...(c && { keyId: c.keyId }) });
      return send(reply, format, 'service_requests', views.map((v) => presentRequest(v, req.lang, origin(req))));
    });

    fastify.post(
      `/requests.${format}`,
      {
        config: perIp,
        bodyLimit: FORM_BODY_LIMIT,
        schema: { tags: ['open311'], summary: `Create a service request (${format}): form fields, or multipart with photos/videos in \`media\` parts; api_key required` },
      },
      async (req, reply) => {
        // Fields may come in the query string too (the standard's examples); the body wins.
        let fields: Fields = { ...query(req) };
        let files: Awaited<ReturnType<typeof readMultipart>>['files'] = [];
        // With `required`, a missing key throws: never null.
        const key = async () => (await client(fields.api_key, true))!;
        let c: Open311Client | undefined;
        if (req.isMultipart()) {
          // The key (in the query string or in the fields before the first file) is checked
          // before any file is read.
          const body = await readMultipart(req, services.blobs, {
            maxBytes: config.maxUploadBytes,
            maxFiles: config.maxFilesPerAppeal,
            fileFields: ['media', 'media[]'],
            beforeFiles: async (f) => {
              fields = { ...fields, ...f };
              c = await key();
            },
          });
          fields = { ...fields, ...body.fields };
          files = body.files;
        } else if (req.body && typeof req.body === 'object' && !Array.isArray(req.body)) {
          fields = { ...fields, ...(req.body as Fields) };
        } else if (req.body !== undefined && req.body !== null && req.body !== '') {
          // Form fields (urlencoded or multipart) are the standard's; a JSON object is taken too.
          throw new AppError('UNSUPPORTED_MEDIA_TYPE', { type: String(req.headers['content-type'] ?? '') });
        }
        // Staged files are kept only if the request is accepted; the rest is removed here.
        try {
          c ??= await key();
          checkJurisdiction(fields.jurisdiction_id, true);
          perKey.hit(c.keyId);
          const header = req.headers['idempotency-key'];
          const idempotencyKey = (typeof header === 'string' ? header : undefined) ?? (typeof fields.jauap_idempotency_key === 'string' ? fields.jauap_idempotency_key : undefined);
          if (idempotencyKey !== undefined && idempotencyKey.trim() === '') {
            throw new AppError('VALIDATION_FAILED', {}, [{ path: 'Idempotency-Key', issue: { code: 'too_small', origin: 'string', minimum: 1 } }]);
          }
          if (idempotencyKey !== undefined && idempotencyKey.length > 200) {
            throw new AppError('VALIDATION_FAILED', {}, [{ path: 'Idempotency-Key', issue: { code: 'too_big', origin: 'string', maximum: 200 } }]);
          }
          const submission = parseSubmission(fields, req.lang);
          const res = await submitOpen311Request(services, c, submission, files, idempotencyKey?.trim());
          if (!res.replayed) services.metrics.appealsRegistered.inc({ channel: c.channel });
          // 201 for a new request; a retry of the same request answers 200 with the same id.
          return send(reply, format, 'service_requests', presentCreated(res, req.lang, origin(req)), res.replayed ? 200 : 201);
        } finally {
          await discardFiles(files);
        }
      },
    );
  }

  fastify.get<{ Params: { file: string } }>('/services/:file', { config: perIp, schema: { tags: ['open311'], summary: 'Service definition: {service_code}.json or .xml' } }, async (req, reply) => {
    const { name, format } = formatOf(req.params.file);
    checkJurisdiction(query(req).jurisdiction_id, false);
    const def = await getServiceDefinition(services.db, name);
    return send(reply, format, 'service_definition', presentDefinition(def.service, def.attributes, req.lang));
  });

  fastify.get<{ Params: { file: string } }>('/requests/:file', { config: perIp, schema: { tags: ['open311'], summary: 'One service request: {service_request_id}.json or .xml' } }, async (req, reply) => {
    const { name, format } = formatOf(req.params.file);
    const q = query(req);
    checkJurisdiction(q.jurisdiction_id, false);
    const c = await client(q.api_key, false);
    const view = await getOpen311Request(services, name, c?.keyId);
    return send(reply, format, 'service_requests', [presentRequest(view, req.lang, origin(req))]);
  });

  fastify.get<{ Params: { file: string } }>('/tokens/:file', { config: perIp, schema: { tags: ['open311'], summary: 'The request a token stands for: {token}.json or .xml' } }, async (req, reply) => {
    const { name, format } = formatOf(req.params.file);
    checkJurisdiction(query(req).jurisdiction_id, false);
    const id = await requestIdByToken(services.db, name);
    return send(reply, format, 'service_requests', [{ service_request_id: id, token: name }]);
  });
};
