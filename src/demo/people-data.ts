// Fictional people for the demo city: citizens, their appeal texts, and the staff accounts.
// Everything here is deterministic for a given PRNG seed; no Math.random.

import type { DemoCatalogueNode } from './catalogue-data.ts';

export { mulberry32 } from '../domain/random.ts';

/** An integer in [min, max], both inclusive. */
export function randInt(rand: () => number, min: number, max: number): number {
  return min + Math.floor(rand() * (max - min + 1));
}

/** One element of a non-empty array. */
export function pick<T>(rand: () => number, items: readonly T[]): T {
  const item = items[Math.floor(rand() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

// ---------------------------------------------------------------------------
// Names

type Sex = 'm' | 'f';

const KAZAKH_MALE = [
  'Ерлан', 'Асхат', 'Нурлан', 'Бауыржан', 'Даурен', 'Ерболат', 'Айдос', 'Арман', 'Серик', 'Мурат',
  'Канат', 'Талгат', 'Ержан', 'Алмас', 'Жандос', 'Дархан', 'Руслан', 'Азамат', 'Болат', 'Айбек',
  'Еркебулан', 'Нуржан', 'Марат', 'Самат', 'Жанибек', 'Темирлан', 'Дамир', 'Ильяс', 'Олжас', 'Рустем',
  'Куаныш', 'Ербол', 'Максат', 'Мейрам', 'Санжар',
] as const;
const KAZAKH_FEMALE = [
  'Айгуль', 'Гульнара', 'Динара', 'Жанар', 'Асель', 'Айжан', 'Салтанат', 'Алия', 'Аружан', 'Гульмира',
  'Самал', 'Меруерт', 'Камила', 'Айгерим', 'Жазира', 'Назгуль', 'Сауле', 'Ботагоз', 'Дана', 'Карлыгаш',
  'Толкын', 'Анар', 'Айнур', 'Балжан', 'Гаухар', 'Мадина', 'Акмарал', 'Индира',
] as const;
/** Kazakh surnames in the masculine form; the feminine adds "а". */
const KAZAKH_SURNAMES = [
  'Ахметов', 'Жумабаев', 'Сапаров', 'Искаков', 'Нурланов', 'Байжанов', 'Касымов', 'Оспанов', 'Тулегенов',
  'Абдрахманов', 'Есенов', 'Жаксылыков', 'Мукашев', 'Кенжебаев', 'Смагулов', 'Ибраев', 'Айтбаев',
  'Бекмухамбетов', 'Садыков', 'Утегенов', 'Ермеков', 'Калиев', 'Мусин', 'Жунусов', 'Балтабаев', 'Омаров',
  'Серикбаев', 'Токтаров', 'Амиров', 'Кусаинов', 'Нургалиев', 'Сулейменов', 'Аманжолов', 'Есимов',
  'Шаймерденов', 'Досмагамбетов', 'Журсинов', 'Карабаев', 'Таженов', 'Уразов',
] as const;
/** A father's name in Russian spelling and in Kazakh spelling, for the two patronymic styles. */
const KAZAKH_FATHERS: readonly (readonly [string, string])[] = [
  ['Серик', 'Серік'], ['Марат', 'Марат'], ['Болат', 'Болат'], ['Канат', 'Қанат'], ['Ерлан', 'Ерлан'],
  ['Мурат', 'Мұрат'], ['Нурлан', 'Нұрлан'], ['Талгат', 'Талғат'], ['Бауыржан', 'Бауыржан'],
  ['Ержан', 'Ержан'], ['Асхат', 'Асхат'], ['Кайрат', 'Қайрат'], ['Даулет', 'Дәулет'], ['Жумабек', 'Жұмабек'],
  ['Амантай', 'Амантай'], ['Сагындык', 'Сағындық'], ['Тлеу', 'Тілеу'], ['Есен', 'Есен'],
];

const RUSSIAN_MALE = [
  'Александр', 'Сергей', 'Андрей', 'Дмитрий', 'Владимир', 'Игорь', 'Евгений', 'Виктор', 'Николай', 'Алексей',
  'Максим', 'Павел', 'Олег', 'Юрий', 'Константин', 'Денис', 'Роман', 'Михаил', 'Артём', 'Вадим',
] as const;
const RUSSIAN_FEMALE = [
  'Елена', 'Ольга', 'Наталья', 'Татьяна', 'Ирина', 'Светлана', 'Людмила', 'Галина', 'Анна', 'Марина',
  'Екатерина', 'Юлия', 'Оксана', 'Надежда', 'Валентина', 'Лариса', 'Виктория', 'Алёна',
] as const;
/** Surnames that take "а" in the feminine. */
const RUSSIAN_SURNAMES = [
  'Иванов', 'Петров', 'Кузнецов', 'Смирнов', 'Попов', 'Васильев', 'Соколов', 'Морозов', 'Новиков', 'Волков',
  'Лебедев', 'Козлов', 'Степанов', 'Павлов', 'Семёнов', 'Голубев', 'Виноградов', 'Богданов', 'Воробьёв',
  'Фёдоров', 'Михайлов', 'Беляев', 'Тарасов', 'Белов', 'Комаров', 'Орлов', 'Киселёв', 'Макаров', 'Андреев',
  'Ковалёв',
] as const;
/** Surnames that do not change with sex (Ukrainian, German, Korean families are common in Kostanay). */
const INVARIANT_SURNAMES = ['Шевченко', 'Бондаренко', 'Коваленко', 'Ткаченко', 'Шмидт', 'Вебер', 'Миллер', 'Ким', 'Пак'] as const;
/** Russian patronymics: [masculine, feminine]. */
const RUSSIAN_PATRONYMICS: readonly (readonly [string, string])[] = [
  ['Александрович', 'Александровна'], ['Сергеевич', 'Сергеевна'], ['Викторович', 'Викторовна'],
  ['Николаевич', 'Николаевна'], ['Владимирович', 'Владимировна'], ['Иванович', 'Ивановна'],
  ['Петрович', 'Петровна'], ['Юрьевич', 'Юрьевна'], ['Михайлович', 'Михайловна'],
  ['Анатольевич', 'Анатольевна'], ['Геннадьевич', 'Геннадьевна'], ['Васильевич', 'Васильевна'],
];

// ---------------------------------------------------------------------------
// Phones and IINs

/** Kazakh mobile operator prefixes (after +7). */
export const MOBILE_PREFIXES = ['700', '701', '702', '703', '704', '705', '706', '707', '708', '747', '771', '775', '776', '777', '778'] as const;

function digits(rand: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(randInt(rand, 0, 9));
  return s;
}

export function fictionalPhone(rand: () => number): string {
  return `+7${pick(rand, MOBILE_PREFIXES)}${digits(rand, 7)}`;
}

/** Check digit of the first 11 digits of an IIN, or null when no valid check digit exists. */
export function iinCheckDigit(first11: string): number | null {
  const d = [...first11].map(Number);
  const weighted = (weights: readonly number[]) => d.reduce((sum, x, i) => sum + x * (weights[i] ?? 0), 0) % 11;
  const first = weighted([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  if (first !== 10) return first;
  const second = weighted([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
  return second === 10 ? null : second;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A valid IIN for a person born on the given date. */
export function fictionalIin(rand: () => number, birth: { year: number; month: number; day: number }, sex: Sex): string {
  const centuryDigit = (birth.year >= 2000 ? 5 : 3) + (sex === 'f' ? 1 : 0);
  const head = `${pad2(birth.year % 100)}${pad2(birth.month)}${pad2(birth.day)}${centuryDigit}`;
  for (;;) {
    const first11 = head + digits(rand, 4);
    const check = iinCheckDigit(first11);
    if (check !== null) return first11 + String(check);
  }
}

// ---------------------------------------------------------------------------
// Citizens

export type DemoLang = 'ru' | 'kk' | 'en';
export type DemoCitizen = { fullName: string; phone: string; lang: DemoLang; iin?: string };

export function fictionalCitizen(rand: () => number): DemoCitizen {
  const sex: Sex = rand() < 0.5 ? 'm' : 'f';
  const kazakh = rand() < 0.6;
  let fullName: string;
  let lang: DemoLang;
  if (kazakh) {
    const first = pick(rand, sex === 'm' ? KAZAKH_MALE : KAZAKH_FEMALE);
    const surname = pick(rand, KAZAKH_SURNAMES) + (sex === 'f' ? 'а' : '');
    const [fatherRu, fatherKk] = pick(rand, KAZAKH_FATHERS);
    const r = rand();
    lang = r < 0.55 ? 'kk' : r < 0.97 ? 'ru' : 'en';
    const kazakhStyle = lang === 'kk' && rand() < 0.4;
    const patronymic = kazakhStyle
      ? `${fatherKk}${sex === 'm' ? 'ұлы' : 'қызы'}`
      : `${fatherRu}${sex === 'm' ? 'ович' : 'овна'}`;
    fullName = `${surname} ${first} ${patronymic}`;
  } else {
    const first = pick(rand, sex === 'm' ? RUSSIAN_MALE : RUSSIAN_FEMALE);
    const surname = rand() < 0.8 ? pick(rand, RUSSIAN_SURNAMES) + (sex === 'f' ? 'а' : '') : pick(rand, INVARIANT_SURNAMES);
    const [pm, pf] = pick(rand, RUSSIAN_PATRONYMICS);
    fullName = `${surname} ${first} ${sex === 'm' ? pm : pf}`;
    const r = rand();
    lang = r < 0.95 ? 'ru' : r < 0.98 ? 'kk' : 'en';
  }
  const phone = fictionalPhone(rand);
  const citizen: DemoCitizen = { fullName, phone, lang };
  if (rand() < 0.4) {
    const year = randInt(rand, 1945, 2007);
    const month = randInt(rand, 1, 12);
    const day = randInt(rand, 1, 28);
    citizen.iin = fictionalIin(rand, { year, month, day }, sex);
  }
  return citizen;
}

// ---------------------------------------------------------------------------
// Appeal texts

/** Lower-cases the first letter of a catalogue name used inside a sentence, keeping abbreviations (ЦОН, ЭЦП). */
function inSentence(name: string): string {
  const first = name.charAt(0);
  const second = name.charAt(1);
  if (!/[А-ЯЁӘҒҚҢӨҰҮҺІ]/.test(first)) return name;
  if (second !== second.toLowerCase()) return name;
  return first.toLowerCase() + name.slice(1);
}

const QUESTION_RU = /^(Вопрос|Узнать|Получение|Постановка|Назначение|Регистрация|Предоставление|Оформление|Запись|Приём|Перевод|Заключение|Заказ|Где|Обучение|Трудоустройство)/;
const QUESTION_KK = /(туралы сұрақ|алу|тіркеу|беру|орналастыру|жазылу|қою|ресімдеу|тәртібі)$/;

type TextParts = {
  openings: readonly string[];
  bodies: readonly ((name: string, lower: string, address: string) => string)[];
  addressed: readonly ((lower: string, address: string) => string)[];
  addressLine: (address: string) => string;
  problemContext: readonly string[];
  questionContext: readonly string[];
  closings: readonly string[];
};

const RU_TEXT: TextParts = {
  openings: ['Здравствуйте!', 'Добрый день.', 'Добрый день!', 'Здравствуйте.', 'Уважаемые сотрудники!', 'Прошу помочь.', ''],
  bodies: [
    (name) => `${name}.`,
    (_n, lower) => `Хочу сообщить: ${lower}.`,
    (_n, lower) => `Проблема: ${lower}.`,
    (name) => `Моё обращение по теме «${name}».`,
    (_n, lower) => `Обращаюсь по вопросу: ${lower}.`,
  ],
  addressed: [
    (lower, address) => `По адресу ${address} — ${lower}.`,
    (lower, address) => `${address}: ${lower}.`,
    (lower, address) => `Сообщаю, что по адресу ${address} ${lower}.`,
  ],
  addressLine: (address) => `Адрес: ${address}.`,
  problemContext: [
    'Ситуация повторяется уже несколько дней.',
    'Звонили в обслуживающую организацию, но никто не отвечает.',
    'Это опасно, особенно для детей и пожилых людей.',
    'Жители всего дома возмущены.',
    'Фото прилагаю.',
    'Проблема не решается больше недели.',
    'Ранее уже обращались, но ничего не изменилось.',
    'Соседи тоже жалуются.',
    'Вчера вечером стало заметно хуже.',
  ],
  questionContext: [
    'Подскажите, пожалуйста, порядок и сроки.',
    'Какие документы для этого нужны?',
    'Куда именно нужно обратиться?',
    'На сайте не нашёл понятной информации.',
  ],
  closings: ['Прошу принять меры.', 'Прошу устранить в кратчайшие сроки.', 'Заранее спасибо.', 'Жду ответа.', 'Прошу сообщить о результатах.', 'Спасибо.'],
};

const KK_TEXT: TextParts = {
  openings: ['Сәлеметсіз бе!', 'Қайырлы күн.', 'Қайырлы күн!', 'Құрметті қызметкерлер!', 'Көмектесулеріңізді сұраймын.', ''],
  bodies: [
    (name) => `${name}.`,
    (_n, lower) => `Хабарлаймын: ${lower}.`,
    (_n, lower) => `Мәселе: ${lower}.`,
    (name) => `Өтінішімнің тақырыбы: «${name}».`,
  ],
  addressed: [
    (lower, address) => `${address} мекенжайы бойынша мәселе: ${lower}.`,
    (lower, address) => `${address}: ${lower}.`,
  ],
  addressLine: (address) => `Мекенжайы: ${address}.`,
  problemContext: [
    'Бұл жағдай бірнеше күннен бері қайталанып жүр.',
    'Қызмет көрсететін ұйымға хабарластық, бірақ ешкім жауап бермейді.',
    'Бұл әсіресе балалар мен қарттар үшін қауіпті.',
    'Бүкіл үйдің тұрғындары наразы.',
    'Фотосуретті қоса беремін.',
    'Мәселе бір аптадан астам уақыт шешілмей тұр.',
    'Бұрын да жүгінгенбіз, бірақ ештеңе өзгерген жоқ.',
    'Көршілер де шағымданып жүр.',
  ],
  questionContext: [
    'Тәртібі мен мерзімін түсіндіріп беруіңізді сұраймын.',
    'Қандай құжаттар қажет екенін айтып беріңізші.',
    'Қай жерге жүгіну керек екенін білгім келеді.',
  ],
  closings: ['Шара қолдануларыңызды сұраймын.', 'Тезірек шешуді сұраймын.', 'Алдын ала рақмет.', 'Жауап күтемін.', 'Нәтижесі туралы хабарлауларыңызды сұраймын.', 'Рақмет.'],
};

/**
 * A realistic, varied description of the problem written by a citizen, 60–400 characters.
 * `address` is shown as given (the caller formats it in the citizen's language).
 */
export function appealText(rand: () => number, item: DemoCatalogueNode, address: string, lang: 'ru' | 'kk'): string {
  const parts = lang === 'kk' ? KK_TEXT : RU_TEXT;
  const name = item.name[lang];
  const lower = inSentence(name);
  const question = lang === 'kk' ? QUESTION_KK.test(name) : QUESTION_RU.test(name);
  const contexts = question ? parts.questionContext : parts.problemContext;

  const opening = pick(rand, parts.openings);
  const mode = rand();
  let body: string;
  let addressLine = '';
  if (address && !question && mode < 0.45) {
    body = pick(rand, parts.addressed)(lower, address);
  } else {
    body = pick(rand, parts.bodies)(name, lower, address);
    if (address && mode < 0.75) addressLine = parts.addressLine(address);
  }
  const extra: string[] = [];
  const nContext = randInt(rand, 0, 2);
  for (let i = 0; i < nContext; i++) {
    const c = pick(rand, contexts);
    if (!extra.includes(c)) extra.push(c);
  }
  const closing = pick(rand, parts.closings);

  const assemble = (ctx: readonly string[]) => [opening, body, addressLine, ...ctx, closing].filter((s) => s !== '').join(' ');
  let text = assemble(extra);
  // Too long: drop the context sentences, then the address line, then cut.
  while (text.length > 400 && extra.length > 0) {
    extra.pop();
    text = assemble(extra);
  }
  if (text.length > 400 && addressLine) {
    addressLine = '';
    text = assemble(extra);
  }
  if (text.length > 400) text = text.slice(0, 397).trimEnd() + '...';
  // Too short: add context until it reads as a real message.
  let guard = 0;
  while (text.length < 60 && guard < contexts.length * 2) {
    guard++;
    const c = pick(rand, contexts);
    if (!extra.includes(c)) {
      extra.push(c);
      text = assemble(extra);
    }
  }
  return text;
}

// ---------------------------------------------------------------------------
// Staff

export type DemoStaffRole = 'admin' | 'operator' | 'inspector' | 'executor' | 'supervisor' | 'analyst' | 'kb_editor';
export type DemoStaff = { login: string; fullName: string; role: DemoStaffRole; org?: string };

/**
 * Demo users. The supervisors repeat DEMO_SUPERVISORS of city-data.ts (same logins and names; a test
 * checks they agree) — they are not imported from there to keep the two modules free of a load-order cycle.
 */
export const DEMO_STAFF: DemoStaff[] = [
  { login: 'admin', fullName: 'Нурпеисов Арман Болатович', role: 'admin' },
  { login: 'operator', fullName: 'Сагындыкова Жанар Ерлановна', role: 'operator' },
  { login: 'inspector', fullName: 'Мельникова Ольга Викторовна', role: 'inspector' },
  { login: 'executor', fullName: 'Жунусов Ерболат Канатович', role: 'executor', org: 'ozhkh' },
  { login: 'supervisor', fullName: 'Ержанов Талгат Муратович', role: 'supervisor', org: 'akimat' },
  { login: 'analyst', fullName: 'Ким Виктор Александрович', role: 'analyst' },
  { login: 'editor', fullName: 'Абдрахманова Динара Сериковна', role: 'kb_editor' },
  { login: 'a.sarsenova', fullName: 'Сарсенова Айгерим Болатовна', role: 'supervisor', org: 'akimat' },
  { login: 'a.litvinenko', fullName: 'Литвиненко Андрей Сергеевич', role: 'supervisor', org: 'akimat' },
  { login: 'd.yermekov', fullName: 'Ермеков Даурен Серикович', role: 'operator' },
  { login: 'm.petrova', fullName: 'Петрова Марина Николаевна', role: 'operator' },
  { login: 'a.kenzhebayeva', fullName: 'Кенжебаева Асель Нурлановна', role: 'inspector' },
  { login: 'v.bondarenko', fullName: 'Бондаренко Вадим Юрьевич', role: 'inspector' },
  { login: 't.musin', fullName: 'Мусин Талгат Жумабекович', role: 'executor', org: 'kostanay-su' },
  { login: 'e.schmidt', fullName: 'Шмидт Евгений Викторович', role: 'executor', org: 'ktek' },
  { login: 'n.tulegenov', fullName: 'Тулегенов Нурлан Амантаевич', role: 'executor', org: 'gorsvet' },
  { login: 'l.kovaleva', fullName: 'Ковалёва Людмила Ивановна', role: 'executor', org: 'edu' },
  { login: 's.omarova', fullName: 'Омарова Салтанат Маратовна', role: 'executor', org: 'health-dept' },
  { login: 'k.baizhanov', fullName: 'Байжанов Канат Ержанович', role: 'executor', org: 'con' },
  { login: 'r.iskakov', fullName: 'Искаков Руслан Даулетович', role: 'executor', org: 'pksk-01' },
  { login: 'i.frolov', fullName: 'Фролов Игорь Петрович', role: 'executor', org: 'lift-1' },
];
