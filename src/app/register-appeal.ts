import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Conn, Db } from '../db/client.ts';
import { appealEvents, appeals, catalogue, catalogueRoutes, citizens, houses, organisations, streets } from '../db/schema.ts';
import { AppError, unknownReference } from '../domain/errors.ts';
import { isValidIin, normalizePhone } from '../domain/identity.ts';
import { can } from '../domain/policy.ts';
import { APPEAL_KINDS, CHANNELS, CRITICALITIES, LANGS, type DeadlineRule } from '../domain/types.ts';
import type { Status } from '../domain/appeal-status.ts';
import type { WorkingCalendar } from '../domain/calendar.ts';
import type { ActorCtx } from './context.ts';

export const phoneSchema = z
  .string()
  .trim()
  .max(32)
  .transform((v, c) => {
    const p = normalizePhone(v);
    if (!p) c.addIssue({ code: 'custom', message: 'invalid_phone' });
    return p ?? v;
  });

export const iinSchema = z
  .string()
  .trim()
  .refine(isValidIin, { message: 'invalid_iin' });

export const citizenInput = z
  .object({
    id: z.number().int().positive().optional(),
    fullName: z.string().trim().min(1).max(200).optional(),
    phone: phoneSchema.optional(),
    iin: iinSchema.optional(),
    email: z.email().max(200).optional(),
    lang: z.enum(LANGS).optional(),
    preferredChannel: z.enum(CHANNELS).optional(),
  })
  .strict();

/** The E-Qyzmet ticket form (R23) — without the "user password" field, which we refuse. */
export const itTicketInput = z
  .object({
    requestingBody: z.string().trim().min(1).max(300),
    responsibleForTicket: z.string().trim().max(200).optional(),
    responsibleForFix: z.string().trim().max(200).optional(),
    externalNumber: z.string().trim().max(100).optional(),
    ticketDate: z.iso.date().optional(),
    errorFoundAt: z.iso.datetime({ offset: true }).optional(),
    userLogin: z.string().trim().max(200).optional(),
    stepsToReproduce: z.string().trim().max(10_000).optional(),
    priority: z.enum(['critical', 'high', 'medium', 'low']).optional(),
    complexity: z.enum(['1', '2', '3', '4']).optional(),
    rootCause: z.string().trim().max(5_000).optional(),
    resolutionSteps: z.string().trim().max(10_000).optional(),
  })
  .strict();

export const registerAppealInput = z
  .object({
    channel: z.enum(CHANNELS),
    kind: z.enum(APPEAL_KINDS).default('complaint'),
    description: z.string().trim().min(3).max(10_000),
    catalogueItemId: z.number().int().positive().optional(),
    catalogueCode: z.string().trim().min(1).max(64).optional(),
    citizen: citizenInput.optional(),
    address: z.string().trim().min(1).max(500).optional(),
    houseId: z.number().int().positive().optional(),
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
    /** Line 2 may set the executor at once instead of the catalogue's. */
    executorId: z.number().int().positive().optional(),
    criticality: z.enum(CRITICALITIES).optional(),
    /** Closed on first contact: what the operator answered. */
    consultation: z.object({ answer: z.string().trim().min(1).max(10_000) }).strict().optional(),
    itTicket: itTicketInput.optional(),
  })
  .strict()
  .refine((v) => (v.lat === undefined) === (v.lon === undefined), { message: 'lat and lon go together', path: ['lon'] })
  .refine((v) => v.kind !== 'it_ticket' || v.itTicket !== undefined, { message: 'an IT ticket needs its form', path: ['itTicket'] })
  .refine((v) => v.itTicket === undefined || v.kind === 'it_ticket', { message: 'the form is for IT tickets only', path: ['kind'] });

export type RegisterAppealInput = z.infer<typeof registerAppealInput>;

const PASSWORD_KEY = /pass(word)?|pwd|парол|құпия/i;

/**
 * The regulation's ticket form asks for the user's password; we never take one. Checked on the
 * raw body before validation so the caller gets a precise answer rather than "unknown key".
 */
export function refusePasswords(body: unknown, path: string[] = []): void {
  if (!body || typeof body !== 'object') return;
  for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
    if (PASSWORD_KEY.test(k)) throw new AppError('PASSWORD_NOT_ACCEPTED', { field: [...path, k].join('.') });
    refusePasswords(v, [...path, k]);
  }
}

export type RegisteredAppeal = { id: string; replayed: boolean };

class Replay extends Error {}

const sequencesReady = new WeakMap<Db, Set<number>>();

/** Human numbers come from one sequence per year: no lock is held across intake transactions. */
async function ensureYearSequence(db: Db, year: number): Promise<void> {
  let years = sequencesReady.get(db);
  if (!years) sequencesReady.set(db, (years = new Set()));
  if (years.has(year)) return;
  try {
    await db.execute(sql.raw(`CREATE SEQUENCE IF NOT EXISTS appeal_number_${year}`));
  } catch (err) {
    // Two processes creating it at once: one wins, the other sees a unique violation.
    if ((err as { code?: string }).code !== '23505') throw err;
  }
  years.add(year);
}

export function localYear(at: Date, utcOffsetMinutes = 300): number {
  return new Date(at.getTime() + utcOffsetMinutes * 60_000).getUTCFullYear();
}

export function formatNumber(prefix: string, year: number, n: number): string {
  return `${prefix}-${year}-${String(n).padStart(6, '0')}`;
}

function requestHash(input: RegisterAppealInput): string {
  return createHash('sha256').update(JSON.stringify(input)).digest('base64url');
}

export async function findByIdempotencyKey(conn: Conn, scopedKey: string) {
  const [row] = await conn
    .select({ id: appeals.id, requestHash: appeals.requestHash })
    .from(appeals)
    .where(eq(appeals.idempotencyKey, scopedKey));
  return row;
}

/**
 * Registers an appeal in one transaction: number, deadline from the catalogue and the working
 * calendar, executor from the catalogue (per district, or the house's housing coop), citizen,
 * the first timeline events. With an idempotency key, a retry returns the first appeal and never
 * creates a second; the same key with a different request is refused.
 */
export async function registerAppeal(ctx: ActorCtx, input: RegisterAppealInput, idempotencyKey?: string): Promise<RegisteredAppeal> {
  const { actor, db, config } = ctx;
  const decision = can(actor, 'register');
  if (!decision.ok) throw new AppError(decision.code);

  const scopedKey = idempotencyKey ? `${actor.id}:${idempotencyKey}` : null;
  const hash = requestHash(input);
  const replay = async (): Promise<RegisteredAppeal | null> => {
    if (!scopedKey) return null;
    const prior = await findByIdempotencyKey(db, scopedKey);
    if (!prior) return null;
    if (prior.requestHash !== hash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
    return { id: prior.id, replayed: true };
  };
  const early = await replay();
  if (early) return early;

  const now = ctx.now();
  const year = localYear(now);
  await ensureYearSequence(db, year);
  const cal = await ctx.calendar.get(db);

  try {
    return await db.transaction(async (tx) => {
      const { item, districtId, lat, lon, address, executorId, rule, dueAt, criticality } = await planAppeal(tx, input, cal, config.defaultDeadlineWorkingDays, now);

      const citizenId = input.citizen ? await upsertCitizen(tx, input.citizen, now) : null;

      const seq = (await tx.execute(sql.raw(`SELECT nextval('appeal_number_${year}')::int AS n`))) as unknown as { rows: { n: number }[] };
      const n = Number(seq.rows[0]?.n);

      let status: Status = 'registered';
      if (input.consultation) status = 'closed';
      else if (executorId !== null && config.autoRoute) status = 'routed';

      const inserted = await tx
        .insert(appeals)
        .values({
          number: formatNumber(config.appealNumberPrefix, year, n),
          channel: input.channel,
          kind: input.kind,
          status,
          citizenId,
          address,
          houseId: input.houseId ?? null,
          districtId,
          lat,
          lon,
          description: input.description,
          catalogueItemId: item?.id ?? null,
          criticality,
          executorId: input.consultation ? null : executorId,
          registeredById: actor.id,
          responsibleUserId: input.consultation ? actor.id : null,
          dueAt,
          deadlineMode: rule.mode,
          itTicket: input.itTicket ?? null,
          idempotencyKey: scopedKey,
          requestHash: scopedKey ? hash : null,
          resolution: input.consultation?.answer ?? null,
          firstContact: input.consultation !== undefined,
          closedAt: input.consultation ? now : null,
          createdAt: now,
          updatedAt: now,
        })
        .onConflictDoNothing({ target: appeals.idempotencyKey })
        .returning({ id: appeals.id });
      const appealId = inserted[0]?.id;
      if (!appealId) throw new Replay();

      const base = { appealId, at: now, actorId: actor.id, actorRole: actor.role, visibility: 'public' as const };
      const events: (typeof appealEvents.$inferInsert)[] = [
        { ...base, action: 'register', fromStatus: null, toStatus: 'registered', data: { channel: input.channel, dueAt: dueAt.toISOString(), rule } },
      ];
      if (status === 'closed') {
        events.push({ ...base, action: 'consult', fromStatus: 'registered', toStatus: 'closed', comment: input.consultation?.answer ?? null });
      } else if (status === 'routed') {
        events.push({ ...base, actorId: null, actorRole: 'system', action: 'route', fromStatus: 'registered', toStatus: 'routed', data: { executorId, auto: true } });
      }
      await tx.insert(appealEvents).values(events);
      return { id: appealId, replayed: false };
    });
  } catch (err) {
    if (err instanceof Replay) {
      const prior = await replay();
      if (prior) return prior;
    }
    throw err;
  }
}

export type AppealPlan = {
  item: typeof catalogue.$inferSelect | undefined;
  districtId: number | null;
  lat: number | null;
  lon: number | null;
  address: string | null;
  executorId: number | null;
  rule: DeadlineRule;
  dueAt: Date;
  criticality: string;
};

type PlanInput = Pick<RegisterAppealInput, 'catalogueItemId' | 'catalogueCode' | 'houseId' | 'lat' | 'lon' | 'address' | 'executorId' | 'criticality'>;

/**
 * What the catalogue and the calendar decide for an appeal: its executor (explicit, the house's
 * housing coop, the district's, or the item's default), criticality and deadline. Used by
 * registration and by the intake preview, so both always agree.
 */
export async function planAppeal(tx: Conn, input: PlanInput, cal: WorkingCalendar, defaultWorkingDays: number, now: Date): Promise<AppealPlan> {
  // What the catalogue says.
  let item: typeof catalogue.$inferSelect | undefined;
  if (input.catalogueItemId !== undefined || input.catalogueCode !== undefined) {
    const where = input.catalogueItemId !== undefined ? eq(catalogue.id, input.catalogueItemId) : eq(catalogue.code, input.catalogueCode ?? '');
    [item] = await tx.select().from(catalogue).where(where);
    if (!item || !item.active) {
      throw input.catalogueItemId !== undefined ? unknownReference('catalogueItemId', input.catalogueItemId) : unknownReference('catalogueCode', input.catalogueCode ?? '');
    }
    if (item.level !== 'item') throw new AppError('NOT_AN_ITEM');
  }

  // Where it is.
  let districtId: number | null = null;
  let houseManager: number | null = null;
  let lat = input.lat ?? null;
  let lon = input.lon ?? null;
  let address = input.address ?? null;
  if (input.houseId !== undefined) {
    const [h] = await tx
      .select({ number: houses.number, lat: houses.lat, lon: houses.lon, manager: houses.managerOrgId, districtId: streets.districtId, street: streets.nameRu })
      .from(houses)
      .innerJoin(streets, eq(streets.id, houses.streetId))
      .where(eq(houses.id, input.houseId));
    if (!h) throw unknownReference('houseId', input.houseId);
    districtId = h.districtId;
    houseManager = h.manager;
    lat ??= h.lat;
    lon ??= h.lon;
    address ??= `${h.street}, ${h.number}`;
  }

  // Who does it.
  let executorId: number | null = null;
  if (input.executorId !== undefined) {
    const [org] = await tx.select({ id: organisations.id, active: organisations.active }).from(organisations).where(eq(organisations.id, input.executorId));
    if (!org || !org.active) throw unknownReference('executorId', input.executorId);
    executorId = org.id;
  } else if (item) {
    if (item.routeToHouseManager && houseManager !== null) executorId = houseManager;
    else if (districtId !== null) {
      const [r] = await tx
        .select({ executorId: catalogueRoutes.executorId })
        .from(catalogueRoutes)
        .where(and(eq(catalogueRoutes.itemId, item.id), eq(catalogueRoutes.districtId, districtId)));
      executorId = r?.executorId ?? item.executorId;
    } else executorId = item.executorId;
  }

  // When it is due.
  const rule = deadlineRuleOf(item, defaultWorkingDays);
  const dueAt = cal.addDeadline(now, rule);
  const criticality = input.criticality ?? item?.criticality ?? 'medium';

  return { item, districtId, lat, lon, address, executorId, rule, dueAt, criticality };
}

export function deadlineRuleOf(
  item: { deadlineAmount: number | null; deadlineUnit: string | null; deadlineMode: string | null } | undefined,
  defaultWorkingDays: number,
): DeadlineRule {
  if (item && item.deadlineAmount !== null && item.deadlineUnit && item.deadlineMode) {
    return {
      amount: item.deadlineAmount,
      unit: item.deadlineUnit === 'hours' ? 'hours' : 'days',
      mode: item.deadlineMode === 'calendar' ? 'calendar' : 'working',
    };
  }
  return { amount: defaultWorkingDays, unit: 'days', mode: 'working' };
}

type CitizenInput = z.infer<typeof citizenInput>;

/** The same person is found again by IIN, or by phone and name; details they give are kept. */
export async function upsertCitizen(tx: Conn, c: CitizenInput, now: Date): Promise<number | null> {
  const details = {
    ...(c.fullName !== undefined && { fullName: c.fullName }),
    ...(c.phone !== undefined && { phone: c.phone }),
    ...(c.iin !== undefined && { iin: c.iin }),
    ...(c.email !== undefined && { email: c.email }),
    ...(c.lang !== undefined && { lang: c.lang }),
    ...(c.preferredChannel !== undefined && { preferredChannel: c.preferredChannel }),
  };
  let id: number | undefined;
  if (c.id !== undefined) {
    const [row] = await tx.select({ id: citizens.id }).from(citizens).where(eq(citizens.id, c.id));
    if (!row) throw unknownReference('citizen.id', c.id);
    id = row.id;
  } else if (c.iin) {
    [{ id } = { id: undefined }] = await tx.select({ id: citizens.id }).from(citizens).where(eq(citizens.iin, c.iin)).limit(1);
  }
  if (id === undefined && c.id === undefined && c.phone) {
    const name = c.fullName?.toLowerCase() ?? null;
    const same = await tx
      .select({ id: citizens.id, fullName: citizens.fullName, iin: citizens.iin })
      .from(citizens)
      .where(eq(citizens.phone, c.phone))
      .limit(20);
    id = same.find((p) => (name === null || p.fullName === null || p.fullName.toLowerCase() === name) && (!c.iin || !p.iin))?.id;
  }
  if (id !== undefined) {
    if (Object.keys(details).length > 0) await tx.update(citizens).set({ ...details, updatedAt: now }).where(eq(citizens.id, id));
    return id;
  }
  if (Object.keys(details).length === 0) return null;
  const [row] = await tx.insert(citizens).values({ ...details, createdAt: now, updatedAt: now }).returning({ id: citizens.id });
  return row?.id ?? null;
}
