import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { auditLog, calendarExceptions } from '../db/schema.ts';
import { notFound } from '../domain/errors.ts';
import type { ActorCtx, Ctx } from './context.ts';

export const calendarDayInput = z
  .object({
    kind: z.enum(['holiday', 'workday']),
    name: z.object({ ru: z.string().trim().min(1).max(200), kk: z.string().trim().min(1).max(200), en: z.string().trim().min(1).max(200) }).strict(),
  })
  .strict();

export async function calendarYear(ctx: Ctx, year: number) {
  const cal = await ctx.calendar.get(ctx.db);
  return cal.yearDays(year).map((d) => ({ date: d.date, working: d.working, kind: d.exception?.kind ?? null, name: d.exception?.name ?? null }));
}

export async function setCalendarDay(ctx: ActorCtx, date: string, input: z.infer<typeof calendarDayInput>) {
  const values = { date, kind: input.kind, nameRu: input.name.ru, nameKk: input.name.kk, nameEn: input.name.en };
  await ctx.db.transaction(async (tx) => {
    await tx.insert(calendarExceptions).values(values).onConflictDoUpdate({ target: calendarExceptions.date, set: values });
    await tx.insert(auditLog).values({ actorId: ctx.actor.id, entity: 'calendar', entityId: date, action: 'set', data: input });
  });
  ctx.calendar.invalidate();
}

export async function deleteCalendarDay(ctx: ActorCtx, date: string) {
  await ctx.db.transaction(async (tx) => {
    const gone = await tx.delete(calendarExceptions).where(eq(calendarExceptions.date, date)).returning({ date: calendarExceptions.date });
    if (!gone.length) throw notFound('calendar day', date);
    await tx.insert(auditLog).values({ actorId: ctx.actor.id, entity: 'calendar', entityId: date, action: 'delete', data: null });
  });
  ctx.calendar.invalidate();
}
