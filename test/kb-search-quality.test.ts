// Search quality on the demo knowledge base: queries typed the way people type them — typos,
// Kazakh without its letters, colloquial words, a half-typed last word, the wrong keyboard
// layout, an operator's retelling of a call — each expecting its article in the top 3.
// The articles are the demo city's (src/demo/kb), each language version a document.
import { describe, expect, it } from 'vitest';
import { DEMO_KB_ARTICLES as articles } from '../src/demo/kb/index.ts';
import { createKbSearch } from '../src/kb/search.ts';
import type { KbDoc } from '../src/kb/types.ts';

const docs: KbDoc[] = articles.flatMap((a, articleId) =>
  (['ru', 'kk', 'en'] as const).flatMap((lang) => {
    const t = a[lang];
    return t ? [{ articleId, key: a.key, lang, audience: a.audience, title: t.title, body: t.body, tags: a.tags, paraphrases: t.paraphrases, itemIds: [] }] : [];
  }),
);
const kb = createKbSearch(docs);

// [query, expected article key]
const QUERIES: [string, string][] = [
  // Russian: typos, colloquial, half-typed, wrong layout, an operator's retelling
  ['спарвка об адрисе', 'address-certificate-egov'],
  ['справка с места жительства где взять', 'address-certificate-egov'],
  ['справка о несудимасти', 'no-criminal-record-certificate'],
  ['справка о несуд', 'no-criminal-record-certificate'],
  ['cghfdrf j ytcelbvjcnb', 'no-criminal-record-certificate'],
  ['застрял в лифти', 'lift-trapped'],
  ['лифт не работает третий день', 'lift-breakdown'],
  ['батареи холодные в квартире', 'no-heating'],
  ['когда дадут отопление', 'heating-season'],
  ['горячей воды нету уже неделю', 'no-hot-water'],
  ['холодной воды нет вобще', 'no-cold-water'],
  ['вода из крана мутная и воняет', 'water-pressure-quality'],
  ['пахнет газом в подезде', 'gas-smell'],
  ['канализация забилась вода в подвале', 'sewage-blockage'],
  ['соседи сверху затопили', 'flooding-pipe-burst'],
  ['течет крыша на пятом этаже', 'roof-leak'],
  ['сосульки висят над входом', 'roof-snow-icicles'],
  ['куда выкинуть старый диван', 'bulky-waste'],
  ['ямма на дороге во дворе', 'potholes'],
  ['люк открытый без крышки', 'open-manhole'],
  ['фанари не горят на улице', 'street-lights'],
  ['светофор не работает на перекрестке', 'traffic-lights'],
  ['собака укусила ребенка', 'dog-bite'],
  ['запись в цон онлайн', 'con-queue-booking'],
  ['где сделать электронную подпись', 'eds-get-new'],
  ['продлить эцп срок истек', 'eds-renew'],
  ['ncalayer не видит эцп', 'ncalayer-not-working'],
  ['забыл пароль от егова', 'egov-password-recovery'],
  ['как прописаться через егов', 'residence-registration-permanent'],
  ['потерял удастоверение личности', 'id-card-lost'],
  ['поменять водительские права', 'driving-licence-replace'],
  ['поставить машину на учет после покупки', 'vehicle-registration'],
  ['счет арестовали за долг по налогам', 'bank-account-restricted-tax-debt'],
  ['очередь в садик узнать номер', 'kindergarten-queue'],
  ['записать ребенка в первый класс', 'school-first-grade-enrolment'],
  ['асп кто может получить', 'targeted-social-assistance'],
  ['как оформить инвалидность', 'disability-assessment-mse'],
  ['вызвать врача на дом', 'home-doctor-visit'],
  ['прикрепится к поликлинике', 'polyclinic-attachment-online'],
  ['встать на учет безработным', 'unemployed-registration-enbek'],
  ['ип открыть онлайн', 'individual-entrepreneur-registration'],
  ['здравствуйте звонит женщина говорит что у них во дворе уже неделю не вывозят мусор контейнеры переполнены', 'garbage-not-collected'],
  ['мужчина жалуется что в подъезде темно лампочки не горят и домофон сломан', 'entrance-lighting-doors'],
  // Kazakh, often without its letters
  ['мекенжай аныктамасы', 'address-certificate-egov'],
  ['лифтте калып койдым', 'lift-trapped'],
  ['лифт истемейди', 'lift-breakdown'],
  ['жылу жок батарея суык', 'no-heating'],
  ['ыстык су жок', 'no-hot-water'],
  ['газ иси шыгып тур', 'gas-smell'],
  ['шатыр агып тур', 'roof-leak'],
  ['коқыс шығарылмайды', 'garbage-not-collected'],
  ['аулада шамдар жанбайды', 'street-lights'],
  ['жолда шұңқыр бар', 'potholes'],
  ['қаңғыбас иттер', 'stray-dogs'],
  ['эцқ калай алуга болады', 'eds-get-new'],
  ['жеке куәлікті жоғалтып алдым', 'id-card-lost'],
  ['балабакшага кезек', 'kindergarten-queue'],
  ['зейнетакы рәсімдеу', 'retirement-pension-application'],
  ['дәргерді үйге шақыру', 'home-doctor-visit'],
  ['соттылыгы жок туралы аныктама', 'no-criminal-record-certificate'],
  ['хкко кезекке жазылу', 'con-queue-booking'],
  ['жұмыссыз ретінде тіркелу', 'unemployed-registration-enbek'],
  ['мүгедектікті рәсімдеу', 'disability-assessment-mse'],
  // English
  ['adress certificate egov', 'address-certificate-egov'],
  ['stuck in the lift', 'lift-trapped'],
  ['no hot water', 'no-hot-water'],
  ['smell of gas in flat', 'gas-smell'],
  ['pothole on the road', 'potholes'],
  ['get digital signature', 'eds-get-new'],
  ['lost my id card', 'id-card-lost'],
  ['kindergarden queue', 'kindergarten-queue'],
];

describe('KB search quality on the demo knowledge base', () => {
  it('has the demo articles', () => {
    expect(articles.length).toBeGreaterThan(20);
    expect(QUERIES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(QUERIES)('%s → %s in the top 3', (query, key) => {
    expect(articles.some((a) => a.key === key), `no demo article ${key}`).toBe(true);
    const top = kb.search(query, { limit: 3 }).map((h) => h.key);
    expect(top).toContain(key);
  });
});
