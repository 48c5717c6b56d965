import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from './calendar.ts';
import { KZ_CALENDAR_2024_2027, KZ_DEFAULT_SETTINGS } from './kz-calendar.ts';
import { nextOpening, parseOperatorHours } from './operator-hours.ts';

const kz = (local: string) => new Date(`${local}+05:00`);
const cal = new WorkingCalendar(KZ_CALENDAR_2024_2027, KZ_DEFAULT_SETTINGS);

describe('operator hours', () => {
  it('reads round the clock, a daily window and a working-days window', () => {
    expect(parseOperatorHours('24/7')).toEqual({ kind: 'always' });
    expect(parseOperatorHours('08:00-20:00')).toEqual({ kind: 'window', from: 480, to: 1200, workdaysOnly: false });
    expect(parseOperatorHours(' 09:00 – 18:30  Workdays ')).toEqual({ kind: 'window', from: 540, to: 1110, workdaysOnly: true });
    expect(parseOperatorHours('00:00-24:00')).toEqual({ kind: 'window', from: 0, to: 1440, workdaysOnly: false });
    for (const bad of ['', 'always', '9:00-18:00', '18:00-09:00', '09:00-09:00', '09:00-25:00', '09:00-18:00 weekends']) expect(parseOperatorHours(bad), bad).toBeNull();
  });

  it('is open round the clock', () => {
    expect(nextOpening({ kind: 'always' }, kz('2026-03-08T03:00:00'), cal)).toBeNull();
  });

  it('a daily window opens later today or tomorrow, and is open inside it', () => {
    const h = parseOperatorHours('08:00-20:00')!;
    expect(nextOpening(h, kz('2026-03-02T07:59:00'), cal)?.toISOString()).toBe(kz('2026-03-02T08:00:00').toISOString());
    expect(nextOpening(h, kz('2026-03-02T12:00:00'), cal)).toBeNull();
    expect(nextOpening(h, kz('2026-03-02T20:00:00'), cal)?.toISOString()).toBe(kz('2026-03-03T08:00:00').toISOString());
    // Holidays do not matter to a daily window: open on Women's Day too.
    expect(nextOpening(h, kz('2026-03-08T10:00:00'), cal)).toBeNull();
  });

  it('a working-days window skips weekends and the holidays of the calendar', () => {
    const h = parseOperatorHours('09:00-18:00 workdays')!;
    // Friday evening → Tuesday: Women's Day fell on Sunday 8 March 2026, so Monday 9 is off.
    expect(nextOpening(h, kz('2026-03-06T18:30:00'), cal)?.toISOString()).toBe(kz('2026-03-10T09:00:00').toISOString());
    expect(nextOpening(h, kz('2026-02-27T18:30:00'), cal)?.toISOString()).toBe(kz('2026-03-02T09:00:00').toISOString());
    // Nauryz (21–25 March 2026, with the days carried over) → the first working day after it.
    const after = nextOpening(h, kz('2026-03-20T19:00:00'), cal)!;
    expect(cal.isWorkingDay(after.toISOString().slice(0, 10))).toBe(true);
    expect(after.getTime()).toBeGreaterThan(kz('2026-03-25T00:00:00').getTime());
    expect(nextOpening(h, kz('2026-03-04T10:00:00'), cal)).toBeNull();
  });
});
