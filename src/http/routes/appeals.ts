import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dbId } from '../../app/schemas.ts';
import { ACTION_INPUTS, actOnAppeal } from '../../app/act-on-appeal.ts';
import { countAppeals, countAppealsQuery, getAppeal, getTimeline, listAppeals, listAppealsQuery, resolveAppealId } from '../../app/appeal-queries.ts';
import type { ActorCtx } from '../../app/context.ts';
import { planAppeal, refusePasswords, registerAppeal, registerAppealInput } from '../../app/register-appeal.ts';
import { ACTIONS, type AppealAction } from '../../domain/appeal-status.ts';
import { AppError } from '../../domain/errors.ts';
import { can, seesPersonalData } from '../../domain/policy.ts';
import { trackingCode, trackingSecret } from '../../app/tracking.ts';
import { CRITICALITIES } from '../../domain/types.ts';
import type { App } from '../app.ts';
import { actorCtx } from '../auth.ts';
import { presentAppeal, presentEvent } from '../presenters/appeal.ts';
import { presentAttachment } from '../presenters/attachment.ts';
import { listAttachments } from '../../app/attachments.ts';
import { localName } from '../presenters/common.ts';
import type { FastifyRequest } from 'fastify';

const idempotencyHeader = z.object({ 'idempotency-key': z.string().trim().min(1).max(200).optional() }).loose();
const idParam = z.object({ id: z.string().min(1).max(64) });


const kebab = (a: AppealAction) => a.replace(/_/g, '-');

export const appealRoutes: FastifyPluginAsyncZod = async (fastify) => {
  const { services } = fastify as unknown as App;

  /** Those who talk to the citizen can read out the tracking code (the portal's /track page). */
  async function withTrackingCode<T extends { id: string }>(ctx: ActorCtx, appeal: T): Promise<T & { trackingCode?: string }> {
    if (!seesPersonalData(ctx.actor)) return appeal;
    return { ...appeal, trackingCode: trackingCode(await trackingSecret(ctx.db), appeal.id) };
  }

  async function present(ctx: ActorCtx, id: string, lang: FastifyRequest['lang'], withTimeline: boolean, justActed = false) {
    const row = await getAppeal(ctx, id, { justActed });
    const appeal = await withTrackingCode(ctx, presentAppeal(row, ctx.actor, lang, ctx.now()));
    if (!withTimeline) return appeal;
    const [events, files] = await Promise.all([getTimeline(ctx.db, row.appeal.id), listAttachments(ctx.db, row.appeal.id)]);
    return { ...appeal, timeline: events.map(presentEvent), attachments: files.map((f) => presentAttachment(f, 'staff')) };
  }

  fastify.post(
    '/appeals',
    {
      schema: {
        tags: ['appeals'],
        summary: 'Register an appeal',
        description:
          'Number, deadline and executor come from the catalogue and the working calendar. A retry with the same Idempotency-Key returns the same appeal (200) instead of creating a second one (201). A user password is never accepted (R23).',
        headers: idempotencyHeader,
        body: registerAppealInput,
      },
      preValidation: async (req) => refusePasswords(req.body),
    },
    async (req, reply) => {
      const ctx = actorCtx(services, req);
      const res = await registerAppeal(ctx, req.body, req.headers['idempotency-key']);
      if (!res.replayed) services.metrics.appealsRegistered.inc({ channel: req.body.channel });
      const body = res.row ? await withTrackingCode(ctx, presentAppeal(res.row, ctx.actor, req.lang, ctx.now())) : await present(ctx, res.id, req.lang, false, true);
      return reply.status(res.replayed ? 200 : 201).header('location', `/api/v1/appeals/${res.id}`).send(body);
    },
  );

  fastify.post(
    '/appeals/preview',
    {
      schema: {
        tags: ['appeals'],
        summary: 'What registration would decide: executor, criticality and deadline',
        body: z
          .object({
            catalogueItemId: dbId.optional(),
            catalogueCode: z.string().trim().min(1).max(64).optional(),
            houseId: dbId.optional(),
            executorId: dbId.optional(),
            criticality: z.enum(CRITICALITIES).optional(),
          })
          .strict(),
      },
    },
    async (req) => {
      const ctx = actorCtx(services, req);
      const d = can(ctx.actor, 'register');
      if (!d.ok) throw new AppError(d.code);
      const cal = await services.calendar.get(services.db);
      const plan = await planAppeal(services.db, services.refs, req.body as never, cal, services.config.defaultDeadlineWorkingDays, services.now());
      const org = plan.executorId === null ? null : await services.refs.organisation(services.db, plan.executorId);
      return {
        dueAt: plan.dueAt.toISOString(),
        rule: plan.rule,
        criticality: plan.criticality,
        executor: org ? { id: org.id, code: org.code, name: localName(org, req.lang) } : null,
        districtId: plan.districtId,
      };
    },
  );

  fastify.get('/appeals', { schema: { tags: ['appeals'], summary: 'List appeals (newest first, cursor pagination)', querystring: listAppealsQuery } }, async (req) => {
    const ctx = actorCtx(services, req);
    const page = await listAppeals(ctx, req.query);
    const now = ctx.now();
    return { items: page.items.map((r) => presentAppeal(r, ctx.actor, req.lang, now)), nextCursor: page.nextCursor };
  });

  fastify.get('/appeals/count', { schema: { tags: ['appeals'], summary: 'How many appeals a list query would show', querystring: countAppealsQuery } }, async (req) => ({
    count: await countAppeals(actorCtx(services, req), req.query),
  }));

  fastify.get('/appeals/:id', { schema: { tags: ['appeals'], summary: 'One appeal (by id or number) with its timeline', params: idParam } }, async (req) =>
    present(actorCtx(services, req), req.params.id, req.lang, true),
  );

  for (const action of ACTIONS) {
    fastify.post(
      `/appeals/:id/${kebab(action)}`,
      {
        schema: {
          tags: ['appeal actions'],
          summary: `Action “${action}” of the status machine`,
          params: idParam,
          headers: idempotencyHeader,
          body: ACTION_INPUTS[action],
        },
      },
      async (req) => {
        const ctx = actorCtx(services, req);
        const id = await resolveAppealId(ctx, req.params.id);
        const res = await actOnAppeal(ctx, id, action, req.body as never, req.headers['idempotency-key']);
        if (!res.replayed) services.metrics.appealActions.inc({ action });
        return present(ctx, res.id, req.lang, true, true);
      },
    );
  }
};
