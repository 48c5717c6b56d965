import { and, desc, eq, ilike, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { containing } from '../db/like.ts';
import { citizens } from '../db/schema.ts';
import { AppError, notFound } from '../domain/errors.ts';
import { normalizePhone } from '../domain/identity.ts';
import { canSearchCitizens } from '../domain/policy.ts';
import type { ActorCtx } from './context.ts';

export const searchCitizensQuery = z
  .object({
    phone: z.string().trim().max(32).refine((v) => v.replace(/\D/g, '').length >= 3, { message: 'phone_digits' }).optional(),
    iin: z.string().trim().regex(/^\d{4,12}$/).optional(),
    q: z.string().trim().min(2).max(100).optional(),
    limit: z.coerce.number().int().min(1).max(50).default(20),
  })
  .strict()
  .refine((v) => v.phone || v.iin || v.q, { message: 'phone_iin_or_q', path: ['phone'] });

function assertMay(ctx: ActorCtx) {
  if (!canSearchCitizens(ctx.actor)) throw new AppError('FORBIDDEN_ROLE');
}

/** The caller on the line: by full or partial phone, IIN prefix, or name. */
export async function searchCitizens(ctx: ActorCtx, q: z.infer<typeof searchCitizensQuery>) {
  assertMay(ctx);
  const where: SQL[] = [];
  if (q.phone) {
    const full = normalizePhone(q.phone);
    where.push(full ? eq(citizens.phone, full) : ilike(citizens.phone, `%${q.phone.replace(/\D/g, '')}%`));
  }
  if (q.iin) where.push(q.iin.length === 12 ? eq(citizens.iin, q.iin) : ilike(citizens.iin, `${q.iin}%`));
  if (q.q) where.push(ilike(citizens.fullName, containing(q.q)));
  return ctx.db.select().from(citizens).where(and(...where)).orderBy(desc(citizens.updatedAt)).limit(q.limit);
}

export async function getCitizen(ctx: ActorCtx, id: number) {
  assertMay(ctx);
  const [c] = await ctx.db.select().from(citizens).where(eq(citizens.id, id));
  if (!c) throw notFound('citizen', id);
  return c;
}
