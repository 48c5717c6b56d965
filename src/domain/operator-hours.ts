import type { WorkingCalendar } from './calendar.ts';
import { DAY_MS, localDay, localDayStart } from './local-time.ts';

// When operators answer the chatbot's hand-offs (KENES_OPERATOR_HOURS): round the clock, like a
// city's 109, or a daily window, or a window on the working days of the centre's calendar (a
// state system's support desk). Outside it a hand-off still goes to the queue, and the citizen is
// told when an operator will answer.

export type OperatorHours = { kind: 'always' } | { kind: 'window'; from: number; to: number; workdaysOnly: boolean };

const HH_MM = '([01]\\d|2[0-3]):([0-5]\\d)';
const WINDOW = new RegExp(`^${HH_MM}-(${HH_MM}|24:00)( workdays)?$`);

/** "24/7", "08:00-20:00" (every day) or "09:00-18:00 workdays"; null when it is none of these. */
export function parseOperatorHours(text: string): OperatorHours | null {
  const s = text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/\s*[-–]\s*/, '-');
  if (s === '24/7') return { kind: 'always' };
  const m = WINDOW.exec(s);
  if (!m) return null;
  const from = Number(m[1]) * 60 + Number(m[2]);
  const to = m[3] === '24:00' ? 24 * 60 : Number(m[4]) * 60 + Number(m[5]);
  if (to <= from) return null;
  return { kind: 'window', from, to, workdaysOnly: !!m[6] };
}

/** The next instant operators are on duty after `at`, or null when they are now. */
export function nextOpening(hours: OperatorHours, at: Date, calendar: Pick<WorkingCalendar, 'isWorkingDay'>): Date | null {
  if (hours.kind === 'always') return null;
  const today = localDayStart(localDay(at)).getTime();
  // A year ahead covers any calendar (the longest holidays are about a week).
  for (let d = 0; d < 366; d++) {
    const dayStart = today + d * DAY_MS;
    if (hours.workdaysOnly && !calendar.isWorkingDay(localDay(new Date(dayStart)))) continue;
    const open = dayStart + hours.from * 60_000;
    const close = dayStart + hours.to * 60_000;
    if (at.getTime() < open) return new Date(open);
    if (at.getTime() < close) return null;
  }
  return null;
}
