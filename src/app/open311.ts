import { randomBytes } from 'node:crypto';
import { and, asc, desc, eq, gte, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Conn, Db } from '../db/client.ts';
import { appealEvents, appeals, attachments, catalogue, catalogueRoutes, districts, open311Requests, organisations } from '../db/schema.ts';
import { FINAL_STATUSES } from '../domain/appeal-status.ts';
import { AppError, notFound, unknownReference, type ValidationDetail } from '../domain/errors.ts';
import type { Lang } from '../domain/types.ts';
import { t } from '../i18n/i18n.ts';
import { actOnAppeal } from './act-on-appeal.ts';
import { searchAddresses } from './addresses.ts';
import type { StagedFile } from './attachments.ts';
import type { Ctx } from './context.ts';
import type { Open311Client } from './open311-keys.ts';
import { submitPublicAppeal, type PublicAppealInput } from './public-appeals.ts';
import { trackingCode, trackingSecret } from './tracking.ts';

// Open311 GeoReport v2 over our catalogue and appeals. Services are the catalogue's active items;
// a request is an appeal. What the standard calls attributes are derived from the catalogue, not
// invented per service:
//   district  — singlevaluelist of the city's districts, asked for items the catalogue routes per
//               district (catalogue_routes): it tells line 2 whose area it is when the location
//               is not a house of the register;
//   entrance, apartment — strings, asked for items about the common property of apartment
//               buildings (routed to the house's housing coop), where the coop needs them.
// All are optional. The answers are kept with the request and written to the appeal's timeline
// as an internal comment for staff: never in the public description (an apartment is personal).

export type AttributeSpec = {
  code: 'district' | 'entrance' | 'apartment';
  datatype: 'singlevaluelist' | 'string';
  required: boolean;
  order: number;
  values?: { key: string; names: { ru: string; kk: string; en: string } }[];
};

type ItemFacts = { routed: boolean; routeToHouseManager: boolean };

export function attributeSpecs(item: ItemFacts, districtList: { code: string; nameRu: string; nameKk: string; nameEn: string }[]): AttributeSpec[] {
  const out: AttributeSpec[] = [];
  if (item.routed) {
    out.push({ code: 'district', datatype: 'singlevaluelist', required: false, order: out.length + 1, values: districtList.map((d) => ({ key: d.code, names: { ru: d.nameRu, kk: d.nameKk, en: d.nameEn } })) });
  }
  if (item.routeToHouseManager) {
    out.push({ code: 'entrance', datatype: 'string', required: false, order: out.length + 1 });
    out.push({ code: 'apartment', datatype: 'string', required: false, order: out.length + 1 });
  }
  return out;
}

const routedSql = sql`exists (select 1 from ${catalogueRoutes} where ${catalogueRoutes.itemId} = ${catalogue.id})`;
const category = alias(catalogue, 'category');

function selectServices(db: Conn) {
  return db
    .select({
      id: catalogue.id,
      code: catalogue.code,
      nameRu: catalogue.nameRu,
      nameKk: catalogue.nameKk,
      nameEn: catalogue.nameEn,
      descriptionRu: catalogue.descriptionRu,
      descriptionKk: catalogue.descriptionKk,
      descriptionEn: catalogue.descriptionEn,
      synonyms: catalogue.synonyms,
      routeToHouseManager: catalogue.routeToHouseManager,
      routed: sql<boolean>`${routedSql}`.mapWith(Boolean),
      group: { nameRu: category.nameRu, nameKk: category.nameKk, nameEn: category.nameEn },
    })
    .from(catalogue)
    .leftJoin(category, eq(category.id, catalogue.parentId));
}

export type ServiceRow = Awaited<ReturnType<ReturnType<typeof selectServices>['execute']>>[number];

/** Every active item of the catalogue, in the catalogue's order. */
export async function listServices(db: Db): Promise<ServiceRow[]> {
  return selectServices(db)
    .where(and(eq(catalogue.level, 'item'), eq(catalogue.active, true)))
    .orderBy(asc(category.position), asc(category.id), asc(catalogue.position), asc(catalogue.id));
}

/** One service and its attributes; an unknown or inactive code is "not found". */
export async function getServiceDefinition(db: Db, code: string) {
  const [row] = await selectServices(db).where(and(eq(catalogue.code, code), eq(catalogue.level, 'item'), eq(catalogue.active, true)));
  if (!row) throw notFound('service', code);
  const districtList = row.routed ? await db.select().from(districts).orderBy(asc(districts.id)) : [];
  return { service: row, attributes: attributeSpecs(row, districtList) };
}

export function hasAttributes(row: ItemFacts): boolean {
  return row.routed || row.routeToHouseManager;
}

/** What the channel parsed from a POST requests: the standard's fields, typed. */
export type Open311Submission = {
  serviceCode: string;
  lat?: number | undefined;
  lon?: number | undefined;
  addressString?: string | undefined;
  addressId?: number | undefined;
  description?: string | undefined;
  attributes: Record<string, string | string[]>;
  mediaUrl?: string | undefined;
  citizen: { fullName?: string | undefined; phone?: string | undefined; email?: string | undefined; lang: Lang };
  /** Shown on the public list (GeoReport is a public standard: yes unless the client says no). */
  public: boolean;
  /** Uploaded photos are shown with it (previews without metadata). */
  mediaPublic: boolean;
};

export type Open311Submitted = { id: string; number: string; token: string; trackingCode: string; replayed: boolean; dueAt: Date; executor: { nameRu: string; nameKk: string; nameEn: string } | null };

const MIN_DESCRIPTION = 10;

/**
 * Registers a service request as a citizen's appeal through the key's own channel account. A
 * retry with the same idempotency key (and the same files) returns the first appeal and its token.
 */
export async function submitOpen311Request(ctx: Ctx, client: Open311Client, s: Open311Submission, files: StagedFile[], idempotencyKey?: string): Promise<Open311Submitted> {
  const { db } = ctx;
  const item = await ctx.refs.item(db, { code: s.serviceCode });
  if (!item || !item.active || item.level !== 'item') throw unknownReference('service_code', s.serviceCode);

  const specs = attributeSpecs({ routed: item.routes.size > 0, routeToHouseManager: item.routeToHouseManager }, item.routes.size > 0 ? await db.select().from(districts).orderBy(asc(districts.id)) : []);
  const answers = checkAttributes(specs, s.attributes);

  let houseId = s.addressId;
  if (houseId === undefined && s.addressString && s.lat === undefined) houseId = await houseOf(db, s.addressString);

  // Open311 makes the description optional; an appeal needs one that says what is wrong.
  const own = (s.description ?? '').trim();
  const serviceName = s.citizen.lang === 'kk' ? item.nameKk : s.citizen.lang === 'en' ? item.nameEn : item.nameRu;
  const description = own.length >= MIN_DESCRIPTION ? own : own ? `${serviceName}: ${own}` : serviceName;

  const citizen = {
    ...(s.citizen.fullName && { fullName: s.citizen.fullName }),
    ...(s.citizen.phone && { phone: s.citizen.phone }),
    ...(s.citizen.email && { email: s.citizen.email, answerBy: 'email' as const }),
    lang: s.citizen.lang,
  };
  const input: PublicAppealInput = {
    kind: 'complaint',
    description,
    catalogueItemId: item.id,
    ...(houseId !== undefined && { houseId }),
    ...(s.addressString !== undefined && { address: s.addressString }),
    ...(s.lat !== undefined && s.lon !== undefined && { lat: s.lat, lon: s.lon }),
    citizen,
    public: s.public,
    mediaPublic: s.mediaPublic,
  };
  // The link and the answers are part of the request: the same key with others is refused.
  const res = await submitPublicAppeal(ctx, client.actor, client.channel, input, files, idempotencyKey, JSON.stringify([s.mediaUrl ?? null, answers]));

  const [inserted] = await db
    .insert(open311Requests)
    .values({ appealId: res.id, keyId: client.keyId, token: randomBytes(16).toString('base64url'), mediaUrl: s.mediaUrl ?? null, attributes: Object.keys(answers).length ? answers : null, createdAt: ctx.now() })
    .onConflictDoNothing({ target: open311Requests.appealId })
    .returning({ token: open311Requests.token });
  const token = inserted?.token ?? (await db.select({ token: open311Requests.token }).from(open311Requests).where(eq(open311Requests.appealId, res.id)))[0]?.token;
  if (!token) throw new AppError('INTERNAL');

  // Staff read the answers and the link on the timeline; one comment per appeal, even on retries.
  const note = staffNote(specs, answers, s.mediaUrl);
  if (note) await actOnAppeal({ ...ctx, actor: client.actor }, res.id, 'comment', { text: note, visibility: 'internal' }, `open311-attributes:${res.id}`);

  const [a] = await db
    .select({ dueAt: appeals.dueAt, nameRu: organisations.nameRu, nameKk: organisations.nameKk, nameEn: organisations.nameEn })
    .from(appeals)
    .leftJoin(organisations, eq(organisations.id, appeals.executorId))
    .where(eq(appeals.id, res.id));
  return {
    id: res.id,
    number: res.number,
    token,
    trackingCode: res.trackingCode,
    replayed: res.replayed,
    dueAt: a!.dueAt,
    executor: a!.nameRu === null ? null : { nameRu: a!.nameRu, nameKk: a!.nameKk ?? '', nameEn: a!.nameEn ?? '' },
  };
}

/** The answers checked against the definition: known codes, list values from the list, lengths. */
function checkAttributes(specs: AttributeSpec[], given: Record<string, string | string[]>): Record<string, string> {
  const problems: ValidationDetail[] = [];
  const out: Record<string, string> = {};
  for (const [code, raw] of Object.entries(given)) {
    const spec = specs.find((x) => x.code === code);
    const path = `attribute[${code}]`;
    if (!spec) {
      problems.push({ path, message: 'open311_unknown_attribute', params: { value: code } });
      continue;
    }
    const value = (Array.isArray(raw) ? raw.join(',') : raw).trim();
    if (!value) continue;
    if (spec.datatype === 'singlevaluelist' && !spec.values?.some((v) => v.key === value)) problems.push({ path, message: 'unknown_code', params: { value } });
    else if (value.length > 100) problems.push({ path, issue: { code: 'too_big', origin: 'string', maximum: 100 } });
    else out[code] = value;
  }
  for (const spec of specs) if (spec.required && !(spec.code in out)) problems.push({ path: `attribute[${spec.code}]`, message: 'required' });
  if (problems.length) throw new AppError('VALIDATION_FAILED', {}, problems);
  return out;
}

function staffNote(specs: AttributeSpec[], answers: Record<string, string>, mediaUrl: string | undefined): string | null {
  const lines = specs
    .filter((s) => answers[s.code] !== undefined)
    .map((s) => {
      const v = answers[s.code]!;
      const shown = s.values?.find((x) => x.key === v)?.names.ru ?? v;
      return `${t('ru', `open311.attribute.${s.code}`)}: ${shown}`;
    });
  if (mediaUrl) lines.push(`${t('ru', 'open311.media_link')}: ${mediaUrl}`);
  return lines.length ? `Open311 — ${lines.join('; ')}` : null;
}

/**
 * The register's house an address string names, when it names exactly one ("Байтурсынова 110",
 * "ул. Байтурсынова, 110"): the appeal then gets the house's district, coop and executor. Anything
 * less certain stays free text for line 2.
 */
async function houseOf(db: Db, address: string): Promise<number | undefined> {
  const m = /^(.*?)[\s,]+(\d+[\p{L}]?(?:\/\d+)?)$/u.exec(address.trim());
  if (!m || (m[1] ?? '').trim().length < 3) return undefined;
  const rows = await searchAddresses(db, { q: address.trim().slice(0, 100), limit: 30 });
  const exact = rows.filter((r) => r.number.toLowerCase() === m[2]!.toLowerCase());
  return exact.length === 1 ? exact[0]!.houseId : undefined;
}

// ——— Reading requests ———

export type RequestsQuery = {
  ids?: string[] | undefined;
  serviceCodes?: string[] | undefined;
  start?: Date | undefined;
  end?: Date | undefined;
  statuses?: ('open' | 'closed')[] | undefined;
  /** The calling key's own requests are listed even when not public. */
  keyId?: number | undefined;
};

/** At most this many requests per answer (the standard's default: 1,000 or 90 days). */
export const OPEN311_MAX_REQUESTS = 1000;
export const OPEN311_DEFAULT_DAYS = 90;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function selectRequests(db: Conn) {
  return db
    .select({
      id: appeals.id,
      number: appeals.number,
      status: appeals.status,
      description: appeals.description,
      address: appeals.address,
      houseId: appeals.houseId,
      lat: appeals.lat,
      lon: appeals.lon,
      public: appeals.public,
      createdAt: appeals.createdAt,
      updatedAt: appeals.updatedAt,
      closedAt: appeals.closedAt,
      dueAt: appeals.dueAt,
      item: { code: catalogue.code, nameRu: catalogue.nameRu, nameKk: catalogue.nameKk, nameEn: catalogue.nameEn },
      agency: { nameRu: organisations.nameRu, nameKk: organisations.nameKk, nameEn: organisations.nameEn },
      mediaUrl: open311Requests.mediaUrl,
      keyId: open311Requests.keyId,
    })
    .from(appeals)
    // An appeal not yet given a catalogue item has no Open311 service: it shows once it has one.
    .innerJoin(catalogue, eq(catalogue.id, appeals.catalogueItemId))
    .leftJoin(organisations, eq(organisations.id, appeals.executorId))
    .leftJoin(open311Requests, eq(open311Requests.appealId, appeals.id));
}

type RequestRow = Awaited<ReturnType<ReturnType<typeof selectRequests>['execute']>>[number];

export type Open311RequestView = {
  row: RequestRow;
  /** The calling key registered it: it sees its text unredacted and the citizen's tracking code. */
  own: boolean;
  trackingCode: string | null;
  /** The latest comment on the public timeline. */
  statusNotes: string | null;
  media: { attachment: typeof attachments.$inferSelect; own: boolean } | null;
};

function visibleTo(keyId: number | undefined): SQL {
  return keyId === undefined ? eq(appeals.public, true) : (or(eq(appeals.public, true), eq(open311Requests.keyId, keyId)) as SQL);
}

const finalList = sql.join(FINAL_STATUSES.map((s) => sql`${s}`), sql`, `);

/** GET requests: the standard's filters and defaults; newest first. */
export async function listOpen311Requests(ctx: Ctx, q: RequestsQuery): Promise<Open311RequestView[]> {
  const where: SQL[] = [visibleTo(q.keyId)];
  if (q.ids?.length) {
    // A list of ids overrides every other filter (the standard says so).
    const uuids = q.ids.filter((i) => UUID.test(i));
    const numbers = q.ids.filter((i) => !UUID.test(i));
    where.push(or(uuids.length ? inArray(appeals.id, uuids) : sql`false`, numbers.length ? inArray(appeals.number, numbers) : sql`false`) as SQL);
  } else {
    const { end } = q;
    let { start } = q;
    const day = 86_400_000;
    if (!start && !end) start = new Date(ctx.now().getTime() - OPEN311_DEFAULT_DAYS * day);
    else if (!start && end) start = new Date(end.getTime() - OPEN311_DEFAULT_DAYS * day);
    if (start) where.push(gte(appeals.createdAt, start));
    if (end) where.push(lte(appeals.createdAt, end));
    if (q.serviceCodes?.length) where.push(inArray(catalogue.code, q.serviceCodes));
    const st = new Set(q.statuses ?? []);
    if (st.size === 1 && st.has('closed')) where.push(sql`${appeals.status} in (${finalList})`);
    if (st.size === 1 && st.has('open')) where.push(sql`${appeals.status} not in (${finalList})`);
  }
  const rows = await selectRequests(ctx.db)
    .where(and(...where))
    .orderBy(desc(appeals.createdAt), desc(appeals.id))
    .limit(OPEN311_MAX_REQUESTS);
  return views(ctx, rows, q.keyId);
}

/** GET requests/{id}: by id (or by number), if public or the calling key's own. */
export async function getOpen311Request(ctx: Ctx, id: string, keyId?: number): Promise<Open311RequestView> {
  if (!UUID.test(id) && !/^[A-Za-z0-9]{1,10}-\d{4}-\d{4,}$/.test(id)) throw notFound('service_request', id);
  const rows = await selectRequests(ctx.db).where(and(visibleTo(keyId), UUID.test(id) ? eq(appeals.id, id) : eq(appeals.number, id)));
  const [view] = await views(ctx, rows, keyId);
  if (!view) throw notFound('service_request', id);
  return view;
}

/** GET tokens/{token}: the request a POST's token stands for. */
export async function requestIdByToken(db: Db, token: string): Promise<string> {
  const [row] = token.length <= 64 ? await db.select({ id: open311Requests.appealId }).from(open311Requests).where(eq(open311Requests.token, token)) : [];
  if (!row) throw notFound('token', token);
  return row.id;
}

async function views(ctx: Ctx, rows: RequestRow[], keyId: number | undefined): Promise<Open311RequestView[]> {
  if (!rows.length) return [];
  const { db } = ctx;
  const ids = rows.map((r) => r.id);
  const notes = await db
    .selectDistinctOn([appealEvents.appealId], { appealId: appealEvents.appealId, comment: appealEvents.comment })
    .from(appealEvents)
    .where(and(inArray(appealEvents.appealId, ids), eq(appealEvents.visibility, 'public'), sql`${appealEvents.comment} is not null`))
    .orderBy(appealEvents.appealId, desc(appealEvents.id));
  const noteOf = new Map(notes.map((n) => [n.appealId, n.comment]));
  const ownIds = new Set(rows.filter((r) => keyId !== undefined && r.keyId === keyId).map((r) => r.id));
  // Public photos of anyone's request; the key's own requests also show their evidence.
  const files = await db
    .select()
    .from(attachments)
    .where(and(inArray(attachments.appealId, ids), or(eq(attachments.public, true), ownIds.size ? and(inArray(attachments.appealId, [...ownIds]), eq(attachments.purpose, 'evidence')) : sql`false`)))
    .orderBy(asc(attachments.createdAt), asc(attachments.id));
  const secret = ownIds.size ? await trackingSecret(db) : null;
  return rows.map((row) => {
    const own = ownIds.has(row.id);
    const file = files.find((f) => f.appealId === row.id && (f.public || own));
    return {
      row,
      own,
      trackingCode: own && secret ? trackingCode(secret, row.id) : null,
      statusNotes: noteOf.get(row.id) ?? null,
      media: file ? { attachment: file, own: own && !file.public } : null,
    };
  });
}

export function isClosedStatus(status: string): boolean {
  return (FINAL_STATUSES as readonly string[]).includes(status);
}
