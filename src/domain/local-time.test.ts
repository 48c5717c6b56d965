import { describe, expect, it } from 'vitest';
import { localClock, localDay, localDayEnd, localDayStart } from './local-time.ts';

describe('local time (UTC+5)', () => {
  it('turns the day at 19:00 UTC', () => {
    expect(localDay(new Date('2026-03-31T18:59:59.999Z'))).toBe('2026-03-31');
    expect(localDay(new Date('2026-03-31T19:00:00Z'))).toBe('2026-04-01');
  });
  it('gives the instants a local day begins and ends', () => {
    expect(localDayStart('2026-04-01').toISOString()).toBe('2026-03-31T19:00:00.000Z');
    expect(localDayEnd('2026-12-31').toISOString()).toBe('2026-12-31T19:00:00.000Z');
    expect(localDay(localDayStart('2024-02-29'))).toBe('2024-02-29');
  });
  it('reads the local clock and year', () => {
    const d = localClock(new Date('2026-12-31T20:30:00Z'));
    expect([d.getUTCFullYear(), d.getUTCHours(), d.getUTCMinutes()]).toEqual([2027, 1, 30]);
  });
});
