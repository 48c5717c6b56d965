import { describe, expect, it } from 'vitest';
import type { Lang } from '../domain/types.ts';
import { createKbSearch, stripMarkdown } from './search.ts';
import type { KbDoc } from './types.ts';

const doc = (articleId: number, key: string, lang: Lang, title: string, body: string, paraphrases: string[] = [], extra: Partial<KbDoc> = {}): KbDoc => ({
  articleId, key, lang, audience: 'public', title, body, tags: [], paraphrases, itemIds: [], ...extra,
});

const DOCS: KbDoc[] = [
  doc(1, 'address-certificate', 'ru', 'Справка об адресном регистрации через eGov',
    'Справку можно получить на портале **eGov.kz** за несколько минут.\n\n1. Войдите с **ЭЦП** или по SMS-паролю.\n2. Откройте раздел «Справка о регистрации по месту жительства».\n3. Подпишите запрос и скачайте [PDF](https://egov.kz).',
    ['как получить справку с места жительства', 'где взять адресную справку онлайн', 'справка о прописке через интернет'], { itemIds: [11] }),
  doc(1, 'address-certificate', 'kk', 'Мекенжай анықтамасын eGov арқылы алу',
    'Анықтаманы **eGov.kz** порталында бірнеше минутта алуға болады.\n\n1. **ЭЦҚ** немесе SMS-құпиясөз арқылы кіріңіз.\n2. «Тұрғылықты жері бойынша тіркеу туралы анықтама» бөлімін ашыңыз.',
    ['мекенжай анықтамасын қалай алуға болады', 'тіркеу туралы анықтама керек'], { itemIds: [11] }),
  doc(1, 'address-certificate', 'en', 'Address certificate via eGov',
    'You can get the certificate on **eGov.kz** in a few minutes. Sign in with your digital signature or an SMS one-time password.',
    ['how do I get a proof of address', 'residence registration certificate online']),
  doc(2, 'digital-signature', 'ru', 'Как получить ЭЦП',
    'Электронная цифровая подпись выдаётся бесплатно в ЦОН или онлайн на сайте НУЦ РК. Ключи действуют один год.',
    ['как сделать электронную подпись', 'где получить ключи эцп', 'истек срок ключа подписи']),
  doc(2, 'digital-signature', 'kk', 'ЭЦҚ қалай алуға болады',
    'Электрондық цифрлық қолтаңба ХҚКО-да немесе ҰКО сайтында тегін беріледі. Кілттер бір жыл жарамды.',
    ['электрондық қолтаңбаны қалай алуға болады', 'эцқ кілті бітіп қалды']),
  doc(3, 'street-lighting', 'ru', 'Не горят уличные фонари',
    'Если во дворе или на улице **не горит освещение**, сообщите номер опоры и адрес. Ремонт освещения выполняется в течение 3 рабочих дней.',
    ['не горит фонарь во дворе', 'темно на улице нет освещения'], { itemIds: [21, 22] }),
  doc(3, 'street-lighting', 'kk', 'Көше шамдары жанбайды',
    'Аулада немесе көшеде **жарық жанбаса**, тіректің нөмірін және мекенжайды хабарлаңыз. Жөндеу 3 жұмыс күні ішінде жүргізіледі.',
    ['аулада шам жанбайды', 'көшеде жарық жоқ'], { itemIds: [21, 22] }),
  doc(4, 'garbage-collection', 'ru', 'График вывоза мусора',
    'Твердые бытовые отходы вывозят ежедневно с 7 до 11 часов. Крупногабаритный мусор — по заявке.',
    ['когда вывозят мусор', 'не вывезли мусор со двора', 'переполнены контейнеры']),
  doc(4, 'garbage-collection', 'kk', 'Қоқыс шығару кестесі',
    'Қатты тұрмыстық қалдықтар күн сайын сағат 7-ден 11-ге дейін шығарылады.',
    ['қоқыс қашан шығарылады', 'қоқыс шығарылмады']),
  doc(5, 'operator-script-angry', 'ru', 'Разговор с раздражённым заявителем',
    'Дайте заявителю договорить, не перебивайте. Повторите суть обращения своими словами.',
    ['заявитель кричит что делать', 'как успокоить звонящего'], { audience: 'internal' }),
  doc(6, 'pension-age', 'ru', 'Пенсионный возраст в Казахстане',
    'Мужчины выходят на пенсию в 63 года. Для женщин возраст выхода на пенсию повышается постепенно.',
    ['во сколько лет выходят на пенсию', 'пенсионный возраст для женщин']),
  doc(7, 'lighting-tariffs', 'ru', 'Тарифы на электроэнергию',
    'Тариф на электроэнергию для населения утверждает ведомство. Освещение подъездов оплачивается из взносов на содержание дома.',
    ['сколько стоит киловатт', 'почему вырос тариф на свет']),
];

const make = () => createKbSearch(DOCS);
const keys = (hits: { key: string }[]) => hits.map((h) => h.key);

describe('KB search', () => {
  it('counts language versions and finds by stem across word forms', () => {
    const s = make();
    expect(s.size).toBe(DOCS.length);
    expect(s.search('справками о регистрации')[0]?.key).toBe('address-certificate');
    expect(s.search('фонари не горят во дворах')[0]?.key).toBe('street-lighting');
    expect(s.search('мекенжай анықтамасы')[0]).toMatchObject({ key: 'address-certificate', lang: 'kk' });
  });

  it('tolerates typos, swapped letters and Kazakh typed without Kazakh letters', () => {
    const s = make();
    expect(s.search('спарвка об адрисе')[0]?.key).toBe('address-certificate');
    expect(s.search('мекенжай аныктамасы')[0]).toMatchObject({ key: 'address-certificate', lang: 'kk' });
    expect(s.search('аулада шам жанбайды')[0]?.key).toBe('street-lighting');
    expect(s.search('пенсионый возрас')[0]?.key).toBe('pension-age');
  });

  it('reads a word typed with the Latin layout on', () => {
    expect(make().search('cghfdrf j htubcnhfwbb')[0]?.key).toBe('address-certificate');
  });

  it('knows abbreviations: электронная подпись ↔ ЭЦП', () => {
    const s = make();
    expect(s.search('эцп')[0]?.key).toBe('digital-signature');
    expect(s.search('электронная подпись')[0]?.key).toBe('digital-signature');
  });

  it('matches the last, half-typed word as a prefix', () => {
    const s = make();
    expect(s.search('вывоз мус')[0]?.key).toBe('garbage-collection');
    expect(s.search('пенсионн')[0]?.key).toBe('pension-age');
    // A finished word (followed by a space) is not a prefix.
    expect(keys(s.search('мус '))).not.toContain('garbage-collection');
  });

  it('boosts the title over the body', () => {
    // "освещение" is in the body of both, in the title of none; "тариф" in one title only.
    const s = make();
    expect(s.search('освещение')[0]?.key).toBe('street-lighting');
    expect(s.search('тариф освещение')[0]?.key).toBe('lighting-tariffs');
  });

  it('leaves internal articles out unless audience is all', () => {
    const s = make();
    expect(keys(s.search('заявитель кричит'))).not.toContain('operator-script-angry');
    expect(s.search('заявитель кричит', { audience: 'all' })[0]?.key).toBe('operator-script-angry');
  });

  it('returns the best version per article, or one language when asked', () => {
    const s = make();
    const all = s.search('egov');
    expect(all.filter((h) => h.key === 'address-certificate')).toHaveLength(1);
    expect(s.search('egov certificate')[0]).toMatchObject({ key: 'address-certificate', lang: 'en' });
    const kk = s.search('анықтама', { lang: 'kk' });
    expect(kk.length).toBeGreaterThan(0);
    expect(kk.every((h) => h.lang === 'kk')).toBe(true);
    expect(s.search('справка', { lang: 'en' })).toEqual([]);
  });

  it('filters by catalogue item', () => {
    const s = make();
    expect(keys(s.search('не горит', { itemId: 21 }))).toEqual(['street-lighting']);
    expect(s.search('справка', { itemId: 21 })).toEqual([]);
  });

  it('puts, replaces and removes versions', () => {
    const s = make();
    s.put(doc(8, 'water-outage', 'ru', 'Отключение воды', 'Плановые отключения горячей воды летом.'));
    expect(s.size).toBe(DOCS.length + 1);
    expect(s.search('горячая вода')[0]?.key).toBe('water-outage');
    s.put(doc(8, 'water-outage', 'ru', 'Отключение отопления', 'Отопительный сезон начинается в октябре.'));
    expect(s.size).toBe(DOCS.length + 1);
    expect(keys(s.search('горячая вода'))).not.toContain('water-outage');
    expect(s.search('отопление')[0]?.key).toBe('water-outage');
    s.remove(1, 'ru');
    expect(s.search('справка о регистрации')[0]).toMatchObject({ key: 'address-certificate', lang: 'kk' });
    s.remove(1);
    expect(keys(s.search('справка о регистрации анықтама'))).not.toContain('address-certificate');
    expect(s.size).toBe(DOCS.length + 1 - 3);
  });

  it('gives coverage ≈ 1 for a paraphrase, ≈ 0 for an unrelated query, and names the paraphrase', () => {
    const s = make();
    const hit = s.search('где получить ключи ЭЦП')[0]!;
    expect(hit.key).toBe('digital-signature');
    expect(hit.coverage).toBeGreaterThan(0.95);
    expect(hit.paraphrase).toBe('где получить ключи эцп');
    const half = s.search('где получить ключи ЭЦП для налоговой декларации')[0]!;
    expect(half.coverage).toBeLessThan(0.8);
    expect(half.coverage).toBeGreaterThan(0.3);
    const unrelated = s.search('ремонт крыши протекает потолок');
    expect(unrelated[0]?.coverage ?? 0).toBeLessThan(0.2);
    const typo = s.search('спарвка об адрисе')[0]!;
    expect(typo.coverage).toBeGreaterThan(0.7);
  });

  it('makes a plain-text snippet around the match', () => {
    const hit = make().search('скачать pdf')[0]!;
    expect(hit.key).toBe('address-certificate');
    expect(hit.snippet).not.toMatch(/[*#[\]]|\(https?:/);
    expect(hit.snippet).toContain('PDF');
    expect(stripMarkdown('## Шаги\n1. Нажмите **Войти**\n- [сайт](http://x) и `код`')).toBe('Шаги\nНажмите Войти\nсайт и код');
  });

  it('survives empty and odd queries', () => {
    const s = make();
    expect(s.search('')).toEqual([]);
    expect(s.search('   и в на  ')).toEqual([]);
    expect(s.search('!!!')).toEqual([]);
    expect(createKbSearch().search('справка')).toEqual([]);
    expect(s.search('справка', { limit: 1 })).toHaveLength(1);
  });
});
