import { detectAll } from 'tinyld';
import { KAZAKH_LETTERS, normalise } from './normalize.ts';

export type TextLang = 'ru' | 'kk' | 'en';
export const TEXT_LANGS: readonly TextLang[] = ['ru', 'kk', 'en'];

const CYRILLIC = /[\u0400-\u04ff]/g;
const LATIN = /[a-z]/g;
const KAZAKH = new RegExp(KAZAKH_LETTERS.source, 'g');

/**
 * The language of a text, restricted to ru/kk/en. The script decides first (Latin → en);
 * a Cyrillic text with Kazakh's own letters (ә ғ қ ң ө ұ ү һ і) is Kazakh; the rest — Cyrillic
 * without them ("мектеп", "су бар ма") — is left to tinyld's n-gram profiles limited to ru and
 * kk (its data ships in the package: nothing is fetched). Empty or letterless text → `fallback`.
 */
export function detectLanguage(text: string, fallback: TextLang = 'ru'): TextLang {
  const s = normalise(text);
  const cyr = s.match(CYRILLIC)?.length ?? 0;
  const lat = s.match(LATIN)?.length ?? 0;
  if (cyr === 0 && lat === 0) return fallback;
  if (lat > cyr) return 'en';
  const kk = s.match(KAZAKH)?.length ?? 0;
  // One stray "і" (a Ukrainian name, a typo) does not make a Russian text Kazakh.
  if (kk >= 2 || (kk === 1 && cyr < 40)) return 'kk';
  // About one letter in eight of Kazakh text is one of its own: a longer text without any is Russian.
  if (cyr >= 60) return 'ru';
  const best = detectAll(s.slice(0, 200), { only: ['ru', 'kk'] })[0];
  return best?.lang === 'kk' ? 'kk' : 'ru';
}
