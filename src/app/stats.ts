import { eq, sql } from 'drizzle-orm';
import type { Conn, Db } from '../db/client.ts';
import { settings } from '../db/schema.ts';
import { KENES_BY_DAY } from './kenes.ts';

// The counters behind the wallboard and the ratings (tables stats_*): a trigger keeps them in the
// same transaction as every change (migration 0007). Here: the same figures recounted from the
// appeals themselves — to check the counters (`npm run cli -- stats-check`), and to rebuild them
// after a bulk load that bypassed the trigger (the demo city, benchmarks).

type Row = Record<string, string | number>;
type Table = { name: string; keys: string[]; values: string[]; expected: string; /** A cheaper source for a rebuild, from a table rebuilt before it. */ derive?: { from: string; sql: string } };

const RUNNING = `('registered', 'routed', 'accepted', 'answered', 'rework', 'verified', 'reopened')`;

/** The analytics rollups: the same contributions of each appeal, summed by `keys` per period. */
function analytics(name: string, keys: string[]): Table {
  const k = keys.map((c) => `p.${c}`).join(', ');
  const values = ['registered', 'closed', 'close_minutes', 'rating_sum', 'rating_n', 'counted', 'on_time', 'extended'];
  return {
    name,
    // The narrower rollups are sums of the full one: rebuilt from it, not from the appeals again.
    ...(name !== 'stats_analytics' && {
      derive: { from: 'stats_analytics', sql: `select grain, period, ${keys.join(', ')}, ${values.map((v) => `sum(${v})::bigint as ${v}`).join(', ')} from stats_analytics group by grain, period, ${keys.join(', ')}` },
    }),
    keys: ['grain', 'period', ...keys],
    values: ['registered', 'closed', 'close_minutes', 'rating_sum', 'rating_n', 'counted', 'on_time', 'extended'],
    expected: `
      select g.grain, p.period, ${k},
        sum(p.registered)::int as registered, sum(p.closed)::int as closed, sum(p.close_minutes)::bigint as close_minutes,
        sum(p.rating_sum)::int as rating_sum, sum(p.rating_n)::int as rating_n, sum(p.counted)::int as counted,
        sum(p.on_time)::int as on_time, sum(p.extended)::int as extended
      from (values ('m', 'month'), ('w', 'week')) g (grain, unit)
      cross join lateral (
        select date_trunc(g.unit, jauap_local_day(created_at))::date as period, coalesce(district_id, 0) as district_id,
          coalesce(catalogue_item_id, 0) as item_id, coalesce(executor_id, 0) as executor_id, channel,
          1 as registered, 0 as closed, 0::bigint as close_minutes, 0 as rating_sum, 0 as rating_n, 0 as counted, 0 as on_time, 0 as extended
        from appeals
        union all
        select date_trunc(g.unit, jauap_local_day(closed_at))::date, coalesce(district_id, 0), coalesce(catalogue_item_id, 0), coalesce(executor_id, 0), channel,
          0, 1, floor(extract(epoch from (closed_at - created_at)) / 60)::bigint, coalesce(rating, 0), (rating is not null)::int,
          (executor_id is not null and answered_at is not null)::int,
          (executor_id is not null and answered_at is not null and answered_at <= due_at)::int,
          (executor_id is not null and answered_at is not null and extended_days > 0)::int
        from appeals where status = 'closed' and closed_at is not null
      ) p
      group by g.grain, p.period, ${k}`,
  };
}

/** What each counter table must hold, as GROUP BY queries over what they count. */
const TABLES: Table[] = [
  {
    name: 'stats_state',
    keys: ['status'],
    values: ['n', 'first_contact'],
    expected: `select status, count(*)::bigint as n, (count(*) filter (where first_contact))::bigint as first_contact from appeals group by status`,
  },
  {
    name: 'stats_day',
    keys: ['day', 'channel', 'criticality'],
    values: ['registered', 'first_contact', 'closed', 'close_minutes', 'rating_sum', 'rating_n'],
    expected: `
      select coalesce(r.day, c.day) as day, coalesce(r.channel, c.channel) as channel, coalesce(r.criticality, c.criticality) as criticality,
        coalesce(r.registered, 0) as registered, coalesce(r.first_contact, 0) as first_contact,
        coalesce(c.closed, 0) as closed, coalesce(c.close_minutes, 0) as close_minutes, coalesce(c.rating_sum, 0) as rating_sum, coalesce(c.rating_n, 0) as rating_n
      from (
        select jauap_local_day(created_at) as day, channel, criticality, count(*)::int as registered, (count(*) filter (where first_contact))::int as first_contact
        from appeals group by 1, 2, 3
      ) r
      full join (
        select jauap_local_day(closed_at) as day, channel, criticality, count(*)::int as closed,
          sum(floor(extract(epoch from (closed_at - created_at)) / 60))::bigint as close_minutes,
          sum(coalesce(rating, 0))::int as rating_sum, count(rating)::int as rating_n
        from appeals where status = 'closed' and closed_at is not null group by 1, 2, 3
      ) c on c.day = r.day and c.channel = r.channel and c.criticality = r.criticality`,
  },
  {
    name: 'stats_executor_month',
    keys: ['month', 'executor_id'],
    values: ['closed', 'on_time', 'extended', 'rating_sum', 'rating_n'],
    expected: `
      select date_trunc('month', jauap_local_day(closed_at))::date as month, executor_id, count(*)::int as closed,
        (count(*) filter (where answered_at <= due_at))::int as on_time, (count(*) filter (where extended_days > 0))::int as extended,
        sum(coalesce(rating, 0))::int as rating_sum, count(rating)::int as rating_n
      from appeals
      where status = 'closed' and closed_at is not null and executor_id is not null and answered_at is not null
      group by 1, 2`,
  },
  {
    name: 'stats_category_month',
    keys: ['month', 'category_id', 'sphere_id'],
    values: ['registered'],
    expected: `
      select date_trunc('month', jauap_local_day(a.created_at))::date as month, coalesce(c.id, 0) as category_id, coalesce(c.parent_id, 0) as sphere_id, count(*)::int as registered
      from appeals a left join catalogue i on i.id = a.catalogue_item_id left join catalogue c on c.id = i.parent_id
      group by 1, 2, 3`,
  },
  {
    name: 'stats_open',
    keys: ['executor_id', 'due_day'],
    values: ['n'],
    expected: `select coalesce(executor_id, 0) as executor_id, jauap_local_day(due_at) as due_day, count(*)::int as n from appeals where status in ${RUNNING} group by 1, 2`,
  },
  // Analytics (migrations 0012, 0014, 0015): by month ('m') and ISO week ('w') of registration and of closing.
  analytics('stats_analytics', ['district_id', 'item_id', 'executor_id', 'channel']),
  analytics('stats_analytics_item', ['item_id', 'executor_id', 'district_id']),
  analytics('stats_analytics_place', ['district_id', 'channel']),
  // Kenes, the chatbot (migration 0013): its day counters, from the conversations and messages.
  {
    name: 'kenes_stats_day',
    keys: ['day'],
    values: ['conversations', 'questions', 'answered', 'handed_off', 'deflected', 'thumbs_up', 'thumbs_down'],
    expected: KENES_BY_DAY,
  },
];

async function rows(conn: Conn, text: string): Promise<Row[]> {
  const r = (await conn.execute(sql.raw(text))) as unknown as { rows: Row[] };
  return r.rows;
}

// Dates are read as text (see checkStats), so keys compare as plain strings.
const keyOf = (t: Table, r: Row) => t.keys.map((k) => String(r[k])).join('|');
const norm = (t: Table, r: Row) => t.values.map((v) => Number(r[v] ?? 0));

export type StatsDifference = { table: string; key: string; expected: number[]; actual: number[] };

/**
 * Compares every counter with a recount from the appeals. Shards are summed; rows that have
 * fallen back to zero are the same as absent ones.
 */
export async function checkStats(db: Db): Promise<{ ok: boolean; tables: number; rows: number; differences: StatsDifference[] }> {
  // One snapshot for the counters and the recount: they are written in the same transaction as
  // the appeals, so on a busy server they agree within it (separate reads would not).
  return db.transaction(
    async (tx) => {
      await tx.execute(sql`set transaction isolation level repeatable read read only`);
      return compareAll(tx);
    },
  );
}

async function compareAll(conn: Conn): Promise<{ ok: boolean; tables: number; rows: number; differences: StatsDifference[] }> {
  const differences: StatsDifference[] = [];
  let count = 0;
  for (const t of TABLES) {
    const cols = [...t.keys.map((k) => (k.endsWith('day') || k === 'month' || k === 'period' ? `${k}::text as ${k}` : k)), ...t.values.map((v) => `sum(${v})::bigint as ${v}`)];
    const actual = await rows(conn, `select ${cols.join(', ')} from ${t.name} group by ${t.keys.map((_, i) => i + 1).join(', ')}`);
    const expected = await rows(conn, `select ${[...t.keys.map((k) => (k.endsWith('day') || k === 'month' || k === 'period' ? `${k}::text as ${k}` : k)), ...t.values].join(', ')} from (${t.expected}) e`);
    const exp = new Map(expected.map((r) => [keyOf(t, r), norm(t, r)]));
    const act = new Map(actual.map((r) => [keyOf(t, r), norm(t, r)]).filter(([, v]) => (v as number[]).some((x) => x !== 0)) as [string, number[]][]);
    count += exp.size;
    for (const k of new Set([...exp.keys(), ...act.keys()])) {
      const e = exp.get(k) ?? t.values.map(() => 0);
      const a = act.get(k) ?? t.values.map(() => 0);
      if (e.some((x, i) => x !== a[i])) differences.push({ table: t.name, key: k, expected: e, actual: a });
    }
  }
  return { ok: differences.length === 0, tables: TABLES.length, rows: count, differences };
}

/**
 * Recounts every counter from the appeals (writers wait meanwhile): after a bulk load that
 * bypassed the trigger, or to repair counters an operator changed by hand.
 */
export async function rebuildStats(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await lockCounted(tx);
    await rebuildIn(tx);
  });
}

/**
 * The category counters follow the catalogue's tree as it is: after a node moves to another
 * parent, they are recounted in the same transaction (writers wait a moment; moves are rare).
 */
export async function recountCategoryStats(tx: Conn): Promise<void> {
  await tx.execute(sql`lock table appeals in share row exclusive mode`);
  await rebuildIn(tx, TABLES.filter((t) => t.name === 'stats_category_month'));
}

/**
 * Blocks the writers of everything counted, and a second rebuild alike (SHARE would let two
 * rebuilds run side by side); readers go on.
 */
async function lockCounted(tx: Conn): Promise<void> {
  await tx.execute(sql`lock table appeals, kenes_conversations, kenes_messages in share row exclusive mode`);
}

async function rebuildIn(tx: Conn, tables = TABLES): Promise<void> {
  for (const t of tables) {
    await tx.execute(sql.raw(`delete from ${t.name}`));
    const cols = [...t.keys, ...t.values];
    const source = t.derive && tables.some((x) => x.name === t.derive!.from) ? t.derive.sql : t.expected;
    await tx.execute(sql.raw(`insert into ${t.name} (${[...cols, 'shard'].join(', ')}) select ${cols.join(', ')}, 0 from (${source}) e`));
  }
  await tx.insert(settings).values({ key: 'stats_built', value: true }).onConflictDoNothing();
}

/** Counters exist for appeals written before them (an upgrade): built once, at start-up. */
export async function ensureStats(db: Db): Promise<boolean> {
  const [done] = await db.select().from(settings).where(eq(settings.key, 'stats_built'));
  if (done) return false;
  return db.transaction(async (tx) => {
    // Two processes starting at once: the second waits here, then finds the work done.
    await lockCounted(tx);
    const [again] = await tx.select().from(settings).where(eq(settings.key, 'stats_built'));
    if (again) return false;
    await rebuildIn(tx);
    return true;
  });
}
