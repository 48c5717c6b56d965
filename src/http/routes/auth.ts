import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { login, logout, setOwnLocale } from '../../app/auth.ts';
import { LANGS } from '../../domain/types.ts';
import type { App } from '../app.ts';
import { requireUser, SESSION_COOKIE, sessionCookie } from '../auth.ts';
import { presentMe } from '../presenters/user.ts';

export const authRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const { services } = fastify as unknown as App;
  fastify.post(
    '/auth/login',
    {
      schema: { tags: ['auth'], summary: 'Sign in; sets the session cookie', security: [], body: z.object({ login: z.string().trim().min(1).max(100), password: z.string().min(1).max(200) }).strict() },
      // Password guessing: 10 attempts a minute per address and login, counted after parsing the body.
      config: {
        rateLimit: {
          max: 10,
          timeWindow: 60_000,
          hook: 'preHandler',
          keyGenerator: (req: FastifyRequest) => `${req.ip}|${String((req.body as { login?: unknown } | undefined)?.login ?? '').toLowerCase()}`,
        },
      },
    },
    async (req, reply) => {
      const { token, user } = await login(services.db, req.body.login, req.body.password, services.config.sessionTtlHours, services.now());
      sessionCookie(reply, token, services.config.sessionTtlHours, services.config.cookieSecure);
      return { user: presentMe(user), token, expiresInHours: services.config.sessionTtlHours };
    },
  );
  fastify.post('/auth/logout', { schema: { tags: ['auth'], summary: 'Sign out' } }, async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE] ?? /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (token) {
      await logout(services.db, token);
      services.actorCache.drop(token);
    }
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send();
  });
  fastify.patch(
    '/auth/me',
    { schema: { tags: ['auth'], summary: 'Change one’s own settings (the interface language)', body: z.object({ locale: z.enum(LANGS) }).strict() } },
    async (req) => {
      const user = requireUser(req);
      await setOwnLocale(services.db, user.id, req.body.locale);
      services.actorCache.clear();
      return { user: presentMe({ ...user, locale: req.body.locale }) };
    },
  );
  fastify.get('/auth/me', { schema: { tags: ['auth'], summary: 'The signed-in user' } }, async (req) => ({ user: presentMe(requireUser(req)) }));
};
