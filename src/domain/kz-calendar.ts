// Kazakhstan's non-working holidays and moved days, 2024–2027, five-day working week.
//
// Rules (Law "On holidays in the Republic of Kazakhstan", Labour Code art. 85):
// - Days off: 1–2 January, 7 January (Orthodox Christmas), 8 March, 21–23 March (Nauryz),
//   1 May, 7 May, 9 May, 6 July (Capital Day), 30 August (Constitution Day),
//   25 October (Republic Day), 16 December (Independence Day), first day of Kurban Ait.
// - When a holiday falls on a Saturday or Sunday, the next working day is a day off —
//   except for the religious ones (7 January, Kurban Ait), which are never moved.
// - The labour ministry / government may also move days off by a yearly act (art. 85 p. 3).
//
// Moved days, by year (sources read via public news reports of the acts):
// - 2024: Order of the acting Minister of Labour and Social Protection of 17.04.2024
//   "О переносе дня отдыха в 2024 году": day off moved from Saturday 4 May to Wednesday 8 May
//   (4 May became a working day). https://m.ru.sputniknews.kz/20240418/vykhodnoy-perenesli-s-4-na-8-maya---mintruda-podpisalo-prikaz-43738035.html,
//   https://mail.kz/ru/news/kz-news/perenos-dnya-otdyha-na-maiskie-prazdniki-podpisan-prikaz
//   Calendar otherwise per the rule (e-gov list: https://mgorod.kz/news/kalendar-vyhodnyh-na-2024-god).
//   Note: the ministry's 2024 working-time balance (help.inbuh.kz/6801) shows 248 working days
//   because it was drawn up with a provisional Kurban Ait on a weekday; Kurban Ait 2024 was
//   Sunday 16 June, which gives 249.
// - 2025: Minister's order (approved 21.11.2024): day off moved from Sunday 5 January to
//   Friday 3 January (5 January became a working day). The ministry stated no other moves
//   were planned for 2025. https://rus.azattyq-ruhy.kz/index.php/society/77649-prazdniki-i-vykhodnye-kak-kazakhstantsy-otdokhnut-v-2025-godu/amp,
//   https://smartnews.kz/ru/news/18380-budut-li-perenosy-vyhodnyh-na-majskie-prazdniki-v-2025-godu
//   (246 working days, 119 days of rest).
// - 2026: no moving act found; the published calendar contains only the statutory in-lieu days
//   (9 Mar, 24–25 Mar, 11 May, 31 Aug, 26 Oct; 246 working days), which the rule reproduces.
//   https://www.inform.kz/ru/kak-budut-otdihat-kazahstantsi-v-2026-godu-947dd6,
//   https://alau.kz/kalendar-2026-dlinnye-vyhodnye-perenosy-i-idealnye-dni-dlja-otpuska/
// - 2027: no act found (not yet published) — Labour Code rule only. Update when the act appears.
//
// Dates are local (UTC+5). The list models the five-day week; six-day-week employers move
// days differently and are out of scope. Kazakhstan used UTC+6 before 1 March 2024; the
// calendar uses one fixed offset, so instants in January–February 2024 are an hour off.

import type { CalendarException, CalendarSettings, Localized } from './types.ts';

export const KZ_DEFAULT_SETTINGS: CalendarSettings = {
  utcOffsetMinutes: 300,
  workStartMinute: 9 * 60,
  workEndMinute: 18 * 60,
};

type Holiday = { md: string; name: Localized; religious?: boolean };

const NEW_YEAR: Localized = { ru: 'Новый год', kk: 'Жаңа жыл', en: "New Year's Day" };
const NAURYZ: Localized = { ru: 'Наурыз мейрамы', kk: 'Наурыз мейрамы', en: 'Nauryz' };

const FIXED_HOLIDAYS: readonly Holiday[] = [
  { md: '01-01', name: NEW_YEAR },
  { md: '01-02', name: NEW_YEAR },
  {
    md: '01-07',
    name: { ru: 'Православное Рождество', kk: 'Православиелік Рождество', en: 'Orthodox Christmas' },
    religious: true,
  },
  {
    md: '03-08',
    name: { ru: 'Международный женский день', kk: 'Халықаралық әйелдер күні', en: "International Women's Day" },
  },
  { md: '03-21', name: NAURYZ },
  { md: '03-22', name: NAURYZ },
  { md: '03-23', name: NAURYZ },
  {
    md: '05-01',
    name: {
      ru: 'Праздник единства народа Казахстана',
      kk: 'Қазақстан халқының бірлігі мерекесі',
      en: 'Unity Day of the People of Kazakhstan',
    },
  },
  { md: '05-07', name: { ru: 'День защитника Отечества', kk: 'Отан қорғаушы күні', en: 'Defender of the Fatherland Day' } },
  { md: '05-09', name: { ru: 'День Победы', kk: 'Жеңіс күні', en: 'Victory Day' } },
  { md: '07-06', name: { ru: 'День столицы', kk: 'Астана күні', en: 'Capital Day' } },
  { md: '08-30', name: { ru: 'День Конституции', kk: 'Конституция күні', en: 'Constitution Day' } },
  { md: '10-25', name: { ru: 'День Республики', kk: 'Республика күні', en: 'Republic Day' } },
  { md: '12-16', name: { ru: 'День Независимости', kk: 'Тәуелсіздік күні', en: 'Independence Day' } },
];

const KURBAN_AIT_NAME: Localized = {
  ru: 'Курбан айт (первый день)',
  kk: 'Құрбан айт (бірінші күні)',
  en: 'Kurban Ait (first day)',
};

/** First day of Kurban Ait (lunar calendar, announced by the Spiritual Administration of Muslims). */
const KURBAN_AIT: Readonly<Record<number, string>> = {
  2024: '2024-06-16',
  2025: '2025-06-06',
  2026: '2026-05-27',
  2027: '2027-05-16',
};

/** "Перенести день отдыха с <weekendDay> на <dayOff>": weekendDay works, dayOff rests. */
type Move = { weekendDay: string; dayOff: string };

const MOVES: Readonly<Record<number, readonly Move[]>> = {
  2024: [{ weekendDay: '2024-05-04', dayOff: '2024-05-08' }], // Minister's order of 17.04.2024
  2025: [{ weekendDay: '2025-01-05', dayOff: '2025-01-03' }], // Minister's order, 21.11.2024
  2026: [], // none found
  2027: [], // none published
};

const MONTHS: Record<keyof Localized, readonly string[]> = {
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  kk: ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

function dayMonth(date: string, lang: keyof Localized): string {
  const month = MONTHS[lang][Number(date.slice(5, 7)) - 1] ?? '';
  const day = Number(date.slice(8, 10));
  return `${day} ${month}`;
}

const DAY_MS = 86_400_000;

function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

function isWeekend(date: string): boolean {
  const w = new Date(`${date}T00:00:00Z`).getUTCDay();
  return w === 0 || w === 6;
}

function buildYear(year: number): CalendarException[] {
  const byDate = new Map<string, CalendarException>();
  const holidays: { date: string; h: Holiday }[] = FIXED_HOLIDAYS.map((h) => ({ date: `${year}-${h.md}`, h }));
  const kurban = KURBAN_AIT[year];
  if (kurban) holidays.push({ date: kurban, h: { md: kurban.slice(5), name: KURBAN_AIT_NAME, religious: true } });
  holidays.sort((a, b) => a.date.localeCompare(b.date));

  for (const { date, h } of holidays) byDate.set(date, { date, kind: 'holiday', name: h.name });

  for (const { weekendDay, dayOff } of MOVES[year] ?? []) {
    byDate.set(dayOff, {
      date: dayOff,
      kind: 'holiday',
      name: {
        ru: `Перенесённый день отдыха (с ${dayMonth(weekendDay, 'ru')})`,
        kk: `Ауыстырылған демалыс күні (${dayMonth(weekendDay, 'kk')} күнінен)`,
        en: `Day off moved from ${dayMonth(weekendDay, 'en')}`,
      },
    });
    byDate.set(weekendDay, {
      date: weekendDay,
      kind: 'workday',
      name: {
        ru: `Рабочий день (день отдыха перенесён на ${dayMonth(dayOff, 'ru')})`,
        kk: `Жұмыс күні (демалыс ${dayMonth(dayOff, 'kk')} күніне ауыстырылды)`,
        en: `Working day (day off moved to ${dayMonth(dayOff, 'en')})`,
      },
    });
  }

  const isWorking = (date: string): boolean => {
    const e = byDate.get(date);
    return e ? e.kind === 'workday' : !isWeekend(date);
  };

  // Labour Code: a holiday on Sat/Sun makes the next working day a day off (in date order,
  // so Nauryz 21–22 March on a weekend yields 24 and 25 March when 23 March is a Monday).
  for (const { date, h } of holidays) {
    if (h.religious || !isWeekend(date)) continue;
    let d = addDays(date, 1);
    while (!isWorking(d)) d = addDays(d, 1);
    byDate.set(d, {
      date: d,
      kind: 'holiday',
      name: {
        ru: `Выходной вместо праздника: ${h.name.ru} (${dayMonth(date, 'ru')})`,
        kk: `Мереке орнына демалыс: ${h.name.kk} (${dayMonth(date, 'kk')})`,
        en: `Day off in lieu of ${h.name.en} (${dayMonth(date, 'en')})`,
      },
    });
  }

  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}

export const KZ_CALENDAR_2024_2027: CalendarException[] = [2024, 2025, 2026, 2027].flatMap(buildYear);
