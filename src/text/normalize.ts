/**
 * Text normalisation shared by search, the bot and the classifier: HTML removed, one case,
 * ё → е, Latin look-alikes inside Cyrillic words replaced by the Cyrillic letters they imitate,
 * the odd code points people type for Kazakh letters mapped to the standard ones. Pure.
 */

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", laquo: '«', raquo: '»', ndash: '–', mdash: '—', hellip: '…' };

/** Tags and character references out, block ends as spaces (an appeal's text often arrives as HTML). */
export function stripHtml(s: string): string {
  if (!/[<&]/.test(s)) return s;
  return s
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]{0,500}>/g, ' ')
    .replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    });
}

/** Whitespace (no-break spaces included) collapsed to single spaces, trimmed. */
export function squashSpaces(s: string): string {
  return s.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g, ' ').trim();
}

/** The text an appeal "says": HTML stripped, spaces collapsed. Duplicates are compared on this. */
export function plainText(s: string): string {
  return squashSpaces(stripHtml(s));
}

// Latin letters that look like Cyrillic ones (after lower-casing). A Latin "i" in a Cyrillic
// word is the Kazakh/Ukrainian і, which is what people type for it on a Russian keyboard.
const LOOKALIKE: Record<string, string> = {
  a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', i: 'і', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у',
};

// Non-standard code points for Kazakh letters: Latin schwa, barred o, the Bashkir/Tatar and
// hooked variants some keyboards produce, and the Cyrillic "ӊ".
const KAZAKH_VARIANTS: Record<string, string> = {
  'ə': 'ә', 'ɵ': 'ө', 'ӫ': 'ө', 'ӊ': 'ң', 'ҥ': 'ң', 'ӄ': 'қ', 'ҡ': 'қ', 'ӷ': 'ғ', 'ї': 'і',
};

const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN_LOOKALIKES = /[abcehikmopxty]/;

/** Lower-cases and applies the replacements above; keeps every other character as it is. */
export function normalise(text: string): string {
  let s = plainText(text).toLowerCase().replace(/ё/g, 'е');
  s = s.replace(/[əɵӫӊҥӄҡӷї]/g, (ch) => KAZAKH_VARIANTS[ch] ?? ch);
  // Only words that mix scripts are touched: "cвет" becomes "свет", "street" stays.
  if (LATIN_LOOKALIKES.test(s) && CYRILLIC.test(s)) {
    s = s.replace(/[\p{L}\p{M}]+/gu, (w) => {
      if (!CYRILLIC.test(w) || !/[a-z]/.test(w)) return w;
      return w.replace(/[a-z]/g, (ch) => LOOKALIKE[ch] ?? ch);
    });
  }
  return s;
}

// Kazakh letters folded to the Russian keyboard's letters people type instead of them, so
// "өтініш" and "отиниш" meet. Applied to stems, after the language-specific stemmer has run.
const FOLD: Record<string, string> = { 'ә': 'а', 'ғ': 'г', 'қ': 'к', 'ң': 'н', 'ө': 'о', 'ұ': 'у', 'ү': 'у', 'һ': 'х', 'і': 'и' };

export function foldKazakh(s: string): string {
  return s.replace(/[әғқңөұүһі]/g, (ch) => FOLD[ch] ?? ch);
}

/** The letters only Kazakh has among ru/kk/en. */
export const KAZAKH_LETTERS = /[әғқңөұүһі]/;
