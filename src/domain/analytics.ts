// Analytics for staff, as pure rules (documented in README, "Analytics"). The figures are the
// wallboard's and the ratings' (src/domain/rating.ts): registered by the local day an appeal was
// registered, closed by the day it (last) closed, on time among the closed appeals the executor
// answered, satisfaction as the citizens' 1–5 ratings of the appeals closed in the period.

import { DAY_MS as DAY } from './local-time.ts';

export const GRAINS = ['month', 'week'] as const;
export type Grain = (typeof GRAINS)[number];

/** What a breakdown groups by. Category, sphere and sector are the catalogue's and the organisations' as they are now. */
export const DIMENSIONS = ['district', 'sector', 'sphere', 'category', 'item', 'executor', 'channel'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** The rollup's grain code (stats_analytics.grain). */
export const GRAIN_CODE: Record<Grain, 'm' | 'w'> = { month: 'm', week: 'w' };

/** Longest period one request may cover: 3 years by month, 2 years by week. */
export const MAX_PERIODS: Record<Grain, number> = { month: 36, week: 105 };

/** The house-level search of repeated problems reads the appeals of its window: at most this many days. */
export const MAX_REPEAT_DAYS = 92;

const iso = (d: Date) => d.toISOString().slice(0, 10);
const parse = (s: string) => new Date(`${s}T00:00:00Z`);

/** The first day of the period (month or ISO week, from Monday) that holds `day`. */
export function periodStart(day: string, grain: Grain): string {
  const d = parse(day);
  if (grain === 'month') return `${day.slice(0, 7)}-01`;
  const dow = (d.getUTCDay() + 6) % 7; // Monday 0
  return iso(new Date(d.getTime() - dow * DAY));
}

/** The start of the period `n` periods after the one starting at `start` (n may be negative). */
export function addPeriods(start: string, grain: Grain, n: number): string {
  const d = parse(start);
  if (grain === 'week') return iso(new Date(d.getTime() + n * 7 * DAY));
  return iso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1)));
}

/** The last day of the period starting at `start`. */
export function periodEnd(start: string, grain: Grain): string {
  return iso(new Date(parse(addPeriods(start, grain, 1)).getTime() - DAY));
}

/** Every period start from `from`'s period to `to`'s, in order. */
export function periodsBetween(from: string, to: string, grain: Grain): string[] {
  const out: string[] = [];
  for (let p = periodStart(from, grain), last = periodStart(to, grain); p <= last; p = addPeriods(p, grain, 1)) out.push(p);
  return out;
}

/** Days from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): number {
  return Math.round((parse(to).getTime() - parse(from).getTime()) / DAY) + 1;
}

/** Part of whole in per cent with one decimal, multiplied before dividing (as the ratings); null of nothing. */
export function perCent(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part * 1000) / whole) / 10 : null;
}

/** A mean with two decimals; null of nothing. */
export function mean(sum: number, n: number): number | null {
  return n > 0 ? Math.round((sum * 100) / n) / 100 : null;
}

/** Figures of one cell: what the rollup sums, and what is derived from them. */
export type Counts = {
  registered: number;
  closed: number;
  closeMinutes: number;
  ratingSum: number;
  ratingN: number;
  counted: number;
  onTime: number;
  extended: number;
};

export type Figures = Omit<Counts, 'closeMinutes' | 'ratingSum'> & {
  /** Closed with the executor's answer after the deadline in force. */
  late: number;
  /** On time ÷ counted, per cent. */
  onTimeRate: number | null;
  /** Mean of the citizens' 1–5 ratings. */
  satisfaction: number | null;
  /** Mean hours from registration to closing. */
  closeHours: number | null;
};

export function figures(c: Counts): Figures {
  return {
    registered: c.registered,
    closed: c.closed,
    counted: c.counted,
    onTime: c.onTime,
    late: c.counted - c.onTime,
    onTimeRate: perCent(c.onTime, c.counted),
    extended: c.extended,
    ratingN: c.ratingN,
    satisfaction: mean(c.ratingSum, c.ratingN),
    closeHours: c.closed > 0 ? Math.round((c.closeMinutes * 10) / 60 / c.closed) / 10 : null,
  };
}

export const ZERO: Counts = { registered: 0, closed: 0, closeMinutes: 0, ratingSum: 0, ratingN: 0, counted: 0, onTime: 0, extended: 0 };

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    registered: a.registered + b.registered,
    closed: a.closed + b.closed,
    closeMinutes: a.closeMinutes + b.closeMinutes,
    ratingSum: a.ratingSum + b.ratingSum,
    ratingN: a.ratingN + b.ratingN,
    counted: a.counted + b.counted,
    onTime: a.onTime + b.onTime,
    extended: a.extended + b.extended,
  };
}
