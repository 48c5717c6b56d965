import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppealChange } from '../../app/changes.ts';
import { viewScope } from '../../domain/policy.ts';
import type { App } from '../app.ts';
import { requireUser } from '../auth.ts';

export const streamRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const { services } = fastify as unknown as App;

  fastify.get(
    '/stream/appeals',
    // Never compressed: a compressor would hold events back until its buffer fills.
    { compress: false, schema: { tags: ['appeals'], summary: 'Server-Sent Events: one `appeal` event per change the user may see (id, action, status; no personal data)' } },
    async (req, reply) => {
      const user = requireUser(req);
      const scope = viewScope(user);
      // The same rule as lists: an executor hears of its organisation's appeals (including one
      // just routed away), a supervisor of their sector's.
      const visible = async (c: AppealChange): Promise<boolean> => {
        const orgs = [c.executorId, c.previousExecutorId].filter((x): x is number => x !== null);
        if (scope.kind === 'all') return true;
        if (scope.kind === 'organisation') return orgs.includes(scope.organisationId);
        if (scope.kind === 'sector') {
          for (const id of orgs) if ((await services.refs.organisation(services.db, id))?.supervisorId === scope.supervisorId) return true;
        }
        return false;
      };
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform', connection: 'keep-alive', 'x-accel-buffering': 'no' });
      res.write('retry: 3000\n: connected\n\n');
      const unsubscribe = services.changes.subscribe((c) => {
        void visible(c).then((ok) => {
          if (ok) res.write(`event: appeal\ndata: ${JSON.stringify({ id: c.id, action: c.action, status: c.status })}\n\n`);
        });
      });
      // Proxies drop silent connections; a comment every 25 s keeps it open.
      const heartbeat = setInterval(() => res.write(': ping\n\n'), 25_000);
      req.raw.on('close', () => {
        clearInterval(heartbeat);
        unsubscribe();
      });
    },
  );
};
