import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dbIdParam } from '../../app/schemas.ts';
import { listAppeals } from '../../app/appeal-queries.ts';
import { getCitizen, searchCitizens, searchCitizensQuery } from '../../app/citizens.ts';
import type { citizens } from '../../db/schema.ts';
import type { App } from '../app.ts';
import { actorCtx } from '../auth.ts';
import { presentAppeal } from '../presenters/appeal.ts';

function presentCitizen(c: typeof citizens.$inferSelect) {
  return { id: c.id, fullName: c.fullName, phone: c.phone, iin: c.iin, email: c.email, lang: c.lang, preferredChannel: c.preferredChannel, createdAt: c.createdAt.toISOString() };
}

export const citizenRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const { services } = fastify as unknown as App;

  fastify.get('/citizens', { schema: { tags: ['citizens'], summary: 'Find the caller by phone, IIN or name (operators, inspectors)', querystring: searchCitizensQuery } }, async (req) => ({
    items: (await searchCitizens(actorCtx(services, req), req.query)).map(presentCitizen),
  }));

  fastify.get(
    '/citizens/:id',
    { schema: { tags: ['citizens'], summary: 'The person card: contacts and the latest appeals (R26)', params: z.object({ id: dbIdParam }) } },
    async (req) => {
      const ctx = actorCtx(services, req);
      const c = await getCitizen(ctx, req.params.id);
      const page = await listAppeals(ctx, { citizenId: c.id, limit: 50 });
      const now = ctx.now();
      return { ...presentCitizen(c), appeals: page.items.map((r) => presentAppeal(r, ctx.actor, req.lang, now)), moreAppeals: page.nextCursor !== null };
    },
  );
};
