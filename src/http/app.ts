import fs from 'node:fs';
import zlib from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import { ActorCache, type AuthUser } from '../app/auth.ts';
import { ChangeFeed } from '../app/changes.ts';
import type { Ctx } from '../app/context.ts';
import type { Database } from '../db/client.ts';
import { AppError } from '../domain/errors.ts';
import type { Lang } from '../domain/types.ts';
import { pickLang } from '../i18n/i18n.ts';
import { assertSameOrigin, resolveUser } from './auth.ts';
import { sendError, toAppError } from './errors.ts';
import { createMetrics, type Metrics } from './metrics.ts';
import { adminRoutes } from './routes/admin.ts';
import { appealRoutes } from './routes/appeals.ts';
import { attachmentRoutes } from './routes/attachments.ts';
import { authRoutes } from './routes/auth.ts';
import { catalogueRoutes } from './routes/catalogue.ts';
import { classifyRoutes } from './routes/classify.ts';
import { citizenRoutes } from './routes/citizens.ts';
import { publicRoutes } from './routes/public.ts';
import { kenesRoutes } from './routes/kenes.ts';
import { streamRoutes } from './routes/stream.ts';
import { wallboardRoutes } from './routes/wallboard.ts';
import { analyticsRoutes } from './routes/analytics.ts';
import { kbRoutes } from './routes/kb.ts';
import { systemRoutes } from './routes/system.ts';
import { open311Channel } from '../channels/open311/index.ts';

declare module 'fastify' {
  interface FastifyRequest {
    user: AuthUser | null;
    lang: Lang;
  }
}

export type AppDeps = Ctx & { database: Database; logger?: Logger | false };

export type Services = AppDeps & { changes: ChangeFeed; actorCache: ActorCache; metrics: Metrics };

export type App = FastifyInstance & { services: Services };

/** Trust the nearest `n` proxies (TRUST_PROXY=1 behind one nginx). */
function hops(n: number) {
  return (_address: string, hop: number) => hop < n;
}

/** The path of the first string holding a NUL character, if any (bounded depth). */
function findNul(v: unknown, at: string, depth = 0): string | null {
  if (typeof v === 'string') return v.includes('\u0000') ? at : null;
  if (!v || typeof v !== 'object' || depth > 10) return null;
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    const found = findNul(x, at === 'body' ? k : `${at}.${k}`, depth + 1);
    if (found) return found;
  }
  return null;
}

export async function buildApp(deps: AppDeps): Promise<App> {
  const app = Fastify({
    loggerInstance: deps.logger || undefined,
    logger: deps.logger === undefined ? false : undefined,
    // One log line per request would cost more than the request at 1,000/s; metrics count them.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 1024 * 1024,
    // Live streams (SSE) must not hold a shutdown.
    forceCloseConnections: true,
    // Only configured proxies may name the client (TRUST_PROXY): rate limits key on the address.
    trustProxy: typeof deps.config.trustProxy === 'number' ? hops(deps.config.trustProxy) : deps.config.trustProxy,
    // Long ids are refused by the routes' own schemas (a 400 in our format), not by the router.
    routerOptions: { maxParamLength: 1000 },
    // Ids are our own; clients' X-Request-Id is echoed in logs when present.
    requestIdHeader: 'x-request-id',
  }).withTypeProvider<ZodTypeProvider>();

  const changes = deps.changes ?? new ChangeFeed(deps.database);
  if (!deps.changes) {
    await changes.start();
    app.addHook('onClose', () => changes.close());
  }
  const services: Services = { ...deps, changes, actorCache: new ActorCache(), metrics: createMetrics() };
  app.decorate('services', services);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  await app.register(cookie);
  // JSON answers (the city map, lists) travel compressed; media types that are already
  // compressed (photos, videos) and the live stream are left alone.
  await app.register(compress, { global: true, threshold: 2048, encodings: ['br', 'gzip'], brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } } });
  // CSV imports (catalogue, organisations) arrive as text.
  app.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: 20 * 1024 * 1024 }, (_req, body, done) => done(null, body));
  // Files are streamed part by part into the blob store (see readMultipart); limits are per route.
  await app.register(multipart, { throwFileSizeLimit: true });
  // Limits are set per route (sign-in now; the public endpoints later), none globally.
  await app.register(rateLimit, { global: false, errorResponseBuilder: () => new AppError('RATE_LIMITED') });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Jauap API', version: '1', description: 'Citizens’ appeals and multi-line support. Errors: {error: {code, message, details}}, message in the Accept-Language (ru, kk, en).' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'jauap_session' },
          bearer: { type: 'http', scheme: 'bearer', description: 'API token (jt_…) or session token' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  app.decorateRequest('user', null);
  app.decorateRequest('lang', 'ru');
  app.addHook('onRequest', async (req) => {
    req.lang = pickLang(req.headers['accept-language']);
    if (!req.url.startsWith('/api/v1/')) return;
    req.user = await resolveUser(req, services.db, services.actorCache, services.now());
    if (req.user) {
      if (!req.headers['accept-language']) req.lang = req.user.locale;
      assertSameOrigin(req);
    }
  });
  // PostgreSQL text cannot hold NUL, and no person types one: refused as bad input, never a 500.
  app.addHook('preValidation', async (req) => {
    const bad = findNul(req.body, 'body') ?? findNul(req.query, 'query') ?? findNul(req.params, 'params');
    if (bad) throw new AppError('VALIDATION_FAILED', {}, [{ path: bad, message: 'control_character' }]);
  });
  app.addHook('onResponse', async (req, reply) => {
    services.metrics.observe(req.method, req.routeOptions.url ?? 'unmatched', reply.statusCode, reply.elapsedTime / 1000);
  });

  app.setErrorHandler((err, req, reply) => {
    const e = toAppError(req, err);
    if (e.code === 'INTERNAL') req.log.error({ err }, 'unhandled error');
    return sendError(req, reply, e);
  });
  // The staff web app (built by `npm run build:web` into dist/web); its client-side routes all
  // answer with index.html, everything else unknown is a JSON 404.
  const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');
  const hasWeb = fs.existsSync(path.join(webRoot, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root: webRoot, prefix: '/', wildcard: false, index: ['index.html'], preCompressed: true });
  app.setNotFoundHandler((req, reply) => {
    const url = req.url.split('?')[0] ?? '';
    const api = /^\/(api|healthz|readyz|metrics)(\/|$)/.test(url);
    if (hasWeb && req.method === 'GET' && !api && !/\.\w+$/.test(url)) return reply.type('text/html; charset=utf-8').sendFile('index.html');
    return sendError(req, reply, new AppError('ROUTE_NOT_FOUND', { method: req.method, url }));
  });

  await app.register(systemRoutes);
  await app.register(authRoutes, { prefix: '/api/v1' });
  await app.register(appealRoutes, { prefix: '/api/v1' });
  await app.register(attachmentRoutes, { prefix: '/api/v1' });
  await app.register(catalogueRoutes, { prefix: '/api/v1' });
  await app.register(citizenRoutes, { prefix: '/api/v1' });
  await app.register(adminRoutes, { prefix: '/api/v1' });
  await app.register(streamRoutes, { prefix: '/api/v1' });
  await app.register(publicRoutes, { prefix: '/api/v1' });
  await app.register(classifyRoutes, { prefix: '/api/v1' });
  await app.register(wallboardRoutes, { prefix: '/api/v1' });
  await app.register(analyticsRoutes, { prefix: '/api/v1' });
  await app.register(kbRoutes, { prefix: '/api/v1' });
  await app.register(kenesRoutes, { prefix: '/api/v1' });
  await app.register(open311Channel);
  return app as unknown as App;
}
