import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { WorkingCalendar } from './calendar.ts';
import { KZ_CALENDAR_2024_2027, KZ_DEFAULT_SETTINGS } from './kz-calendar.ts';
import type { CalendarException, DeadlineRule } from './types.ts';

const cal = new WorkingCalendar(KZ_CALENDAR_2024_2027, KZ_DEFAULT_SETTINGS);

/** A local (UTC+5) wall-clock time as an instant. */
const kz = (local: string): Date => new Date(`${local}+05:00`);
/** The local (UTC+5) wall-clock time of an instant, 'YYYY-MM-DDTHH:MM'. */
const local = (d: Date): string => new Date(d.getTime() + 5 * 3_600_000).toISOString().slice(0, 16);

const wd = (amount: number): DeadlineRule => ({ amount, unit: 'days', mode: 'working' });
const wh = (amount: number): DeadlineRule => ({ amount, unit: 'hours', mode: 'working' });

describe('KZ_CALENDAR_2024_2027', () => {
  it('has one entry per date, sorted, with names in all three languages', () => {
    const dates = KZ_CALENDAR_2024_2027.map((e) => e.date);
    expect(new Set(dates).size).toBe(dates.length);
    expect([...dates].sort()).toEqual(dates);
    for (const e of KZ_CALENDAR_2024_2027) {
      expect(e.date).toMatch(/^202[4-7]-\d{2}-\d{2}$/);
      expect(e.name.ru.length).toBeGreaterThan(0);
      expect(e.name.kk.length).toBeGreaterThan(0);
      expect(e.name.en.length).toBeGreaterThan(0);
    }
  });

  it("puts 'workday' exceptions only on Saturdays/Sundays", () => {
    const workdays = KZ_CALENDAR_2024_2027.filter((e) => e.kind === 'workday');
    expect(workdays.map((e) => e.date)).toEqual(['2024-05-04', '2025-01-05']);
    for (const e of workdays) expect([0, 6]).toContain(new Date(`${e.date}T00:00:00Z`).getUTCDay());
  });

  it('matches the published number of working days per year (five-day week)', () => {
    const count = (y: number) => cal.yearDays(y).filter((d) => d.working).length;
    expect(count(2024)).toBe(249); // Kurban Ait on Sunday 16 June
    expect(count(2025)).toBe(246); // 119 days of rest
    expect(count(2026)).toBe(246); // 119 days of rest
    expect(count(2027)).toBe(247); // Labour Code rule only
  });

  it('applies the decrees and the weekend-holiday rule', () => {
    // 2024: day off moved from Saturday 4 May to Wednesday 8 May
    expect(cal.isWorkingDay('2024-05-04')).toBe(true);
    expect(cal.isWorkingDay('2024-05-08')).toBe(false);
    // 2025: day off moved from Sunday 5 January to Friday 3 January
    expect(cal.isWorkingDay('2025-01-03')).toBe(false);
    expect(cal.isWorkingDay('2025-01-05')).toBe(true);
    expect(cal.exception('2025-01-05')?.kind).toBe('workday');
    // 8 March 2025 is a Saturday → Monday 10 March off; Nauryz 22–23 March → 24, 25 March
    expect(['2025-03-10', '2025-03-21', '2025-03-24', '2025-03-25'].map((d) => cal.isWorkingDay(d))).toEqual([
      false, false, false, false,
    ]);
    expect(cal.isWorkingDay('2025-03-26')).toBe(true);
    // 2026 published list of moved days off
    for (const d of ['2026-03-09', '2026-03-24', '2026-03-25', '2026-05-11', '2026-08-31', '2026-10-26']) {
      expect(cal.isWorkingDay(d)).toBe(false);
    }
    // religious holidays on a weekend are not moved
    expect(cal.exception('2024-06-16')?.name.en).toMatch(/Kurban Ait/);
    expect(cal.isWorkingDay('2024-06-17')).toBe(true);
    expect(cal.isWorkingDay('2024-01-08')).toBe(true);
    // 2027: New Year on Saturday 2 January → Monday 4 January off
    expect(cal.isWorkingDay('2027-01-04')).toBe(false);
  });
});

describe('WorkingCalendar basics', () => {
  it('computes the local date with the +05:00 offset', () => {
    expect(cal.localDate(new Date('2025-03-07T19:30:00Z'))).toBe('2025-03-08');
    expect(cal.localDate(new Date('2025-03-07T18:59:59.999Z'))).toBe('2025-03-07');
  });

  it('knows ordinary weekdays and weekends', () => {
    expect(cal.isWorkingDay('2025-04-14')).toBe(true); // Monday
    expect(cal.isWorkingDay('2025-04-12')).toBe(false); // Saturday
    expect(cal.isWorkingDay('2025-04-13')).toBe(false); // Sunday
    expect(cal.exception('2025-04-14')).toBeUndefined();
  });

  it('lists the days of a year for the admin screen', () => {
    const days = cal.yearDays(2024);
    expect(days).toHaveLength(366);
    expect(days[0]).toEqual({ date: '2024-01-01', working: false, exception: cal.exception('2024-01-01') });
    expect(days[1]?.exception?.name.ru).toBe('Новый год');
    expect(days[2]).toEqual({ date: '2024-01-03', working: true });
    expect(days.at(-1)?.date).toBe('2024-12-31');
    expect(days.filter((d) => d.exception).length).toBe(
      KZ_CALENDAR_2024_2027.filter((e) => e.date.startsWith('2024')).length,
    );
  });

  it('lets later exceptions override earlier ones', () => {
    const c = new WorkingCalendar(
      [
        ...KZ_CALENDAR_2024_2027,
        { date: '2025-12-31', kind: 'holiday', name: { ru: 'x', kk: 'x', en: 'x' } },
        { date: '2025-12-16', kind: 'workday', name: { ru: 'y', kk: 'y', en: 'y' } },
      ],
      KZ_DEFAULT_SETTINGS,
    );
    expect(c.isWorkingDay('2025-12-31')).toBe(false);
    expect(c.isWorkingDay('2025-12-16')).toBe(true);
    expect(c.exception('2025-12-16')?.kind).toBe('workday');
  });

  it('rejects invalid rules, dates and settings', () => {
    const at = kz('2025-04-14T10:00');
    expect(() => cal.addDeadline(at, wd(-1))).toThrow(RangeError);
    expect(() => cal.addDeadline(at, wh(Number.NaN))).toThrow(RangeError);
    expect(() => cal.addDeadline(at, { amount: Infinity, unit: 'hours', mode: 'calendar' })).toThrow(RangeError);
    expect(() => cal.addDeadline(at, wd(1.5))).toThrow(RangeError);
    expect(() => cal.addDeadline(at, { amount: 1, unit: 'weeks', mode: 'calendar' } as unknown as DeadlineRule)).toThrow(
      RangeError,
    );
    expect(() => cal.addMinutes(at, -5, 'working')).toThrow(RangeError);
    expect(() => cal.isWorkingDay('2025-02-30')).toThrow(RangeError);
    expect(() => cal.isWorkingDay('14.04.2025')).toThrow(RangeError);
    expect(() => new WorkingCalendar([], { utcOffsetMinutes: 300, workStartMinute: 600, workEndMinute: 600 })).toThrow(
      RangeError,
    );
    const bad: CalendarException = { date: '2025-13-01', kind: 'holiday', name: { ru: '', kk: '', en: '' } };
    expect(() => new WorkingCalendar([bad], KZ_DEFAULT_SETTINGS)).toThrow(RangeError);
  });
});

describe('addDeadline — real cases', () => {
  it('1 working day from Friday 7 March 2025 17:00 skips 8 March (Sat) and its Monday in lieu', () => {
    expect(local(cal.addDeadline(kz('2025-03-07T17:00'), wd(1)))).toBe('2025-03-11T18:00');
  });

  it('10 working days from 7 March 2025 also skip Nauryz (21, 24, 25 March)', () => {
    expect(local(cal.addDeadline(kz('2025-03-07T17:00'), wd(10)))).toBe('2025-03-27T18:00');
  });

  it('15 working days from 27 December 2024 cross the New Year holidays and the Sunday workday', () => {
    // working: 30, 31 Dec; 5 (Sun, decree), 6, 8, 9, 10, 13–17, 20, 21, 22 Jan
    expect(local(cal.addDeadline(kz('2024-12-27T10:00'), wd(15)))).toBe('2025-01-22T18:00');
  });

  it('registers an appeal after 18:00 on the next working day', () => {
    expect(local(cal.addDeadline(kz('2025-04-14T18:30'), wd(1)))).toBe('2025-04-16T18:00');
    expect(local(cal.addDeadline(kz('2025-04-14T18:00'), wd(1)))).toBe('2025-04-16T18:00');
    expect(local(cal.addDeadline(kz('2025-04-14T17:59'), wd(1)))).toBe('2025-04-15T18:00');
    expect(local(cal.addDeadline(kz('2025-04-14T07:00'), wd(1)))).toBe('2025-04-15T18:00');
    // amount 0 → end of the registration day
    expect(local(cal.addDeadline(kz('2025-04-14T12:00'), wd(0)))).toBe('2025-04-14T18:00');
    expect(local(cal.addDeadline(kz('2025-04-18T19:00'), wd(0)))).toBe('2025-04-21T18:00'); // Fri evening → Mon
    // arriving on a holiday: registered on the next working day
    expect(local(cal.addDeadline(kz('2025-03-21T10:00'), wd(1)))).toBe('2025-03-27T18:00');
  });

  it('4 calendar hours across midnight, and calendar days ignore holidays', () => {
    expect(local(cal.addDeadline(kz('2025-06-10T22:30'), { amount: 4, unit: 'hours', mode: 'calendar' }))).toBe(
      '2025-06-11T02:30',
    );
    expect(local(cal.addDeadline(kz('2025-03-20T11:15'), { amount: 3, unit: 'days', mode: 'calendar' }))).toBe(
      '2025-03-23T11:15',
    );
  });

  it('working hours starting on a Sunday begin at Monday 09:00', () => {
    expect(local(cal.addDeadline(kz('2025-04-13T12:00'), wh(4)))).toBe('2025-04-14T13:00');
    expect(local(cal.addDeadline(kz('2025-04-13T12:00'), wh(9)))).toBe('2025-04-14T18:00'); // window end, not Tue 09:00
    expect(local(cal.addDeadline(kz('2025-04-13T12:00'), wh(10)))).toBe('2025-04-15T10:00');
    expect(local(cal.addDeadline(kz('2025-04-13T12:00'), wh(0.5)))).toBe('2025-04-14T09:30');
  });

  it('working hours inside a window continue over the evening', () => {
    expect(local(cal.addDeadline(kz('2025-04-14T16:30'), wh(2)))).toBe('2025-04-15T09:30');
    expect(local(cal.addDeadline(kz('2025-04-14T08:00'), wh(0)))).toBe('2025-04-14T09:00');
    expect(local(cal.addDeadline(kz('2025-04-14T10:00'), wh(0)))).toBe('2025-04-14T10:00');
    // ending exactly at 18:00 stays on the same evening
    expect(local(cal.addDeadline(kz('2025-04-14T09:00'), wh(9)))).toBe('2025-04-14T18:00');
    expect(local(cal.addDeadline(kz('2025-04-14T16:30'), wh(1.5)))).toBe('2025-04-14T18:00');
  });

  it("a 'workday' Saturday counts", () => {
    // 4 May 2024 is a working Saturday (decree); Friday 16:00 + 4 working hours → Saturday 11:00
    expect(local(cal.addDeadline(kz('2024-05-03T16:00'), wh(4)))).toBe('2024-05-04T11:00');
    expect(local(cal.addDeadline(kz('2024-05-03T10:00'), wd(1)))).toBe('2024-05-04T18:00');
    // the moved day off (8 May) is skipped: Sat 4 → Mon 6, (7, 8, 9 off), Fri 10
    expect(local(cal.addDeadline(kz('2024-05-03T10:00'), wd(3)))).toBe('2024-05-10T18:00');
  });

  it('long working-day deadlines (jumping whole weeks) agree with the year listing', () => {
    const working2025 = cal.yearDays(2025).filter((d) => d.working).map((d) => d.date);
    // registered on 31 Dec 2024 (a working Tuesday) → the 246th working day of 2025 is its last one
    expect(local(cal.addDeadline(kz('2024-12-31T12:00'), wd(246)))).toBe(`${working2025.at(-1)}T18:00`);
    expect(local(cal.addDeadline(kz('2024-12-31T12:00'), wd(60)))).toBe(`${working2025[59]}T18:00`);
  });
});

describe('pausing and resuming', () => {
  it('counts remaining working minutes across the weekend and holidays', () => {
    const now = kz('2025-03-07T17:00');
    const due = kz('2025-03-11T10:00');
    expect(cal.remainingMinutes(now, due, 'working')).toBe(120);
    expect(cal.remainingMinutes(now, due, 'calendar')).toBe(89 * 60);
    expect(cal.remainingMinutes(due, now, 'working')).toBe(0);
    expect(cal.remainingMinutes(due, now, 'calendar')).toBe(0);
    // resumed on Wednesday 2 April at 17:30 with 120 working minutes left
    expect(local(cal.addMinutes(kz('2025-04-02T17:30'), 120, 'working'))).toBe('2025-04-03T10:30');
    expect(local(cal.addMinutes(kz('2025-04-02T17:30'), 120, 'calendar'))).toBe('2025-04-02T19:30');
  });

  it('working minutes between two instants', () => {
    expect(cal.workingMinutesBetween(kz('2025-04-14T09:00'), kz('2025-04-18T18:00'))).toBe(5 * 9 * 60);
    expect(cal.workingMinutesBetween(kz('2025-04-12T00:00'), kz('2025-04-13T23:59'))).toBe(0);
    expect(cal.workingMinutesBetween(kz('2025-04-14T12:00'), kz('2025-04-14T11:00'))).toBe(0);
    expect(cal.workingMinutesBetween(kz('2025-04-14T12:00'), kz('2025-04-14T12:45'))).toBe(45);
    // the whole of 2026: 246 working days × 9 h
    expect(cal.workingMinutesBetween(kz('2026-01-01T00:00'), kz('2027-01-01T00:00'))).toBe(246 * 9 * 60);
  });
});

// ---------- property tests ----------

const FROM = Date.UTC(2023, 11, 1);
const TO = Date.UTC(2028, 1, 1);
const instant = fc.integer({ min: FROM, max: TO }).map((ms) => new Date(ms));
const rule: fc.Arbitrary<DeadlineRule> = fc.oneof(
  fc.record({
    amount: fc.integer({ min: 0, max: 60 }),
    unit: fc.constant('days' as const),
    mode: fc.constantFrom('calendar' as const, 'working' as const),
  }),
  fc.record({
    amount: fc.integer({ min: 0, max: 4 * 300 }).map((q) => q / 4),
    unit: fc.constant('hours' as const),
    mode: fc.constantFrom('calendar' as const, 'working' as const),
  }),
);
const mode = fc.constantFrom('calendar' as const, 'working' as const);
const minutes = fc.integer({ min: 0, max: 9 * 60 * 80 });
const RUNS = { numRuns: 300 };

/** An instant inside a working window: a working day of 2024–2027 at a minute in [09:00, 18:00). */
const workingDays = [2024, 2025, 2026, 2027].flatMap((y) => cal.yearDays(y).filter((d) => d.working).map((d) => d.date));
const inWindow = fc
  .record({
    day: fc.constantFrom(...workingDays),
    ms: fc.integer({ min: 0, max: 9 * 3_600_000 - 1 }),
  })
  .map(({ day, ms }) => new Date(kz(`${day}T09:00`).getTime() + ms));

/** Slow reference: walk day by day. */
function referenceWorkingDays(start: Date, n: number): string {
  let day = cal.localDate(start);
  const next = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const endOfDay = kz(`${day}T18:00`).getTime();
  if (!cal.isWorkingDay(day) || start.getTime() >= endOfDay) {
    do day = next(day);
    while (!cal.isWorkingDay(day));
  }
  for (let i = 0; i < n; i++) {
    do day = next(day);
    while (!cal.isWorkingDay(day));
  }
  return `${day}T18:00`;
}

function localMinuteOfDay(d: Date): number {
  const l = local(d);
  return Number(l.slice(11, 13)) * 60 + Number(l.slice(14, 16));
}

describe('properties', () => {
  it('the deadline is never before the start', () => {
    fc.assert(
      fc.property(instant, rule, (start, r) => {
        expect(cal.addDeadline(start, r).getTime()).toBeGreaterThanOrEqual(start.getTime());
      }),
      RUNS,
    );
  });

  it('is monotonic in the start', () => {
    fc.assert(
      fc.property(instant, instant, rule, (a, b, r) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(cal.addDeadline(late, r).getTime()).toBeGreaterThanOrEqual(cal.addDeadline(early, r).getTime());
      }),
      RUNS,
    );
  });

  it('is monotonic in the amount', () => {
    fc.assert(
      fc.property(instant, rule, fc.integer({ min: 0, max: 30 }), (start, r, extra) => {
        const more = { ...r, amount: r.amount + extra };
        expect(cal.addDeadline(start, more).getTime()).toBeGreaterThanOrEqual(cal.addDeadline(start, r).getTime());
      }),
      RUNS,
    );
  });

  it('working-hour deadlines land inside a working window or exactly at its end', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 4 * 300 }), (start, q) => {
        const due = cal.addDeadline(start, wh(q / 4));
        expect(cal.isWorkingDay(cal.localDate(due))).toBe(true);
        const m = localMinuteOfDay(due);
        expect(m).toBeGreaterThanOrEqual(9 * 60);
        expect(m).toBeLessThanOrEqual(18 * 60);
        if (m === 18 * 60) expect(due.getTime() % 60_000).toBe(0);
      }),
      RUNS,
    );
  });

  it('working-hour deadlines are the earliest instant with enough working time', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 4 * 300 }), (start, q) => {
        const due = cal.addDeadline(start, wh(q / 4));
        expect(cal.workingMinutesBetween(start, due)).toBe(q * 15);
        expect(cal.workingMinutesBetween(start, new Date(due.getTime() - 1))).toBeLessThan(q * 15);
      }),
      RUNS,
    );
  });

  it('working-day deadlines match a day-by-day reference', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 120 }), (start, n) => {
        expect(local(cal.addDeadline(start, wd(n)))).toBe(referenceWorkingDays(start, n));
      }),
      RUNS,
    );
  });

  it('remainingMinutes inverts addMinutes (working mode from inside a window)', () => {
    fc.assert(
      fc.property(inWindow, minutes, (now, m) => {
        expect(cal.remainingMinutes(now, cal.addMinutes(now, m, 'working'), 'working')).toBe(m);
      }),
      RUNS,
    );
  });

  it('remainingMinutes inverts addMinutes (any instant, both modes)', () => {
    fc.assert(
      fc.property(instant, minutes, mode, (now, m, md) => {
        expect(cal.remainingMinutes(now, cal.addMinutes(now, m, md), md)).toBe(m);
      }),
      RUNS,
    );
  });

  it('workingMinutesBetween(a, addMinutes(a, m)) === m', () => {
    fc.assert(
      fc.property(instant, minutes, (a, m) => {
        expect(cal.workingMinutesBetween(a, cal.addMinutes(a, m, 'working'))).toBe(m);
      }),
      RUNS,
    );
  });

  it('workingMinutesBetween is additive and bounded by elapsed time', () => {
    fc.assert(
      fc.property(instant, instant, instant, (x, y, z) => {
        const [a, b, c] = [x, y, z].sort((p, q) => p.getTime() - q.getTime()) as [Date, Date, Date];
        const ab = cal.workingMinutesBetween(a, b);
        const bc = cal.workingMinutesBetween(b, c);
        expect(ab + bc).toBeCloseTo(cal.workingMinutesBetween(a, c), 6);
        expect(ab).toBeLessThanOrEqual((b.getTime() - a.getTime()) / 60_000);
      }),
      RUNS,
    );
  });

  it('addMinutes composes: m1 then m2 equals m1 + m2 (working, m1 > 0)', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 5000 }), (a, m1, m2) => {
        const stepwise = cal.addMinutes(cal.addMinutes(a, m1, 'working'), m2, 'working');
        expect(stepwise.getTime()).toBe(cal.addMinutes(a, m1 + m2, 'working').getTime());
      }),
      RUNS,
    );
  });
});
