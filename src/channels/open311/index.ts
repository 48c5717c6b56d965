import type { FastifyPluginAsync } from 'fastify';
import { open311KeyRoutes } from './keys-routes.ts';
import { open311Routes } from './routes.ts';

/**
 * The Open311 channel: GeoReport v2 at /open311/v2 (its own error format, not found handler and
 * form parser, encapsulated there) and the administration of its API keys under /api/v1.
 */
export const open311Channel: FastifyPluginAsync = async (fastify) => {
  await fastify.register(open311Routes, { prefix: '/open311/v2' });
  await fastify.register(open311KeyRoutes, { prefix: '/api/v1' });
};
