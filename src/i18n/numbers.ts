import type { Lang } from '../domain/types.ts';

// Locales for dates and numbers, shared by the server (exports, PDF) and the web app.

export const LOCALE: Record<Lang, string> = { ru: 'ru-RU', kk: 'kk-KZ', en: 'en-GB' };
/**
 * Kazakh writes numbers as Russian does (1 470; 16,2). Some browsers claim kk-KZ yet format it
 * as English (1,470; 16.2), so the Russian rules are used for it everywhere.
 */
export const NUMBER_LOCALE: Record<Lang, string> = { ...LOCALE, kk: 'ru-RU' };

/** A number the way the language writes it: 1 470,5 (ru, kk), 1,470.5 (en). */
export function formatNumber(n: number, lang: Lang, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(NUMBER_LOCALE[lang], options).format(n);
}
