import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dbIdParam } from '../../app/schemas.ts';
import {
  catalogueNodeInput,
  catalogueNodePatch,
  createCatalogueNode,
  exportCatalogueCsv,
  getCatalogueNode,
  importCatalogueCsv,
  listCatalogue,
  listCatalogueQuery,
  updateCatalogueNode,
} from '../../app/catalogue.ts';
import type { App } from '../app.ts';
import { requireUser } from '../auth.ts';
import { presentCatalogueNode } from '../presenters/admin.ts';
import { adminCtx } from './admin.ts';

const idParam = z.object({ id: dbIdParam });

export const catalogueRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const { services } = fastify as unknown as App;

  fastify.get('/catalogue', { schema: { tags: ['catalogue'], summary: 'Catalogue nodes (filter by parent, level, text)', querystring: listCatalogueQuery } }, async (req) => {
    requireUser(req);
    const rows = await listCatalogue(services.db, req.query);
    return { items: rows.map((r) => presentCatalogueNode(r, req.lang)) };
  });
  fastify.get('/catalogue/export.csv', { schema: { tags: ['catalogue'], summary: 'The whole catalogue as CSV' } }, async (req, reply) => {
    requireUser(req);
    const csv = await exportCatalogueCsv(services.db);
    return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="catalogue.csv"').send(csv);
  });
  fastify.get('/catalogue/:id', { schema: { tags: ['catalogue'], summary: 'One catalogue node', params: idParam } }, async (req) => {
    requireUser(req);
    return presentCatalogueNode(await getCatalogueNode(services.db, req.params.id), req.lang);
  });
  fastify.post('/catalogue', { schema: { tags: ['catalogue'], summary: 'Create a node (admin)', body: catalogueNodeInput } }, async (req, reply) => {
    const id = await createCatalogueNode(adminCtx(services, req), req.body);
    return reply.status(201).send(presentCatalogueNode(await getCatalogueNode(services.db, id), req.lang));
  });
  fastify.patch('/catalogue/:id', { schema: { tags: ['catalogue'], summary: 'Change a node (admin)', params: idParam, body: catalogueNodePatch } }, async (req) => {
    await updateCatalogueNode(adminCtx(services, req), req.params.id, req.body);
    return presentCatalogueNode(await getCatalogueNode(services.db, req.params.id), req.lang);
  });
  fastify.post(
    '/catalogue/import',
    { schema: { tags: ['catalogue'], summary: 'Import a catalogue CSV (admin): all rows or none', consumes: ['text/csv'], body: z.string().min(1) } },
    async (req) => {
      const result = await importCatalogueCsv({ db: services.db, actorId: adminCtx(services, req).actor.id }, req.body);
      services.refs.invalidate();
      return result;
    },
  );
};
