import { LOCALE, NUMBER_LOCALE } from '../../i18n/numbers.ts';
import type { Lang } from '../i18n.tsx';

/** Kazakhstan's single time zone (UTC+5), as the server counts days and months. */
const ZONE = 'Etc/GMT-5';

export const locale = (lang: Lang) => LOCALE[lang];

export function formatInt(n: number, lang: Lang): string {
  return new Intl.NumberFormat(NUMBER_LOCALE[lang], { maximumFractionDigits: 0 }).format(n);
}

/** 12.5 → "12,5 %" (ru), "12.5%" (en). */
export function formatPercent(p: number, lang: Lang): string {
  return new Intl.NumberFormat(NUMBER_LOCALE[lang], { style: 'percent', maximumFractionDigits: 1 }).format(p / 100);
}

export function formatDecimal(n: number, lang: Lang, digits = 1): string {
  return new Intl.NumberFormat(NUMBER_LOCALE[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
}

export function formatClock(d: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false, timeZone: ZONE }).format(d);
}

/** "2026-11" → "Ноябрь 2026", the month's name from the catalogue (`wallboard.months`, twelve, comma-separated). */
export function formatMonth(month: string, names: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const name = names.split(',')[m - 1]?.trim() ?? String(m);
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${y}`;
}

/** "Литвиненко Андрей Сергеевич" → "Литвиненко А. С.": a person's name as it reads on a board. */
export function personShort(name: string): string {
  const parts = name.trim().split(/\s+/);
  if (parts.length < 2 || parts.length > 3 || !parts.every((p) => /^\p{L}[\p{L}'’-]*$/u.test(p))) return name;
  // No-break spaces: the initials never part from the surname.
  return [parts[0], ...parts.slice(1).map((p) => `${p.charAt(0)}.`)].join('\u00a0');
}

/**
 * A name short enough to read across a hall: the legal form (ГУ, ТОО, ММ, ЖШС…) and the quotes
 * around the proper name go; the full name stays in the title and for screen readers.
 */
export function shortName(name: string): string {
  let s = name.trim();
  const form = '[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,5}';
  s = s.replace(new RegExp(`^${form}\\s+(?=«)`), '').replace(new RegExp(`(?<=»[^«»]*)\\s+${form}$`), '');
  const quoted = /^«([^«»]+)»(.*)$/.exec(s);
  if (quoted) s = `${quoted[1]}${quoted[2]}`;
  return s.trim() || name;
}
