// Local time of the country: Kazakhstan keeps UTC+5 everywhere since 1 March 2024, without
// daylight saving. Counters, ratings, reports, filters by date and the chatbot's clock count in
// local days; the SQL of the counters (migration 0007, `local_day`) uses the same offset.
// Shared by the server and the browser.

export const LOCAL_OFFSET_MS = 5 * 3_600_000;
export const DAY_MS = 86_400_000;

/** The instant shifted to local wall-clock time: read it with the getUTC… methods. */
export function localClock(at: Date): Date {
  return new Date(at.getTime() + LOCAL_OFFSET_MS);
}

/** The local calendar day of an instant, as YYYY-MM-DD. */
export function localDay(at: Date): string {
  return localClock(at).toISOString().slice(0, 10);
}

/** The instant a local day (YYYY-MM-DD) begins. */
export function localDayStart(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - LOCAL_OFFSET_MS);
}

/** The instant a local day ends: the start of the next one. */
export function localDayEnd(day: string): Date {
  return new Date(localDayStart(day).getTime() + DAY_MS);
}

/** "09:00" from minutes after midnight. */
export const clockText = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
