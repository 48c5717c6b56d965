import { asc } from 'drizzle-orm';
import type { Conn } from '../db/client.ts';
import { calendarExceptions } from '../db/schema.ts';
import { WorkingCalendar } from '../domain/calendar.ts';
import { KZ_DEFAULT_SETTINGS } from '../domain/kz-calendar.ts';
import type { CalendarException, CalendarSettings } from '../domain/types.ts';

/**
 * The working calendar as stored in the database, cached in the process. A change made here
 * refreshes at once; a change made by another process is seen within `ttlMs`.
 */
export class CalendarService {
  private cached: { at: number; cal: WorkingCalendar } | null = null;
  constructor(
    private readonly settings: CalendarSettings = KZ_DEFAULT_SETTINGS,
    private readonly ttlMs = 60_000,
  ) {}

  async get(conn: Conn): Promise<WorkingCalendar> {
    const now = Date.now();
    if (this.cached && now - this.cached.at < this.ttlMs) return this.cached.cal;
    const rows = await conn.select().from(calendarExceptions).orderBy(asc(calendarExceptions.date));
    const exceptions: CalendarException[] = rows.map((r) => ({
      date: r.date,
      kind: r.kind === 'workday' ? 'workday' : 'holiday',
      name: { ru: r.nameRu, kk: r.nameKk, en: r.nameEn },
    }));
    const cal = new WorkingCalendar(exceptions, this.settings);
    this.cached = { at: now, cal };
    return cal;
  }

  invalidate(): void {
    this.cached = null;
  }
}
