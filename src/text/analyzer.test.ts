import { describe, expect, it } from 'vitest';
import { analyze, stem } from './analyzer.ts';
import { isNegatedKazakhVerb, stemKazakh } from './kazakh-stemmer.ts';
import { detectLanguage } from './language.ts';
import { foldKazakh, normalise, plainText } from './normalize.ts';
import { isStopWord } from './stopwords.ts';

describe('normalise', () => {
  it('strips HTML and entities, lower-cases, ё → е', () => {
    expect(plainText('<p>Яма&nbsp;на&nbsp;дороге</p><br/>&laquo;срочно&raquo; &#1046;')).toBe('Яма на дороге «срочно» Ж');
    expect(normalise('Ёлка ЗЕЛЁНАЯ')).toBe('елка зеленая');
  });
  it('replaces Latin look-alikes only inside Cyrillic words', () => {
    expect(normalise('Нет cвета, фoнapь нe гopит')).toBe('нет света, фонарь не горит');
    expect(normalise('street light в доме')).toBe('street light в доме');
    // A Latin "i" typed for the Kazakh "і".
    expect(normalise('өтiнiш')).toBe('өтініш');
  });
  it('maps variant code points to the standard Kazakh letters and folds them for matching', () => {
    expect(normalise('əке')).toBe('әке');
    expect(foldKazakh('өтініш')).toBe('отиниш');
  });
});

describe('Kazakh suffix stripper', () => {
  it.each([
    ['өтініш', 'өтініш'],
    ['өтініштер', 'өтініш'],
    ['өтініштерді', 'өтініш'],
    ['өтінішіміз', 'өтініш'],
    ['су', 'су'],
    ['суы', 'су'],
    ['судың', 'су'],
    ['суына', 'су'],
    ['көше', 'көше'],
    ['көшеде', 'көше'],
    ['көшелерде', 'көше'],
    ['көшесі', 'көше'],
    ['шамдары', 'шам'],
    ['жолдағы', 'жол'],
    ['жолдар', 'жол'],
    ['жарық', 'жарық'],
    ['көлік', 'көлік'],
    ['жөндеу', 'жөнде'],
  ])('%s → %s', (word, expected) => {
    expect(stemKazakh(word)).toBe(expected);
  });
  it('knows negated verbs', () => {
    expect(isNegatedKazakhVerb('жанбайды')).toBe(true);
    expect(isNegatedKazakhVerb('жөнделмеген')).toBe(true);
    expect(isNegatedKazakhVerb('жанады')).toBe(false);
  });
  it.each([
    ['истемейди', 'істемейді'],
    ['отиништерди', 'өтініштерді'],
    ['судын', 'судың'],
    ['алуга', 'алуға'],
    ['колиги', 'көлігі'],
  ])('strips %s typed without Kazakh letters as %s', (typed, real) => {
    expect(foldKazakh(stemKazakh(typed))).toBe(foldKazakh(stemKazakh(real)));
  });
  it('knows negated verbs typed without Kazakh letters', () => {
    expect(isNegatedKazakhVerb('истемейди')).toBe(true);
    expect(isNegatedKazakhVerb('жонделмеген')).toBe(true);
    expect(isNegatedKazakhVerb('жанади')).toBe(false);
  });
});

describe('Russian and English stemming (Snowball)', () => {
  it('brings word forms together', () => {
    const forms = ['обращение', 'обращения', 'обращений', 'обращением'].map((w) => stem(w, 'ru'));
    expect(new Set(forms).size).toBe(1);
    expect(stem('дорогами', 'ru')).toBe(stem('дороги', 'ru'));
    expect(stem('lights', 'en')).toBe(stem('light', 'en'));
    expect(stem('generously', 'en')).toBe('generous'); // Porter2, not the older Porter
  });
});

describe('stop words', () => {
  it('drops function words and keeps negations', () => {
    expect(isStopWord('и')).toBe(true);
    expect(isStopWord('және')).toBe(true);
    expect(isStopWord('the')).toBe(true);
    for (const w of ['не', 'нет', 'жоқ', 'емес', 'not', 'no']) expect(isStopWord(w)).toBe(false);
  });
});

describe('language detection (ru, kk, en only)', () => {
  it.each([
    ['Во дворе не горит фонарь, темно', 'ru'],
    ['Көшеде жарық жоқ, шамдар жанбайды', 'kk'],
    ['Мектеп', 'kk'],
    ['Street light is broken near the school', 'en'],
    ['Прошу отремонтировать дорогу по улице Абая', 'ru'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
  it('falls back when there are no letters', () => {
    expect(detectLanguage('12345 !!!')).toBe('ru');
    expect(detectLanguage('', 'kk')).toBe('kk');
  });
});

describe('analyze', () => {
  it('tokenises, removes stop words, stems per language', () => {
    const a = analyze('<p>Во дворе НЕТ cвета, фонари не горят</p>');
    expect(a.language).toBe('ru');
    expect(a.words).toEqual(['дворе', 'нет', 'света', 'фонари', 'не', 'горят']);
    expect(a.stems).toEqual(['двор', 'нет', 'свет', 'фонар', 'не', 'гор']);
  });
  it('meets Kazakh word forms and their Russian-keyboard spellings', () => {
    expect(analyze('өтініштерді').stems).toEqual(analyze('өтініш').stems);
    expect(analyze('отиниш', { lang: 'kk' }).stems).toEqual(analyze('өтініш').stems);
    // A negated verb keeps its negation as a token.
    expect(analyze('Шамдар жанбайды').stems).toContain(foldKazakh('жоқ'));
  });
  it('drops numbers unless asked', () => {
    expect(analyze('дом 15 кв 3').words).toEqual(['дом', 'кв']);
    expect(analyze('дом 15', { keepNumbers: true }).words).toEqual(['дом', '15']);
  });
});
