import { and, asc, desc, eq, gte, inArray, lt, lte, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { civilDate, civilDateTime, dbIdParam, inCivilRange } from './schemas.ts';
import type { Conn } from '../db/client.ts';
import { appealEvents, appeals, catalogue, citizens, organisations, users } from '../db/schema.ts';
import { FINAL_STATUSES, RUNNING_STATUSES, STATUSES, type Status } from '../domain/appeal-status.ts';
import { AppError, notFound } from '../domain/errors.ts';
import { localDayEnd, localDayStart } from '../domain/local-time.ts';
import { can, viewScope, type Actor } from '../domain/policy.ts';
import { CHANNELS, APPEAL_KINDS } from '../domain/types.ts';
import type { ActorCtx } from './context.ts';

const responsible = alias(users, 'responsible');

const appealColumns = {
  appeal: appeals,
  executor: {
    id: organisations.id,
    code: organisations.code,
    nameRu: organisations.nameRu,
    nameKk: organisations.nameKk,
    nameEn: organisations.nameEn,
    supervisorId: organisations.supervisorId,
  },
  item: {
    id: catalogue.id,
    code: catalogue.code,
    nameRu: catalogue.nameRu,
    nameKk: catalogue.nameKk,
    nameEn: catalogue.nameEn,
  },
  citizen: {
    id: citizens.id,
    fullName: citizens.fullName,
    phone: citizens.phone,
    iin: citizens.iin,
    email: citizens.email,
    lang: citizens.lang,
    preferredChannel: citizens.preferredChannel,
  },
  responsible: { id: responsible.id, fullName: responsible.fullName },
};

function selectAppeals(conn: Conn) {
  return conn
    .select(appealColumns)
    .from(appeals)
    .leftJoin(organisations, eq(organisations.id, appeals.executorId))
    .leftJoin(catalogue, eq(catalogue.id, appeals.catalogueItemId))
    .leftJoin(citizens, eq(citizens.id, appeals.citizenId))
    .leftJoin(responsible, eq(responsible.id, appeals.responsibleUserId));
}

export type AppealRow = Awaited<ReturnType<typeof loadAppealRow>> & {};

// The card is read after every registration and action: prepared once per database, so neither
// Drizzle nor PostgreSQL builds and plans it again each time.
const prepared = new WeakMap<Conn, ReturnType<typeof prepareById>>();
function prepareById(conn: Conn) {
  return selectAppeals(conn).where(eq(appeals.id, sql.placeholder('id'))).prepare('jauap_appeal_by_id');
}

async function loadAppealRow(conn: Conn, id: string) {
  let q = prepared.get(conn);
  if (!q) prepared.set(conn, (q = prepareById(conn)));
  const [row] = await q.execute({ id });
  return row;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NUMBER = /^[A-Za-z0-9]{1,10}-\d{4}-\d{4,}$/;

/** By id or by human number; a 403 (with its code) when the actor may not see it. */
export async function getAppeal(ctx: ActorCtx, idOrNumber: string, opts: { justActed?: boolean } = {}): Promise<NonNullable<AppealRow>> {
  const conn = ctx.db;
  let row: AppealRow | undefined;
  if (UUID.test(idOrNumber)) row = await loadAppealRow(conn, idOrNumber);
  else if (NUMBER.test(idOrNumber)) [row] = await selectAppeals(conn).where(eq(appeals.number, idOrNumber));
  if (!row) throw notFound('appeal', idOrNumber);
  // An executor who has just declined an appeal no longer sees it, but is shown the result.
  if (!opts.justActed) assertVisible(ctx.actor, row);
  return row;
}

/** The id of an appeal named by id or number (visibility is the action's business). */
export async function resolveAppealId(ctx: ActorCtx, idOrNumber: string): Promise<string> {
  if (UUID.test(idOrNumber)) return idOrNumber.toLowerCase();
  if (NUMBER.test(idOrNumber)) {
    const [row] = await ctx.db.select({ id: appeals.id }).from(appeals).where(eq(appeals.number, idOrNumber));
    if (row) return row.id;
  }
  throw notFound('appeal', idOrNumber);
}

export function assertVisible(actor: Actor, row: { appeal: { executorId: number | null }; executor: { supervisorId: number | null } | null }): void {
  const d = can(actor, 'view', { executorId: row.appeal.executorId, executorSupervisorId: row.executor?.supervisorId ?? null });
  if (!d.ok) throw new AppError(d.code);
}

export async function getTimeline(conn: Conn, appealId: string) {
  return conn
    .select({
      id: appealEvents.id,
      at: appealEvents.at,
      action: appealEvents.action,
      fromStatus: appealEvents.fromStatus,
      toStatus: appealEvents.toStatus,
      visibility: appealEvents.visibility,
      comment: appealEvents.comment,
      data: appealEvents.data,
      actorId: appealEvents.actorId,
      actorRole: appealEvents.actorRole,
      actorName: users.fullName,
    })
    .from(appealEvents)
    .leftJoin(users, eq(users.id, appealEvents.actorId))
    .where(eq(appealEvents.appealId, appealId))
    .orderBy(asc(appealEvents.id));
}

export type TimelineEvent = Awaited<ReturnType<typeof getTimeline>>[number];

const csv = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values)).min(1));

const boolParam = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const listAppealsQuery = z
  .object({
    status: csv(STATUSES).optional(),
    executorId: dbIdParam.optional(),
    categoryId: dbIdParam.optional(),
    citizenId: dbIdParam.optional(),
    houseId: dbIdParam.optional(),
    // Analytics' drill-down: the appeals behind a figure (district, sector, closed in a period, on time or late).
    districtId: dbIdParam.optional(),
    /** The sector: executors whose supervisor this user is. */
    supervisorId: dbIdParam.optional(),
    /** Closed (last) from this local day / up to and including this one. */
    closedFrom: civilDate.optional(),
    closedTo: civilDate.optional(),
    /** Closed with the executor's answer, by the deadline in force (true) or after it (false): the ratings' on time. */
    onTime: boolParam.optional(),
    /** `me` or a user id: who registered it (the operator's own registrations). */
    registeredBy: z.literal('me').or(dbIdParam).optional(),
    /** Open and due before this instant ("due soon"). */
    dueBefore: civilDateTime.optional(),
    channel: csv(CHANNELS).optional(),
    kind: csv(APPEAL_KINDS).optional(),
    overdue: boolParam.optional(),
    open: boolParam.optional(),
    from: civilDateTime.or(civilDate).optional(),
    to: civilDateTime.or(civilDate).optional(),
    q: z.string().trim().min(1).max(200).optional(),
    cursor: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();

export type ListAppealsQuery = z.infer<typeof listAppealsQuery>;

type Cursor = { c: string; i: string };

function encodeCursor(createdAt: Date, id: string): string {
  return Buffer.from(JSON.stringify({ c: createdAt.toISOString(), i: id } satisfies Cursor)).toString('base64url');
}

function decodeCursor(s: string): { createdAt: Date; id: string } {
  try {
    const v = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as Partial<Cursor>;
    const createdAt = new Date(String(v.c));
    if (Number.isNaN(createdAt.getTime()) || !inCivilRange(createdAt) || typeof v.i !== 'string' || !UUID.test(v.i)) throw new Error('bad');
    return { createdAt, id: v.i };
  } catch {
    throw new AppError('INVALID_CURSOR');
  }
}

const dateOnly = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);

/** A date alone means the whole local day (UTC+5): `from` at its start, `to` up to (not including) the next day. */
function boundary(v: string, end: boolean): Date {
  if (dateOnly(v)) {
    return end ? localDayEnd(v) : localDayStart(v);
  }
  return new Date(v);
}

/** The conditions of a list query, within the actor's scope: shared by the list and its count. */
function appealFilters(ctx: ActorCtx, q: Omit<ListAppealsQuery, 'limit' | 'cursor'>): SQL[] {
  const now = ctx.now();
  const where: SQL[] = [];
  const scope = viewScope(ctx.actor);
  if (scope.kind === 'none') throw new AppError('FORBIDDEN_ROLE');
  if (scope.kind === 'organisation') where.push(eq(appeals.executorId, scope.organisationId));
  if (scope.kind === 'sector') {
    where.push(inArray(appeals.executorId, ctx.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.supervisorId, scope.supervisorId))));
  }
  if (q.status) where.push(inArray(appeals.status, q.status));
  if (q.executorId) where.push(eq(appeals.executorId, q.executorId));
  if (q.citizenId) where.push(eq(appeals.citizenId, q.citizenId));
  if (q.houseId) where.push(eq(appeals.houseId, q.houseId));
  if (q.districtId) where.push(eq(appeals.districtId, q.districtId));
  if (q.supervisorId) {
    where.push(inArray(appeals.executorId, ctx.db.select({ id: organisations.id }).from(organisations).where(eq(organisations.supervisorId, q.supervisorId))));
  }
  if (q.closedFrom || q.closedTo) where.push(eq(appeals.status, 'closed'));
  if (q.closedFrom) where.push(gte(appeals.closedAt, boundary(q.closedFrom, false)));
  if (q.closedTo) where.push(lt(appeals.closedAt, boundary(q.closedTo, true)));
  if (q.onTime !== undefined) {
    const answered = sql`${appeals.status} = 'closed' and ${appeals.executorId} is not null and ${appeals.answeredAt} is not null`;
    where.push(q.onTime ? sql`(${answered} and ${appeals.answeredAt} <= ${appeals.dueAt})` : sql`(${answered} and ${appeals.answeredAt} > ${appeals.dueAt})`);
  }
  if (q.registeredBy !== undefined) where.push(eq(appeals.registeredById, q.registeredBy === 'me' ? ctx.actor.id : q.registeredBy));
  if (q.dueBefore) where.push(and(inArray(appeals.status, [...RUNNING_STATUSES]), lt(appeals.dueAt, new Date(q.dueBefore))) as SQL);
  if (q.channel) where.push(inArray(appeals.channel, q.channel));
  if (q.kind) where.push(inArray(appeals.kind, q.kind));
  if (q.categoryId) {
    // Any node: an item itself, or everything below a category or a sphere.
    const id = q.categoryId;
    where.push(
      sql`${appeals.catalogueItemId} in (
        select c.id from ${catalogue} c where c.id = ${id} or c.parent_id = ${id}
        or c.parent_id in (select p.id from ${catalogue} p where p.parent_id = ${id}))`,
    );
  }
  if (q.overdue !== undefined) {
    const overdue = and(inArray(appeals.status, [...RUNNING_STATUSES]), lt(appeals.dueAt, now)) as SQL;
    where.push(q.overdue ? overdue : (sql`not (${overdue})` as SQL));
  }
  if (q.open !== undefined) where.push(q.open ? notInArray(appeals.status, [...FINAL_STATUSES]) : inArray(appeals.status, [...FINAL_STATUSES]));
  if (q.from) where.push(gte(appeals.createdAt, boundary(q.from, false)));
  if (q.to) where.push(dateOnly(q.to) ? lt(appeals.createdAt, boundary(q.to, true)) : lte(appeals.createdAt, boundary(q.to, true)));
  if (q.q) {
    if (NUMBER.test(q.q)) where.push(eq(appeals.number, q.q));
    else where.push(sql`${appeals.search} @@ websearch_to_tsquery('russian', ${q.q})`);
  }
  return where;
}

/** Newest first, keyset pagination on (created_at, id): as fast on page 1,000 as on page 1. */
export async function listAppeals(ctx: ActorCtx, q: ListAppealsQuery) {
  const where = appealFilters(ctx, q);
  if (q.cursor) {
    const c = decodeCursor(q.cursor);
    where.push(or(lt(appeals.createdAt, c.createdAt), and(eq(appeals.createdAt, c.createdAt), lt(appeals.id, c.id))) as SQL);
  }
  const rows = await selectAppeals(ctx.db)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(appeals.createdAt), desc(appeals.id))
    .limit(q.limit + 1);
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return { items: page, nextCursor: rows.length > q.limit && last ? encodeCursor(last.appeal.createdAt, last.appeal.id) : null };
}

export const countAppealsQuery = listAppealsQuery.omit({ cursor: true, limit: true });

/** How many appeals a list query would show (for the counts on the queue tabs). */
export async function countAppeals(ctx: ActorCtx, q: z.infer<typeof countAppealsQuery>): Promise<number> {
  const where = appealFilters(ctx, q);
  const [row] = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(appeals).where(where.length ? and(...where) : undefined);
  return Number(row?.n ?? 0);
}

export type { Status };
