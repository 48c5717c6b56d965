import { and, asc, eq, isNull, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { dbId } from './schemas.ts';
import type { Conn, Db } from '../db/client.ts';
import { apiTokens, auditLog, organisations, sessions, users } from '../db/schema.ts';
import { AppError, notFound, unknownReference } from '../domain/errors.ts';
import { LANGS, ROLES } from '../domain/types.ts';
import { createApiToken, hashPassword } from './auth.ts';
import type { ActorCtx } from './context.ts';

export const userInput = z
  .object({
    login: z.string().trim().min(2).max(100).regex(/^[\w.@-]+$/),
    password: z.string().min(8).max(200),
    fullName: z.string().trim().min(1).max(200),
    role: z.enum(ROLES),
    organisationId: dbId.nullable().optional(),
    locale: z.enum(LANGS).optional(),
    active: z.boolean().optional(),
  })
  .strict();
export const userPatch = userInput.partial().strict();

const columns = {
  id: users.id,
  login: users.login,
  fullName: users.fullName,
  role: users.role,
  organisationId: users.organisationId,
  locale: users.locale,
  active: users.active,
  createdAt: users.createdAt,
  lastLoginAt: users.lastLoginAt,
};

export async function listUsers(db: Db, q: { role?: string | undefined; organisationId?: number | undefined }) {
  // Channel service accounts (the portal, Open311 clients) are not people: never listed.
  const where = [ne(users.role, 'channel'), q.role ? eq(users.role, q.role) : undefined, q.organisationId ? eq(users.organisationId, q.organisationId) : undefined].filter(Boolean);
  return db.select(columns).from(users).where(and(...where)).orderBy(asc(users.login));
}

export async function getUser(db: Conn, id: number) {
  const [u] = await db.select(columns).from(users).where(eq(users.id, id));
  if (!u) throw notFound('user', id);
  return u;
}

/** An executor belongs to exactly one organisation; other roles to none or one. */
async function checkOrg(tx: Conn, role: string, organisationId: number | null | undefined) {
  if (role === 'executor' && !organisationId) {
    throw new AppError('VALIDATION_FAILED', { summary: 'organisationId' }, [{ path: 'organisationId', message: 'executor_needs_org' }]);
  }
  if (organisationId) {
    const [o] = await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, organisationId));
    if (!o) throw unknownReference('organisationId', organisationId);
  }
}

export async function createUser(ctx: Pick<ActorCtx, 'db'> & { actor: { id: number } | null }, input: z.infer<typeof userInput>) {
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(async (tx) => {
    await checkOrg(tx, input.role, input.organisationId);
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(sql`lower(${users.login})`, input.login.toLowerCase()));
    if (taken) throw new AppError('LOGIN_TAKEN', { login: input.login });
    const { password: _p, ...rest } = input;
    const [row] = await tx.insert(users).values({ ...rest, passwordHash }).returning({ id: users.id });
    if (!row) throw new AppError('INTERNAL');
    await tx.insert(auditLog).values({ actorId: ctx.actor?.id ?? null, entity: 'user', entityId: String(row.id), action: 'create', data: { ...rest } });
    return getUser(tx, row.id);
  });
}

export async function updateUser(ctx: ActorCtx, id: number, patch: z.infer<typeof userPatch>) {
  const passwordHash = patch.password ? await hashPassword(patch.password) : undefined;
  return ctx.db.transaction(async (tx) => {
    const cur = await getUser(tx, id);
    await checkOrg(tx, patch.role ?? cur.role, patch.organisationId === undefined ? cur.organisationId : patch.organisationId);
    if (patch.login) {
      const [taken] = await tx.select({ id: users.id }).from(users).where(eq(sql`lower(${users.login})`, patch.login.toLowerCase()));
      if (taken && taken.id !== id) throw new AppError('LOGIN_TAKEN', { login: patch.login });
    }
    const { password: _p, ...rest } = patch;
    await tx.update(users).set({ ...rest, ...(passwordHash && { passwordHash }) }).where(eq(users.id, id));
    // A new password or a deactivation ends the user's sessions.
    if (passwordHash || patch.active === false) await tx.delete(sessions).where(eq(sessions.userId, id));
    await tx.insert(auditLog).values({ actorId: ctx.actor.id, entity: 'user', entityId: String(id), action: 'update', data: { ...rest, passwordChanged: Boolean(passwordHash) } });
    return getUser(tx, id);
  });
}

export async function issueToken(ctx: ActorCtx, userId: number, name: string) {
  await getUser(ctx.db, userId);
  const t = await createApiToken(ctx.db, userId, name);
  await ctx.db.insert(auditLog).values({ actorId: ctx.actor.id, entity: 'api_token', entityId: String(t.id), action: 'create', data: { userId, name } });
  return t;
}

export async function listTokens(db: Db, userId: number) {
  return db
    .select({ id: apiTokens.id, name: apiTokens.name, createdAt: apiTokens.createdAt, lastUsedAt: apiTokens.lastUsedAt, revokedAt: apiTokens.revokedAt })
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(asc(apiTokens.id));
}

export async function revokeToken(ctx: ActorCtx, tokenId: number) {
  const [row] = await ctx.db
    .update(apiTokens)
    .set({ revokedAt: ctx.now() })
    .where(and(eq(apiTokens.id, tokenId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  if (!row) throw notFound('api_token', tokenId);
  await ctx.db.insert(auditLog).values({ actorId: ctx.actor.id, entity: 'api_token', entityId: String(tokenId), action: 'revoke', data: null });
}
