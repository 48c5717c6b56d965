import { and, eq } from 'drizzle-orm';
import type { Conn } from '../db/client.ts';
import { users } from '../db/schema.ts';
import type { Actor } from '../domain/policy.ts';

const cache = new WeakMap<object, Map<string, Promise<Actor>>>();

/**
 * The service account a public channel acts as (`channel:portal`, `open311:<key name>`): a user
 * row with role `channel` and no usable password, so the timeline and the audit trail name the
 * channel, and idempotency keys are scoped per channel. Created on first use.
 */
export function channelActor(db: Conn, login: string, fullName: string): Promise<Actor> {
  let perDb = cache.get(db);
  if (!perDb) cache.set(db, (perDb = new Map()));
  let actor = perDb.get(login);
  if (!actor) {
    actor = (async () => {
      // '!' is no argon2 hash: nobody can sign in as a channel.
      await db.insert(users).values({ login, passwordHash: '!', fullName, role: 'channel' }).onConflictDoNothing();
      const [u] = await db.select({ id: users.id }).from(users).where(and(eq(users.login, login), eq(users.role, 'channel')));
      if (!u) throw new Error(`the login ${login} belongs to a person, not a channel`);
      return { id: u.id, role: 'channel', organisationId: null } satisfies Actor;
    })();
    actor.catch(() => perDb.delete(login));
    perDb.set(login, actor);
  }
  return actor;
}

export const PORTAL_LOGIN = 'channel:portal';
