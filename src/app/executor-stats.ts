import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { FINAL_STATUSES, RUNNING_STATUSES } from '../domain/appeal-status.ts';
import { AppError } from '../domain/errors.ts';
import { DAY_MS, localDay, localDayEnd, localDayStart } from '../domain/local-time.ts';
import { viewScope } from '../domain/policy.ts';
import type { ActorCtx } from './context.ts';
import { civilDate } from './schemas.ts';

export const executorStatsQuery = z.object({ from: civilDate.optional(), to: civilDate.optional() }).strict();

export type ExecutorStats = {
  executorId: number;
  open: number;
  overdue: number;
  /** Appeals finished (answered, or closed without an answer) in the period. */
  finished: number;
  /** Of those, finished by their deadline. */
  onTime: number;
};

const list = (xs: readonly string[]) => sql.join(xs.map((x) => sql`${x}`), sql`, `);

/**
 * Per executor, within what the actor may see: open and overdue now, and how many appeals
 * finished in the period [from, to] (local dates; the last 30 days by default) and how many of
 * them by their deadline. One grouped query; the wallboard's ratings come from counters instead.
 */
export async function executorStats(ctx: ActorCtx, q: z.infer<typeof executorStatsQuery>): Promise<{ from: string; to: string; items: ExecutorStats[] }> {
  const scope = viewScope(ctx.actor);
  if (scope.kind === 'none') throw new AppError('FORBIDDEN_ROLE');
  const now = ctx.now();
  const to = q.to ?? localDay(now);
  const from = q.from ?? localDay(new Date(localDayStart(to).getTime() - 29 * DAY_MS));
  const start = localDayStart(from);
  const end = localDayEnd(to);
  const scopeSql =
    scope.kind === 'organisation'
      ? sql`and a.executor_id = ${scope.organisationId}`
      : scope.kind === 'sector'
        ? sql`and a.executor_id in (select id from organisations where supervisor_id = ${scope.supervisorId})`
        : sql``;
  const finishedAt = sql`coalesce(a.answered_at, case when a.status = 'closed' then a.closed_at end)`;
  const res = (await ctx.db.execute(sql`
    select a.executor_id as "executorId",
      count(*) filter (where a.status not in (${list(FINAL_STATUSES)}))::int as "open",
      count(*) filter (where a.status in (${list(RUNNING_STATUSES)}) and a.due_at < ${now})::int as "overdue",
      count(*) filter (where ${finishedAt} >= ${start} and ${finishedAt} < ${end})::int as "finished",
      count(*) filter (where ${finishedAt} >= ${start} and ${finishedAt} < ${end} and ${finishedAt} <= a.due_at)::int as "onTime"
    from appeals a
    where a.executor_id is not null ${scopeSql}
      and (a.status not in (${list(FINAL_STATUSES)}) or a.closed_at >= ${start} or a.answered_at >= ${start})
    group by a.executor_id`)) as unknown as { rows: ExecutorStats[] };
  return { from, to, items: res.rows };
}
