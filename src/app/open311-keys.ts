import { randomBytes } from 'node:crypto';
import { and, asc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Conn, Db } from '../db/client.ts';
import { auditLog, open311Keys, users } from '../db/schema.ts';
import { AppError, notFound } from '../domain/errors.ts';
import type { Actor } from '../domain/policy.ts';
import { CHANNELS, type Channel } from '../domain/types.ts';
import { sha256 } from './auth.ts';

// Open311 API keys. Admins issue them; each is tied to a channel (the appeals it registers carry
// that channel) and acts as its own service account `open311:<key id>`, so the timeline names the
// client and idempotency keys are scoped per key. Only a SHA-256 hash of a key is stored: the
// plain key is shown once, when it is created.

export const open311KeyInput = z
  .object({
    name: z.string().trim().min(1).max(100),
    channel: z.enum(CHANNELS).default('mobile_app'),
  })
  .strict();

export const OPEN311_KEY_PREFIX = 'o311_';

export const open311Login = (keyId: number) => `open311:${keyId}`;

const columns = {
  id: open311Keys.id,
  name: open311Keys.name,
  channel: open311Keys.channel,
  userId: open311Keys.userId,
  createdAt: open311Keys.createdAt,
  lastUsedAt: open311Keys.lastUsedAt,
  revokedAt: open311Keys.revokedAt,
};

export type Open311KeyRow = { id: number; name: string; channel: string; userId: number; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null };

/**
 * Creates a key and its service account in one transaction; returns the plain key (once).
 * `plainKey` is for the demo city's well-known key only.
 */
export async function createOpen311Key(ctx: { db: Db; actor: { id: number } | null }, input: z.input<typeof open311KeyInput>, plainKey?: string) {
  const { name, channel } = open311KeyInput.parse(input);
  const key = plainKey ?? OPEN311_KEY_PREFIX + randomBytes(24).toString('base64url');
  return ctx.db.transaction(async (tx) => {
    // The account's login names the key's id, so the id is drawn first.
    const seq = await tx.execute<{ id: number }>(sql`select nextval(pg_get_serial_sequence('open311_keys', 'id'))::int as id`);
    const id = (seq as unknown as { rows: { id: number }[] }).rows[0]!.id;
    // '!' is no argon2 hash: nobody can sign in as a channel.
    const [account] = await tx.insert(users).values({ login: open311Login(id), passwordHash: '!', fullName: `Open311: ${name}`, role: 'channel' }).returning({ id: users.id });
    if (!account) throw new AppError('INTERNAL');
    const [row] = await tx.insert(open311Keys).values({ id, name, channel, keyHash: sha256(key), userId: account.id }).returning(columns);
    if (!row) throw new AppError('INTERNAL');
    await tx.insert(auditLog).values({ actorId: ctx.actor?.id ?? null, entity: 'open311_key', entityId: String(id), action: 'create', data: { name, channel } });
    return { ...row, key };
  });
}

export async function listOpen311Keys(db: Db): Promise<Open311KeyRow[]> {
  return db.select(columns).from(open311Keys).orderBy(asc(open311Keys.id));
}

/** Revoking takes effect on the next request: keys are looked up on every use, never cached. */
export async function revokeOpen311Key(ctx: { db: Db; actor: { id: number }; now: () => Date }, id: number): Promise<void> {
  const [row] = await ctx.db
    .update(open311Keys)
    .set({ revokedAt: ctx.now() })
    .where(and(eq(open311Keys.id, id), isNull(open311Keys.revokedAt)))
    .returning({ id: open311Keys.id });
  if (!row) throw notFound('open311_key', id);
  await ctx.db.insert(auditLog).values({ actorId: ctx.actor.id, entity: 'open311_key', entityId: String(id), action: 'revoke', data: null });
}

export type Open311Client = { keyId: number; name: string; channel: Channel; actor: Actor };

/**
 * The client a plain key belongs to, or null (unknown or revoked). Marks the key used, at most
 * once a minute, so a busy client does not write on every request.
 */
export async function open311Client(conn: Conn, plainKey: string, now: Date): Promise<Open311Client | null> {
  if (!plainKey || plainKey.length > 200) return null;
  const hash = sha256(plainKey);
  const [row] = await conn
    .select({ id: open311Keys.id, name: open311Keys.name, channel: open311Keys.channel, userId: open311Keys.userId, lastUsedAt: open311Keys.lastUsedAt })
    .from(open311Keys)
    .where(and(eq(open311Keys.keyHash, hash), isNull(open311Keys.revokedAt)));
  if (!row) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await conn
      .update(open311Keys)
      .set({ lastUsedAt: now })
      .where(and(eq(open311Keys.id, row.id), or(isNull(open311Keys.lastUsedAt), lt(open311Keys.lastUsedAt, new Date(now.getTime() - 60_000)))));
  }
  const channel = (CHANNELS as readonly string[]).includes(row.channel) ? (row.channel as Channel) : 'mobile_app';
  return { keyId: row.id, name: row.name, channel, actor: { id: row.userId, role: 'channel', organisationId: null } };
}
