import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createOpen311Key, listOpen311Keys, open311KeyInput, revokeOpen311Key, type Open311KeyRow } from '../../app/open311-keys.ts';
import { dbIdParam } from '../../app/schemas.ts';
import type { App } from '../../http/app.ts';
import { adminCtx } from '../../http/routes/admin.ts';

function presentKey(k: Open311KeyRow) {
  return {
    id: k.id,
    name: k.name,
    channel: k.channel,
    createdAt: k.createdAt.toISOString(),
    lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
    revokedAt: k.revokedAt?.toISOString() ?? null,
    active: k.revokedAt === null,
  };
}

/** Administration of Open311 API keys (admins only): list, create (the key is shown once), revoke. */
export const open311KeyRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const { services } = fastify as unknown as App;

  fastify.get('/open311-keys', { schema: { tags: ['open311'], summary: 'Open311 API keys (admin); never the keys themselves' } }, async (req) => {
    adminCtx(services, req);
    return { items: (await listOpen311Keys(services.db)).map(presentKey) };
  });

  fastify.post(
    '/open311-keys',
    { schema: { tags: ['open311'], summary: 'Issue an Open311 API key tied to a channel (admin); the key is in this answer only', body: open311KeyInput } },
    async (req, reply) => {
      const k = await createOpen311Key(adminCtx(services, req), req.body);
      return reply.status(201).send({ ...presentKey(k), key: k.key });
    },
  );

  fastify.delete('/open311-keys/:id', { schema: { tags: ['open311'], summary: 'Revoke an Open311 API key (admin); effective at once', params: z.object({ id: dbIdParam }) } }, async (req, reply) => {
    await revokeOpen311Key(adminCtx(services, req), req.params.id);
    return reply.status(204).send();
  });
};
