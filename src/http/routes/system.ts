import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { App } from '../app.ts';

export const systemRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const app = fastify as unknown as App;
  fastify.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  fastify.get('/readyz', { schema: { hide: true } }, async (_req, reply) => {
    try {
      await app.services.db.execute(sql`select 1`);
      return { status: 'ready', database: app.services.database.engine };
    } catch {
      return reply.status(503).send({ status: 'unavailable', database: app.services.database.engine });
    }
  });
  fastify.get('/metrics', { schema: { hide: true } }, async (_req, reply) => {
    const m = app.services.metrics.registry;
    return reply.type(m.contentType).send(await m.metrics());
  });
};
