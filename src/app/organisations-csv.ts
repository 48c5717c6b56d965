import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { auditLog, districts, organisations, users } from '../db/schema.ts';
import { AppError, type ValidationDetail } from '../domain/errors.ts';
import type { Issue } from '../i18n/validation.ts';
import { ORG_TYPES } from '../domain/types.ts';

const opt = z.preprocess((v) => (v === '' || v === undefined ? null : v), z.string().trim().nullable());
const row = z.object({
  code: z.string().trim().min(1).max(64).regex(/^[\w.-]+$/),
  type: z.enum(ORG_TYPES),
  name_ru: z.string().trim().min(1).max(300),
  name_kk: z.string().trim().min(1).max(300),
  name_en: z.string().trim().min(1).max(300),
  parent_code: opt.optional(),
  district_code: opt.optional(),
  supervisor_login: opt.optional(),
  phone: opt.optional(),
});

/** Imports organisations by code (insert or update): every row is checked first, then all or nothing. */
export async function importOrganisationsCsv(ctx: { db: Db; actorId: number | null }, text: string) {
  let records: Record<string, string>[];
  try {
    records = parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true });
  } catch (err) {
    throw new AppError('CSV_INVALID', { count: 1 }, [{ row: 0, path: '', message: 'csv_syntax', params: { value: (err as Error).message } }]);
  }
  const { db } = ctx;
  const errors: (ValidationDetail & { row: number })[] = [];
  const rows: (z.infer<typeof row> & { line: number })[] = [];
  records.forEach((r, i) => {
    const p = row.safeParse(r);
    if (p.success) rows.push({ ...p.data, line: i + 2 });
    else for (const issue of p.error.issues) errors.push({ row: i + 2, path: issue.path.join('.'), issue: { ...issue, path: undefined } as Issue });
  });
  const orgCodes = new Set([...(await db.select({ code: organisations.code }).from(organisations)).map((o) => o.code), ...rows.map((r) => r.code)]);
  const dists = new Map((await db.select({ id: districts.id, code: districts.code }).from(districts)).map((d) => [d.code, d.id]));
  const sups = new Map((await db.select({ id: users.id, login: users.login }).from(users).where(sql`${users.role} = 'supervisor'`)).map((u) => [u.login.toLowerCase(), u.id]));
  for (const r of rows) {
    if (r.parent_code && !orgCodes.has(r.parent_code)) errors.push({ row: r.line, path: 'parent_code', message: 'unknown_code', params: { value: r.parent_code } });
    if (r.district_code && !dists.has(r.district_code)) errors.push({ row: r.line, path: 'district_code', message: 'unknown_code', params: { value: r.district_code } });
    if (r.supervisor_login && !sups.has(r.supervisor_login.toLowerCase())) errors.push({ row: r.line, path: 'supervisor_login', message: 'unknown_code', params: { value: r.supervisor_login } });
  }
  if (errors.length) throw new AppError('CSV_INVALID', { count: errors.length }, errors.slice(0, 200));
  return db.transaction(async (tx) => {
    let n = 0;
    for (const r of rows) {
      const values = {
        code: r.code,
        type: r.type,
        nameRu: r.name_ru,
        nameKk: r.name_kk,
        nameEn: r.name_en,
        districtId: r.district_code ? (dists.get(r.district_code) ?? null) : null,
        supervisorId: r.supervisor_login ? (sups.get(r.supervisor_login.toLowerCase()) ?? null) : null,
        phone: r.phone ?? null,
      };
      await tx.insert(organisations).values(values).onConflictDoUpdate({ target: organisations.code, set: values });
      n++;
    }
    // Parents second, once every code exists.
    for (const r of rows) {
      await tx.execute(
        sql`update ${organisations} set parent_id = ${r.parent_code ? sql`(select id from ${organisations} where code = ${r.parent_code})` : null} where code = ${r.code}`,
      );
    }
    await tx.insert(auditLog).values({ actorId: ctx.actorId, entity: 'organisation', entityId: '*', action: 'import', data: { rows: n } });
    return { imported: n };
  });
}
