import { createContext, useContext } from 'react';
import { en } from '../i18n/en.ts';
import { LOCALE } from '../i18n/numbers.ts';
import { kk } from '../i18n/kk.ts';
import { ru } from '../i18n/ru.ts';

// The same catalogues as the server's: every text on screen comes from them.
export type Key = keyof typeof ru;
export type Lang = 'ru' | 'kk' | 'en';
const CATALOGUES: Record<Lang, Record<Key, string>> = { ru, kk, en };

export function translate(lang: Lang, key: Key, params: Record<string, string | number> = {}): string {
  const s = CATALOGUES[lang][key] ?? CATALOGUES.ru[key] ?? key;
  return s.replace(/\{(\w+)\}/g, (_, n: string) => String(params[n] ?? ''));
}

export const I18n = createContext<{ lang: Lang; setLang: (l: Lang) => void }>({ lang: 'ru', setLang: () => undefined });

export function useT() {
  const { lang } = useContext(I18n);
  return (key: Key, params?: Record<string, string | number>) => translate(lang, key, params);
}

/** "2 d 4 h", "3 h 10 min", "25 min" */
export function duration(ms: number, t: ReturnType<typeof useT>): string {
  const m = Math.max(0, Math.round(ms / 60_000));
  const d = Math.floor(m / 1440);
  const h = Math.floor((m % 1440) / 60);
  const min = m % 60;
  if (d > 0) return `${t('ui.time.d', { n: d })} ${h ? t('ui.time.h', { n: h }) : ''}`.trim();
  if (h > 0) return `${t('ui.time.h', { n: h })} ${min ? t('ui.time.m', { n: min }) : ''}`.trim();
  return t('ui.time.m', { n: min });
}

export function formatDateTime(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Almaty' }).format(new Date(iso));
}

/**
 * A language's code shown as a chip ("KK"): sighted readers get its name on hover, screen readers
 * hear the name instead of the letters (a plain span may not carry an aria-label).
 */
export function LangCode({ lang, className }: { lang: string; className?: string }) {
  const t = useT();
  const name = lang === 'ru' || lang === 'kk' || lang === 'en' ? t(`ui.kb.lang.${lang}`) : lang;
  return (
    <span className={className} title={name}>
      <span aria-hidden="true">{lang.toUpperCase()}</span>
      <span className="sr-only">{name}</span>
    </span>
  );
}
