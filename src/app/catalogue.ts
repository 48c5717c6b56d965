import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { and, asc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { dbId, dbIdParam, int4 } from './schemas.ts';
import type { Conn, Db } from '../db/client.ts';
import { containing } from '../db/like.ts';
import { auditLog, catalogue, catalogueRoutes, districts, organisations } from '../db/schema.ts';
import { AppError, notFound, unknownReference } from '../domain/errors.ts';
import { CATALOGUE_LEVELS, CRITICALITIES } from '../domain/types.ts';
import type { ActorCtx } from './context.ts';
import { recountCategoryStats } from './stats.ts';
import type { Issue } from '../i18n/validation.ts';
import type { ValidationDetail } from '../domain/errors.ts';

export type CatalogueRow = typeof catalogue.$inferSelect;

const name = z.string().trim().min(1).max(300);

export const catalogueNodeInput = z
  .object({
    code: z.string().trim().min(1).max(64).regex(/^[\w.-]+$/),
    level: z.enum(CATALOGUE_LEVELS),
    parentId: dbId.nullable().optional(),
    nameRu: name,
    nameKk: name,
    nameEn: name,
    descriptionRu: z.string().trim().max(5_000).nullable().optional(),
    descriptionKk: z.string().trim().max(5_000).nullable().optional(),
    descriptionEn: z.string().trim().max(5_000).nullable().optional(),
    synonyms: z.string().trim().max(2_000).optional(),
    criticality: z.enum(CRITICALITIES).nullable().optional(),
    deadlineAmount: z.number().int().min(0).max(10_000).nullable().optional(),
    deadlineUnit: z.enum(['hours', 'days']).nullable().optional(),
    deadlineMode: z.enum(['calendar', 'working']).nullable().optional(),
    executorId: dbId.nullable().optional(),
    routeToHouseManager: z.boolean().optional(),
    active: z.boolean().optional(),
    position: int4.optional(),
    /** Executor per district: replaces the item's whole list when given. */
    districtExecutors: z
      .array(z.object({ districtId: dbId, executorId: dbId }).strict())
      .max(500)
      .refine((rs) => new Set(rs.map((r) => r.districtId)).size === rs.length, { message: 'duplicate_district' })
      .optional(),
  })
  .strict();

export const catalogueNodePatch = catalogueNodeInput.partial().strict();

type NodeInput = z.infer<typeof catalogueNodePatch>;

/** A rule is all three of amount, unit and mode, or none of them. */
function checkRule(v: { deadlineAmount?: number | null; deadlineUnit?: string | null; deadlineMode?: string | null }) {
  const set = [v.deadlineAmount, v.deadlineUnit, v.deadlineMode].filter((x) => x !== null && x !== undefined).length;
  if (set !== 0 && set !== 3) {
    throw new AppError('VALIDATION_FAILED', { summary: 'deadline' }, [{ path: 'deadlineAmount', message: 'deadline_triple' }]);
  }
}

export const listCatalogueQuery = z
  .object({
    parentId: dbIdParam.optional(),
    level: z.enum(CATALOGUE_LEVELS).optional(),
    q: z.string().trim().min(1).max(200).optional(),
    active: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
    limit: z.coerce.number().int().min(1).max(5_000).default(500),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();

export async function listCatalogue(db: Db, q: z.infer<typeof listCatalogueQuery>) {
  const where: SQL[] = [];
  if (q.parentId) where.push(eq(catalogue.parentId, q.parentId));
  if (q.level) where.push(eq(catalogue.level, q.level));
  if (q.active !== undefined) where.push(eq(catalogue.active, q.active));
  if (q.q) {
    // Every word, in any order, in any of the three names or the synonyms ("открыт люк" finds
    // "Открыт канализационный люк"); a code matches exactly.
    const words = q.q.split(/\s+/).filter(Boolean).slice(0, 8);
    const wordMatch = words.map((w) => {
      const like = containing(w);
      return or(ilike(catalogue.nameRu, like), ilike(catalogue.nameKk, like), ilike(catalogue.nameEn, like), ilike(catalogue.synonyms, like)) as SQL;
    });
    where.push(or(and(...wordMatch), eq(catalogue.code, q.q)) as SQL);
  }
  const rows = await db
    .select()
    .from(catalogue)
    .where(where.length ? and(...where) : undefined)
    .orderBy(asc(catalogue.position), asc(catalogue.code))
    .limit(q.limit)
    .offset(q.offset);
  const routes = rows.length ? await db.select().from(catalogueRoutes).where(inArray(catalogueRoutes.itemId, rows.map((r) => r.id))) : [];
  return rows.map((r) => ({ ...r, districtExecutors: routes.filter((x) => x.itemId === r.id).map((x) => ({ districtId: x.districtId, executorId: x.executorId })) }));
}

export async function getCatalogueNode(db: Conn, id: number) {
  const [row] = await db.select().from(catalogue).where(eq(catalogue.id, id));
  if (!row) throw notFound('catalogue', id);
  const routes = await db.select().from(catalogueRoutes).where(eq(catalogueRoutes.itemId, id));
  return { ...row, districtExecutors: routes.map((x) => ({ districtId: x.districtId, executorId: x.executorId })) };
}

async function checkReferences(tx: Conn, v: NodeInput, level: string | undefined) {
  if (v.parentId) {
    const [p] = await tx.select({ level: catalogue.level }).from(catalogue).where(eq(catalogue.id, v.parentId));
    if (!p) throw unknownReference('parentId', v.parentId);
    const expected = level === 'item' ? 'category' : level === 'category' ? 'sphere' : null;
    if (p.level !== expected) throw new AppError('VALIDATION_FAILED', { summary: 'parentId' }, [{ path: 'parentId', message: 'parent_level', params: { level: level ?? '', expected: expected ?? '—' } }]);
  } else if (v.parentId === null && level !== 'sphere') {
    throw new AppError('VALIDATION_FAILED', { summary: 'parentId' }, [{ path: 'parentId', message: 'parent_required', params: { level: level ?? '' } }]);
  }
  if (v.executorId) {
    const [o] = await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, v.executorId));
    if (!o) throw unknownReference('executorId', v.executorId);
  }
  for (const r of v.districtExecutors ?? []) {
    const [d] = await tx.select({ id: districts.id }).from(districts).where(eq(districts.id, r.districtId));
    if (!d) throw unknownReference('districtExecutors.districtId', r.districtId);
    const [o] = await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, r.executorId));
    if (!o) throw unknownReference('districtExecutors.executorId', r.executorId);
  }
}

function nodeValues<T extends NodeInput>(v: T): Omit<T, 'districtExecutors'> {
  const { districtExecutors: _ignored, ...rest } = v;
  return rest;
}

async function replaceRoutes(tx: Conn, itemId: number, routes: { districtId: number; executorId: number }[] | undefined) {
  if (!routes) return;
  await tx.delete(catalogueRoutes).where(eq(catalogueRoutes.itemId, itemId));
  if (routes.length) await tx.insert(catalogueRoutes).values(routes.map((r) => ({ itemId, ...r })));
}

export async function createCatalogueNode(ctx: ActorCtx, input: z.infer<typeof catalogueNodeInput>) {
  checkRule(input);
  return ctx.db.transaction(async (tx) => {
    await checkReferences(tx, { ...input, parentId: input.parentId ?? null }, input.level);
    const inserted = await tx.insert(catalogue).values(nodeValues(input)).onConflictDoNothing({ target: catalogue.code }).returning({ id: catalogue.id });
    const id = inserted[0]?.id;
    if (!id) throw new AppError('CODE_TAKEN', { code: input.code });
    await replaceRoutes(tx, id, input.districtExecutors);
    await tx.insert(auditLog).values({ actorId: ctx.actor.id, entity: 'catalogue', entityId: String(id), action: 'create', data: input });
    return id;
  }).finally(() => ctx.refs.invalidate());
}

export async function updateCatalogueNode(ctx: ActorCtx, id: number, patch: z.infer<typeof catalogueNodePatch>) {
  return ctx.db.transaction(async (tx) => {
    const cur = await getCatalogueNode(tx, id);
    checkRule({ ...cur, ...patch });
    const level = patch.level ?? cur.level;
    // A new level must still fit its parent (the current one unless the patch names another) and
    // its children: a node with children keeps its level.
    if (patch.level && patch.level !== cur.level) {
      const [child] = await tx.select({ id: catalogue.id }).from(catalogue).where(eq(catalogue.parentId, id)).limit(1);
      if (child) throw new AppError('VALIDATION_FAILED', { summary: 'level' }, [{ path: 'level', message: 'level_has_children' }]);
    }
    await checkReferences(tx, { ...patch, parentId: patch.parentId === undefined ? cur.parentId : patch.parentId }, level);
    if (patch.code && patch.code !== cur.code) {
      const [taken] = await tx.select({ id: catalogue.id }).from(catalogue).where(eq(catalogue.code, patch.code));
      if (taken) throw new AppError('CODE_TAKEN', { code: patch.code });
    }
    const values = nodeValues(patch);
    if (Object.keys(values).length) await tx.update(catalogue).set(values).where(eq(catalogue.id, id));
    // The wallboard counts appeals by category and sphere: a move changes where they belong.
    if (patch.parentId !== undefined && patch.parentId !== cur.parentId) await recountCategoryStats(tx);
    await replaceRoutes(tx, id, patch.districtExecutors);
    await tx.insert(auditLog).values({ actorId: ctx.actor.id, entity: 'catalogue', entityId: String(id), action: 'update', data: patch });
    return id;
  }).finally(() => ctx.refs.invalidate());
}

// ---- CSV: one row per node, referring to parents, executors and districts by code ----

export const CSV_COLUMNS = [
  'code', 'level', 'parent_code', 'name_ru', 'name_kk', 'name_en', 'description_ru', 'description_kk', 'description_en',
  'synonyms', 'criticality', 'deadline_amount', 'deadline_unit', 'deadline_mode', 'executor_code', 'route_to_house_manager',
  'district_executors', 'active',
] as const;

export async function exportCatalogueCsv(db: Db): Promise<string> {
  const rows = await db
    .select({ node: catalogue, parentCode: sql<string | null>`(select p.code from ${catalogue} p where p.id = ${catalogue.parentId})`, executorCode: organisations.code })
    .from(catalogue)
    .leftJoin(organisations, eq(organisations.id, catalogue.executorId))
    .orderBy(asc(catalogue.code));
  const routes = await db
    .select({ itemId: catalogueRoutes.itemId, district: districts.code, org: organisations.code })
    .from(catalogueRoutes)
    .innerJoin(districts, eq(districts.id, catalogueRoutes.districtId))
    .innerJoin(organisations, eq(organisations.id, catalogueRoutes.executorId));
  const byItem = new Map<number, string[]>();
  for (const r of routes) byItem.set(r.itemId, [...(byItem.get(r.itemId) ?? []), `${r.district}:${r.org}`]);
  const records = rows.map(({ node: n, parentCode, executorCode }) => [
    n.code, n.level, parentCode ?? '', n.nameRu, n.nameKk, n.nameEn, n.descriptionRu ?? '', n.descriptionKk ?? '', n.descriptionEn ?? '',
    n.synonyms, n.criticality ?? '', n.deadlineAmount ?? '', n.deadlineUnit ?? '', n.deadlineMode ?? '', executorCode ?? '',
    n.routeToHouseManager ? 'true' : 'false', (byItem.get(n.id) ?? []).sort().join(';'), n.active ? 'true' : 'false',
  ]);
  return stringify([[...CSV_COLUMNS], ...records]);
}

const emptyToNull = (v: unknown) => (v === '' || v === undefined ? null : v);
const csvRow = z.object({
  code: z.string().trim().min(1).max(64).regex(/^[\w.-]+$/),
  level: z.enum(CATALOGUE_LEVELS),
  parent_code: z.preprocess(emptyToNull, z.string().trim().nullable()),
  name_ru: name,
  name_kk: name,
  name_en: name,
  description_ru: z.preprocess(emptyToNull, z.string().nullable()).optional(),
  description_kk: z.preprocess(emptyToNull, z.string().nullable()).optional(),
  description_en: z.preprocess(emptyToNull, z.string().nullable()).optional(),
  synonyms: z.string().default(''),
  criticality: z.preprocess(emptyToNull, z.enum(CRITICALITIES).nullable()).optional(),
  deadline_amount: z.preprocess(emptyToNull, z.coerce.number().int().min(0).max(10_000).nullable()).optional(),
  deadline_unit: z.preprocess(emptyToNull, z.enum(['hours', 'days']).nullable()).optional(),
  deadline_mode: z.preprocess(emptyToNull, z.enum(['calendar', 'working']).nullable()).optional(),
  executor_code: z.preprocess(emptyToNull, z.string().trim().nullable()).optional(),
  route_to_house_manager: z.preprocess(emptyToNull, z.enum(['true', 'false', '1', '0']).nullable()).optional(),
  district_executors: z.string().default(''),
  active: z.preprocess(emptyToNull, z.enum(['true', 'false', '1', '0']).nullable()).optional(),
});

type CsvError = ValidationDetail & { row: number };

const LEVEL_ORDER = { sphere: 0, category: 1, item: 2 } as const;

/**
 * Imports a catalogue CSV (as exported): inserts new codes, updates existing ones. Everything is
 * checked first; one bad row means nothing is written, and every bad row is reported.
 */
export async function importCatalogueCsv(ctx: { db: Db; actorId: number | null }, text: string): Promise<{ created: number; updated: number }> {
  let records: Record<string, string>[];
  try {
    records = parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true, relax_column_count: false });
  } catch (err) {
    throw new AppError('CSV_INVALID', { count: 1 }, [{ row: 0, path: '', message: 'csv_syntax', params: { value: (err as Error).message } }]);
  }
  const errors: CsvError[] = [];
  const parsed: (z.infer<typeof csvRow> & { row: number })[] = [];
  records.forEach((rec, i) => {
    const r = csvRow.safeParse(rec);
    if (!r.success) for (const issue of r.error.issues) errors.push({ row: i + 2, path: issue.path.join('.'), issue: { ...issue, path: undefined } as Issue });
    else parsed.push({ ...r.data, row: i + 2 });
  });
  const db = ctx.db;
  const orgs = new Map((await db.select({ id: organisations.id, code: organisations.code }).from(organisations)).map((o) => [o.code, o.id]));
  const dists = new Map((await db.select({ id: districts.id, code: districts.code }).from(districts)).map((d) => [d.code, d.id]));
  const existing = new Map((await db.select({ id: catalogue.id, code: catalogue.code, level: catalogue.level, parentId: catalogue.parentId }).from(catalogue)).map((c) => [c.code, c]));
  const inFile = new Map<string, string>();
  for (const r of parsed) {
    if (inFile.has(r.code)) errors.push({ row: r.row, path: 'code', message: 'duplicate_code', params: { value: r.code } });
    inFile.set(r.code, r.level);
  }
  for (const r of parsed) {
    const rule = [r.deadline_amount, r.deadline_unit, r.deadline_mode].filter((x) => x !== null && x !== undefined).length;
    if (rule !== 0 && rule !== 3) errors.push({ row: r.row, path: 'deadline_amount', message: 'deadline_triple' });
    const expectedParent = r.level === 'item' ? 'category' : r.level === 'category' ? 'sphere' : null;
    if (expectedParent === null && r.parent_code) errors.push({ row: r.row, path: 'parent_code', message: 'sphere_no_parent' });
    if (expectedParent !== null) {
      const parentLevel = r.parent_code ? (inFile.get(r.parent_code) ?? existing.get(r.parent_code)?.level) : undefined;
      if (!r.parent_code || !parentLevel) errors.push({ row: r.row, path: 'parent_code', message: 'unknown_code', params: { value: r.parent_code ?? '' } });
      else if (parentLevel !== expectedParent) errors.push({ row: r.row, path: 'parent_code', message: 'parent_level', params: { level: r.level, expected: expectedParent } });
    }
    if (r.executor_code && !orgs.has(r.executor_code)) errors.push({ row: r.row, path: 'executor_code', message: 'unknown_code', params: { value: r.executor_code } });
    const seenDistricts = new Set<string>();
    for (const pair of r.district_executors.split(';').filter(Boolean)) {
      const [d = '', o = ''] = pair.split(':');
      if (seenDistricts.has(d)) errors.push({ row: r.row, path: 'district_executors', message: 'duplicate_district' });
      seenDistricts.add(d);
      if (!dists.has(d)) errors.push({ row: r.row, path: 'district_executors', message: 'unknown_code', params: { value: d } });
      if (!orgs.has(o)) errors.push({ row: r.row, path: 'district_executors', message: 'unknown_code', params: { value: o } });
    }
  }
  if (errors.length) throw new AppError('CSV_INVALID', { count: errors.length }, errors.slice(0, 200));

  parsed.sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
  let created = 0;
  let updated = 0;
  let moved = false;
  await db.transaction(async (tx) => {
    const ids = new Map([...existing].map(([code, c]) => [code, c.id]));
    for (const r of parsed) {
      const flag = (v: string | null | undefined, dflt: boolean) => (v === null || v === undefined ? dflt : v === 'true' || v === '1');
      const values = {
        code: r.code,
        level: r.level,
        parentId: r.parent_code ? (ids.get(r.parent_code) ?? null) : null,
        nameRu: r.name_ru,
        nameKk: r.name_kk,
        nameEn: r.name_en,
        descriptionRu: r.description_ru ?? null,
        descriptionKk: r.description_kk ?? null,
        descriptionEn: r.description_en ?? null,
        synonyms: r.synonyms,
        criticality: r.criticality ?? null,
        deadlineAmount: r.deadline_amount ?? null,
        deadlineUnit: r.deadline_unit ?? null,
        deadlineMode: r.deadline_mode ?? null,
        executorId: r.executor_code ? (orgs.get(r.executor_code) ?? null) : null,
        routeToHouseManager: flag(r.route_to_house_manager, false),
        active: flag(r.active, true),
      };
      const [row] = await tx
        .insert(catalogue)
        .values(values)
        .onConflictDoUpdate({ target: catalogue.code, set: values })
        .returning({ id: catalogue.id });
      if (!row) continue;
      if (ids.has(r.code)) updated++;
      else created++;
      const before = existing.get(r.code);
      if (before && before.parentId !== values.parentId) moved = true;
      ids.set(r.code, row.id);
      const routes = r.district_executors
        .split(';')
        .filter(Boolean)
        .map((pair) => {
          const [d = '', o = ''] = pair.split(':');
          return { districtId: dists.get(d) ?? 0, executorId: orgs.get(o) ?? 0 };
        });
      await replaceRoutes(tx, row.id, routes);
    }
    // Nodes that moved to another parent change where the wallboard counts their appeals.
    if (moved) await recountCategoryStats(tx);
    await tx.insert(auditLog).values({ actorId: ctx.actorId, entity: 'catalogue', entityId: '*', action: 'import', data: { created, updated } });
  });
  return { created, updated };
}
