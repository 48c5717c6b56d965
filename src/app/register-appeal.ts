import { createHash } from 'node:crypto';
import { asc, eq, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { civilDate, civilDateTime, dbId } from './schemas.ts';
import { executePrepared, retryOnConflict, type Conn, type Db } from '../db/client.ts';
import { appeals, citizens } from '../db/schema.ts';
import { AppError, unknownReference } from '../domain/errors.ts';
import { isValidIin, normalizePhone } from '../domain/identity.ts';
import { can } from '../domain/policy.ts';
import { IT_PRIORITY_RULES } from '../domain/sla.ts';
import { APPEAL_KINDS, CHANNELS, CRITICALITIES, LANGS, type Criticality, type DeadlineRule } from '../domain/types.ts';
import type { Status } from '../domain/appeal-status.ts';
import type { WorkingCalendar } from '../domain/calendar.ts';
import type { AppealRow } from './appeal-queries.ts';
import { CHANGES_CHANNEL } from './changes.ts';
import type { ActorCtx } from './context.ts';
import type { CachedItem, ReferenceCache } from './reference-cache.ts';

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
    id: dbId.optional(),
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
    ticketDate: civilDate.optional(),
    errorFoundAt: civilDateTime.optional(),
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
    catalogueItemId: dbId.optional(),
    catalogueCode: z.string().trim().min(1).max(64).optional(),
    citizen: citizenInput.optional(),
    address: z.string().trim().min(1).max(500).optional(),
    houseId: dbId.optional(),
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
    /** Line 2 may set the executor at once instead of the catalogue's. */
    executorId: dbId.optional(),
    criticality: z.enum(CRITICALITIES).optional(),
    /** Closed on first contact: what the operator answered. */
    consultation: z.object({ answer: z.string().trim().min(1).max(10_000) }).strict().optional(),
    itTicket: itTicketInput.optional(),
    /** The citizen agreed to show it, without personal data, on the public list and map. */
    public: z.boolean().default(false),
  })
  .strict()
  .refine((v) => (v.lat === undefined) === (v.lon === undefined), { message: 'lat_lon_pair', path: ['lon'] })
  .refine((v) => v.kind !== 'it_ticket' || v.itTicket !== undefined, { message: 'it_form_required', path: ['itTicket'] })
  .refine((v) => v.itTicket === undefined || v.kind === 'it_ticket', { message: 'it_form_only', path: ['kind'] });

export type RegisterAppealInput = z.infer<typeof registerAppealInput>;

const PASSWORD_KEY = /pass(word)?|pwd|парол|құпия/i;

/**
 * The regulation's ticket form asks for the user's password; we never take one. Checked on the
 * raw body before validation so the caller gets a precise answer rather than "unknown key".
 */
export function refusePasswords(body: unknown, path: string[] = []): void {
  // Our schemas nest three levels deep; anything deeper is refused by validation anyway.
  if (!body || typeof body !== 'object' || path.length > 8) return;
  for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
    if (PASSWORD_KEY.test(k)) throw new AppError('PASSWORD_NOT_ACCEPTED', { field: [...path, k].join('.') });
    refusePasswords(v, [...path, k]);
  }
}

/** `row` is the new appeal as the card query would read it, so the reply needs no second query. */
export type RegisteredAppeal = { id: string; replayed: boolean; row?: AppealRow };

const sequencesReady = new WeakMap<Db, Set<number>>();

/** Human numbers come from one sequence per year: no lock is held across intake transactions. */
async function ensureYearSequence(db: Db, year: number): Promise<void> {
  let years = sequencesReady.get(db);
  if (!years) sequencesReady.set(db, (years = new Set()));
  if (years.has(year)) return;
  try {
    await db.execute(sql.raw(`CREATE SEQUENCE IF NOT EXISTS appeal_number_${year}`));
  } catch (err) {
    // Two requests (or processes) creating it at once: one wins, the other sees a unique
    // violation of the catalog — reported on the error itself, or on the cause Drizzle wraps.
    const e = err as { code?: string; cause?: { code?: string } };
    if ((e.code ?? e.cause?.code) !== '23505') throw err;
  }
  years.add(year);
}

export function localYear(at: Date, utcOffsetMinutes = 300): number {
  return new Date(at.getTime() + utcOffsetMinutes * 60_000).getUTCFullYear();
}

export function formatNumber(prefix: string, year: number, n: number): string {
  return `${prefix}-${year}-${String(n).padStart(6, '0')}`;
}

function requestHash(input: RegisterAppealInput, fingerprint: string): string {
  return createHash('sha256').update(JSON.stringify(input)).update(fingerprint).digest('base64url');
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
export async function registerAppeal(
  ctx: ActorCtx,
  input: RegisterAppealInput,
  idempotencyKey?: string,
  /**
   * `fingerprint`: what else belongs to the request (a channel's files, links), part of the
   * idempotency check. `sharedKey`: the key is the same whoever calls (a namespaced one such as
   * `kenes:<conversation>`, which no caller's own key can equal: those start with the user's id),
   * so two staff members acting on one thing still make one appeal.
   */
  opts: { fingerprint?: string; sharedKey?: boolean } = {},
): Promise<RegisteredAppeal> {
  const { actor, db, config } = ctx;
  const decision = can(actor, 'register');
  if (!decision.ok) throw new AppError(decision.code);
  if (input.consultation) {
    const consulting = can(actor, 'consult');
    if (!consulting.ok) throw new AppError(consulting.code);
  }
  // Choosing the executor is routing: line 2's right, not line 1's.
  if (input.executorId !== undefined) {
    const routing = can(actor, 'route');
    if (!routing.ok) throw new AppError(routing.code);
  }

  const scopedKey = idempotencyKey ? (opts.sharedKey ? idempotencyKey : `${actor.id}:${idempotencyKey}`) : null;
  const hash = requestHash(input, opts.fingerprint ?? '');
  const replay = async (): Promise<RegisteredAppeal | null> => {
    if (!scopedKey) return null;
    const prior = await findByIdempotencyKey(db, scopedKey);
    if (!prior) return null;
    if (prior.requestHash !== hash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
    return { id: prior.id, replayed: true };
  };
  const now = ctx.now();
  const year = localYear(now);
  await ensureYearSequence(db, year);
  const cal = await ctx.calendar.get(db);
  // Reference data (catalogue, houses, executors) comes from the process cache: registration
  // itself costs a citizen lookup and two inserts. A retry is settled by the unique key below.
  const { item, districtId, lat, lon, address, executorId, rule, dueAt, criticality } = await planAppeal(db, ctx.refs, input, cal, config.defaultDeadlineWorkingDays, now);

  const who = input.citizen ? await findCitizen(db, input.citizen) : null;

  let status: Status = 'registered';
  if (input.consultation) status = 'closed';
  else if (executorId !== null && config.autoRoute) status = 'routed';

  // The statement is written out as text with numbered parameters: its few shapes are prepared
  // once per connection (see executePrepared), and building it costs a string, not a query builder.
  const params: unknown[] = [];
  const $ = (v: unknown, cast = '') => {
    params.push(v);
    return `$${params.length}${cast}`;
  };

  // The citizen: an existing one (updated if they gave new details), a new one, or nobody.
  let citizenId = 'null';
  let citizenWrite = 'select 1';
  if (who?.found) {
    citizenId = $(who.found.id, '::int');
    const current = who.found as Record<string, unknown>;
    const changed = Object.entries(who.details).filter(([k, v]) => current[k] !== v);
    if (changed.length) {
      const sets = changed.map(([k, v]) => `${CITIZEN_COLUMNS[k as keyof typeof CITIZEN_COLUMNS]} = ${$(v)}`);
      citizenWrite = `update citizens set ${sets.join(', ')}, updated_at = ${$(now)} where id = ${citizenId} and exists (select 1 from a) returning id`;
    }
  } else if (who && Object.keys(who.details).length) {
    citizenId = '(select id from cid)';
    const cols = Object.keys(who.details).map((k) => CITIZEN_COLUMNS[k as keyof typeof CITIZEN_COLUMNS]);
    const vals = Object.values(who.details).map((v) => $(v));
    citizenWrite = `insert into citizens (id, ${cols.join(', ')}, created_at, updated_at) select cid.id, ${vals.join(', ')}, ${$(now)}, ${$(now)} from cid, a returning id`;
  }

  const values: Record<string, string> = {
    // The number is drawn in the same statement; a refused insert leaves a gap, as sequences do.
    number: `${$(`${config.appealNumberPrefix}-${year}-`)} || lpad(nextval(${$(`appeal_number_${year}`)}::regclass)::text, 6, '0')`,
    channel: $(input.channel),
    kind: $(input.kind),
    status: $(status),
    citizen_id: citizenId,
    address: $(address),
    house_id: $(input.houseId ?? null, '::int'),
    district_id: $(districtId, '::int'),
    lat: $(lat, '::float8'),
    lon: $(lon, '::float8'),
    description: $(input.description),
    catalogue_item_id: $(item?.id ?? null, '::int'),
    criticality: $(criticality),
    executor_id: $(input.consultation ? null : executorId, '::int'),
    registered_by_id: $(actor.id, '::int'),
    responsible_user_id: $(input.consultation ? actor.id : null, '::int'),
    due_at: $(dueAt, '::timestamptz'),
    deadline_mode: $(rule.mode),
    it_ticket: $(input.itTicket ? JSON.stringify(input.itTicket) : null, '::jsonb'),
    idempotency_key: $(scopedKey),
    request_hash: $(scopedKey ? hash : null),
    resolution: $(input.consultation?.answer ?? null),
    first_contact: $(input.consultation !== undefined, '::boolean'),
    public: $(input.public, '::boolean'),
    closed_at: $(input.consultation ? now : null, '::timestamptz'),
    created_at: $(now, '::timestamptz'),
    updated_at: $(now, '::timestamptz'),
  };

  type Ev = { actorId: number | null; actorRole: string; action: string; from: Status | null; to: Status; comment?: string | null; data?: unknown };
  const events: Ev[] = [{ actorId: actor.id, actorRole: actor.role, action: 'register', from: null, to: 'registered', data: { channel: input.channel, dueAt: dueAt.toISOString(), rule } }];
  if (status === 'closed') events.push({ actorId: actor.id, actorRole: actor.role, action: 'consult', from: 'registered', to: 'closed', comment: input.consultation?.answer ?? null });
  else if (status === 'routed') events.push({ actorId: null, actorRole: 'system', action: 'route', from: 'registered', to: 'routed', data: { executorId, auto: true } });
  const eventRows = events.map(
    (e, i) =>
      `(${i}, ${$(e.actorId, '::int')}, ${$(e.actorRole, '::text')}, ${$(e.action, '::text')}, ${$(e.from, '::text')}, ${$(e.to, '::text')}, ${$(e.comment ?? null, '::text')}, ${$(e.data === undefined ? null : JSON.stringify(e.data), '::jsonb')})`,
  );

  // One statement, so one round trip and atomic without BEGIN/COMMIT: the appeal (or nothing, when
  // the idempotency key is taken), its first events and the citizen — all only if the appeal went in.
  const statement = `
    with cid as (select nextval('citizens_id_seq')::int as id),
    a as (
      insert into appeals (${Object.keys(values).join(', ')})
      values (${Object.values(values).join(', ')})
      on conflict (idempotency_key) do nothing
      returning id, number, citizen_id, executor_id, status
    ),
    e as (
      insert into appeal_events (appeal_id, at, actor_id, actor_role, action, from_status, to_status, visibility, comment, data)
      select a.id, ${$(now, '::timestamptz')} + make_interval(secs => v.i / 1000.0), v.actor_id, v.actor_role, v.action, v.from_status, v.to_status, 'public', v.comment, v.data
      from a, (values ${eventRows.join(', ')}) as v(i, actor_id, actor_role, action, from_status, to_status, comment, data)
      returning 1
    ),
    c as (${citizenWrite})
    select id, number, citizen_id,
      -- Live screens hear of it when this statement commits: no separate round trip.
      pg_notify(${$(CHANGES_CHANNEL)}, json_build_object('id', id, 'action', 'register', 'status', status, 'executorId', executor_id, 'previousExecutorId', null)::text)
    from a`;
  // One statement, so a retry after a deadlock on the counters repeats it whole.
  const [inserted] = await retryOnConflict(() => executePrepared<{ id: string; number: string; citizen_id: number | null }>(db, { text: statement, values: params }));
  if (inserted) {
    const executor = executorId !== null && !input.consultation ? await ctx.refs.organisation(db, executorId) : null;
    const citizen = inserted.citizen_id === null ? null : { ...(who?.found ?? {}), ...who?.details, id: inserted.citizen_id };
    const row: AppealRow = {
      appeal: {
        id: inserted.id,
        number: inserted.number,
        channel: input.channel,
        kind: input.kind,
        status,
        citizenId: inserted.citizen_id,
        address,
        houseId: input.houseId ?? null,
        districtId,
        lat,
        lon,
        description: input.description,
        catalogueItemId: item?.id ?? null,
        criticality,
        executorId: input.consultation ? null : executorId,
        responsibleUserId: input.consultation ? actor.id : null,
        registeredById: actor.id,
        dueAt,
        deadlineMode: rule.mode,
        slaRemainingMinutes: null,
        holdFromStatus: null,
        extendedDays: 0,
        duplicateOfId: null,
        resolution: input.consultation?.answer ?? null,
        itTicket: input.itTicket ?? null,
        idempotencyKey: scopedKey,
        requestHash: scopedKey ? hash : null,
        rating: null,
        ratingComment: null,
        reopenCount: 0,
        firstContact: input.consultation !== undefined,
        public: input.public,
        createdAt: now,
        updatedAt: now,
        answeredAt: null,
        closedAt: input.consultation ? now : null,
        version: 1,
        search: null,
      },
      executor: executor && { id: executor.id, code: executor.code, nameRu: executor.nameRu, nameKk: executor.nameKk, nameEn: executor.nameEn, supervisorId: executor.supervisorId },
      item: item ? { id: item.id, code: item.code, nameRu: item.nameRu, nameKk: item.nameKk, nameEn: item.nameEn } : null,
      citizen: citizen && {
        id: citizen.id,
        fullName: citizen.fullName ?? null,
        phone: citizen.phone ?? null,
        iin: citizen.iin ?? null,
        email: citizen.email ?? null,
        lang: citizen.lang ?? 'ru',
        preferredChannel: citizen.preferredChannel ?? null,
      },
      responsible: input.consultation ? { id: actor.id, fullName: 'fullName' in actor ? String(actor.fullName) : '' } : null,
    };
    return { id: inserted.id, replayed: false, row };
  }
  const prior = await replay();
  if (prior) return prior;
  throw new AppError('INTERNAL');
}

const CITIZEN_COLUMNS = { fullName: 'full_name', phone: 'phone', iin: 'iin', email: 'email', lang: 'lang', preferredChannel: 'preferred_channel' } as const;

export type AppealPlan = {
  item: CachedItem | undefined;
  districtId: number | null;
  lat: number | null;
  lon: number | null;
  address: string | null;
  executorId: number | null;
  rule: DeadlineRule;
  dueAt: Date;
  criticality: string;
};

type PlanInput = Pick<RegisterAppealInput, 'catalogueItemId' | 'catalogueCode' | 'houseId' | 'lat' | 'lon' | 'address' | 'executorId' | 'criticality'> & {
  itTicket?: { priority?: Criticality | undefined } | undefined;
};

/**
 * What the catalogue and the calendar decide for an appeal: its executor (explicit, the house's
 * housing coop, the district's, or the item's default), criticality and deadline. Used by
 * registration and by the intake preview, so both always agree.
 */
export async function planAppeal(conn: Conn, refs: ReferenceCache, input: PlanInput, cal: WorkingCalendar, defaultWorkingDays: number, now: Date): Promise<AppealPlan> {
  // What the catalogue says.
  let item: CachedItem | undefined;
  if (input.catalogueItemId !== undefined || input.catalogueCode !== undefined) {
    item = (await refs.item(conn, input.catalogueItemId !== undefined ? { id: input.catalogueItemId } : { code: input.catalogueCode ?? '' })) ?? undefined;
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
    const h = await refs.house(conn, input.houseId);
    if (!h) throw unknownReference('houseId', input.houseId);
    districtId = h.districtId;
    houseManager = h.manager;
    lat ??= h.lat;
    lon ??= h.lon;
    address ??= `${h.street}, ${h.number}`;
  }

  // Who does it: explicit, the house's housing coop, the district's, or the item's own.
  let executorId: number | null = null;
  if (input.executorId !== undefined) {
    const org = await refs.organisation(conn, input.executorId);
    if (!org || !org.active) throw unknownReference('executorId', input.executorId);
    executorId = org.id;
  } else if (item) {
    if (item.routeToHouseManager && houseManager !== null) executorId = houseManager;
    else executorId = (districtId !== null ? item.routes.get(districtId) : undefined) ?? item.executorId;
  }

  // When it is due.
  const priority = input.itTicket?.priority;
  const hasOwnRule = item?.deadlineAmount !== null && item?.deadlineAmount !== undefined;
  const rule = !hasOwnRule && priority ? IT_PRIORITY_RULES[priority] : deadlineRuleOf(item, defaultWorkingDays);
  const dueAt = cal.addDeadline(now, rule);
  const criticality = input.criticality ?? item?.criticality ?? priority ?? 'medium';
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

const lookups = new WeakMap<Conn, ReturnType<typeof prepareLookup>>();
function prepareLookup(conn: Conn) {
  return conn
    .select()
    .from(citizens)
    .where(or(eq(citizens.iin, sql.placeholder('iin')), eq(citizens.phone, sql.placeholder('phone'))))
    .orderBy(asc(citizens.id))
    .limit(20)
    .prepare('jauap_citizen_lookup');
}
function citizenLookup(conn: Conn) {
  let q = lookups.get(conn);
  if (!q) lookups.set(conn, (q = prepareLookup(conn)));
  return q;
}

/**
 * The same person is found again by id, by IIN, or by phone and name (one query); the details
 * they give now are returned to be kept.
 */
export async function findCitizen(conn: Conn, c: CitizenInput) {
  const details = {
    ...(c.fullName !== undefined && { fullName: c.fullName }),
    ...(c.phone !== undefined && { phone: c.phone }),
    ...(c.iin !== undefined && { iin: c.iin }),
    ...(c.email !== undefined && { email: c.email }),
    ...(c.lang !== undefined && { lang: c.lang }),
    ...(c.preferredChannel !== undefined && { preferredChannel: c.preferredChannel }),
  };
  let found: typeof citizens.$inferSelect | undefined;
  if (c.id !== undefined) {
    [found] = await conn.select().from(citizens).where(eq(citizens.id, c.id));
    if (!found) throw unknownReference('citizen.id', c.id);
  } else if (c.iin || c.phone) {
    // One prepared lookup serves the caller's IIN and phone together ('' never matches).
    const candidates = await citizenLookup(conn).execute({ iin: c.iin ?? '', phone: c.phone ?? '' });
    const name = c.fullName?.toLowerCase() ?? null;
    found =
      (c.iin ? candidates.find((p) => p.iin === c.iin) : undefined) ??
      candidates.find((p) => p.phone === c.phone && (name === null || p.fullName === null || p.fullName.toLowerCase() === name) && (!c.iin || !p.iin));
  }
  return { found, details };
}
