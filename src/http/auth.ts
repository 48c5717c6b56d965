import type { FastifyReply, FastifyRequest } from 'fastify';
import { userByApiToken, userBySession, type ActorCache, type AuthUser } from '../app/auth.ts';
import type { ActorCtx, Ctx } from '../app/context.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../domain/errors.ts';

export const SESSION_COOKIE = 'jauap_session';

function credential(req: FastifyRequest): { kind: 'session' | 'bearer'; token: string } | null {
  const h = req.headers.authorization;
  if (h) {
    const m = /^Bearer\s+(\S+)$/i.exec(h);
    return m?.[1] ? { kind: 'bearer', token: m[1] } : null;
  }
  const c = req.cookies[SESSION_COOKIE];
  return c ? { kind: 'session', token: c } : null;
}

/** The signed-in user of a request, or null. A bearer is an API token or a session token. */
export async function resolveUser(req: FastifyRequest, db: Db, cache: ActorCache, now: Date): Promise<AuthUser | null> {
  const cred = credential(req);
  if (!cred) return null;
  return cache.resolve(cred.token, async () => (await userByApiToken(db, cred.token, now)) ?? (await userBySession(db, cred.token, now)));
}

/**
 * A cookie rides along on cross-site requests; a state-changing request authenticated by the
 * cookie must come from our own origin (bearer tokens are not sent by browsers on their own).
 */
export function assertSameOrigin(req: FastifyRequest): void {
  if (req.method === 'GET' || req.method === 'HEAD' || req.headers.authorization) return;
  const origin = req.headers.origin;
  if (!origin) return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    throw new AppError('FORBIDDEN_ROLE');
  }
  if (host !== req.headers.host) throw new AppError('FORBIDDEN_ROLE');
}

/** The use-cases' context for the signed-in user of a request (401 when there is none). */
export function actorCtx(s: Ctx, req: FastifyRequest): ActorCtx {
  return { db: s.db, config: s.config, calendar: s.calendar, refs: s.refs, blobs: s.blobs, changes: s.changes, now: s.now, actor: requireUser(req) };
}

export function requireUser(req: FastifyRequest): AuthUser {
  if (!req.user) throw new AppError('UNAUTHENTICATED');
  return req.user;
}

export function sessionCookie(reply: FastifyReply, token: string, ttlHours: number, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge: ttlHours * 3600 });
}
