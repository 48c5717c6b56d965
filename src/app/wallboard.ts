import { inArray, ne, sql } from 'drizzle-orm';
import type { Conn } from '../db/client.ts';
import { catalogue, organisations, users } from '../db/schema.ts';
import { localDay, localDayStart } from '../domain/local-time.ts';
import type { Lang } from '../domain/types.ts';
import { rankRating, type PeriodCounters, type RatingRow, type Wallboard } from '../domain/rating.ts';
import { kenesMetricsFrom, kenesMetricsQuery, type KenesCounters } from './kenes.ts';

// What the big screen shows, read from the counters (stats_*), never from a scan of the appeals:
// the cost is the same at thirty thousand appeals and at ten million. No personal data: only
// organisations, catalogue names, and the supervisors (public officials) by name.

/** The first local day of the month `offset` months from the one holding `day`. */
export function monthStart(day: string, offset = 0): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + offset, 1));
  return d.toISOString().slice(0, 10);
}

type Counters = PeriodCounters;
export type { Wallboard };

async function q<T>(conn: Conn, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await conn.execute(query)) as unknown as { rows: T[] }).rows;
}

const num = (v: unknown) => Number(v ?? 0);
const share = (part: number, whole: number) => (whole > 0 ? Math.round((part * 1000) / whole) / 10 : null);
const pick = (r: { nameRu: string; nameKk: string; nameEn: string }, lang: Lang) => (lang === 'kk' ? r.nameKk : lang === 'en' ? r.nameEn : r.nameRu) || r.nameRu;

type Named = { nameRu: string; nameKk: string; nameEn: string };
type Names = { at: number; orgs: Map<number, Named & { supervisorId: number | null }>; supervisors: { id: number; fullName: string }[]; nodes: Map<number, Named> };
const NAMES_TTL_MS = 60_000;
const namesCache = new WeakMap<object, Promise<Names>>();

/**
 * Organisations, their supervisors and the catalogue's spheres and categories, read once a
 * minute per process: a board names at most a few hundred of them, and renames are rare.
 */
async function referenceNames(conn: Conn): Promise<Names> {
  const cached = namesCache.get(conn);
  if (cached) {
    const n = await cached;
    if (Date.now() - n.at < NAMES_TTL_MS) return n;
  }
  const fresh = (async (): Promise<Names> => {
    const [orgs, sups, nodes] = await Promise.all([
      conn.select({ id: organisations.id, nameRu: organisations.nameRu, nameKk: organisations.nameKk, nameEn: organisations.nameEn, supervisorId: organisations.supervisorId }).from(organisations),
      conn.select({ id: users.id, fullName: users.fullName }).from(users).where(inArray(users.id, conn.select({ id: organisations.supervisorId }).from(organisations))),
      conn.select({ id: catalogue.id, nameRu: catalogue.nameRu, nameKk: catalogue.nameKk, nameEn: catalogue.nameEn }).from(catalogue).where(ne(catalogue.level, 'item')),
    ]);
    return { at: Date.now(), orgs: new Map(orgs.map((o) => [o.id, o])), supervisors: sups, nodes: new Map(nodes.map((n) => [n.id, n])) };
  })();
  fresh.catch(() => namesCache.delete(conn));
  namesCache.set(conn, fresh);
  return fresh;
}

/** The wallboard at `now`, in `lang`: a handful of small reads of the counters. */
export async function readWallboard(conn: Conn, now: Date, lang: Lang): Promise<Wallboard> {
  const today = localDay(now);
  const month = monthStart(today);
  const previousMonth = monthStart(today, -1);
  const todayStartUtc = localDayStart(today);

  // One round trip: each part is a small aggregate of counter rows, returned as JSON arrays.
  const part = (query: ReturnType<typeof sql>) => sql`coalesce((select json_agg(p) from (${query}) p), '[]'::json)`;
  const [all] = await q<{
    states: { status: string; n: number; first_contact: number }[];
    days: { period: string; channel: string; criticality: string; registered: number; first_contact: number; closed: number; close_minutes: number; rating_sum: number; rating_n: number }[];
    exec: (RatingRow & { month: string })[];
    categories: { month: string; category_id: number; sphere_id: number; registered: number }[];
    openDue: { executor_id: number; n: number }[];
    openToday: { executor_id: number; n: number }[];
    kenes: ({ period: string } & Record<keyof KenesCounters, unknown>)[];
  }>(
    conn,
    sql`select
      ${part(sql`select status, sum(n) as n, sum(first_contact) as first_contact from stats_state group by status`)} as states,
      ${part(sql`select case when day = ${today}::date then 'today' else 'month' end as period, channel, criticality,
            sum(registered) as registered, sum(first_contact) as first_contact, sum(closed) as closed,
            sum(close_minutes) as close_minutes, sum(rating_sum) as rating_sum, sum(rating_n) as rating_n
          from stats_day where day >= ${month}::date group by 1, 2, 3`)} as days,
      ${part(sql`select month::text as month, executor_id as id, sum(closed) as closed, sum(on_time) as "onTime", sum(extended) as extended
          from stats_executor_month where month in (${month}::date, ${previousMonth}::date) group by 1, 2 having sum(closed) > 0`)} as exec,
      ${part(sql`select month::text as month, category_id, sphere_id, sum(registered) as registered
          from stats_category_month where month in (${month}::date, ${previousMonth}::date) group by 1, 2, 3`)} as categories,
      ${part(sql`select executor_id, sum(n) as n from stats_open where due_day < ${today}::date and n <> 0 group by 1`)} as "openDue",
      ${part(sql`select coalesce(executor_id, 0) as executor_id, count(*) as n from appeals
          where status not in ('closed', 'rejected', 'duplicate', 'on_hold') and due_at >= ${todayStartUtc.toISOString()}::timestamptz and due_at < ${now.toISOString()}::timestamptz group by 1`)} as "openToday",
      ${part(kenesMetricsQuery(today))} as kenes`,
  );
  // Due earlier today and not done (openToday) is the only part read from the appeals, bounded by
  // one day, with the same predicate as the partial index appeals_open_due so the index serves it.
  const { states, days, exec: execMonths, categories, openDue, openToday, kenes } = all!;

  // Counters.
  const sum = (rows: typeof days, f: (r: (typeof days)[number]) => boolean, k: keyof (typeof days)[number]) => rows.filter(f).reduce((a, r) => a + num(r[k]), 0);
  const counters = (f: (r: (typeof days)[number]) => boolean): Counters => {
    const registered = sum(days, f, 'registered');
    const firstContact = sum(days, f, 'first_contact');
    return { registered, closed: sum(days, f, 'closed'), firstContact, firstContactShare: share(firstContact, registered) };
  };
  const byStatus = new Map(states.map((s) => [s.status, num(s.n)]));
  const overdueBy = new Map<number, number>();
  for (const r of [...openDue, ...openToday]) overdueBy.set(num(r.executor_id), (overdueBy.get(num(r.executor_id)) ?? 0) + num(r.n));
  const overdue = [...overdueBy.values()].reduce((a, b) => a + b, 0);
  const totalRegistered = [...byStatus.values()].reduce((a, b) => a + b, 0);
  const totalFirst = states.reduce((a, s) => a + num(s.first_contact), 0);
  // Every row read is of this month (today included).
  const inMonth = () => true;

  // Names of what is shown: from a per-process copy of the (small) reference tables.
  const names = await referenceNames(conn);
  const orgById = names.orgs;
  const sups = names.supervisors;

  // Ratings: this month, and last month for the movement.
  const execRows = (m: string) => execMonths.filter((r) => r.month === m).map((r) => ({ id: num(r.id), name: orgById.get(num(r.id)) ? pick(orgById.get(num(r.id))!, lang) : String(r.id), closed: num(r.closed), onTime: num(r.onTime), extended: num(r.extended) }));
  const supRows = (m: string) => {
    const agg = new Map<number, RatingRow>();
    for (const r of execRows(m)) {
      const sid = orgById.get(r.id)?.supervisorId;
      if (sid === null || sid === undefined) continue;
      const a = agg.get(sid) ?? { id: sid, name: sups.find((s) => s.id === sid)?.fullName ?? '', closed: 0, onTime: 0, extended: 0 };
      a.closed += r.closed;
      a.onTime += r.onTime;
      a.extended += r.extended;
      agg.set(sid, a);
    }
    return [...agg.values()];
  };
  const executors = rankRating(execRows(month), execRows(previousMonth), lang);
  const supervisors = rankRating(supRows(month), supRows(previousMonth), lang);

  // TOP-10 categories and sectors (spheres) this month, with last month beside them.
  const nodeName = (id: number) => {
    const n = names.nodes.get(id);
    return n ? pick(n, lang) : null;
  };
  const countBy = (m: string, key: 'category_id' | 'sphere_id') => {
    const out = new Map<number, number>();
    for (const c of categories) if (c.month === m && c[key] > 0) out.set(c[key], (out.get(c[key]) ?? 0) + num(c.registered));
    return out;
  };
  const top = (key: 'category_id' | 'sphere_id') => {
    const now = countBy(month, key);
    const before = countBy(previousMonth, key);
    return [...now.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, 10).map(([id, count]) => ({ id, name: nodeName(id) ?? String(id), count, previous: before.get(id) ?? 0 }));
  };
  const sphereOf = new Map(categories.map((c) => [c.category_id, c.sphere_id]));

  // This month's mix, satisfaction and time to close.
  const channelCounts = new Map<string, number>();
  for (const r of days.filter(inMonth)) channelCounts.set(r.channel, (channelCounts.get(r.channel) ?? 0) + num(r.registered));
  const monthRegistered = [...channelCounts.values()].reduce((a, b) => a + b, 0);
  const ratingN = sum(days, inMonth, 'rating_n');
  const crits = ['critical', 'high', 'medium', 'low'];

  return {
    generatedAt: now.toISOString(),
    month: month.slice(0, 7),
    counters: {
      today: counters((r) => r.period === 'today'),
      month: counters(inMonth),
      total: {
        registered: totalRegistered,
        closed: byStatus.get('closed') ?? 0,
        firstContact: totalFirst,
        firstContactShare: share(totalFirst, totalRegistered),
        inWork: [...byStatus.entries()].filter(([s]) => !['closed', 'rejected', 'duplicate'].includes(s)).reduce((a, [, n]) => a + n, 0),
        onHold: byStatus.get('on_hold') ?? 0,
        overdue,
      },
    },
    executors,
    supervisors,
    leader: executors.find((e) => e.rank === 1) ?? null,
    topCategories: top('category_id').map((c) => ({ ...c, sector: nodeName(sphereOf.get(c.id) ?? 0) })),
    topSectors: top('sphere_id'),
    channels: [...channelCounts.entries()].sort((a, b) => b[1] - a[1]).map(([channel, count]) => ({ channel, count, share: share(count, monthRegistered) ?? 0 })),
    satisfaction: { average: ratingN ? Math.round((sum(days, inMonth, 'rating_sum') / ratingN) * 100) / 100 : null, count: ratingN },
    closeTime: crits.map((c) => {
      const f = (r: (typeof days)[number]) => r.criticality === c;
      const closed = sum(days, f, 'closed');
      return { criticality: c, averageHours: closed ? Math.round((sum(days, f, 'close_minutes') / closed / 60) * 10) / 10 : null, count: closed };
    }),
    overdueByExecutor: [...overdueBy.entries()]
      .filter(([id, n]) => id > 0 && n > 0)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, 10)
      .map(([id, n]) => ({ id, name: orgById.get(id) ? pick(orgById.get(id)!, lang) : String(id), overdue: n })),
    // Kenes's day and month: a few counter rows (kenes_stats_day), in the same round trip.
    kenes: kenesMetricsFrom(kenes),
  };
}
