import snowball from 'snowball-stemmers';
import { stemKazakh, isNegatedKazakhVerb } from './kazakh-stemmer.ts';
import { detectLanguage, type TextLang } from './language.ts';
import { foldKazakh, KAZAKH_LETTERS, normalise } from './normalize.ts';
import { isStopWord } from './stopwords.ts';

const ru = snowball.newStemmer('russian');
const en = snowball.newStemmer('english');

/** Words: runs of letters and digits (hyphens and apostrophes split them), normalised first. */
export function tokenize(normalised: string): string[] {
  return normalised.match(/[\p{L}\p{N}]+/gu) ?? [];
}

const CYRILLIC = /[\u0400-\u04ff]/;

// Stemming is the analyzer's hot spot and word forms repeat: a bounded memo per language.
const memo = new Map<string, string>();
const MEMO_MAX = 200_000;

/**
 * The stem of one normalised word. A word's own letters choose the stemmer — Latin → English
 * (Snowball's Porter2), Kazakh letters → our Kazakh stripper, other Cyrillic → the text's
 * language (Snowball Russian unless the text is Kazakh) — so mixed texts work. Kazakh letters are
 * folded after stemming, so a word typed on a Russian keyboard (отиниш) meets the real one.
 */
export function stem(word: string, textLang: TextLang): string {
  const key = textLang === 'kk' ? `k${word}` : word;
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  let s: string;
  if (/^\d+$/.test(word)) s = word;
  else if (!CYRILLIC.test(word)) s = en.stem(word);
  else if (textLang === 'kk' || KAZAKH_LETTERS.test(word)) s = foldKazakh(stemKazakh(word));
  else s = ru.stem(word);
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(key, s);
  return s;
}

export type Analysis = {
  language: TextLang;
  /** Normalised words in order, stop words removed (negations kept). */
  words: string[];
  /** Their stems, same order. */
  stems: string[];
};

export type AnalyzeOptions = { lang?: TextLang; keepNumbers?: boolean };

/**
 * Normalise → tokenise → drop stop words → stem. Numbers (house and flat numbers, dates) are
 * dropped unless asked for. A negated Kazakh verb (жанбайды) adds "жоқ", so negation survives
 * stripping as it does in Russian ("не горит").
 */
export function analyze(text: string, opts: AnalyzeOptions = {}): Analysis {
  const norm = normalise(text);
  const language = opts.lang ?? detectLanguage(norm);
  const words: string[] = [];
  const stems: string[] = [];
  for (const w of tokenize(norm)) {
    if (isStopWord(w)) continue;
    if (!opts.keepNumbers && /^\d+$/.test(w)) continue;
    if (w.length === 1 && !/\d/.test(w)) continue;
    words.push(w);
    stems.push(stem(w, language));
    if (language === 'kk' && isNegatedKazakhVerb(w)) {
      words.push('жоқ');
      stems.push(foldKazakh('жоқ'));
    }
  }
  return { language, words, stems };
}
