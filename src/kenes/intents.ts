import type { Lang } from '../domain/types.ts';
import { foldKazakh, normalise } from '../text/normalize.ts';
import { kt } from './messages.ts';

// What a message is before it is a question for the knowledge base: a request for a person,
// small talk, the time, an emergency, a question for someone else (a bank, the weather). Pure.
// Phrases are matched "loosely": normalised, Kazakh letters folded to the Russian keyboard's
// (сөйлескім → сойлеским), ы and і taken as one, punctuation gone — so a message typed without
// Kazakh letters, or with the usual slips, still matches.

export type SmallTalk = 'greeting' | 'thanks' | 'bye' | 'who' | 'how_are_you';
export type OffTopic = 'bank' | 'weather' | 'telecom' | 'emergency' | 'other';
export type Intent =
  | { kind: 'handoff'; lang?: Lang }
  | { kind: 'smalltalk'; which: SmallTalk; lang?: Lang }
  | { kind: 'time' | 'date'; lang?: Lang }
  | { kind: 'offtopic'; which: OffTopic; lang?: Lang }
  | { kind: 'feedback'; value: 'up' | 'down' }
  | { kind: 'none' }
  | { kind: 'question' };

/** The loose form phrases and messages are compared in. */
export function loose(text: string): string {
  return ` ${foldKazakh(normalise(text))
    .replace(/ы/g, 'и')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

type Phrases = Partial<Record<Lang, string[]>>;

function compile(p: Phrases): { lang: Lang; phrase: string }[] {
  return (Object.entries(p) as [Lang, string[]][]).flatMap(([lang, list]) => list.map((s) => ({ lang, phrase: loose(s) })));
}

/** The first phrase found in the message (whole words), with its language. */
function find(text: string, list: { lang: Lang; phrase: string }[]): { lang: Lang; phrase: string } | null {
  for (const p of list) if (text.includes(p.phrase)) return p;
  return null;
}

const HANDOFF = compile({
  ru: ['живой человек', 'живым человеком', 'живого человека', 'живому человеку', 'позвать человека', 'позовите', 'с человеком', 'позовите человека', 'позовите специалиста', 'соедините со специалистом', 'нужен человек', 'консультант', 'консультантом', 'соедините с'],
  kk: ['адаммен', 'адам мен', 'тірі адам', 'маманмен', 'маманға', 'адамға қосыңыз', 'операторға қосыңыз'],
  en: ['human', 'real person', 'live person', 'talk to a person', 'speak to a person', 'talk to someone', 'speak to someone', 'live agent', 'support agent'],
});

/** Words within two edits of "оператор"/"operator" (аператор, опертор, операторға, operater). */
function isOperatorWord(w: string): boolean {
  if (w.length < 7) return false;
  const head = w.slice(0, 8);
  return distance(head, 'оператор') <= 2 || distance(head, 'operator') <= 2;
}

const GREETING = compile({
  ru: ['здравствуйте', 'здравствуй', 'здрасте', 'привет', 'добрый день', 'добрый вечер', 'доброе утро', 'доброго дня', 'приветствую'],
  kk: ['сәлеметсіз бе', 'сәлеметсіздер ме', 'сәлеметсіз', 'сәлем', 'салам', 'армысыз', 'қайырлы күн', 'қайырлы таң', 'қайырлы кеш', 'ассалаумағалейкум', 'салеметсиз бе'],
  en: ['hello', 'hi', 'hey', 'good morning', 'good afternoon', 'good evening'],
});
const THANKS = compile({
  ru: ['спасибо', 'благодарю', 'спс', 'большое спасибо'],
  kk: ['рахмет', 'рақмет', 'рахмет сізге', 'көп рахмет', 'рахмат'],
  en: ['thanks', 'thank you', 'thx', 'many thanks'],
});
const BYE = compile({
  ru: ['до свидания', 'пока', 'всего доброго', 'всего хорошего'],
  kk: ['сау болыңыз', 'сау бол', 'көріскенше', 'хош'],
  en: ['bye', 'goodbye', 'see you'],
});
const WHO = compile({
  ru: ['кто ты', 'кто вы', 'ты бот', 'вы бот', 'ты робот', 'вы робот'],
  kk: ['сен кімсің', 'сіз кімсіз', 'бот па', 'робот па'],
  en: ['who are you', 'are you a bot', 'are you human', 'are you a robot'],
});
const HOW = compile({
  ru: ['как дела', 'как ты', 'как вы', 'как поживаешь'],
  kk: ['қалайсыз', 'қалайсың', 'қалың қалай', 'жағдай қалай', 'жағдайыңыз қалай', 'қал қалай'],
  en: ['how are you', 'how is it going'],
});
// Words that may sit around small talk without making it a question.
const FILLER = new Set(['большое', 'огромное', 'очень', 'а', 'и', 'ну', 'да', 'ok', 'ок', 'окей', 'kenes', 'кенес', 'бот', 'бота', 'бро', 'уважаемый', 'уважаемая', 'вам', 'тебе', 'сизге', 'саган', 'you', 'there', 'very', 'much', 'so', 'мен', 'бе', 'ма', 'ме', 'ба', 'па']);

const TIME = compile({
  ru: ['который час', 'сколько времени', 'сколько сейчас времени', 'точное время', 'время сейчас', 'сколько время'],
  kk: ['сағат неше', 'қазір сағат қанша', 'сағат қанша', 'уақыт қанша'],
  en: ['what time is it', 'what is the time', 'time now', 'current time'],
});
const DATE = compile({
  ru: ['какое сегодня число', 'какое число', 'какой сегодня день', 'какая сегодня дата', 'сегодняшняя дата'],
  kk: ['бүгін нешесі', 'бүгін қай күн', 'бүгін нешінші', 'бүгінгі күн', 'қай күн бүгін'],
  en: ['what day is it', 'what is the date', 'today s date', 'what date is it'],
});

const EMERGENCY = compile({
  ru: ['пожар', 'горим', 'запах газа', 'пахнет газом', 'утечка газа', 'угроза жизни', 'нужна скорая', 'вызовите скорую', 'умирает', 'тонет', 'нападение'],
  kk: ['өрт', 'газ иісі', 'газдың иісі', 'жедел жәрдем', 'өмірге қауіп'],
  en: ['fire', 'smell gas', 'gas leak', 'ambulance', 'life threatening', 'emergency'],
});
const BANK = compile({
  ru: ['с карты на карту', 'между картами', 'между своими картами', 'на другую карту', 'перевести деньги', 'перевод денег', 'перевести с карты', 'денежный перевод', 'каспи', 'kaspi', 'халык', 'halyk', 'заблокировали карту', 'кредитн', 'банкомат'],
  kk: ['картадан картаға', 'картаға ақша', 'ақша аудару', 'ақша аударуға', 'ақшаны аудару', 'ақша аударамын', 'банкомат'],
  en: ['between cards', 'card to card', 'transfer money', 'money transfer', 'send money', 'my bank card', 'atm'],
});
const WEATHER = compile({ ru: ['погода', 'погоду', 'погоды', 'прогноз погоды'], kk: ['ауа райы', 'ауа-райы'], en: ['weather', 'forecast'] });
const TELECOM = compile({
  ru: ['баланс телефона', 'пополнить баланс', 'мобильный оператор', 'мобильного оператора', 'сотовый оператор', 'мобильный интернет', 'сим карт'],
  kk: ['телефон балансы', 'ұялы байланыс', 'балансты толтыру'],
  en: ['phone balance', 'top up', 'mobile operator', 'sim card', 'mobile data'],
});
const OTHER = compile({
  ru: ['анекдот', 'расскажи шутку', 'пошути', 'рецепт', 'футбол', 'гороскоп', 'курс доллара', 'курс валют'],
  kk: ['әзіл айт', 'анекдот айт', 'доллар бағамы'],
  en: ['tell me a joke', 'joke', 'recipe', 'football', 'horoscope', 'exchange rate'],
});

const THUMB_UP = /^\s*(👍|\+1|\+)\s*$/u;
const THUMB_DOWN = /^\s*(👎|-1|-)\s*$/u;

/**
 * What a message is. Order matters: an emergency first, then an explicit request for a person,
 * feedback, small talk (only when the whole message is small talk: "здравствуйте, как получить
 * справку" is a question), the time and date (short messages only: "сколько времени занимает
 * оформление" is a question), questions for someone else, and otherwise a question.
 */
export function recognise(text: string): Intent {
  if (THUMB_UP.test(text)) return { kind: 'feedback', value: 'up' };
  if (THUMB_DOWN.test(text)) return { kind: 'feedback', value: 'down' };
  const s = loose(text);
  const words = s.trim().split(' ').filter(Boolean);
  if (!words.length) return { kind: 'none' };

  const emergency = find(s, EMERGENCY);
  if (emergency) return { kind: 'offtopic', which: 'emergency', lang: emergency.lang };

  const handoff = find(s, HANDOFF);
  if (handoff) return { kind: 'handoff', lang: handoff.lang };
  const op = words.find(isOperatorWord);
  if (op && words.length <= 8) return { kind: 'handoff', ...(/[a-z]/.test(op) && { lang: 'en' as const }) };

  const short = words.length <= 4;
  if (short) {
    const time = find(s, TIME);
    if (time) return { kind: 'time', lang: time.lang };
    const date = find(s, DATE);
    if (date) return { kind: 'date', lang: date.lang };
  }

  for (const [which, list] of [['who', WHO], ['how_are_you', HOW], ['thanks', THANKS], ['bye', BYE], ['greeting', GREETING]] as const) {
    const hit = onlySmallTalk(s, list);
    if (hit) return { kind: 'smalltalk', which, lang: hit.lang };
  }

  for (const [which, list] of [['bank', BANK], ['telecom', TELECOM], ['weather', WEATHER], ['other', OTHER]] as const) {
    const hit = find(s, list);
    if (hit) return { kind: 'offtopic', which, lang: hit.lang };
  }
  return { kind: 'question' };
}

/** The phrase when the message is nothing but small talk of this kind (and other small talk, fillers). */
function onlySmallTalk(s: string, list: { lang: Lang; phrase: string }[]): { lang: Lang } | null {
  const hit = find(s, list);
  if (!hit) return null;
  let rest = s;
  for (const l of [list, GREETING, THANKS, BYE, WHO, HOW]) for (const p of l) rest = rest.split(p.phrase).join(' ');
  const left = rest.trim().split(' ').filter((w) => w && !FILLER.has(w));
  return left.length === 0 ? hit : null;
}

const PROBLEM = compile({
  ru: ['не работает', 'не работают', 'не горит', 'не горят', 'не вывозят', 'не вывезли', 'не убрали', 'не отремонтировали', 'опять нет', 'снова нет', 'нет воды', 'нет света', 'нет отопления', 'сломал', 'сломан', 'течет', 'протека', 'прорвало', 'яма', 'ямы', 'разбит', 'затопил', 'не убирают', 'не чистят', 'жалоба', 'жалуюсь', 'невозможно', 'уже неделю', 'который день'],
  kk: ['істемейді', 'жанбайды', 'жоқ', 'бұзылған', 'бұзылды', 'ағып', 'шұңқыр', 'шағым', 'тазаламайды', 'шығармайды'],
  en: ['not working', 'broken', 'leak', 'pothole', 'no water', 'no heating', 'complain', 'complaint'],
});

/** The message reads as a report of a problem (with the classifier, it becomes an appeal). */
export function soundsLikeProblem(text: string): boolean {
  const s = loose(text);
  // Phrases match at the start of a word: "сломал" finds "сломали".
  return PROBLEM.some((p) => s.includes(` ${p.phrase.trim()}`));
}

const NONE_LABELS = (['ru', 'kk', 'en'] as const).map((l) => loose(kt(l, 'bot.clarify_none')).trim());

/** The citizen picks an offered option: "2", "2.", "№2", "второй"; 0 / "ничего" / "жоқ" / "none" refuse them all. */
export function pickedOption(text: string, count: number): number | 'none' | null {
  const s = loose(text).trim();
  const m = /^(?:№\s*)?([0-9])$/.exec(s.replace(/ /g, ''));
  if (m) {
    const n = Number(m[1]);
    if (n === 0) return 'none';
    return n >= 1 && n <= count ? n : null;
  }
  const ordinals: Record<string, number> = { первый: 1, первое: 1, первая: 1, второй: 2, второе: 2, вторая: 2, третий: 3, третье: 3, третья: 3, бириншиси: 1, екиншиси: 2, ушиншиси: 3, first: 1, second: 2, third: 3 };
  const o = ordinals[s];
  if (o && o <= count) return o;
  if (/^(ничего|ничего из этого|ни то ни другое|нет|не то|ешкайсиси|ешкайсиси емес|жок|none|none of these|no|neither)$/.test(s)) return 'none';
  // The widget's own "none of these" button, in any language.
  if (NONE_LABELS.includes(s)) return 'none';
  return null;
}

/** Levenshtein distance (small strings only). */
export function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const t = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = t;
    }
  }
  return prev[b.length]!;
}
