import { and, asc, desc, eq, gte, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Conn, Db } from '../db/client.ts';
import { appealEvents, appeals, attachments, catalogue, districts } from '../db/schema.ts';
import { FINAL_STATUSES, type Status } from '../domain/appeal-status.ts';
import { AppError, notFound } from '../domain/errors.ts';
import type { Actor } from '../domain/policy.ts';
import { APPEAL_KINDS, LANGS, type Channel } from '../domain/types.ts';
import { actOnAppeal } from './act-on-appeal.ts';
import { attachFiles, commitFiles, type AttachmentRow, type StagedFile } from './attachments.ts';
import type { Ctx } from './context.ts';
import { phoneSchema, registerAppeal } from './register-appeal.ts';
import { civilDateTime, dbId } from './schemas.ts';
import { checkTrackingCode, trackingCode, trackingSecret } from './tracking.ts';

// The citizens' side: what the portal and Open311 clients may do without an account. A citizen
// proves an appeal is theirs by its tracking code; anyone else sees only what the citizen chose
// to make public, with personal data removed (the presenter's job).

/** Contact channels a citizen may ask the answer by. */
export const ANSWER_CHANNELS = ['email', 'phone', 'sms', 'telegram', 'whatsapp', 'portal'] as const;

export const publicAppealInput = z
  .object({
    kind: z.enum(APPEAL_KINDS.filter((k) => k !== 'it_ticket') as ['complaint', ...string[]]).default('complaint'),
    description: z.string().trim().min(10).max(5_000),
    catalogueItemId: dbId.optional(),
    catalogueCode: z.string().trim().min(1).max(64).optional(),
    houseId: dbId.optional(),
    address: z.string().trim().min(3).max(300).optional(),
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
    citizen: z
      .object({
        fullName: z.string().trim().min(1).max(200).optional(),
        phone: phoneSchema.optional(),
        email: z.email().max(200).optional(),
        lang: z.enum(LANGS).optional(),
        /** How they want the answer. */
        answerBy: z.enum(ANSWER_CHANNELS).optional(),
      })
      .strict()
      .optional(),
    /** Show the appeal (without personal data) on the public list and map. */
    public: z.boolean().default(true),
    /** Show the photos and videos too (never without this). */
    mediaPublic: z.boolean().default(false),
  })
  .strict()
  .refine((v) => (v.lat === undefined) === (v.lon === undefined), { message: 'lat_lon_pair', path: ['lon'] });

export type PublicAppealInput = z.infer<typeof publicAppealInput>;

export type Submitted = { id: string; number: string; trackingCode: string; replayed: boolean };

/**
 * Registers a citizen's appeal from a public channel, with its evidence. The appeal is one
 * statement; its files are kept and recorded right after it (so a refused registration keeps
 * no file), and a retry with the same idempotency key finds the appeal and records any file the
 * first attempt did not. The files, the media choice and `fingerprint` (what else the channel
 * received) belong to the request: the same key with other ones is refused, never a second appeal.
 */
export async function submitPublicAppeal(
  ctx: Ctx,
  actor: Actor,
  channel: Channel,
  input: PublicAppealInput,
  files: StagedFile[],
  idempotencyKey?: string,
  fingerprint = '',
): Promise<Submitted> {
  const c = input.citizen;
  const citizen = c && {
    ...(c.fullName && { fullName: c.fullName }),
    ...(c.phone && { phone: c.phone }),
    ...(c.email && { email: c.email }),
    ...(c.lang && { lang: c.lang }),
    ...(c.answerBy && { preferredChannel: answerChannel(c.answerBy) }),
  };
  const res = await registerAppeal(
    { ...ctx, actor },
    {
      channel,
      kind: input.kind as 'complaint',
      description: input.description,
      ...(input.catalogueItemId !== undefined && { catalogueItemId: input.catalogueItemId }),
      ...(input.catalogueCode !== undefined && { catalogueCode: input.catalogueCode }),
      ...(input.houseId !== undefined && { houseId: input.houseId }),
      ...(input.address !== undefined && { address: input.address }),
      ...(input.lat !== undefined && { lat: input.lat, lon: input.lon }),
      ...(citizen && Object.keys(citizen).length && { citizen }),
      public: input.public,
    },
    idempotencyKey,
    { fingerprint: JSON.stringify([files.map((f) => f.sha256).sort(), input.mediaPublic, fingerprint]) },
  );
  const kept = await commitFiles(ctx.blobs, files);
  await attachFiles(ctx.db, res.id, kept, { purpose: 'evidence', public: input.public && input.mediaPublic, uploadedById: actor.id, now: ctx.now() });
  const number = res.row?.appeal.number ?? (await numberOf(ctx.db, res.id));
  return { id: res.id, number, trackingCode: trackingCode(await trackingSecret(ctx.db), res.id), replayed: res.replayed };
}

function answerChannel(c: (typeof ANSWER_CHANNELS)[number]): Channel {
  if (c === 'sms') return 'phone';
  return c;
}

async function numberOf(db: Conn, id: string): Promise<string> {
  const [r] = await db.select({ number: appeals.number }).from(appeals).where(eq(appeals.id, id));
  return r!.number;
}

const publicColumns = {
  id: appeals.id,
  number: appeals.number,
  status: appeals.status,
  kind: appeals.kind,
  channel: appeals.channel,
  description: appeals.description,
  address: appeals.address,
  lat: appeals.lat,
  lon: appeals.lon,
  public: appeals.public,
  resolution: appeals.resolution,
  rating: appeals.rating,
  ratingComment: appeals.ratingComment,
  createdAt: appeals.createdAt,
  updatedAt: appeals.updatedAt,
  dueAt: appeals.dueAt,
  answeredAt: appeals.answeredAt,
  closedAt: appeals.closedAt,
  reopenCount: appeals.reopenCount,
  item: { id: catalogue.id, code: catalogue.code, parentId: catalogue.parentId, nameRu: catalogue.nameRu, nameKk: catalogue.nameKk, nameEn: catalogue.nameEn },
  district: { id: districts.id, code: districts.code, nameRu: districts.nameRu, nameKk: districts.nameKk, nameEn: districts.nameEn },
};

function selectPublic(conn: Conn) {
  return conn.select(publicColumns).from(appeals).leftJoin(catalogue, eq(catalogue.id, appeals.catalogueItemId)).leftJoin(districts, eq(districts.id, appeals.districtId));
}

export type PublicAppealRow = Awaited<ReturnType<ReturnType<typeof selectPublic>['execute']>>[number];

export type PublicView = {
  row: PublicAppealRow;
  /** The citizen proved it is theirs (tracking code): they see their own details and may act. */
  own: boolean;
  trackingCode?: string;
  timeline: { id: number; at: Date; action: string; toStatus: string | null; comment: string | null; attachmentIds: string[] }[];
  attachments: AttachmentRow[];
  canRate: boolean;
  canReopen: boolean;
  reopenUntil: Date | null;
};

/**
 * One appeal as its citizen (with the tracking code) or the public (only a public appeal) sees
 * it. A wrong code and a private appeal both answer "not found": a number alone reveals nothing.
 */
export async function getPublicAppeal(ctx: Ctx, idOrNumber: string, code?: string): Promise<PublicView> {
  const { db } = ctx;
  const byId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrNumber);
  if (!byId && !/^[A-Za-z0-9]{1,10}-\d{4}-\d{4,}$/.test(idOrNumber)) throw notFound('appeal', idOrNumber);
  const [row] = await selectPublic(db).where(byId ? eq(appeals.id, idOrNumber) : eq(appeals.number, idOrNumber));
  if (!row) throw notFound('appeal', idOrNumber);
  const own = code !== undefined && checkTrackingCode(await trackingSecret(db), row.id, code);
  if (!own && !row.public) throw notFound('appeal', idOrNumber);
  const events = await db
    .select({ id: appealEvents.id, at: appealEvents.at, action: appealEvents.action, toStatus: appealEvents.toStatus, comment: appealEvents.comment, data: appealEvents.data })
    .from(appealEvents)
    .where(and(eq(appealEvents.appealId, row.id), eq(appealEvents.visibility, 'public')))
    .orderBy(asc(appealEvents.id));
  const files = await db.select().from(attachments).where(eq(attachments.appealId, row.id)).orderBy(asc(attachments.createdAt), asc(attachments.id));
  const publicEventIds = new Set(events.map((e) => e.id));
  // The citizen sees their evidence and what came with public answers; the public only what
  // the citizen chose to show.
  const visible = files.filter((f) => f.public || (own && (f.purpose === 'evidence' || (f.eventId !== null && publicEventIds.has(f.eventId)))));
  const now = ctx.now();
  const closed = row.status === 'closed';
  const reopenUntil = closed && row.closedAt ? new Date(row.closedAt.getTime() + ctx.config.reopenDays * 86_400_000) : null;
  return {
    row,
    own,
    ...(own && { trackingCode: trackingCode(await trackingSecret(db), row.id) }),
    timeline: events.map((e) => ({
      id: e.id,
      at: e.at,
      action: e.action,
      toStatus: e.toStatus,
      comment: e.comment,
      attachmentIds: Array.isArray((e.data as { attachmentIds?: unknown } | null)?.attachmentIds) ? ((e.data as { attachmentIds: string[] }).attachmentIds) : [],
    })),
    attachments: visible,
    canRate: own && closed && row.rating === null,
    canReopen: own && closed && reopenUntil !== null && now < reopenUntil,
    reopenUntil,
  };
}

/** The citizen rates the answer or reopens the appeal: the status machine's own steps. */
export async function actAsCitizen(ctx: Ctx, actor: Actor, idOrNumber: string, code: string, step: { action: 'rate'; rating: number; comment?: string | undefined } | { action: 'reopen'; reason: string }, idempotencyKey?: string) {
  const view = await getPublicAppeal(ctx, idOrNumber, code);
  if (!view.own) throw notFound('appeal', idOrNumber);
  const c = { ...ctx, actor };
  if (step.action === 'rate') await actOnAppeal(c, view.row.id, 'rate', { rating: step.rating, ...(step.comment && { comment: step.comment }) }, idempotencyKey);
  else await actOnAppeal(c, view.row.id, 'reopen', { reason: step.reason }, idempotencyKey);
  return getPublicAppeal(ctx, view.row.id, code);
}

export const publicListQuery = z
  .object({
    status: z.enum(['open', 'closed']).optional(),
    /** A catalogue item, or a category (all its items). */
    categoryId: z.coerce.number().int().min(1).max(2_147_483_647).optional(),
    districtId: z.coerce.number().int().min(1).max(2_147_483_647).optional(),
    /** Only appeals within a box: minLon,minLat,maxLon,maxLat. */
    bbox: z
      .string()
      .regex(/^-?\d+(\.\d+)?(,-?\d+(\.\d+)?){3}$/)
      .transform((v) => v.split(',').map(Number) as [number, number, number, number])
      .optional(),
    since: civilDateTime.transform((v) => new Date(v)).optional(),
    until: civilDateTime.transform((v) => new Date(v)).optional(),
    cursor: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();

export type PublicListQuery = z.infer<typeof publicListQuery>;

function encodeCursor(r: { createdAt: Date; id: string }) {
  return Buffer.from(`${r.createdAt.toISOString()}|${r.id}`).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A cursor this server made, or a 400: a page is never silently the first one again. */
function decodeCursor(c: string): { at: Date; id: string } {
  const [at, id, extra] = Buffer.from(c, 'base64url').toString().split('|');
  const d = new Date(at ?? '');
  const year = d.getUTCFullYear();
  if (extra !== undefined || !id || !UUID.test(id) || Number.isNaN(d.getTime()) || year < 1900 || year > 2200) throw new AppError('INVALID_CURSOR');
  return { at: d, id };
}

/** Public appeals, newest first: what the public list and map show (FixMyStreet's reports). */
export async function listPublicAppeals(db: Db, q: PublicListQuery) {
  const where: SQL[] = [eq(appeals.public, true)];
  if (q.status === 'closed') where.push(inArray(appeals.status, [...FINAL_STATUSES]));
  if (q.status === 'open') where.push(sql`${appeals.status} not in (${sql.join(FINAL_STATUSES.map((s) => sql`${s}`), sql`, `)})`);
  if (q.categoryId) where.push(or(eq(appeals.catalogueItemId, q.categoryId), eq(catalogue.parentId, q.categoryId)) as SQL);
  if (q.districtId) where.push(eq(appeals.districtId, q.districtId));
  if (q.bbox) {
    const [minLon, minLat, maxLon, maxLat] = q.bbox;
    where.push(gte(appeals.lon, minLon), lte(appeals.lon, maxLon), gte(appeals.lat, minLat), lte(appeals.lat, maxLat));
  }
  if (q.since) where.push(gte(appeals.createdAt, q.since));
  if (q.until) where.push(lte(appeals.createdAt, q.until));
  if (q.cursor) {
    const c = decodeCursor(q.cursor);
    where.push(sql`(${appeals.createdAt}, ${appeals.id}) < (${c.at.toISOString()}::timestamptz, ${c.id}::uuid)`);
  }
  const rows = await selectPublic(db)
    .where(and(...where))
    .orderBy(desc(appeals.createdAt), desc(appeals.id))
    .limit(q.limit + 1);
  const page = rows.slice(0, q.limit);
  const files = page.length
    ? await db.select().from(attachments).where(and(inArray(attachments.appealId, page.map((r) => r.id)), eq(attachments.public, true))).orderBy(asc(attachments.createdAt))
    : [];
  return {
    items: page.map((row) => ({ row, attachments: files.filter((f) => f.appealId === row.id) })),
    nextCursor: rows.length > q.limit ? encodeCursor(page[page.length - 1]!) : null,
  };
}

export function isOpenStatus(status: string): boolean {
  return !(FINAL_STATUSES as readonly string[]).includes(status as Status);
}
