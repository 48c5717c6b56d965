import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { civilDate, civilDateTime, dbIdParam } from '../../app/schemas.ts';
import { calendarDayInput, calendarYear, deleteCalendarDay, setCalendarDay } from '../../app/calendar-admin.ts';
import { searchAddresses, searchAddressesQuery } from '../../app/addresses.ts';
import { importOrganisationsCsv } from '../../app/organisations-csv.ts';
import { executorStats, executorStatsQuery } from '../../app/executor-stats.ts';
import type { ActorCtx } from '../../app/context.ts';
import { createOrganisation, getOrganisation, listDistricts, listOrganisations, listOrganisationsQuery, organisationInput, organisationPatch, updateOrganisation } from '../../app/organisations.ts';
import { createUser, getUser, issueToken, listTokens, listUsers, revokeToken, updateUser, userInput, userPatch } from '../../app/users.ts';
import { AppError } from '../../domain/errors.ts';
import { localClock } from '../../domain/local-time.ts';
import { canAdminister } from '../../domain/policy.ts';
import { ROLES } from '../../domain/types.ts';
import type { App, Services } from '../app.ts';
import { actorCtx, requireUser } from '../auth.ts';
import { presentOrganisation } from '../presenters/admin.ts';
import { localName } from '../presenters/common.ts';
import { presentUser } from '../presenters/user.ts';

/** The context of a configuration change: only admins get one. */
export function adminCtx(s: Services, req: FastifyRequest): ActorCtx {
  const ctx = actorCtx(s, req);
  if (!canAdminister(ctx.actor)) throw new AppError('FORBIDDEN_ROLE');
  return ctx;
}

const idParam = z.object({ id: dbIdParam });
const dateParam = z.object({ date: civilDate });

export const adminRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const { services } = fastify as unknown as App;

  // Organisations: every staff member reads them (routing, filters); admins change them.
  fastify.get('/organisations', { schema: { tags: ['organisations'], summary: 'Executor organisations', querystring: listOrganisationsQuery } }, async (req) => {
    requireUser(req);
    return { items: (await listOrganisations(services.db, req.query)).map((o) => presentOrganisation(o, req.lang)) };
  });
  fastify.get('/organisations/:id', { schema: { tags: ['organisations'], params: idParam } }, async (req) => {
    requireUser(req);
    return presentOrganisation(await getOrganisation(services.db, req.params.id), req.lang);
  });
  fastify.post('/organisations', { schema: { tags: ['organisations'], summary: 'Create (admin)', body: organisationInput } }, async (req, reply) =>
    reply.status(201).send(presentOrganisation(await createOrganisation(adminCtx(services, req), req.body), req.lang)),
  );
  fastify.patch('/organisations/:id', { schema: { tags: ['organisations'], summary: 'Change (admin)', params: idParam, body: organisationPatch } }, async (req) =>
    presentOrganisation(await updateOrganisation(adminCtx(services, req), req.params.id, req.body), req.lang),
  );

  fastify.post(
    '/organisations/import',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Import organisations from CSV (admin): code, type, name_ru, name_kk, name_en, parent_code, district_code, supervisor_login, phone; all rows or none',
        consumes: ['text/csv'],
        body: z.string().min(1),
      },
    },
    async (req) => {
      const result = await importOrganisationsCsv({ db: services.db, actorId: adminCtx(services, req).actor.id }, req.body);
      services.refs.invalidate();
      return result;
    },
  );
  fastify.get('/addresses', { schema: { tags: ['organisations'], summary: 'Address autocomplete over the register', querystring: searchAddressesQuery } }, async (req) => {
    requireUser(req);
    const rows = await searchAddresses(services.db, req.query);
    return {
      items: rows.map((r) => ({
        houseId: r.houseId,
        label: `${localName({ nameRu: r.streetRu, nameKk: r.streetKk, nameEn: r.streetEn }, req.lang)}, ${r.number}`,
        districtId: r.districtId,
        location: r.lat !== null && r.lon !== null ? { lat: r.lat, lon: r.lon } : null,
      })),
    };
  });
  fastify.get(
    '/stats/executors',
    { schema: { tags: ['organisations'], summary: 'Per executor in your scope: open, overdue, finished in the period and on time', querystring: executorStatsQuery } },
    async (req) => executorStats(actorCtx(services, req), req.query),
  );
  fastify.get('/districts', { schema: { tags: ['organisations'], summary: 'Districts of the city' } }, async (req) => {
    requireUser(req);
    const rows = await listDistricts(services.db);
    return { items: rows.map((d) => ({ id: d.id, code: d.code, name: localName(d, req.lang) })) };
  });

  // Users and API tokens: admins only.
  const usersQuery = z.object({ role: z.enum(ROLES).optional(), organisationId: dbIdParam.optional() }).strict();
  fastify.get('/users', { schema: { tags: ['users'], summary: 'Staff users (admin)', querystring: usersQuery } }, async (req) => {
    adminCtx(services, req);
    return { items: (await listUsers(services.db, req.query)).map(presentUser) };
  });
  fastify.get('/users/:id', { schema: { tags: ['users'], params: idParam } }, async (req) => {
    adminCtx(services, req);
    return presentUser(await getUser(services.db, req.params.id));
  });
  fastify.post('/users', { schema: { tags: ['users'], summary: 'Create a user (admin); the password is stored as an argon2id hash', body: userInput } }, async (req, reply) =>
    reply.status(201).send(presentUser(await createUser(adminCtx(services, req), req.body))),
  );
  fastify.patch('/users/:id', { schema: { tags: ['users'], params: idParam, body: userPatch } }, async (req) => {
    const u = await updateUser(adminCtx(services, req), req.params.id, req.body);
    services.actorCache.clear();
    return presentUser(u);
  });
  fastify.get('/users/:id/tokens', { schema: { tags: ['users'], summary: 'API tokens of a user (admin)', params: idParam } }, async (req) => {
    adminCtx(services, req);
    const rows = await listTokens(services.db, req.params.id);
    return { items: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), lastUsedAt: r.lastUsedAt?.toISOString() ?? null, revokedAt: r.revokedAt?.toISOString() ?? null })) };
  });
  fastify.post(
    '/users/:id/tokens',
    { schema: { tags: ['users'], summary: 'Issue an API token for an integration acting as this user; the secret is shown once', params: idParam, body: z.object({ name: z.string().trim().min(1).max(100) }).strict() } },
    async (req, reply) => {
      const t = await issueToken(adminCtx(services, req), req.params.id, req.body.name);
      return reply.status(201).send({ ...t, createdAt: t.createdAt.toISOString() });
    },
  );
  fastify.delete('/tokens/:id', { schema: { tags: ['users'], summary: 'Revoke an API token', params: idParam } }, async (req, reply) => {
    await revokeToken(adminCtx(services, req), req.params.id);
    services.actorCache.clear();
    return reply.status(204).send();
  });

  // Working calendar.
  const yearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }).strict();
  fastify.get('/calendar', { schema: { tags: ['calendar'], summary: 'Days of a year with holidays and moved working days', querystring: yearQuery } }, async (req) => {
    requireUser(req);
    const year = req.query.year ?? localClock(services.now()).getUTCFullYear();
    return { year, days: await calendarYear(services, year) };
  });
  const deadlineQuery = z
    .object({
      from: civilDateTime,
      amount: z.coerce.number().int().min(0).max(10_000),
      unit: z.enum(['hours', 'days']),
      mode: z.enum(['calendar', 'working']),
    })
    .strict();
  fastify.get('/calendar/deadline', { schema: { tags: ['calendar'], summary: 'Deadline arithmetic on the working calendar', querystring: deadlineQuery } }, async (req) => {
    requireUser(req);
    const cal = await services.calendar.get(services.db);
    const { from, ...rule } = req.query;
    return { from, rule, dueAt: cal.addDeadline(new Date(from), rule).toISOString() };
  });
  fastify.put('/calendar/days/:date', { schema: { tags: ['calendar'], summary: 'Set a holiday or a moved working day (admin)', params: dateParam, body: calendarDayInput } }, async (req) => {
    await setCalendarDay(adminCtx(services, req), req.params.date, req.body);
    return { date: req.params.date, ...req.body };
  });
  fastify.delete('/calendar/days/:date', { schema: { tags: ['calendar'], summary: 'Remove an exception (admin)', params: dateParam } }, async (req, reply) => {
    await deleteCalendarDay(adminCtx(services, req), req.params.date);
    return reply.status(204).send();
  });
};
