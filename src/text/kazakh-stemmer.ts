/**
 * A small Kazakh suffix stripper of our own (no maintained Kazakh stemmer exists on npm).
 *
 * Kazakh is agglutinative: root + derivation + plural + possessive + case (verbs: root +
 * negation + tense/person). We strip from the end, at most one suffix per layer, in the reverse
 * of that order, and only while what is left is long enough to be a root and has a vowel. Both
 * vowel-harmony variants and the consonant-assimilated ones (лар/дар/тар…) are listed. It is
 * not a morphological analyser: its job is to make the forms of one word meet
 * (өтініш/өтініштер/өтініштерді, су/суы/судың/суына) the same way at training and at query time.
 */

import { foldKazakh, KAZAKH_LETTERS } from './normalize.ts';

const VOWELS = /[аәеиоөуұүыіэюя]/;

type Layer = readonly (readonly [suffix: string, minStem: number])[];

const layer = (minStem: number, ...suffixes: string[]): [string, number][] => suffixes.map((s) => [s, minStem]);
const sorted = (...parts: [string, number][][]): Layer => parts.flat().sort((a, b) => b[0].length - a[0].length);

// Case endings, and the verb's tense/person endings that sit in the same last slot.
const CASE = sorted(
  layer(2, 'ның', 'нің', 'дың', 'дің', 'тың', 'тің'), // genitive
  layer(2, 'ны', 'ні', 'ды', 'ді', 'ты', 'ті'), // accusative (and the past tense -ды/-ті)
  layer(2, 'ға', 'ге', 'қа', 'ке', 'на', 'не'), // dative
  layer(2, 'нда', 'нде', 'да', 'де', 'та', 'те'), // locative
  layer(2, 'ндағы', 'ндегі', 'дағы', 'дегі', 'тағы', 'тегі'), // "the one at": жолдағы
  layer(2, 'нан', 'нен', 'дан', 'ден', 'тан', 'тен'), // ablative
  layer(2, 'мен', 'бен', 'пен'), // instrumental
  layer(2, 'ымен', 'імен'),
  // verbs: present/future 3rd person, negated present, participles, converbs
  layer(2, 'майды', 'мейді', 'байды', 'бейді', 'пайды', 'пейді'),
  layer(2, 'маған', 'меген', 'баған', 'беген', 'паған', 'пеген'),
  layer(2, 'ады', 'еді', 'йды', 'йді'),
  layer(2, 'атын', 'етін', 'йтын', 'йтін'),
  layer(2, 'ған', 'ген', 'қан', 'кен'),
  layer(3, 'ып', 'іп'),
  layer(3, 'у'), // verbal noun: жөндеу → жөнде
);

// Possessive endings (with the accusative "н" that follows the 3rd person: суын → су).
const POSSESSIVE = sorted(
  layer(2, 'ымыз', 'іміз', 'мыз', 'міз', 'ыңыз', 'іңіз', 'ңыз', 'ңіз'),
  layer(2, 'ың', 'ің', 'ым', 'ім'),
  layer(2, 'сын', 'сін', 'ын', 'ін'),
  layer(2, 'сы', 'сі', 'ы', 'і'),
);

const PLURAL = sorted(layer(2, 'лар', 'лер', 'дар', 'дер', 'тар', 'тер'));

// Derivation: only long ones, and only from a root of three letters or more (көлік stays).
const DERIVATION = sorted(layer(3, 'лық', 'лік', 'дық', 'дік', 'тық', 'тік', 'шы', 'ші', 'сыз', 'сіз'));

const LAYERS = [CASE, POSSESSIVE, PLURAL, DERIVATION] as const;

// The same suffixes as typed on a Russian keyboard (мейді → мейди, нің → нин): a word without
// Kazakh letters is stripped with both spellings, so "истемейди" meets "істемейді".
const FOLDED_LAYERS = LAYERS.map((l) => {
  const both = new Map<string, number>();
  for (const [suffix, minStem] of l) {
    both.set(suffix, minStem);
    both.set(foldKazakh(suffix), minStem);
  }
  return sorted([...both]);
});

function strip(word: string, suffixes: Layer): string {
  for (const [suffix, minStem] of suffixes) {
    if (word.length - suffix.length < minStem || !word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    if (VOWELS.test(stem)) return stem;
  }
  return word;
}

/** The stem of one lower-cased Kazakh word. */
export function stemKazakh(word: string): string {
  if (word.length < 3) return word;
  let w = word;
  for (const l of KAZAKH_LETTERS.test(word) ? LAYERS : FOLDED_LAYERS) w = strip(w, l);
  return w;
}

/** Whether a Kazakh verb form is negated (жанбайды "does not burn", жөнделмеген "not repaired"). */
export function isNegatedKazakhVerb(word: string): boolean {
  // Folded, so that the verb typed without Kazakh letters (жанбайды, истемейди) is recognised too.
  return /(ма|ме|ба|бе|па|пе)(й(ды|ди|мын|мин|сын|син)|ган|ген|ды|ди|с)$/.test(foldKazakh(word)) && word.length > 5;
}
