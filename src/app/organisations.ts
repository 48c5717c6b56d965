import { and, asc, eq, ilike, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { dbId, dbIdParam } from './schemas.ts';
import type { Conn, Db } from '../db/client.ts';
import { containing } from '../db/like.ts';
import { auditLog, districts, organisations, users } from '../db/schema.ts';
import { AppError, notFound, unknownReference } from '../domain/errors.ts';
import { ORG_TYPES } from '../domain/types.ts';
import type { ActorCtx } from './context.ts';

const name = z.string().trim().min(1).max(300);

export const organisationInput = z
  .object({
    code: z.string().trim().min(1).max(64).regex(/^[\w.-]+$/),
    type: z.enum(ORG_TYPES),
    nameRu: name,
    nameKk: name,
    nameEn: name,
    parentId: dbId.nullable().optional(),
    districtId: dbId.nullable().optional(),
    supervisorId: dbId.nullable().optional(),
    phone: z.string().trim().max(64).nullable().optional(),
    active: z.boolean().optional(),
  })
  .strict();
export const organisationPatch = organisationInput.partial().strict();

export const listOrganisationsQuery = z
  .object({
    type: z.enum(ORG_TYPES).optional(),
    supervisorId: dbIdParam.optional(),
    q: z.string().trim().min(1).max(200).optional(),
  })
  .strict();

export async function listOrganisations(db: Db, q: z.infer<typeof listOrganisationsQuery>) {
  const where: SQL[] = [];
  if (q.type) where.push(eq(organisations.type, q.type));
  if (q.supervisorId) where.push(eq(organisations.supervisorId, q.supervisorId));
  if (q.q) {
    const like = containing(q.q);
    where.push(or(ilike(organisations.nameRu, like), ilike(organisations.nameKk, like), ilike(organisations.nameEn, like), eq(organisations.code, q.q)) as SQL);
  }
  return db.select().from(organisations).where(where.length ? and(...where) : undefined).orderBy(asc(organisations.type), asc(organisations.code));
}

export async function listDistricts(db: Db) {
  return db.select().from(districts).orderBy(asc(districts.code));
}

export async function getOrganisation(db: Conn, id: number) {
  const [o] = await db.select().from(organisations).where(eq(organisations.id, id));
  if (!o) throw notFound('organisation', id);
  return o;
}

async function checkRefs(tx: Conn, v: z.infer<typeof organisationPatch>, selfId?: number) {
  if (v.parentId) {
    if (v.parentId === selfId) throw unknownReference('parentId', v.parentId);
    await getOrganisation(tx, v.parentId).catch(() => {
      throw unknownReference('parentId', v.parentId ?? 0);
    });
  }
  if (v.districtId) {
    const [d] = await tx.select({ id: districts.id }).from(districts).where(eq(districts.id, v.districtId));
    if (!d) throw unknownReference('districtId', v.districtId);
  }
  if (v.supervisorId) {
    const [u] = await tx.select({ role: users.role }).from(users).where(eq(users.id, v.supervisorId));
    if (!u || u.role !== 'supervisor') throw unknownReference('supervisorId', v.supervisorId);
  }
}

export async function createOrganisation(ctx: ActorCtx, input: z.infer<typeof organisationInput>) {
  return ctx.db.transaction(async (tx) => {
    await checkRefs(tx, input);
    const [row] = await tx.insert(organisations).values(input).onConflictDoNothing({ target: organisations.code }).returning();
    if (!row) throw new AppError('CODE_TAKEN', { code: input.code });
    await tx.insert(auditLog).values({ actorId: ctx.actor.id, entity: 'organisation', entityId: String(row.id), action: 'create', data: input });
    return row;
  }).finally(() => ctx.refs.invalidate());
}

export async function updateOrganisation(ctx: ActorCtx, id: number, patch: z.infer<typeof organisationPatch>) {
  return ctx.db.transaction(async (tx) => {
    await getOrganisation(tx, id);
    await checkRefs(tx, patch, id);
    if (patch.code) {
      const [taken] = await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.code, patch.code));
      if (taken && taken.id !== id) throw new AppError('CODE_TAKEN', { code: patch.code });
    }
    if (Object.keys(patch).length) await tx.update(organisations).set(patch).where(eq(organisations.id, id));
    await tx.insert(auditLog).values({ actorId: ctx.actor.id, entity: 'organisation', entityId: String(id), action: 'update', data: patch });
    return getOrganisation(tx, id);
  }).finally(() => ctx.refs.invalidate());
}
