import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { FINAL_STATUSES } from '../domain/appeal-status.ts';
import { localDay, localDayEnd, localDayStart } from '../domain/local-time.ts';
import {
  addCounts,
  addPeriods,
  daysBetween,
  DIMENSIONS,
  figures,
  GRAIN_CODE,
  GRAINS,
  MAX_PERIODS,
  MAX_REPEAT_DAYS,
  periodEnd,
  periodsBetween,
  periodStart,
  ZERO,
  type Counts,
  type Dimension,
  type Figures,
  type Grain,
} from '../domain/analytics.ts';
import { AppError } from '../domain/errors.ts';
import type { Actor } from '../domain/policy.ts';
import { CHANNELS, LANGS, type Lang } from '../domain/types.ts';
import { t, type MessageKey } from '../i18n/i18n.ts';
import type { ActorCtx, Conn } from './context.ts';
import { civilDate, dbIdParam } from './schemas.ts';

// Analytics for staff (R12): breakdowns, trends and repeated problems. Every figure but the
// house-level repeated problems is read from the rollup the counters' trigger keeps
// (stats_analytics, migration 0012): a request sums at most a few rows per district × item ×
// executor × channel and period, never the appeals — the same cost at 30 thousand and at 10
// million. Repeated problems at a house read the appeals of their window (at most
// MAX_REPEAT_DAYS days) through the index on created_at.

export const FORMATS = ['json', 'csv', 'xlsx'] as const;
export type Format = (typeof FORMATS)[number];

const filterShape = {
  districtId: dbIdParam.optional(),
  executorId: dbIdParam.optional(),
  /** The sector: organisations whose supervisor this user is (as they are now). */
  supervisorId: dbIdParam.optional(),
  /** Any catalogue node: an item, a category or a sphere. */
  categoryId: dbIdParam.optional(),
  channel: z.enum(CHANNELS).optional(),
};
const periodShape = {
  grain: z.enum(GRAINS).default('month'),
  /** Local dates; each is widened to its whole month or week. */
  from: civilDate.optional(),
  to: civilDate.optional(),
};
const outShape = { format: z.enum(FORMATS).default('json'), lang: z.enum(LANGS).optional() };

export const breakdownQuery = z.object({ dimension: z.enum(DIMENSIONS), ...periodShape, ...filterShape, ...outShape }).strict();
export const trendsQuery = z.object({ ...periodShape, ...filterShape, ...outShape }).strict();
export const repeatedQuery = z
  .object({
    level: z.enum(['house', 'district']).default('house'),
    /** A problem is repeated when at least this many appeals of one item came from one place. */
    minCount: z.coerce.number().int().min(2).max(100_000).default(3),
    limit: z.coerce.number().int().min(1).max(500).default(100),
    ...periodShape,
    ...filterShape,
    ...outShape,
  })
  .strict();
export const reportQuery = z
  // Years as the dates elsewhere (1900–2200): 0050 would read as 1950 in JavaScript.
  .object({ month: z.string().regex(/^(19\d\d|2[01]\d\d|2200)-(0[1-9]|1[0-2])$/, 'month'), lang: z.enum(LANGS).optional() })
  .strict();

export type BreakdownQuery = z.infer<typeof breakdownQuery>;
export type TrendsQuery = z.infer<typeof trendsQuery>;
export type RepeatedQuery = z.infer<typeof repeatedQuery>;
type Filters = Pick<BreakdownQuery, 'districtId' | 'executorId' | 'supervisorId' | 'categoryId' | 'channel'>;

/** Analysts and admins see everything; a supervisor their sector; nobody else any of it. */
export function analyticsScope(actor: Actor): { kind: 'all' } | { kind: 'sector'; supervisorId: number } {
  if (actor.role === 'analyst' || actor.role === 'admin') return { kind: 'all' };
  if (actor.role === 'supervisor') return { kind: 'sector', supervisorId: actor.id };
  throw new AppError('FORBIDDEN_ROLE');
}

export type Period = { grain: Grain; from: string; to: string; periods: string[] };

/** [from, to] widened to whole periods; by default the last `defaultPeriods` up to today. */
export function resolvePeriod(q: { grain: Grain; from?: string | undefined; to?: string | undefined }, now: Date, defaultPeriods: number): Period {
  const to = q.to ?? localDay(now);
  const from = q.from ?? addPeriods(periodStart(to, q.grain), q.grain, 1 - defaultPeriods);
  if (from > to) throw new AppError('INVALID_PERIOD', { from, to });
  const periods = periodsBetween(from, to, q.grain);
  if (periods.length > MAX_PERIODS[q.grain]) throw new AppError('PERIOD_TOO_LONG', { max: MAX_PERIODS[q.grain], unit: q.grain });
  return { grain: q.grain, from: periods[0]!, to: periodEnd(periods[periods.length - 1]!, q.grain), periods };
}

/** Columns of the table a condition is about: the rollup (s) or the appeals (a). */
type Cols = { district: SQL; item: SQL; executor: SQL; channel: SQL };
const ROLLUP: Cols = { district: sql`s.district_id`, item: sql`s.item_id`, executor: sql`s.executor_id`, channel: sql`s.channel` };
const APPEALS: Cols = { district: sql`a.district_id`, item: sql`a.catalogue_item_id`, executor: sql`a.executor_id`, channel: sql`a.channel` };

/** Scope and filters; the query joins organisations o (the executor), catalogue i (the item) and c (its category). */
function conditions(actor: Actor, f: Filters, cols: Cols): SQL {
  const scope = analyticsScope(actor);
  const where: SQL[] = [];
  if (scope.kind === 'sector') where.push(sql`o.supervisor_id = ${scope.supervisorId}`);
  if (f.districtId) where.push(sql`${cols.district} = ${f.districtId}`);
  if (f.executorId) where.push(sql`${cols.executor} = ${f.executorId}`);
  if (f.supervisorId) where.push(sql`o.supervisor_id = ${f.supervisorId}`);
  if (f.categoryId) where.push(sql`(${cols.item} = ${f.categoryId} or i.parent_id = ${f.categoryId} or c.parent_id = ${f.categoryId})`);
  if (f.channel) where.push(sql`${cols.channel} = ${f.channel}`);
  return where.length ? sql.join(where, sql` and `) : sql`true`;
}

const JOINS = sql`left join organisations o on o.id = s.executor_id left join catalogue i on i.id = s.item_id left join catalogue c on c.id = i.parent_id`;
const SUMS = sql`sum(s.registered)::int as registered, sum(s.closed)::int as closed, sum(s.close_minutes)::bigint as close_minutes,
  sum(s.rating_sum)::int as rating_sum, sum(s.rating_n)::int as rating_n, sum(s.counted)::int as counted,
  sum(s.on_time)::int as on_time, sum(s.extended)::int as extended`;

const KEY: Record<Dimension, SQL> = {
  district: sql`s.district_id`,
  sector: sql`coalesce(o.supervisor_id, 0)`,
  sphere: sql`coalesce(c.parent_id, 0)`,
  category: sql`coalesce(c.id, 0)`,
  item: sql`s.item_id`,
  executor: sql`s.executor_id`,
  channel: sql`s.channel`,
};

type SumRow = Record<'registered' | 'closed' | 'close_minutes' | 'rating_sum' | 'rating_n' | 'counted' | 'on_time' | 'extended', string | number> & { key: string | number };

const counts = (r: SumRow): Counts => ({
  registered: Number(r.registered),
  closed: Number(r.closed),
  closeMinutes: Number(r.close_minutes),
  ratingSum: Number(r.rating_sum),
  ratingN: Number(r.rating_n),
  counted: Number(r.counted),
  onTime: Number(r.on_time),
  extended: Number(r.extended),
});

async function rows<T>(conn: Conn, q: SQL): Promise<T[]> {
  return ((await conn.execute(q)) as unknown as { rows: T[] }).rows;
}

type Col = 'district_id' | 'item_id' | 'executor_id' | 'channel';
const DIM_COL: Record<Dimension, Col> = {
  district: 'district_id',
  channel: 'channel',
  item: 'item_id',
  category: 'item_id',
  sphere: 'item_id',
  executor: 'executor_id',
  sector: 'executor_id',
};
/** The rollups, smallest first, and what each is keyed by besides the period. */
const ROLLUPS: { table: string; cols: Col[] }[] = [
  { table: 'stats_analytics_place', cols: ['district_id', 'channel'] },
  { table: 'stats_analytics_item', cols: ['item_id', 'executor_id', 'district_id'] },
  { table: 'stats_analytics', cols: ['district_id', 'item_id', 'executor_id', 'channel'] },
];

/**
 * The rollup's sums in the period by `dim`, from the smallest rollup that has every column the
 * dimension, the filters and the actor's scope need. Category, sphere and sector need the
 * catalogue and the organisations: then the rows are first summed over periods and shards, and
 * only those sums are joined.
 */
async function sumsBy(conn: Conn, actor: Actor, p: Period, f: Filters, dim: Dimension | 'period'): Promise<SumRow[]> {
  const sector = analyticsScope(actor).kind === 'sector';
  const need = new Set<Col>();
  if (dim !== 'period') need.add(DIM_COL[dim]);
  if (f.districtId) need.add('district_id');
  if (f.channel) need.add('channel');
  if (f.categoryId) need.add('item_id');
  if (f.executorId || f.supervisorId || sector) need.add('executor_id');
  const { table, cols } = ROLLUPS.find((r) => [...need].every((c) => r.cols.includes(c)))!;
  const from = sql.raw(`${table} s`);
  const key = dim === 'period' ? sql`s.period::text` : KEY[dim];
  const range = sql`s.grain = ${GRAIN_CODE[p.grain]} and s.period >= ${p.from} and s.period <= ${p.to}`;
  const joins = sector || f.supervisorId || f.categoryId || dim === 'sector' || dim === 'sphere' || dim === 'category';
  if (!joins) {
    return rows<SumRow>(conn, sql`select ${key} as key, ${SUMS} from ${from} where ${range} and ${conditions(actor, f, ROLLUP)} group by 1`);
  }
  const raw = { districtId: f.districtId, executorId: f.executorId, channel: f.channel };
  const group = sql.raw([...(dim === 'period' ? ['period'] : []), ...cols].map((c) => `s.${c}`).join(', '));
  return rows<SumRow>(
    conn,
    sql`select ${key} as key, ${SUMS}
      from (select ${group},
              sum(s.registered) as registered, sum(s.closed) as closed, sum(s.close_minutes) as close_minutes, sum(s.rating_sum) as rating_sum,
              sum(s.rating_n) as rating_n, sum(s.counted) as counted, sum(s.on_time) as on_time, sum(s.extended) as extended
            from ${from} where ${range} and ${conditions({ id: 0, role: 'analyst', organisationId: null }, raw, ROLLUP)}
            group by ${group}) s ${JOINS}
      where ${conditions(actor, f, ROLLUP)}
      group by 1`,
  );
}

// ——— names ———

const nameCol = (lang: Lang) => sql.raw(lang === 'kk' ? 'name_kk' : lang === 'en' ? 'name_en' : 'name_ru');

/** Display names of a dimension's keys (0 = none). */
async function namesOf(conn: Conn, dim: Dimension, keys: (string | number)[], lang: Lang): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const ids = keys.map(Number).filter((k) => Number.isInteger(k) && k > 0);
  if (dim === 'channel') {
    for (const k of keys) out.set(String(k), t(lang, `ui.channel.${k}` as MessageKey));
    return out;
  }
  if (ids.length) {
    const list = sql.join(ids.map((id) => sql`${id}`), sql`, `);
    const q =
      dim === 'district'
        ? sql`select id, ${nameCol(lang)} as name from districts where id in (${list})`
        : dim === 'sector'
          ? sql`select id, full_name as name from users where id in (${list})`
          : dim === 'executor'
            ? sql`select id, ${nameCol(lang)} as name from organisations where id in (${list})`
            : sql`select id, code || ' ' || ${nameCol(lang)} as name from catalogue where id in (${list})`;
    for (const r of await rows<{ id: number; name: string }>(conn, q)) out.set(String(r.id), r.name);
  }
  const none = t(lang, dim === 'executor' || dim === 'district' || dim === 'sector' ? `analytics.none.${dim}` : 'analytics.none');
  for (const k of keys) if (!out.has(String(k))) out.set(String(k), none);
  return out;
}

// ——— drill-down: the appeals list's filters behind a figure ———

const DRILL_PARAM: Record<Dimension, string> = {
  district: 'districtId',
  sector: 'supervisorId',
  sphere: 'categoryId',
  category: 'categoryId',
  item: 'categoryId',
  executor: 'executorId',
  channel: 'channel',
};

const FILTER_KEYS = Object.keys(filterShape) as (keyof Filters)[];

function drillBase(f: Filters, dim?: Dimension, key?: string | number): URLSearchParams | null {
  const q = new URLSearchParams();
  for (const k of FILTER_KEYS) if (f[k] !== undefined) q.set(k, String(f[k]));
  if (dim) {
    // "None" (no district, no executor…) has no filter of its own to open.
    if (key === 0 || key === '0') return null;
    q.set(DRILL_PARAM[dim], String(key));
  }
  return q;
}

/** `GET /api/v1/appeals?…` (and the queue at /appeals?…): registered in the period, and closed late in it. */
function drill(f: Filters, p: { from: string; to: string }, dim?: Dimension, key?: string | number): { registered: string; late: string } | null {
  const base = drillBase(f, dim, key);
  if (!base) return null;
  const registered = new URLSearchParams(base);
  registered.set('from', p.from);
  registered.set('to', p.to);
  const late = new URLSearchParams(base);
  late.set('closedFrom', p.from);
  late.set('closedTo', p.to);
  late.set('onTime', 'false');
  return { registered: registered.toString(), late: late.toString() };
}

// ——— breakdown ———

export type BreakdownRow = Figures & { key: string | number; name: string; drill: { registered: string; late: string } | null };
export type Breakdown = { dimension: Dimension; grain: Grain; from: string; to: string; total: Figures; items: BreakdownRow[] };

/** Figures of the period by one dimension, most registered first, with the total. */
export async function breakdown(ctx: ActorCtx, q: BreakdownQuery, lang: Lang): Promise<Breakdown> {
  const p = resolvePeriod(q, ctx.now(), 1);
  const sums = await sumsBy(ctx.db, ctx.actor, p, q, q.dimension);
  const names = await namesOf(ctx.db, q.dimension, sums.map((r) => r.key), lang);
  let total = ZERO;
  const items = sums.map((r) => {
    const c = counts(r);
    total = addCounts(total, c);
    return { key: typeof r.key === 'string' && q.dimension !== 'channel' ? Number(r.key) : r.key, name: names.get(String(r.key)) ?? String(r.key), ...figures(c), drill: drill(q, p, q.dimension, r.key) };
  });
  items.sort((a, b) => b.registered - a.registered || b.closed - a.closed || a.name.localeCompare(b.name));
  return { dimension: q.dimension, grain: p.grain, from: p.from, to: p.to, total: figures(total), items };
}

// ——— trends ———

export type TrendPoint = Figures & { period: string; from: string; to: string; drill: { registered: string; late: string } | null };
export type Trends = { grain: Grain; from: string; to: string; items: TrendPoint[] };

/** Figures period by period (empty periods as zeros); the last 12 months or weeks by default. */
export async function trends(ctx: ActorCtx, q: TrendsQuery): Promise<Trends> {
  const p = resolvePeriod(q, ctx.now(), 12);
  const sums = await sumsBy(ctx.db, ctx.actor, p, q, 'period');
  const byPeriod = new Map(sums.map((r) => [String(r.key), counts(r)]));
  const items = p.periods.map((start) => {
    const range = { from: start, to: periodEnd(start, p.grain) };
    return { period: start, ...range, ...figures(byPeriod.get(start) ?? ZERO), drill: drill(q, range) };
  });
  return { grain: p.grain, from: p.from, to: p.to, items };
}

// ——— repeated problems ———

export type RepeatedRow = {
  itemId: number;
  item: string;
  districtId: number | null;
  district: string;
  houseId: number | null;
  address: string | null;
  count: number;
  /** Of them still open. House level only (the district level is read from the rollup). */
  open: number | null;
  first: string | null;
  last: string | null;
  /** The latest appeals' numbers (up to 20); house level only. */
  numbers: string[];
  drill: string;
};
export type Repeated = { level: 'house' | 'district'; minCount: number; from: string; to: string; items: RepeatedRow[] };

/**
 * "Act on frequently repeated errors": the same catalogue item at least `minCount` times at one
 * house within [from, to] (the last 30 days by default, at most MAX_REPEAT_DAYS), or in one
 * district within whole periods (from the rollup, any length the other figures allow).
 */
export async function repeated(ctx: ActorCtx, q: RepeatedQuery, lang: Lang): Promise<Repeated> {
  analyticsScope(ctx.actor);
  if (q.level === 'district') return repeatedByDistrict(ctx, q, lang);
  const to = q.to ?? localDay(ctx.now());
  const from = q.from ?? addDays(to, -29);
  if (from > to) throw new AppError('INVALID_PERIOD', { from, to });
  if (daysBetween(from, to) > MAX_REPEAT_DAYS) throw new AppError('PERIOD_TOO_LONG', { max: MAX_REPEAT_DAYS, unit: 'day' });
  const start = localDayStart(from);
  const end = localDayEnd(to);
  const name = nameCol(lang);
  const found = await rows<{ item_id: number; house_id: number; district_id: number | null; n: number; open: number; first: Date | string; last: Date | string; numbers: string[]; item: string; district: string | null; street: string | null; house: string | null }>(
    ctx.db,
    sql`with g as (
        select a.catalogue_item_id as item_id, a.house_id, min(a.district_id) as district_id, count(*)::int as n,
          (count(*) filter (where a.status not in (${sql.join(FINAL_STATUSES.map((s) => sql`${s}`), sql`, `)})))::int as open,
          min(a.created_at) as first, max(a.created_at) as last, (array_agg(a.number order by a.created_at desc))[1:20] as numbers
        from appeals a left join organisations o on o.id = a.executor_id left join catalogue i on i.id = a.catalogue_item_id left join catalogue c on c.id = i.parent_id
        where a.created_at >= ${start} and a.created_at < ${end} and a.house_id is not null and a.catalogue_item_id is not null
          and ${conditions(ctx.actor, q, APPEALS)}
        group by 1, 2 having count(*) >= ${q.minCount}
        order by n desc, last desc limit ${q.limit})
      select g.*, ci.code || ' ' || ci.${name} as item, d.${name} as district, st.${name} as street, h.number as house
      from g join catalogue ci on ci.id = g.item_id join houses h on h.id = g.house_id left join streets st on st.id = h.street_id
        left join districts d on d.id = g.district_id
      order by g.n desc, g.last desc`,
  );
  const items = found.map((r) => {
    const q2 = drillBase(q)!;
    q2.set('categoryId', String(r.item_id));
    q2.set('houseId', String(r.house_id));
    q2.set('from', from);
    q2.set('to', to);
    return {
      itemId: r.item_id,
      item: r.item,
      districtId: r.district_id,
      district: r.district ?? t(lang, 'analytics.none'),
      houseId: r.house_id,
      address: r.street ? `${r.street}, ${r.house}` : r.house,
      count: r.n,
      open: r.open,
      first: new Date(r.first).toISOString(),
      last: new Date(r.last).toISOString(),
      numbers: r.numbers,
      drill: q2.toString(),
    };
  });
  return { level: 'house', minCount: q.minCount, from, to, items };
}

const addDays = (day: string, n: number) => new Date(new Date(`${day}T00:00:00Z`).getTime() + n * 86_400_000).toISOString().slice(0, 10);

async function repeatedByDistrict(ctx: ActorCtx, q: RepeatedQuery, lang: Lang): Promise<Repeated> {
  const p = resolvePeriod(q, ctx.now(), 1);
  const found = await rows<{ item_id: number; district_id: number; n: number }>(
    ctx.db,
    // Item × district (and the executor, for the scope and filters) without the channel: the item rollup,
    // unless a channel is asked for.
    sql`select s.item_id, s.district_id, sum(s.registered)::int as n from ${sql.raw(q.channel ? 'stats_analytics' : 'stats_analytics_item')} s ${JOINS}
      where s.grain = ${GRAIN_CODE[p.grain]} and s.period >= ${p.from} and s.period <= ${p.to} and s.item_id <> 0 and s.district_id <> 0
        and ${conditions(ctx.actor, q, ROLLUP)}
      group by 1, 2 having sum(s.registered) >= ${q.minCount}
      order by n desc, 1, 2 limit ${q.limit}`,
  );
  const items = await namesOf(ctx.db, 'item', found.map((r) => r.item_id), lang);
  const districts = await namesOf(ctx.db, 'district', found.map((r) => r.district_id), lang);
  return {
    level: 'district',
    minCount: q.minCount,
    from: p.from,
    to: p.to,
    items: found.map((r) => {
      const d = drillBase(q)!;
      d.set('categoryId', String(r.item_id));
      d.set('districtId', String(r.district_id));
      d.set('from', p.from);
      d.set('to', p.to);
      return {
        itemId: r.item_id,
        item: items.get(String(r.item_id))!,
        districtId: r.district_id,
        district: districts.get(String(r.district_id))!,
        houseId: null,
        address: null,
        count: r.n,
        open: null,
        first: null,
        last: null,
        numbers: [],
        drill: d.toString(),
      };
    }),
  };
}

// ——— the monthly management report's data ———

export type MonthlyReport = {
  month: string;
  previousMonth: string;
  total: Figures;
  previous: Figures;
  executors: BreakdownRow[];
  sectors: BreakdownRow[];
  categories: (BreakdownRow & { previous: number })[];
  repeated: RepeatedRow[];
  repeatedDistricts: RepeatedRow[];
};

/** Everything the monthly PDF shows, within the actor's scope. */
export async function monthlyReport(ctx: ActorCtx, month: string, lang: Lang): Promise<MonthlyReport> {
  const from = `${month}-01`;
  const to = periodEnd(from, 'month');
  const previousMonth = addPeriods(from, 'month', -1).slice(0, 7);
  const base = { grain: 'month' as const, from, to, format: 'json' as const };
  const by = (dimension: Dimension, f = from, tt = to) => breakdown(ctx, { ...base, from: f, to: tt, dimension }, lang);
  const [executors, sectors, categories, prevCategories, channels, prevChannels, rep, repD] = await Promise.all([
    by('executor'),
    by('sector'),
    by('category'),
    by('category', `${previousMonth}-01`, addDays(from, -1)),
    by('channel'),
    by('channel', `${previousMonth}-01`, addDays(from, -1)),
    repeated(ctx, { ...base, level: 'house', minCount: 3, limit: 15 }, lang),
    repeated(ctx, { ...base, level: 'district', minCount: 10, limit: 10 }, lang),
  ]);
  const prev = new Map(prevCategories.items.map((r) => [String(r.key), r.registered]));
  return {
    month,
    previousMonth,
    total: channels.total,
    previous: prevChannels.total,
    executors: executors.items.filter((r) => r.counted > 0).sort((a, b) => b.counted - a.counted).slice(0, 30),
    sectors: sectors.items,
    categories: categories.items.slice(0, 10).map((r) => ({ ...r, previous: prev.get(String(r.key)) ?? 0 })),
    repeated: rep.items,
    repeatedDistricts: repD.items,
  };
}
