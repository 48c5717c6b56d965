import { stringify } from 'csv-stringify/sync';
import { getTableColumns, getTableName, is, SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { hashPassword } from '../app/auth.ts';
import { createOpen311Key } from '../app/open311-keys.ts';
import { rebuildStats } from '../app/stats.ts';
import { formatNumber, localYear } from '../app/register-appeal.ts';
import type { Database, Db } from '../db/client.ts';
import { appealEvents, appeals, catalogue, catalogueRoutes, citizens, districts, houses, organisations, streets, users } from '../db/schema.ts';
import { WorkingCalendar } from '../domain/calendar.ts';
import { KZ_CALENDAR_2024_2027, KZ_DEFAULT_SETTINGS } from '../domain/kz-calendar.ts';
import type { Channel, DeadlineRule } from '../domain/types.ts';
import { demoCatalogue, type DemoCatalogueNode } from './catalogue-data.ts';
import { loadDemoKb } from './load-kb.ts';
import { loadDemoKenes } from './load-kenes.ts';
import { DEMO_DISTRICTS, DEMO_SUPERVISORS, demoOrganisations, demoStreets } from './city-data.ts';
import { appealText, DEMO_STAFF, fictionalCitizen, mulberry32, pick } from './people-data.ts';

export const DEMO_PASSWORD = 'demo';
/** The demo city's Open311 client, the city app "Smart Qostanai": a well-known key, like the passwords. */
export const DEMO_OPEN311_KEY = 'demo-open311-key';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type Rand = () => number;

/** Inserts rows in chunks that stay under PostgreSQL's 65,535 parameters per statement. */
async function insertChunked<T>(rows: T[], size: number, insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/**
 * Rows as Drizzle would insert them, written through COPY instead: ~5× faster on PGlite. A field a
 * row leaves out takes the column's own default value when it has one, else NULL.
 */
async function copyRows(copy: NonNullable<Database['copyCsv']>, table: PgTable, rows: Record<string, unknown>[]): Promise<void> {
  if (!rows.length) return;
  const columns = Object.entries(getTableColumns(table)).filter(([key]) => rows.some((r) => r[key] !== undefined));
  const cell = (v: unknown): string | null => {
    if (v === null || v === undefined) return null;
    if (v instanceof Date) return v.toISOString();
    if (typeof v === 'object') return JSON.stringify(v);
    return String(v);
  };
  const records = rows.map((r) =>
    columns.map(([key, col]) => {
      const v = r[key];
      if (v !== undefined) return cell(v);
      return col.default !== undefined && !is(col.default, SQL) ? cell(col.default) : null;
    }),
  );
  // Strings are quoted so that an empty string stays empty; NULL is the unquoted empty field.
  const csv = stringify(records, { quoted_string: true });
  await copy(getTableName(table), columns.map(([, col]) => col.name), csv);
}

function weighted<T>(rand: Rand, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let x = rand() * total;
  for (const [v, w] of items) {
    x -= w;
    if (x <= 0) return v;
  }
  return items[items.length - 1]![0];
}

// How the centre's appeals arrive (iKOMEK 109: phone first, then the messengers and the portal).
const CHANNEL_MIX: readonly (readonly [Channel, number])[] = [
  ['phone', 52], ['portal', 10], ['mobile_app', 11], ['telegram', 9], ['whatsapp', 7], ['instagram', 4], ['email', 3], ['website', 2], ['walk_in', 2],
];

// How often each sphere comes up, in the catalogue's order (housing and utilities, roads, yards,
// waste, water and lighting lead, as on the real centre's TOP-10).
const SPHERE_WEIGHTS = [9, 5, 6, 7, 6, 2, 9, 7, 6, 4, 3, 3, 2, 3, 3, 4, 2, 2, 1, 1];

export type DemoResult = { districts: number; organisations: number; users: number; streets: number; houses: number; items: number; citizens: number; appeals: number; events: number; kbArticles: number; kenesConversations: number };

/**
 * Loads the demo city into an empty database: deterministic for a given `now` and `seed`.
 * Appeals are spread over the 18 months before `now` with timelines that follow the status
 * machine; most old ones are closed, recent ones are at every step, some are overdue.
 */
export async function loadDemoCity(
  db: Db,
  opts: { appeals: number; now: Date; prefix: string; seed?: number; copyCsv?: Database['copyCsv']; /** Days of chatbot history (0: none). */ kenesDays?: number },
): Promise<DemoResult> {
  const rand = mulberry32(opts.seed ?? 109);
  const now = opts.now;
  const cal = new WorkingCalendar(KZ_CALENDAR_2024_2027, KZ_DEFAULT_SETTINGS);

  // Districts.
  const districtRows = await db
    .insert(districts)
    .values(DEMO_DISTRICTS.map((d) => ({ code: d.code, nameRu: d.name.ru, nameKk: d.name.kk, nameEn: d.name.en, lat: d.centre.lat, lon: d.centre.lon })))
    .returning({ id: districts.id, code: districts.code });
  const districtId = new Map(districtRows.map((d) => [d.code, d.id]));

  // Staff and supervisors (one argon2id hash of "demo", computed once).
  const hash = await hashPassword(DEMO_PASSWORD);
  const staff = [...DEMO_STAFF];
  for (const s of DEMO_SUPERVISORS) if (!staff.some((x) => x.login === s.login)) staff.push({ login: s.login, fullName: s.fullName, role: 'supervisor' });
  const userRows = await db
    .insert(users)
    .values(staff.map((s) => ({ login: s.login, passwordHash: hash, fullName: s.fullName, role: s.role, locale: 'ru' })))
    .returning({ id: users.id, login: users.login });
  const userId = new Map(userRows.map((u) => [u.login, u.id]));

  // Organisations, then their parents once every code has an id.
  const orgs = demoOrganisations();
  const orgRows = await db
    .insert(organisations)
    .values(
      orgs.map((o) => ({
        code: o.code,
        type: o.type,
        nameRu: o.name.ru,
        nameKk: o.name.kk,
        nameEn: o.name.en,
        districtId: o.district ? (districtId.get(o.district) ?? null) : null,
        supervisorId: o.supervisor ? (userId.get(o.supervisor) ?? null) : null,
        phone: o.phone ?? null,
      })),
    )
    .returning({ id: organisations.id, code: organisations.code });
  const orgId = new Map(orgRows.map((o) => [o.code, o.id]));
  const parents = orgs.filter((o) => o.parent).map((o) => ({ id: orgId.get(o.code)!, parent: orgId.get(o.parent!)! }));
  for (const p of parents) await db.update(organisations).set({ parentId: p.parent }).where(sql`${organisations.id} = ${p.id}`);
  for (const s of staff) {
    if (s.org && orgId.has(s.org)) await db.update(users).set({ organisationId: orgId.get(s.org)! }).where(sql`${users.id} = ${userId.get(s.login)!}`);
  }

  // Streets and houses: the address register.
  const streetList = demoStreets();
  const streetRows = await db
    .insert(streets)
    .values(streetList.map((s) => ({ code: s.code, nameRu: s.name.ru, nameKk: s.name.kk, nameEn: s.name.en, districtId: districtId.get(s.district) ?? null })))
    .returning({ id: streets.id, code: streets.code });
  const streetId = new Map(streetRows.map((s) => [s.code, s.id]));
  type HouseRef = { id: number; street: (typeof streetList)[number]; number: string; lat: number; lon: number; manager: number | null; district: string };
  const houseValues = streetList.flatMap((s) =>
    s.houses.map((h) => ({
      streetId: streetId.get(s.code)!,
      number: h.number,
      lat: h.lat,
      lon: h.lon,
      apartmentBuilding: h.apartmentBuilding,
      managerOrgId: h.manager ? (orgId.get(h.manager) ?? null) : null,
    })),
  );
  const houseRefs: HouseRef[] = [];
  const streetByCode = new Map(streetList.map((s) => [streetId.get(s.code)!, s]));
  await insertChunked(houseValues, 2_000, async (chunk) => {
    const rows = await db.insert(houses).values(chunk).returning({ id: houses.id, streetId: houses.streetId, number: houses.number, lat: houses.lat, lon: houses.lon, manager: houses.managerOrgId });
    for (const r of rows) {
      const street = streetByCode.get(r.streetId)!;
      houseRefs.push({ id: r.id, street, number: r.number, lat: r.lat ?? 0, lon: r.lon ?? 0, manager: r.manager, district: street.district });
    }
  });

  // The catalogue, level by level so parents have ids.
  const nodes = demoCatalogue();
  const nodeId = new Map<string, number>();
  for (const level of ['sphere', 'category', 'item'] as const) {
    const ofLevel = nodes.filter((n) => n.level === level);
    await insertChunked(ofLevel, 500, async (chunk) => {
      const rows = await db
        .insert(catalogue)
        .values(
          chunk.map((n, i) => ({
            code: n.code,
            level: n.level,
            parentId: n.parent ? (nodeId.get(n.parent) ?? null) : null,
            nameRu: n.name.ru,
            nameKk: n.name.kk,
            nameEn: n.name.en,
            descriptionRu: n.description?.ru ?? null,
            descriptionKk: n.description?.kk ?? null,
            descriptionEn: n.description?.en ?? null,
            synonyms: (n.synonyms ?? []).join(' '),
            criticality: n.criticality ?? null,
            deadlineAmount: n.deadline?.amount ?? null,
            deadlineUnit: n.deadline?.unit ?? null,
            deadlineMode: n.deadline?.mode ?? null,
            executorId: n.executor ? (orgId.get(n.executor) ?? null) : null,
            routeToHouseManager: n.routeToHouseManager ?? false,
            position: i,
          })),
        )
        .returning({ id: catalogue.id, code: catalogue.code });
      for (const r of rows) nodeId.set(r.code, r.id);
    });
  }
  const routeRows = nodes.flatMap((n) =>
    Object.entries(n.executorByDistrict ?? {}).map(([d, o]) => ({ itemId: nodeId.get(n.code)!, districtId: districtId.get(d)!, executorId: orgId.get(o)! })),
  );
  await insertChunked(routeRows, 2_000, (chunk) => db.insert(catalogueRoutes).values(chunk));

  // Citizens: a pool, some of whom call again and again.
  const citizenCount = Math.max(1, Math.round(opts.appeals * 0.45));
  const people = Array.from({ length: citizenCount }, () => fictionalCitizen(rand));
  const citizenIds: number[] = [];
  await insertChunked(people, 2_000, async (chunk) => {
    const rows = await db
      .insert(citizens)
      .values(chunk.map((p) => ({ fullName: p.fullName, phone: p.phone, iin: p.iin ?? null, lang: p.lang, preferredChannel: rand() < 0.7 ? 'phone' : pick(rand, ['telegram', 'whatsapp', 'email'] as const) })))
      .returning({ id: citizens.id });
    citizenIds.push(...rows.map((r) => r.id));
  });

  // Appeals with their timelines.
  const items = nodes.filter((n) => n.level === 'item');
  const spheres = nodes.filter((n) => n.level === 'sphere');
  const categoriesOf = new Map<string, DemoCatalogueNode[]>();
  for (const n of nodes) if (n.level === 'category' && n.parent) categoriesOf.set(n.parent, [...(categoriesOf.get(n.parent) ?? []), n]);
  const itemsOf = new Map<string, DemoCatalogueNode[]>();
  for (const n of items) if (n.parent) itemsOf.set(n.parent, [...(itemsOf.get(n.parent) ?? []), n]);
  const sphereMix = spheres.map((s, i) => [s, SPHERE_WEIGHTS[i] ?? 2] as const);
  // Within a category a few items are what people report most (a Zipf-like tail).
  const pickItem = (): DemoCatalogueNode => {
    for (;;) {
      const s = weighted(rand, sphereMix);
      const cats = categoriesOf.get(s.code) ?? [];
      if (!cats.length) continue;
      const c = pick(rand, cats);
      const its = itemsOf.get(c.code) ?? [];
      if (!its.length) continue;
      const idx = Math.min(its.length - 1, Math.floor(its.length * rand() ** 2.2));
      return its[idx]!;
    }
  };
  const operators = staff.filter((s) => s.role === 'operator').map((s) => userId.get(s.login)!);
  const inspectors = staff.filter((s) => s.role === 'inspector').map((s) => userId.get(s.login)!);
  const executorsByOrg = new Map<number, number[]>();
  for (const s of staff) if (s.role === 'executor' && s.org && orgId.has(s.org)) executorsByOrg.set(orgId.get(s.org)!, [...(executorsByOrg.get(orgId.get(s.org)!) ?? []), userId.get(s.login)!]);

  const start = now.getTime() - 548 * DAY;
  // Arrival instants, sorted, denser during working hours and more recent months (the centre grows).
  const times = Array.from({ length: opts.appeals }, () => {
    let t = start + rand() ** 0.85 * (now.getTime() - start);
    const local = new Date(t + 5 * HOUR);
    const h = local.getUTCHours();
    if ((h < 8 || h > 20) && rand() < 0.7) t += (rand() < 0.5 ? -1 : 1) * 6 * HOUR;
    return Math.min(t, now.getTime() - 60_000);
  }).sort((a, b) => a - b);

  const seqByYear = new Map<number, number>();
  const lastByItem = new Map<string, string>();
  const appealRows: (typeof appeals.$inferInsert)[] = [];
  const eventRows: (typeof appealEvents.$inferInsert)[] = [];

  for (const t of times) {
    const createdAt = new Date(t);
    const year = localYear(createdAt);
    const seq = (seqByYear.get(year) ?? 0) + 1;
    seqByYear.set(year, seq);
    const id = crypto.randomUUID();
    const item = pickItem();
    const house = pick(rand, houseRefs);
    const channel = weighted(rand, CHANNEL_MIX);
    const person = rand() < 0.93 ? (citizenIds[Math.floor(citizenIds.length * rand() ** 1.3)] ?? null) : null;
    const lang: 'ru' | 'kk' = rand() < 0.32 ? 'kk' : 'ru';
    const address = `${house.street.name[lang]}, ${house.number}`;
    const rule: DeadlineRule = item.deadline ?? { amount: 15, unit: 'days', mode: 'working' };
    let dueAt = cal.addDeadline(createdAt, rule);
    const itemDbId = nodeId.get(item.code)!;
    let executorId: number | null = item.executor ? (orgId.get(item.executor) ?? null) : null;
    if (item.routeToHouseManager && house.manager !== null) executorId = house.manager;
    else if (item.executorByDistrict?.[house.district]) executorId = orgId.get(item.executorByDistrict[house.district]!) ?? executorId;
    const registrar = channel === 'phone' || channel === 'walk_in' ? pick(rand, operators) : pick(rand, inspectors);
    const question = /^(Вопрос|Консультац|Как |Порядок|Разъяснение)/.test(item.name.ru);
    const kind = question ? 'question' : weighted(rand, [['complaint', 55], ['request', 35], ['suggestion', 5], ['gratitude', 1]] as const);

    const events: (typeof appealEvents.$inferInsert)[] = [];
    const ev = (at: number, action: string, from: string | null, to: string, actorId: number | null, actorRole: string, extra: Partial<typeof appealEvents.$inferInsert> = {}) =>
      events.push({ appealId: id, at: new Date(at), action, fromStatus: from, toStatus: to, actorId, actorRole, visibility: 'public', ...extra });
    ev(t, 'register', null, 'registered', registrar, channel === 'phone' || channel === 'walk_in' ? 'operator' : 'inspector', { data: { channel, dueAt: dueAt.toISOString(), rule } });

    const row: typeof appeals.$inferInsert = {
      id,
      number: formatNumber(opts.prefix, year, seq),
      channel,
      kind,
      status: 'registered',
      citizenId: person,
      address,
      houseId: house.id,
      districtId: districtId.get(house.district) ?? null,
      lat: house.lat + (rand() - 0.5) * 0.0004,
      lon: house.lon + (rand() - 0.5) * 0.0006,
      description: appealText(rand, item, address, lang),
      catalogueItemId: itemDbId,
      criticality: item.criticality ?? 'medium',
      executorId: null,
      registeredById: registrar,
      dueAt,
      deadlineMode: rule.mode,
      // Most residents who write through the portal or the app let the city show their appeal
      // (drawn from the sequence, not the random stream, so the rest of the city is unchanged).
      public: (channel === 'portal' || channel === 'mobile_app') && seq % 5 !== 0,
      createdAt,
      updatedAt: createdAt,
    };

    const consultation = (channel === 'phone' && rand() < 0.3) || (question && rand() < 0.6);
    const dupOf = lastByItem.get(item.code);
    lastByItem.set(item.code, id);
    const r = rand();
    if (consultation) {
      const at = t + (2 + rand() * 10) * 60_000;
      ev(at, 'consult', 'registered', 'closed', registrar, 'operator', { comment: 'Дана консультация по телефону.' });
      Object.assign(row, { firstContact: true, resolution: 'Дана консультация по телефону.', closedAt: new Date(at), responsibleUserId: registrar });
    } else if (r < 0.02) {
      ev(t + (1 + rand() * 20) * HOUR, 'reject', 'registered', 'rejected', pick(rand, inspectors), 'inspector', { comment: 'Не содержит сути обращения.' });
    } else if (r < 0.035 && dupOf) {
      ev(t + (0.5 + rand() * 4) * HOUR, 'mark_duplicate', 'registered', 'duplicate', pick(rand, inspectors), 'inspector', { data: { duplicateOf: dupOf } });
      row.duplicateOfId = dupOf;
    } else if (executorId !== null) {
      row.executorId = executorId;
      const execUser = executorsByOrg.get(executorId)?.[0] ?? null;
      ev(t + 1_000, 'route', 'registered', 'routed', null, 'system', { data: { executorId, auto: true } });
      let cursor = t + (0.3 + rand() * 8) * HOUR;
      ev(cursor, 'accept', 'routed', 'accepted', execUser, 'executor');
      const status = 'accepted';
      if (rand() < 0.03) {
        const ext = (5 + Math.floor(rand() * 15)) * DAY;
        ev(cursor + HOUR, 'extend', status, status, execUser, 'executor', { comment: 'Требуются закупка материалов и подрядчик.', data: { from: dueAt.toISOString(), to: new Date(dueAt.getTime() + ext).toISOString() } });
        dueAt = new Date(dueAt.getTime() + ext);
        row.extendedDays = Math.round(ext / DAY);
        row.dueAt = dueAt;
      }
      // Most answers are on time (the real centre's executors: 84–90 %); some are late.
      const span = Math.max(HOUR, dueAt.getTime() - cursor);
      cursor = rand() < 0.87 ? cursor + span * (0.15 + 0.8 * rand()) : dueAt.getTime() + (0.1 + rand() * 8) * DAY;
      const answer = 'Работы выполнены, заявитель уведомлён.';
      ev(cursor, 'answer', status, 'answered', execUser, 'executor', { comment: answer });
      if (rand() < 0.06) {
        cursor += (2 + rand() * 20) * HOUR;
        ev(cursor, 'return_for_rework', 'answered', 'rework', pick(rand, inspectors), 'inspector', { comment: 'Нет фотофиксации результата.', visibility: 'internal' });
        cursor += (4 + rand() * 48) * HOUR;
        ev(cursor, 'answer', 'rework', 'answered', execUser, 'executor', { comment: `${answer} Фото приложено.` });
      }
      cursor += (1 + rand() * 30) * HOUR;
      ev(cursor, 'verify', 'answered', 'verified', pick(rand, inspectors), 'inspector', { visibility: 'internal' });
      cursor += (0.5 + rand() * 20) * HOUR;
      ev(cursor, 'close', 'verified', 'closed', pick(rand, inspectors), 'inspector', { comment: 'Заявитель подтвердил выполнение.' });
      if (rand() < 0.55) {
        const rating = weighted(rand, [[5, 50], [4, 25], [3, 12], [2, 7], [1, 6]] as const);
        ev(cursor + (1 + rand() * 48) * HOUR, 'rate', 'closed', 'closed', registrar, 'operator', { data: { rating } });
      }
    }
    // Whatever lies after `now` has not happened yet.
    const past = events.filter((e) => (e.at as Date).getTime() <= now.getTime());
    const last = past[past.length - 1]!;
    row.status = last.toStatus!;
    for (const e of past) {
      const at = e.at as Date;
      if (e.action === 'answer') Object.assign(row, { answeredAt: at, resolution: e.comment });
      if (e.action === 'return_for_rework') row.answeredAt = null;
      if (e.action === 'accept') row.responsibleUserId = e.actorId ?? null;
      if (e.action === 'close' || e.action === 'reject' || e.action === 'mark_duplicate' || e.action === 'consult') row.closedAt = at;
      if (e.action === 'rate') row.rating = (e.data as { rating: number }).rating;
      row.updatedAt = at;
    }
    if (row.status === 'rejected') row.resolution = 'Не содержит сути обращения.';
    row.version = past.length;
    appealRows.push(row);
    eventRows.push(...past);
  }

  // A bulk load: the counters' trigger is off meanwhile, and the counters are recounted once after.
  await db.execute(sql`alter table appeals disable trigger appeals_stats`);
  try {
    if (opts.copyCsv) {
      await copyRows(opts.copyCsv, appeals, appealRows);
      await copyRows(opts.copyCsv, appealEvents, eventRows);
    } else {
      await insertChunked(appealRows, 1_000, (chunk) => db.insert(appeals).values(chunk));
      await insertChunked(eventRows, 4_000, (chunk) => db.insert(appealEvents).values(chunk));
    }
  } finally {
    await db.execute(sql`alter table appeals enable trigger appeals_stats`);
  }
  await rebuildStats(db);
  await createOpen311Key({ db, actor: null }, { name: 'Smart Qostanai', channel: 'mobile_app' }, DEMO_OPEN311_KEY);
  const kbArticleCount = await loadDemoKb(db, { authorId: userId.get('editor') ?? null, now });
  const kenesDays = opts.kenesDays ?? 21;
  const kenesConversations = kenesDays > 0 ? await loadDemoKenes({ db }, { now, days: kenesDays, operators: operators.map((id) => ({ id, role: 'operator' as const, organisationId: null })) }) : 0;

  // Numbering continues after the demo's last number of each year.
  for (const [year, last] of seqByYear) {
    await db.execute(sql.raw(`CREATE SEQUENCE IF NOT EXISTS appeal_number_${year}`));
    await db.execute(sql.raw(`SELECT setval('appeal_number_${year}', ${last})`));
  }

  return {
    districts: districtRows.length,
    organisations: orgRows.length,
    users: userRows.length,
    streets: streetRows.length,
    houses: houseRefs.length,
    items: items.length,
    citizens: citizenIds.length,
    appeals: appealRows.length,
    events: eventRows.length,
    kbArticles: kbArticleCount,
    kenesConversations,
  };
}
