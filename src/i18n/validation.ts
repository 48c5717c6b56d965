import { z } from 'zod';
import type { Lang } from '../domain/types.ts';
import { t, type MessageKey } from './i18n.ts';

/** A zod issue as transports carry it (fastify's validation errors, CSV rows). */
export type Issue = { code: string; message?: string; [k: string]: unknown };

const ruLocale = z.locales.ru().localeError;
const enLocale = z.locales.en().localeError;

const KK_TYPES: Record<string, string> = { string: 'мәтін', number: 'сан', boolean: 'логикалық мән', object: 'нысан', array: 'массив', date: 'күн', undefined: 'ештеңе' };

// Zod ships no Kazakh catalogue: these are the issue kinds our schemas produce.
function kk(issue: Issue): string {
  const n = (k: string) => String(issue[k] ?? '');
  switch (issue.code) {
    case 'invalid_type':
      return `Қате түр: ${KK_TYPES[n('expected')] ?? n('expected')} күтілді`;
    case 'invalid_value':
      return `Қате мән: мыналардың бірі күтілді — ${((issue.values as unknown[]) ?? []).map(String).join(', ')}`;
    case 'too_small':
      return issue.origin === 'string' ? `Тым қысқа: кемінде ${n('minimum')} таңба` : issue.origin === 'array' ? `Тым аз: кемінде ${n('minimum')} элемент` : `Тым кіші: кемінде ${n('minimum')}`;
    case 'too_big':
      return issue.origin === 'string' ? `Тым ұзын: ең көбі ${n('maximum')} таңба` : issue.origin === 'array' ? `Тым көп: ең көбі ${n('maximum')} элемент` : `Тым үлкен: ең көбі ${n('maximum')}`;
    case 'invalid_format':
      return issue.format === 'email' ? 'Қате электрондық пошта' : issue.format === 'date' || issue.format === 'datetime' ? 'Қате күн пішімі' : 'Қате пішім';
    case 'unrecognized_keys':
      return `Белгісіз өрістер: ${((issue.keys as unknown[]) ?? []).map(String).join(', ')}`;
    default:
      return 'Қате мән';
  }
}

/**
 * The text of one validation problem in the caller's language: our own checks carry a message
 * key (`invalid_iin`, `lat_lon_pair`…), zod's built-in ones are rendered from the issue itself.
 */
export function issueText(lang: Lang, issue: Issue, params: Record<string, string | number> = {}): string {
  const key = `validation.${issue.message ?? ''}` as MessageKey;
  const own = t(lang, key, params);
  if (own !== key) return own;
  if (lang === 'kk') return kk(issue);
  const out = (lang === 'ru' ? ruLocale : enLocale)(issue as never);
  return (typeof out === 'string' ? out : out?.message) ?? issue.message ?? 'invalid';
}
