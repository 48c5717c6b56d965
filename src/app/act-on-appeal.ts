import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { civilDateTime, dbId } from './schemas.ts';
import { retryOnConflict, type Tx } from '../db/client.ts';
import { appealEvents, appeals, catalogue, organisations, users } from '../db/schema.ts';
import { nextStatus, type AppealAction, type Status } from '../domain/appeal-status.ts';
import type { WorkingCalendar } from '../domain/calendar.ts';
import { AppError, notFound, unknownReference } from '../domain/errors.ts';
import { can } from '../domain/policy.ts';
import type { ActorCtx } from './context.ts';
import { linkToEvent } from './attachments.ts';
import { deadlineRuleOf } from './register-appeal.ts';

const text = (max = 10_000) => z.string().trim().min(1).max(max);
const comment = text().optional();
const version = z.number().int().positive().max(2_147_483_647).optional();
/** Files the actor uploaded to the appeal beforehand (POST …/attachments), carried by this step. */
const attachmentIds = z.array(z.uuid()).min(1).max(20).optional();

/** The body each action takes. `version` (optional) guards against acting on a stale card. */
export const ACTION_INPUTS = {
  consult: z.object({ answer: text(), version }).strict(),
  route: z.object({ executorId: dbId, comment, version }).strict(),
  accept: z.object({ comment, version }).strict(),
  decline: z.object({ reason: text(), version }).strict(),
  answer: z.object({ text: text(), attachmentIds, version }).strict(),
  verify: z.object({ comment, version }).strict(),
  return_for_rework: z.object({ reason: text(), version }).strict(),
  close: z.object({ comment, version }).strict(),
  hold: z.object({ reason: text(), version }).strict(),
  resume: z.object({ comment, version }).strict(),
  reject: z.object({ reason: text(), version }).strict(),
  mark_duplicate: z.object({ duplicateOf: z.string().trim().min(1).max(64), comment, version }).strict(),
  reopen: z.object({ reason: text(), version }).strict(),
  extend: z
    .object({ dueAt: civilDateTime.optional(), days: z.number().int().min(1).max(366).optional(), reason: text(), version })
    .strict()
    .refine((v) => (v.dueAt === undefined) !== (v.days === undefined), { message: 'due_or_days', path: ['dueAt'] }),
  comment: z.object({ text: text(), visibility: z.enum(['public', 'internal']).default('internal'), attachmentIds, version }).strict(),
  assign: z.object({ userId: dbId, comment, version }).strict(),
  rate: z.object({ rating: z.number().int().min(1).max(5), comment: text(2_000).optional(), version }).strict(),
} satisfies Record<AppealAction, z.ZodType>;

export type ActionInput<A extends AppealAction> = z.infer<(typeof ACTION_INPUTS)[A]>;

type Current = typeof appeals.$inferSelect;
type Patch = Partial<typeof appeals.$inferInsert>;
type Effect = { patch: Patch; comment?: string | null; data?: Record<string, unknown>; visibility?: 'public' | 'internal' };
type HandlerArgs<A extends AppealAction> = { ctx: ActorCtx; tx: Tx; cur: Current; input: ActionInput<A>; now: Date; cal: WorkingCalendar };

// Which steps the citizen sees on the public timeline; the rest is internal to the centre.
const PUBLIC: ReadonlySet<AppealAction> = new Set(['consult', 'route', 'accept', 'answer', 'close', 'hold', 'resume', 'reject', 'mark_duplicate', 'reopen', 'extend', 'rate']);

const HANDLERS: { [A in AppealAction]: (a: HandlerArgs<A>) => Promise<Effect> | Effect } = {
  consult: ({ input, now, ctx }) => ({
    patch: { resolution: input.answer, firstContact: true, closedAt: now, responsibleUserId: ctx.actor.id },
    comment: input.answer,
  }),
  route: async ({ tx, input, cur }) => {
    const [org] = await tx.select({ id: organisations.id, active: organisations.active }).from(organisations).where(eq(organisations.id, input.executorId));
    if (!org || !org.active) throw unknownReference('executorId', input.executorId);
    const changed = org.id !== cur.executorId;
    return {
      patch: { executorId: org.id, ...(changed && { responsibleUserId: null }) },
      comment: input.comment,
      data: { executorId: org.id, previousExecutorId: cur.executorId },
    };
  },
  accept: ({ cur, ctx, input }) => ({ patch: { responsibleUserId: cur.responsibleUserId ?? ctx.actor.id }, comment: input.comment }),
  decline: ({ cur, input }) => ({ patch: { executorId: null, responsibleUserId: null }, comment: input.reason, data: { executorId: cur.executorId } }),
  answer: ({ input, now }) => ({ patch: { resolution: input.text, answeredAt: now }, comment: input.text }),
  verify: ({ input }) => ({ patch: {}, comment: input.comment }),
  return_for_rework: ({ input }) => ({ patch: { answeredAt: null }, comment: input.reason }),
  close: ({ input, now }) => ({ patch: { closedAt: now }, comment: input.comment }),
  hold: ({ cur, input, now, cal }) => ({
    patch: { holdFromStatus: cur.status, slaRemainingMinutes: Math.ceil(cal.remainingMinutes(now, cur.dueAt, mode(cur))) },
    comment: input.reason,
  }),
  resume: ({ cur, input, now, cal }) => {
    const dueAt = cal.addMinutes(now, cur.slaRemainingMinutes ?? 0, mode(cur));
    return { patch: { dueAt, holdFromStatus: null, slaRemainingMinutes: null }, comment: input.comment, data: { dueAt: dueAt.toISOString() } };
  },
  reject: ({ input, now }) => ({ patch: { closedAt: now, resolution: input.reason }, comment: input.reason }),
  mark_duplicate: async ({ tx, cur, input, now }) => {
    const key = input.duplicateOf;
    const byId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(key);
    const [orig] = await tx
      .select({ id: appeals.id, number: appeals.number, status: appeals.status, duplicateOfId: appeals.duplicateOfId })
      .from(appeals)
      .where(byId ? eq(appeals.id, key) : eq(appeals.number, key));
    if (!orig) throw unknownReference('duplicateOf', key);
    if (orig.id === cur.id) throw new AppError('VALIDATION_FAILED', { summary: 'duplicateOf' }, [{ path: 'duplicateOf', message: 'self_duplicate' }]);
    // Point at the original, never at another duplicate (nor, through one, at itself).
    const target = orig.duplicateOfId ?? orig.id;
    if (target === cur.id) throw new AppError('VALIDATION_FAILED', { summary: 'duplicateOf' }, [{ path: 'duplicateOf', message: 'self_duplicate' }]);
    return { patch: { duplicateOfId: target, closedAt: now }, comment: input.comment, data: { duplicateOf: target, number: orig.number } };
  },
  reopen: async ({ ctx, tx, cur, input, now, cal }) => {
    const limit = ctx.config.reopenDays * 86_400_000;
    if (!cur.closedAt || now.getTime() - cur.closedAt.getTime() > limit) throw new AppError('REOPEN_PERIOD_EXPIRED', { days: ctx.config.reopenDays });
    const [item] = cur.catalogueItemId === null ? [] : await tx.select().from(catalogue).where(eq(catalogue.id, cur.catalogueItemId));
    const rule = deadlineRuleOf(item, ctx.config.defaultDeadlineWorkingDays);
    const dueAt = cal.addDeadline(now, rule);
    return {
      patch: { closedAt: null, answeredAt: null, rating: null, ratingComment: null, reopenCount: cur.reopenCount + 1, dueAt, deadlineMode: rule.mode, firstContact: false },
      comment: input.reason,
      data: { dueAt: dueAt.toISOString(), previousRating: cur.rating },
    };
  },
  extend: ({ ctx, cur, input }) => {
    const dueAt = input.dueAt ? new Date(input.dueAt) : new Date(cur.dueAt.getTime() + (input.days ?? 0) * 86_400_000);
    if (dueAt.getTime() <= cur.dueAt.getTime()) {
      throw new AppError('VALIDATION_FAILED', { summary: 'dueAt' }, [{ path: 'dueAt', message: 'due_not_later' }]);
    }
    const days = Math.ceil((dueAt.getTime() - cur.dueAt.getTime()) / 86_400_000);
    if (cur.extendedDays + days > ctx.config.maxExtensionDays) throw new AppError('EXTENSION_LIMIT_EXCEEDED', { max: ctx.config.maxExtensionDays });
    return { patch: { dueAt, extendedDays: cur.extendedDays + days }, comment: input.reason, data: { from: cur.dueAt.toISOString(), to: dueAt.toISOString(), days } };
  },
  comment: ({ input }) => ({ patch: {}, comment: input.text, visibility: input.visibility }),
  assign: async ({ tx, cur, input, ctx }) => {
    const [u] = await tx.select({ id: users.id, role: users.role, organisationId: users.organisationId, active: users.active }).from(users).where(eq(users.id, input.userId));
    if (!u || !u.active) throw unknownReference('userId', input.userId);
    // An executor's staff can hold only their organisation's appeals.
    if (u.role === 'executor' && u.organisationId !== cur.executorId) throw unknownReference('userId', input.userId);
    if (ctx.actor.role === 'executor' && u.organisationId !== ctx.actor.organisationId) throw unknownReference('userId', input.userId);
    return { patch: { responsibleUserId: u.id }, comment: input.comment, data: { userId: u.id } };
  },
  rate: ({ cur, input }) => {
    if (cur.rating !== null) throw new AppError('ALREADY_RATED');
    return { patch: { rating: input.rating, ratingComment: input.comment ?? null }, comment: input.comment, data: { rating: input.rating } };
  },
};

function mode(cur: Current): 'calendar' | 'working' {
  return cur.deadlineMode === 'calendar' ? 'calendar' : 'working';
}

/**
 * Applies one action of the status machine: locks the appeal, checks the policy (403) and the
 * transition table (409), writes the change and its timeline event in one transaction.
 * With an idempotency key a retry of the same action is answered without acting twice.
 */
export async function actOnAppeal<A extends AppealAction>(
  ctx: ActorCtx,
  appealId: string,
  action: A,
  input: ActionInput<A>,
  idempotencyKey?: string,
): Promise<{ id: string; replayed: boolean }> {
  const { actor, db } = ctx;
  const scopedKey = idempotencyKey ? `${actor.id}:${action}:${idempotencyKey}` : null;
  const cal = await ctx.calendar.get(db);
  const now = ctx.now();
  const hash = scopedKey ? createHash('sha256').update(JSON.stringify(input)).digest('base64url') : null;
  const run = retryOnConflict(() => db.transaction(async (tx) => {
    const [row] = await tx
      .select({ appeal: appeals, supervisorId: organisations.supervisorId })
      .from(appeals)
      .leftJoin(organisations, eq(organisations.id, appeals.executorId))
      .where(eq(appeals.id, appealId))
      .for('update', { of: appeals });
    if (!row) throw notFound('appeal', appealId);
    // Under the row lock, a retry is answered before anything else: concurrent deliveries of one
    // key wait here and find the first one's event. The key is the actor's own, and the first
    // request may have changed what they see (an executor who declined no longer sees the appeal).
    if (scopedKey) {
      const [done] = await tx.select({ appealId: appealEvents.appealId, requestHash: appealEvents.requestHash }).from(appealEvents).where(eq(appealEvents.idempotencyKey, scopedKey));
      if (done) {
        if (done.appealId !== appealId || done.requestHash !== hash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
        return { id: appealId, replayed: true, change: null };
      }
    }
    const cur = row.appeal;
    const scope = { executorId: cur.executorId, executorSupervisorId: row.supervisorId };

    const seen = can(actor, 'view', scope);
    if (!seen.ok) throw new AppError(seen.code);
    const allowed = can(actor, action, scope);
    if (!allowed.ok) throw new AppError(allowed.code);
    const status = cur.status as Status;
    const to = nextStatus(status, action, cur.holdFromStatus as Status | null);
    if (!to) throw new AppError('INVALID_TRANSITION', { action, status });
    if (input.version !== undefined && input.version !== cur.version) throw new AppError('STALE_VERSION', { version: cur.version });

    const handler = HANDLERS[action] as (a: HandlerArgs<A>) => Promise<Effect> | Effect;
    const effect = await handler({ ctx, tx, cur, input, now, cal });
    await tx
      .update(appeals)
      .set({ ...effect.patch, status: to, updatedAt: now, version: sql`${appeals.version} + 1` })
      .where(eq(appeals.id, cur.id));
    const files = 'attachmentIds' in input && Array.isArray(input.attachmentIds) ? (input.attachmentIds as string[]) : [];
    const [event] = await tx.insert(appealEvents).values({
      appealId: cur.id,
      at: now,
      actorId: actor.id,
      actorRole: actor.role,
      action,
      fromStatus: status,
      toStatus: to,
      visibility: effect.visibility ?? (PUBLIC.has(action) ? 'public' : 'internal'),
      comment: effect.comment ?? null,
      data: files.length ? { ...effect.data, attachmentIds: files } : (effect.data ?? null),
      idempotencyKey: scopedKey,
      requestHash: hash,
    }).returning({ id: appealEvents.id });
    if (files.length) await linkToEvent(tx, cur.id, files, actor.id, event!.id);
    const executorId = effect.patch.executorId === undefined ? cur.executorId : effect.patch.executorId;
    return { id: cur.id, replayed: false, change: { id: cur.id, action, status: to, executorId, previousExecutorId: cur.executorId } };
  }));
  // The same key used at once on two appeals: the second insert meets the unique index.
  const done = await run.catch((err: unknown) => {
    const code = (err as { code?: string; cause?: { code?: string } }).cause?.code ?? (err as { code?: string }).code;
    if (scopedKey && code === '23505') throw new AppError('IDEMPOTENCY_KEY_REUSED');
    throw err;
  });
  if (done.change) await ctx.changes?.publish(done.change);
  return { id: done.id, replayed: done.replayed };
}
