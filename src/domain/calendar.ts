// Working calendar: deadlines in calendar or working time.
//
// Semantics
// - Every instant is a `Date` (a UTC instant). Local time = UTC + settings.utcOffsetMinutes,
//   a fixed offset (Kazakhstan: UTC+5 everywhere since 1 March 2024, no DST).
// - A day is a working day if it is Mon–Fri and not a 'holiday' exception, or a Sat/Sun
//   with a 'workday' exception. If several exceptions share a date, the last one wins,
//   so admin overrides can simply be appended to a base list.
// - The working window of a working day is [workStartMinute, workEndMinute) local.
// - calendar hours: start + amount h exactly. calendar days: start + amount × 24 h exactly.
// - working hours: only time inside working windows counts. If start is outside a window,
//   counting begins at the next window's opening. The result is the instant when
//   amount × 60 working minutes have elapsed; a result that lands exactly on a window's end
//   is that window end (not the next opening).
// - working days (Administrative Procedural Code, arts. 64/76: an appeal is registered on the
//   day it arrives, or on the next working day if it arrives after hours, and is considered
//   within N working days): the registration day is the local day of `start` if that is a
//   working day and start < workEnd, otherwise the next working day. The deadline is workEnd
//   of the N-th working day AFTER the registration day; N = 0 → workEnd of the registration
//   day. N must be a whole number.
// - remainingMinutes / workingMinutesBetween / addMinutes work in exact milliseconds, so the
//   minutes they return may be fractional when the instants are not on whole minutes
//   (round at the storage boundary if needed).
// Amounts that are negative or not finite are rejected with a RangeError.
//
// Performance: exceptions live in a Map keyed by day number; counting working days over a
// range is O(log #exceptions) (weekday arithmetic + binary search over the sorted
// adjustments), and working-day/working-hour additions jump over whole weeks, never over
// single minutes.

import type { CalendarException, CalendarSettings, DeadlineRule } from './types.ts';

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a YYYY-MM-DD string; RangeError if malformed. */
function parseDay(date: string): number {
  const m = DATE_RE.exec(date);
  if (!m) throw new RangeError(`invalid date "${date}", expected YYYY-MM-DD`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const day = ms / DAY_MS;
  if (formatDay(day) !== date) throw new RangeError(`invalid date "${date}"`);
  return day;
}

function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. Day 0 (1970-01-01) was a Thursday. */
function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

function isWeekend(day: number): boolean {
  const w = weekday(day);
  return w === 0 || w === 6;
}

/** Number of Mon–Fri days in [from, to). */
function weekdaysIn(from: number, to: number): number {
  if (to <= from) return 0;
  const span = to - from;
  const weeks = Math.floor(span / 7);
  let count = weeks * 5;
  for (let d = from + weeks * 7; d < to; d++) if (!isWeekend(d)) count++;
  return count;
}

/** Number of elements of the sorted array `xs` in [from, to). */
function countIn(xs: readonly number[], from: number, to: number): number {
  return lowerBound(xs, to) - lowerBound(xs, from);
}

function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((xs[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function checkAmount(value: number, what: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new RangeError(`${what} must be a finite number >= 0, got ${String(value)}`);
  }
}

export class WorkingCalendar {
  private readonly byDay = new Map<number, CalendarException>();
  /** Sorted day numbers of holidays that fall on Mon–Fri (each removes a working day). */
  private readonly weekdayHolidays: number[] = [];
  /** Sorted day numbers of 'workday' exceptions on Sat/Sun (each adds a working day). */
  private readonly weekendWorkdays: number[] = [];
  private readonly offsetMs: number;
  private readonly startMs: number;
  private readonly endMs: number;
  private readonly windowMs: number;

  constructor(exceptions: readonly CalendarException[], settings: CalendarSettings) {
    const { utcOffsetMinutes, workStartMinute, workEndMinute } = settings;
    if (!Number.isInteger(utcOffsetMinutes) || Math.abs(utcOffsetMinutes) > 24 * 60) {
      throw new RangeError(`invalid utcOffsetMinutes ${String(utcOffsetMinutes)}`);
    }
    if (
      !Number.isInteger(workStartMinute) ||
      !Number.isInteger(workEndMinute) ||
      workStartMinute < 0 ||
      workEndMinute > 24 * 60 ||
      workStartMinute >= workEndMinute
    ) {
      throw new RangeError(`invalid working window [${String(workStartMinute)}, ${String(workEndMinute)})`);
    }
    this.offsetMs = utcOffsetMinutes * MINUTE_MS;
    this.startMs = workStartMinute * MINUTE_MS;
    this.endMs = workEndMinute * MINUTE_MS;
    this.windowMs = this.endMs - this.startMs;

    for (const e of exceptions) {
      if (e.kind !== 'holiday' && e.kind !== 'workday') {
        throw new RangeError(`invalid exception kind "${String(e.kind)}" on ${e.date}`);
      }
      this.byDay.set(parseDay(e.date), e); // last one wins
    }
    for (const [day, e] of this.byDay) {
      if (e.kind === 'holiday' && !isWeekend(day)) this.weekdayHolidays.push(day);
      if (e.kind === 'workday' && isWeekend(day)) this.weekendWorkdays.push(day);
    }
    this.weekdayHolidays.sort((a, b) => a - b);
    this.weekendWorkdays.sort((a, b) => a - b);
  }

  /** Local date string YYYY-MM-DD of an instant. */
  localDate(at: Date): string {
    return formatDay(this.dayOf(at.getTime()));
  }

  /** Mon–Fri unless a holiday; Sat/Sun only if a 'workday' exception. */
  isWorkingDay(date: string): boolean {
    return this.isWorking(parseDay(date));
  }

  exception(date: string): CalendarException | undefined {
    return this.byDay.get(parseDay(date));
  }

  /** The deadline for something that arrives at `start`. */
  addDeadline(start: Date, rule: DeadlineRule): Date {
    checkAmount(rule.amount, 'deadline amount');
    const t = start.getTime();
    if (!Number.isFinite(t)) throw new RangeError('invalid start date');
    if (rule.mode === 'calendar') {
      if (rule.unit === 'hours') return new Date(t + Math.round(rule.amount * HOUR_MS));
      if (rule.unit === 'days') return new Date(t + Math.round(rule.amount * DAY_MS));
    } else if (rule.mode === 'working') {
      if (rule.unit === 'hours') return new Date(this.addWorkingMs(t, Math.round(rule.amount * HOUR_MS)));
      if (rule.unit === 'days') {
        if (!Number.isInteger(rule.amount)) {
          throw new RangeError(`working days must be a whole number, got ${String(rule.amount)}`);
        }
        const local = t + this.offsetMs;
        const day = Math.floor(local / DAY_MS);
        const timeOfDay = local - day * DAY_MS;
        const registration =
          this.isWorking(day) && timeOfDay < this.endMs ? day : this.nthWorkingDayAfter(day, 1);
        const due = rule.amount === 0 ? registration : this.nthWorkingDayAfter(registration, rule.amount);
        return new Date(due * DAY_MS + this.endMs - this.offsetMs);
      }
    }
    throw new RangeError(`invalid deadline rule ${JSON.stringify(rule)}`);
  }

  /** Time left until `due`, in the rule's mode, in minutes (>= 0; 0 if past). */
  remainingMinutes(now: Date, due: Date, mode: 'calendar' | 'working'): number {
    if (mode === 'working') return this.workingMinutesBetween(now, due);
    if (mode === 'calendar') return Math.max(0, due.getTime() - now.getTime()) / MINUTE_MS;
    throw new RangeError(`invalid mode ${String(mode)}`);
  }

  /** The instant `minutes` of `mode` time after `from` (resumes a paused deadline). */
  addMinutes(from: Date, minutes: number, mode: 'calendar' | 'working'): Date {
    checkAmount(minutes, 'minutes');
    const t = from.getTime();
    if (!Number.isFinite(t)) throw new RangeError('invalid start date');
    const ms = Math.round(minutes * MINUTE_MS);
    if (mode === 'working') return new Date(this.addWorkingMs(t, ms));
    if (mode === 'calendar') return new Date(t + ms);
    throw new RangeError(`invalid mode ${String(mode)}`);
  }

  /** Working minutes between two instants (0 if b <= a). */
  workingMinutesBetween(a: Date, b: Date): number {
    const ta = a.getTime() + this.offsetMs;
    const tb = b.getTime() + this.offsetMs;
    if (!(tb > ta)) return 0;
    const da = Math.floor(ta / DAY_MS);
    const db = Math.floor(tb / DAY_MS);
    const todA = ta - da * DAY_MS;
    const todB = tb - db * DAY_MS;
    let ms: number;
    if (da === db) {
      ms = this.isWorking(da) ? this.overlap(todA, todB) : 0;
    } else {
      ms =
        (this.isWorking(da) ? this.overlap(todA, DAY_MS) : 0) +
        this.countWorkingDays(da + 1, db) * this.windowMs +
        (this.isWorking(db) ? this.overlap(0, todB) : 0);
    }
    return ms / MINUTE_MS;
  }

  /** Days of a year with their kind, for the admin calendar screen. */
  yearDays(year: number): { date: string; working: boolean; exception?: CalendarException }[] {
    if (!Number.isInteger(year) || year < 1 || year > 9999) throw new RangeError(`invalid year ${String(year)}`);
    const first = Date.UTC(year, 0, 1) / DAY_MS;
    const next = Date.UTC(year + 1, 0, 1) / DAY_MS;
    const out: { date: string; working: boolean; exception?: CalendarException }[] = [];
    for (let d = first; d < next; d++) {
      const exception = this.byDay.get(d);
      const working = this.isWorking(d);
      out.push(exception ? { date: formatDay(d), working, exception } : { date: formatDay(d), working });
    }
    return out;
  }

  // ---- internals (day numbers are local days since 1970-01-01) ----

  private dayOf(utcMs: number): number {
    return Math.floor((utcMs + this.offsetMs) / DAY_MS);
  }

  private isWorking(day: number): boolean {
    const e = this.byDay.get(day);
    if (e) return e.kind === 'workday';
    return !isWeekend(day);
  }

  /** Working days in [from, to). */
  private countWorkingDays(from: number, to: number): number {
    if (to <= from) return 0;
    return (
      weekdaysIn(from, to) -
      countIn(this.weekdayHolidays, from, to) +
      countIn(this.weekendWorkdays, from, to)
    );
  }

  /** The n-th (n >= 1) working day strictly after `day`. */
  private nthWorkingDayAfter(day: number, n: number): number {
    let d = day;
    let left = n;
    while (left > 0) {
      if (left > 10) {
        // Jump over whole weeks that certainly hold fewer than `left` working days.
        const span = (Math.floor(left / 5) - 1) * 7;
        const c = this.countWorkingDays(d + 1, d + 1 + span);
        if (c < left) {
          d += span;
          left -= c;
          continue;
        }
      }
      d++;
      if (this.isWorking(d)) left--;
    }
    return d;
  }

  /** Length of [from, to) ∩ [workStart, workEnd), in ms of local time of day. */
  private overlap(from: number, to: number): number {
    return Math.max(0, Math.min(to, this.endMs) - Math.max(from, this.startMs));
  }

  /** UTC instant when `durMs` of working time have elapsed after UTC instant `t`. */
  private addWorkingMs(t: number, durMs: number): number {
    const local = t + this.offsetMs;
    const day = Math.floor(local / DAY_MS);
    const timeOfDay = local - day * DAY_MS;
    let left = durMs;
    if (this.isWorking(day) && timeOfDay < this.endMs) {
      const begin = Math.max(timeOfDay, this.startMs);
      const available = this.endMs - begin;
      if (left <= available) return day * DAY_MS + begin + left - this.offsetMs;
      left -= available;
    }
    // left > 0, or left === 0 and we are past today's window: the q-th working day after
    // `day` holds the end, at offset left - (q - 1) × window (in (0, window]) after opening.
    const q = Math.max(1, Math.ceil(left / this.windowMs));
    const target = this.nthWorkingDayAfter(day, q);
    return target * DAY_MS + this.startMs + (left - (q - 1) * this.windowMs) - this.offsetMs;
  }
}
