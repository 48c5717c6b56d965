import type { ErrorCode, ErrorParams } from '../domain/errors.ts';
import { LANGS, type Lang } from '../domain/types.ts';
import { en } from './en.ts';
import { kk } from './kk.ts';
import { ru } from './ru.ts';

export type MessageKey = keyof typeof ru;
export type Messages = Record<MessageKey, string>;

const CATALOGUES: Record<Lang, Messages> = { ru, kk, en };

/** The text for `key` in `lang`, with {placeholders} filled in. */
export function t(lang: Lang, key: MessageKey, params: ErrorParams = {}): string {
  const template = CATALOGUES[lang][key] ?? CATALOGUES.ru[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params[name];
    return v === undefined || v === null ? '' : String(v);
  });
}

export function errorMessage(lang: Lang, code: ErrorCode, params: ErrorParams = {}): string {
  return t(lang, `error.${code}`, params);
}

/** The best of ru/kk/en for an Accept-Language header; ru when nothing matches. */
export function pickLang(header: string | undefined, fallback: Lang = 'ru'): Lang {
  if (!header) return fallback;
  const ranked = header
    .split(',')
    .map((part, i) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: tag.toLowerCase().split('-')[0] ?? '', q: q ? Number(q.slice(2)) || 0 : 1, i };
    })
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const r of ranked) {
    if ((LANGS as readonly string[]).includes(r.lang)) return r.lang as Lang;
    if (r.lang === 'kz') return 'kk';
  }
  return fallback;
}

export function isLang(v: unknown): v is Lang {
  return typeof v === 'string' && (LANGS as readonly string[]).includes(v);
}
