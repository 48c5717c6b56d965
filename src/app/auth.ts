import { createHash, randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import { and, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import type { Conn, Db } from '../db/client.ts';
import { apiTokens, sessions, users } from '../db/schema.ts';
import { AppError } from '../domain/errors.ts';
import type { Actor } from '../domain/policy.ts';
import { ROLES, type Lang, type Role } from '../domain/types.ts';
import { isLang } from '../i18n/i18n.ts';

export type AuthUser = Actor & { login: string; fullName: string; locale: Lang };

// OWASP's argon2id profile; ~50 ms here, paid at sign-in only.
const ARGON = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, ARGON);
}

// Verified when the login is unknown, so a wrong login takes as long as a wrong password.
let dummyHash: Promise<string> | undefined;

export const sha256 = (s: string) => createHash('sha256').update(s).digest('base64url');

function toAuthUser(u: { id: number; login: string; fullName: string; role: string; organisationId: number | null; locale: string }): AuthUser {
  if (!(ROLES as readonly string[]).includes(u.role)) throw new AppError('UNAUTHENTICATED');
  return { id: u.id, login: u.login, fullName: u.fullName, role: u.role as Role, organisationId: u.organisationId, locale: isLang(u.locale) ? u.locale : 'ru' };
}

const userColumns = { id: users.id, login: users.login, fullName: users.fullName, role: users.role, organisationId: users.organisationId, locale: users.locale };

/** Signs in; returns the session token (kept by the client as a cookie) and the user. */
export async function login(db: Db, loginName: string, password: string, ttlHours: number, now = new Date()) {
  const [u] = await db
    .select({ ...userColumns, passwordHash: users.passwordHash, active: users.active })
    .from(users)
    .where(eq(sql`lower(${users.login})`, loginName.trim().toLowerCase()));
  if (!u || !u.active) {
    dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
    await argon2.verify(await dummyHash, password).catch(() => false);
    throw new AppError('INVALID_CREDENTIALS');
  }
  const ok = await argon2.verify(u.passwordHash, password).catch(() => false);
  if (!ok) throw new AppError('INVALID_CREDENTIALS');
  const token = randomBytes(32).toString('base64url');
  await db.insert(sessions).values({ tokenHash: sha256(token), userId: u.id, createdAt: now, expiresAt: new Date(now.getTime() + ttlHours * 3_600_000) });
  await db.update(users).set({ lastLoginAt: now }).where(eq(users.id, u.id));
  // Expired sessions are swept on sign-in: cheap, and keeps the table small without a timer.
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
  return { token, user: toAuthUser(u) };
}

export async function setOwnLocale(db: Db, userId: number, locale: Lang): Promise<void> {
  await db.update(users).set({ locale }).where(eq(users.id, userId));
}

export async function logout(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, sha256(token)));
}

export async function userBySession(conn: Conn, token: string, now = new Date()): Promise<AuthUser | null> {
  const [u] = await conn
    .select(userColumns)
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, sha256(token)), gt(sessions.expiresAt, now), eq(users.active, true)));
  return u ? toAuthUser(u) : null;
}

export const API_TOKEN_PREFIX = 'jt_';

/** The user of an API token; marks the token used (at most once per cache period, see ActorCache). */
export async function userByApiToken(conn: Conn, token: string, now = new Date()): Promise<AuthUser | null> {
  if (!token.startsWith(API_TOKEN_PREFIX)) return null;
  const [u] = await conn
    .update(apiTokens)
    .set({ lastUsedAt: now })
    .from(users)
    .where(and(eq(apiTokens.tokenHash, sha256(token)), isNull(apiTokens.revokedAt), eq(users.id, apiTokens.userId), eq(users.active, true)))
    .returning(userColumns);
  return u ? toAuthUser(u) : null;
}

/** Creates an API token for an integration acting as `userId`; the secret is shown once. */
export async function createApiToken(conn: Conn, userId: number, name: string) {
  const token = API_TOKEN_PREFIX + randomBytes(24).toString('base64url');
  const [row] = await conn.insert(apiTokens).values({ userId, name, tokenHash: sha256(token) }).returning({ id: apiTokens.id, createdAt: apiTokens.createdAt });
  if (!row) throw new AppError('INTERNAL');
  return { id: row.id, name, token, createdAt: row.createdAt };
}

/**
 * Resolving a credential costs a query; intake at 1,000 requests/s makes that worth caching.
 * Entries live `ttlMs`; sign-out, revocation and user changes in this process drop them at once.
 */
export class ActorCache {
  private readonly map = new Map<string, { at: number; user: AuthUser | null }>();
  constructor(private readonly ttlMs = 15_000) {}
  async resolve(key: string, load: () => Promise<AuthUser | null>): Promise<AuthUser | null> {
    const hit = this.map.get(key);
    const now = Date.now();
    if (hit && now - hit.at < this.ttlMs) return hit.user;
    const user = await load();
    if (this.map.size > 10_000) this.map.clear();
    this.map.set(key, { at: now, user });
    return user;
  }
  drop(key: string): void {
    this.map.delete(key);
  }
  clear(): void {
    this.map.clear();
  }
}
