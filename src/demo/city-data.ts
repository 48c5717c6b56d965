// The demo city, modelled on Kostanay (centre about 53.214 N, 63.624 E): districts, real street names
// with generated houses, the 212 executor organisations of the real iKOMEK 109 centre, and the three
// deputy mayors who supervise them. Street names are real; house numbers, coordinates and people are not.

import type { Localized, OrgType } from '../domain/types.ts';
import { mulberry32, randInt } from './people-data.ts';

export type DemoDistrict = { code: string; name: Localized; centre: { lat: number; lon: number } };
export type DemoHouse = {
  number: string;
  lat: number;
  lon: number;
  apartmentBuilding: boolean;
  /** Org code of the housing cooperative (ПКСК) serving it, only for apartment buildings. */
  manager?: string;
};
export type DemoStreet = { code: string; name: Localized; district: string; houses: DemoHouse[] };
export type DemoOrg = {
  code: string;
  type: OrgType;
  name: Localized;
  parent?: string;
  district?: string;
  /** Login of the deputy mayor whose sector it is. */
  supervisor?: string;
  phone?: string;
};

/** The city's bounding box: every coordinate of the demo lies inside it. */
export const DEMO_BBOX = { minLat: 53.15, maxLat: 53.26, minLon: 63.55, maxLon: 63.7 } as const;
export const DEMO_CITY_CENTRE = { lat: 53.214, lon: 63.624 } as const;

export const DEMO_DISTRICTS: DemoDistrict[] = [
  { code: 'center', name: { ru: 'Центр', kk: 'Орталық', en: 'City Centre' }, centre: { lat: 53.214, lon: 63.625 } },
  { code: 'zhana-kala', name: { ru: 'Жана кала', kk: 'Жаңа қала', en: 'Zhana Kala' }, centre: { lat: 53.198, lon: 63.605 } },
  { code: 'yubileiny', name: { ru: 'мкр. Юбилейный', kk: 'Юбилейный шағын ауданы', en: 'Yubileiny microdistrict' }, centre: { lat: 53.23, lon: 63.595 } },
  { code: 'kzhbi', name: { ru: 'КЖБИ', kk: 'ТБКЗ (КЖБИ)', en: 'KZhBI' }, centre: { lat: 53.242, lon: 63.615 } },
  { code: 'severny', name: { ru: 'Северный', kk: 'Солтүстік', en: 'Severny (North)' }, centre: { lat: 53.248, lon: 63.645 } },
  { code: 'rabochiy', name: { ru: 'Рабочий посёлок', kk: 'Жұмысшы кенті', en: 'Rabochiy Settlement' }, centre: { lat: 53.228, lon: 63.648 } },
  { code: 'aeroport', name: { ru: 'мкр. Аэропорт', kk: 'Әуежай шағын ауданы', en: 'Aeroport microdistrict' }, centre: { lat: 53.205, lon: 63.57 } },
  { code: 'kunai', name: { ru: 'мкр. Кунай', kk: 'Құнай шағын ауданы', en: 'Kunai microdistrict' }, centre: { lat: 53.17, lon: 63.585 } },
  { code: 'nauryz', name: { ru: 'мкр. Наурыз', kk: 'Наурыз шағын ауданы', en: 'Nauryz microdistrict' }, centre: { lat: 53.182, lon: 63.63 } },
  { code: 'druzhba', name: { ru: 'мкр. Дружба', kk: 'Достық шағын ауданы', en: 'Druzhba microdistrict' }, centre: { lat: 53.193, lon: 63.66 } },
];

// ---------------------------------------------------------------------------
// Supervisors

export const DEMO_SUPERVISORS: { login: string; fullName: string; title: Localized }[] = [
  {
    login: 'supervisor',
    fullName: 'Ержанов Талгат Муратович',
    title: {
      ru: 'Заместитель акима города Костаная (ЖКХ, строительство и инфраструктура)',
      kk: 'Қостанай қаласы әкімінің орынбасары (тұрғын үй-коммуналдық шаруашылық, құрылыс және инфрақұрылым)',
      en: 'Deputy Mayor of Kostanay (housing and utilities, construction, infrastructure)',
    },
  },
  {
    login: 'a.sarsenova',
    fullName: 'Сарсенова Айгерим Болатовна',
    title: {
      ru: 'Заместитель акима города Костаная (образование, здравоохранение, занятость, социальная защита, культура)',
      kk: 'Қостанай қаласы әкімінің орынбасары (білім, денсаулық сақтау, жұмыспен қамту, әлеуметтік қорғау, мәдениет)',
      en: 'Deputy Mayor of Kostanay (education, health, employment, social protection, culture)',
    },
  },
  {
    login: 'a.litvinenko',
    fullName: 'Литвиненко Андрей Сергеевич',
    title: {
      ru: 'Заместитель акима города Костаная (дороги, транспорт, земельные отношения, предпринимательство, государственные услуги)',
      kk: 'Қостанай қаласы әкімінің орынбасары (жолдар, көлік, жер қатынастары, кәсіпкерлік, мемлекеттік қызметтер)',
      en: 'Deputy Mayor of Kostanay (roads, transport, land, entrepreneurship, public services)',
    },
  },
];

const SUP_HOUSING = 'supervisor';
const SUP_SOCIAL = 'a.sarsenova';
const SUP_ROADS = 'a.litvinenko';

// ---------------------------------------------------------------------------
// Streets

type StreetKind = 'st' | 'av' | 'ln';
/** [code, ru base, kk base, en base, kind, district, long street?] */
type StreetSpec = readonly [string, string, string, string, StreetKind, string, boolean?];

const STREETS: readonly StreetSpec[] = [
  // Centre
  ['baitursynova', 'Байтурсынова', 'Байтұрсынов', 'Baitursynov', 'st', 'center', true],
  ['abaya', 'Абая', 'Абай', 'Abay', 'av', 'center', true],
  ['al-farabi', 'Аль-Фараби', 'Әл-Фараби', 'Al-Farabi', 'av', 'center', true],
  ['gogolya', 'Гоголя', 'Гоголь', 'Gogol', 'st', 'center', true],
  ['altynsarina', 'Алтынсарина', 'Алтынсарин', 'Altynsarin', 'st', 'center', true],
  ['baimagambetova', 'Баймагамбетова', 'Баймағамбетов', 'Baimagambetov', 'st', 'center', true],
  ['tarana', 'Тарана', 'Таран', 'Taran', 'st', 'center', true],
  ['mailina', 'Майлина', 'Майлин', 'Mailin', 'st', 'center'],
  ['dulatova', 'Дулатова', 'Дулатов', 'Dulatov', 'st', 'center'],
  ['pushkina', 'Пушкина', 'Пушкин', 'Pushkin', 'st', 'center', true],
  ['amangeldy', 'Амангельды', 'Амангелді', 'Amangeldy', 'st', 'center', true],
  ['temirbayeva', 'Темирбаева', 'Темірбаев', 'Temirbayev', 'st', 'center'],
  ['tolstogo', 'Толстого', 'Толстой', 'Tolstoy', 'st', 'center'],
  ['chekhova', 'Чехова', 'Чехов', 'Chekhov', 'st', 'center'],
  ['maulenova', 'Мауленова', 'Мәуленов', 'Maulenov', 'st', 'center'],
  ['naberezhnaya', 'Набережная', 'Набережная', 'Naberezhnaya', 'st', 'center'],
  ['lermontova', 'Лермонтова', 'Лермонтов', 'Lermontov', 'st', 'center'],
  ['valikhanova', 'Валиханова', 'Уәлиханов', 'Valikhanov', 'st', 'center'],
  ['5-aprelya', '5 Апреля', '5 Сәуір', '5 Aprelya', 'st', 'center'],
  ['dzerzhinskogo', 'Дзержинского', 'Дзержинский', 'Dzerzhinsky', 'st', 'center'],
  ['shevchenko', 'Шевченко', 'Шевченко', 'Shevchenko', 'st', 'center'],
  ['ostrovskogo', 'Островского', 'Островский', 'Ostrovsky', 'st', 'center'],
  ['pavlova', 'Павлова', 'Павлов', 'Pavlov', 'st', 'center'],
  ['tauelsizdik', 'Тәуелсіздік', 'Тәуелсіздік', 'Tauelsizdik', 'st', 'center', true],
  ['gorkogo', 'Горького', 'Горький', 'Gorky', 'st', 'center'],
  ['gertsena', 'Герцена', 'Герцен', 'Herzen', 'st', 'center'],
  ['chernyshevskogo', 'Чернышевского', 'Чернышевский', 'Chernyshevsky', 'st', 'center'],
  ['khakimzhanovoi', 'Хакимжановой', 'Хакімжанова', 'Khakimzhanova', 'st', 'center'],
  ['bykovskogo', 'Быковского', 'Быковский', 'Bykovsky', 'st', 'center'],
  ['seralina', 'Сералина', 'Сералин', 'Seralin', 'st', 'center'],
  ['sultangazina', 'Султангазина', 'Сұлтанғазин', 'Sultangazin', 'st', 'center'],
  ['kuybysheva', 'Куйбышева', 'Куйбышев', 'Kuibyshev', 'st', 'center'],
  // Yubileiny
  ['karbysheva', 'Карбышева', 'Карбышев', 'Karbyshev', 'st', 'yubileiny', true],
  ['pobedy', 'Победы', 'Жеңіс', 'Pobedy', 'st', 'yubileiny', true],
  ['voinov-internatsionalistov', 'Воинов-Интернационалистов', 'Интернационалист-жауынгерлер', 'Voinov-Internatsionalistov', 'st', 'yubileiny'],
  ['mayakovskogo', 'Маяковского', 'Маяковский', 'Mayakovsky', 'st', 'yubileiny'],
  ['gasheka', 'Гашека', 'Гашек', 'Gashek', 'st', 'yubileiny'],
  ['shayakhmetova', 'Шаяхметова', 'Шаяхметов', 'Shayakhmetov', 'st', 'yubileiny', true],
  ['kozybayeva', 'Козыбаева', 'Қозыбаев', 'Kozybayev', 'st', 'yubileiny'],
  ['letunova', 'Летунова', 'Летунов', 'Letunov', 'st', 'yubileiny', true],
  ['1-maya', '1 Мая', '1 Мамыр', '1 Maya', 'st', 'yubileiny', true],
  ['chkalova', 'Чкалова', 'Чкалов', 'Chkalov', 'st', 'yubileiny'],
  ['lomonosova', 'Ломоносова', 'Ломоносов', 'Lomonosov', 'st', 'yubileiny'],
  ['mendeleeva', 'Менделеева', 'Менделеев', 'Mendeleev', 'st', 'yubileiny'],
  ['pirogova', 'Пирогова', 'Пирогов', 'Pirogov', 'st', 'yubileiny'],
  // KZhBI
  ['kairbekova', 'Каирбекова', 'Қайырбеков', 'Kairbekov', 'st', 'kzhbi', true],
  ['kobylandy-batyra', 'Кобыланды батыра', 'Қобыланды батыр', 'Kobylandy Batyr', 'av', 'kzhbi', true],
  ['urozhainaya', 'Урожайная', 'Урожайная', 'Urozhainaya', 'st', 'kzhbi'],
  ['ordzhonikidze', 'Орджоникидзе', 'Орджоникидзе', 'Ordzhonikidze', 'st', 'kzhbi', true],
  ['stroiteley', 'Строителей', 'Құрылысшылар', 'Stroiteley', 'st', 'kzhbi'],
  ['promyshlennaya', 'Промышленная', 'Промышленная', 'Promyshlennaya', 'st', 'kzhbi'],
  ['timiryazeva', 'Тимирязева', 'Тимирязев', 'Timiryazev', 'st', 'kzhbi'],
  ['michurina', 'Мичурина', 'Мичурин', 'Michurin', 'st', 'kzhbi'],
  ['matrosova', 'Матросова', 'Матросов', 'Matrosov', 'st', 'kzhbi'],
  ['gastello', 'Гастелло', 'Гастелло', 'Gastello', 'st', 'kzhbi'],
  ['koshevogo', 'Кошевого', 'Кошевой', 'Koshevoy', 'st', 'kzhbi'],
  ['zhukovskogo', 'Жуковского', 'Жуковский', 'Zhukovsky', 'st', 'kzhbi'],
  ['energetikov', 'Энергетиков', 'Энергетиктер', 'Energetikov', 'st', 'kzhbi'],
  ['beimbeta-mailina', 'Беимбета Майлина', 'Бейімбет Майлин', 'Beimbet Mailin', 'ln', 'kzhbi'],
  // Severny
  ['tsiolkovskogo', 'Циолковского', 'Циолковский', 'Tsiolkovsky', 'st', 'severny'],
  ['koroleva', 'Королёва', 'Королёв', 'Korolev', 'st', 'severny'],
  ['titova', 'Титова', 'Титов', 'Titov', 'st', 'severny'],
  ['tereshkovoy', 'Терешковой', 'Терешкова', 'Tereshkova', 'st', 'severny'],
  ['kosmonavtov', 'Космонавтов', 'Ғарышкерлер', 'Kosmonavtov', 'st', 'severny'],
  ['severnaya', 'Северная', 'Северная', 'Severnaya', 'st', 'severny'],
  ['komsomolskaya', 'Комсомольская', 'Комсомольская', 'Komsomolskaya', 'st', 'severny'],
  ['suvorova', 'Суворова', 'Суворов', 'Suvorov', 'st', 'severny'],
  ['kutuzova', 'Кутузова', 'Кутузов', 'Kutuzov', 'st', 'severny'],
  ['nakhimova', 'Нахимова', 'Нахимов', 'Nakhimov', 'st', 'severny'],
  ['ushakova', 'Ушакова', 'Ушаков', 'Ushakov', 'st', 'severny'],
  ['yesenina', 'Есенина', 'Есенин', 'Yesenin', 'st', 'severny'],
  ['zatobolskaya', 'Затобольская', 'Затобольская', 'Zatobolskaya', 'st', 'severny'],
  // Rabochiy
  ['borodina', 'Бородина', 'Бородин', 'Borodin', 'st', 'rabochiy', true],
  ['rabochaya', 'Рабочая', 'Рабочая', 'Rabochaya', 'st', 'rabochiy'],
  ['syanova', 'Сьянова', 'Сьянов', 'Syanov', 'st', 'rabochiy'],
  ['perronnaya', 'Перронная', 'Перронная', 'Perronnaya', 'st', 'rabochiy'],
  ['stantsionnaya', 'Станционная', 'Станционная', 'Stantsionnaya', 'st', 'rabochiy'],
  ['elevatornaya', 'Элеваторная', 'Элеваторная', 'Elevatornaya', 'st', 'rabochiy'],
  ['zheleznodorozhnaya', 'Железнодорожная', 'Темір жол', 'Zheleznodorozhnaya', 'st', 'rabochiy'],
  ['zavodskaya', 'Заводская', 'Заводская', 'Zavodskaya', 'st', 'rabochiy'],
  ['kievskaya', 'Киевская', 'Киевская', 'Kievskaya', 'st', 'rabochiy'],
  ['narimanovskaya', 'Наримановская', 'Наримановская', 'Narimanovskaya', 'st', 'rabochiy'],
  ['zhambyla', 'Жамбыла', 'Жамбыл', 'Zhambyl', 'st', 'rabochiy'],
  ['chapayeva', 'Чапаева', 'Чапаев', 'Chapayev', 'st', 'rabochiy'],
  ['furmanova', 'Фурманова', 'Фурманов', 'Furmanov', 'st', 'rabochiy'],
  ['pugacheva', 'Пугачёва', 'Пугачёв', 'Pugachev', 'st', 'rabochiy'],
  // Aeroport
  ['uralskaya', 'Уральская', 'Уральская', 'Uralskaya', 'st', 'aeroport', true],
  ['gerasimova', 'Герасимова', 'Герасимов', 'Gerasimov', 'st', 'aeroport'],
  ['kurganskaya', 'Курганская', 'Курганская', 'Kurganskaya', 'st', 'aeroport'],
  ['aviatsionnaya', 'Авиационная', 'Авиация', 'Aviatsionnaya', 'st', 'aeroport'],
  ['lyotnaya', 'Лётная', 'Лётная', 'Lyotnaya', 'st', 'aeroport'],
  ['nekrasova', 'Некрасова', 'Некрасов', 'Nekrasov', 'st', 'aeroport'],
  ['krylova', 'Крылова', 'Крылов', 'Krylov', 'st', 'aeroport'],
  ['turgeneva', 'Тургенева', 'Тургенев', 'Turgenev', 'st', 'aeroport'],
  ['belinskogo', 'Белинского', 'Белинский', 'Belinsky', 'st', 'aeroport'],
  ['dobrolyubova', 'Добролюбова', 'Добролюбов', 'Dobrolyubov', 'st', 'aeroport'],
  ['korolenko', 'Короленко', 'Короленко', 'Korolenko', 'st', 'aeroport'],
  // Zhana Kala
  ['frunze', 'Фрунзе', 'Фрунзе', 'Frunze', 'st', 'zhana-kala', true],
  ['abylai-khana', 'Абылай хана', 'Абылай хан', 'Abylai Khan', 'av', 'zhana-kala', true],
  ['kenesary', 'Кенесары', 'Кенесары', 'Kenesary', 'st', 'zhana-kala'],
  ['auezova', 'Ауэзова', 'Әуезов', 'Auezov', 'st', 'zhana-kala'],
  ['satpayeva', 'Сатпаева', 'Сәтбаев', 'Satpayev', 'st', 'zhana-kala'],
  ['seifullina', 'Сейфуллина', 'Сейфуллин', 'Seifullin', 'st', 'zhana-kala'],
  ['makhambeta', 'Махамбета', 'Махамбет', 'Makhambet', 'st', 'zhana-kala'],
  ['chaykovskogo', 'Чайковского', 'Чайковский', 'Tchaikovsky', 'st', 'zhana-kala'],
  ['glinki', 'Глинки', 'Глинка', 'Glinka', 'st', 'zhana-kala'],
  ['repina', 'Репина', 'Репин', 'Repin', 'st', 'zhana-kala'],
  ['zhumabayeva', 'Жумабаева', 'Жұмабаев', 'Zhumabayev', 'st', 'zhana-kala'],
  ['sarыarka', 'Сарыарка', 'Сарыарқа', 'Saryarka', 'st', 'zhana-kala'],
  // Nauryz
  ['tole-bi', 'Толе би', 'Төле би', 'Tole Bi', 'st', 'nauryz'],
  ['kazybek-bi', 'Казыбек би', 'Қазыбек би', 'Kazybek Bi', 'st', 'nauryz'],
  ['aiteke-bi', 'Айтеке би', 'Әйтеке би', 'Aiteke Bi', 'st', 'nauryz'],
  ['bukhar-zhyrau', 'Бухар жырау', 'Бұқар жырау', 'Bukhar Zhyrau', 'st', 'nauryz'],
  ['musrepova', 'Мусрепова', 'Мүсірепов', 'Musrepov', 'st', 'nauryz'],
  ['zhansugurova', 'Жансугурова', 'Жансүгіров', 'Zhansugurov', 'st', 'nauryz'],
  ['mukanova', 'Муканова', 'Мұқанов', 'Mukanov', 'st', 'nauryz'],
  ['dostyk', 'Достық', 'Достық', 'Dostyk', 'st', 'nauryz'],
  ['nauryz', 'Наурыз', 'Наурыз', 'Nauryz', 'st', 'nauryz'],
  ['kobyz', 'Қобыз', 'Қобыз', 'Kobyz', 'ln', 'nauryz'],
  ['dombyra', 'Домбыра', 'Домбыра', 'Dombyra', 'ln', 'nauryz'],
  ['altyn-dala', 'Алтын дала', 'Алтын дала', 'Altyn Dala', 'st', 'nauryz'],
  // Kunai
  ['beibitshilik', 'Бейбітшілік', 'Бейбітшілік', 'Beibitshilik', 'st', 'kunai'],
  ['bereke', 'Береке', 'Береке', 'Bereke', 'st', 'kunai'],
  ['yntymak', 'Ынтымақ', 'Ынтымақ', 'Yntymak', 'st', 'kunai'],
  ['bolashak', 'Болашақ', 'Болашақ', 'Bolashak', 'st', 'kunai'],
  ['zhastar', 'Жастар', 'Жастар', 'Zhastar', 'st', 'kunai'],
  ['turan', 'Тұран', 'Тұран', 'Turan', 'st', 'kunai'],
  ['akzhol', 'Ақжол', 'Ақжол', 'Akzhol', 'st', 'kunai'],
  ['mangilik-el', 'Мәңгілік Ел', 'Мәңгілік Ел', 'Mangilik El', 'av', 'kunai', true],
  ['uly-dala', 'Ұлы Дала', 'Ұлы Дала', 'Uly Dala', 'st', 'kunai'],
  ['rudnenskaya', 'Рудненская', 'Рудный', 'Rudnenskaya', 'st', 'kunai'],
  ['kunai', 'Құнай', 'Құнай', 'Kunai', 'st', 'kunai'],
  ['sadovaya', 'Садовая', 'Садовая', 'Sadovaya', 'st', 'kunai'],
  // Druzhba
  ['gagarina', 'Гагарина', 'Гагарин', 'Gagarin', 'st', 'druzhba', true],
  ['volynova', 'Волынова', 'Волынов', 'Volynov', 'st', 'druzhba'],
  ['mira', 'Мира', 'Бейбітшілік', 'Mira', 'st', 'druzhba'],
  ['lesnaya', 'Лесная', 'Лесная', 'Lesnaya', 'st', 'druzhba'],
  ['polevaya', 'Полевая', 'Полевая', 'Polevaya', 'st', 'druzhba'],
  ['stepnaya', 'Степная', 'Дала', 'Stepnaya', 'st', 'druzhba'],
  ['tselinnaya', 'Целинная', 'Тың', 'Tselinnaya', 'st', 'druzhba'],
  ['molodezhnaya', 'Молодёжная', 'Жастар', 'Molodyozhnaya', 'ln', 'druzhba'],
  ['shkolnaya', 'Школьная', 'Мектеп', 'Shkolnaya', 'st', 'druzhba'],
  ['vesennyaya', 'Весенняя', 'Көктем', 'Vesennyaya', 'st', 'druzhba'],
  ['solnechnaya', 'Солнечная', 'Күнгей', 'Solnechnaya', 'st', 'druzhba'],
  ['tobolskaya', 'Тобольская', 'Тобыл', 'Tobolskaya', 'st', 'druzhba'],
];

/** House numbers that the real centre's stories mention; they exist in the demo as apartment buildings. */
const FORCED_HOUSES: Record<string, readonly string[]> = {
  altynsarina: ['110', '114', '122'],
  gogolya: ['67'],
  'al-farabi': ['96', '101'],
  baitursynova: ['50', '95'],
  letunova: ['95', '111'],
  shayakhmetova: ['110', '117А', '119А'],
  abaya: ['28/3', '28/4'],
  kairbekova: ['258/2', '381'],
  ordzhonikidze: ['50'],
  '1-maya': ['151'],
  gerasimova: ['4'],
  gasheka: ['9'],
  kurganskaya: ['2'],
  tauelsizdik: ['10', '42'],
  '5-aprelya': ['64'],
  bykovskogo: ['4А'],
  dzerzhinskogo: ['92А'],
};

/** Share of apartment buildings among a district's houses. */
const APARTMENT_SHARE: Record<string, number> = {
  center: 0.8,
  'zhana-kala': 0.7,
  yubileiny: 0.72,
  kzhbi: 0.6,
  severny: 0.42,
  rabochiy: 0.3,
  aeroport: 0.3,
  kunai: 0.45,
  nauryz: 0.38,
  druzhba: 0.3,
};

const M_PER_DEG_LAT = 111_320;
const M_PER_DEG_LON = 111_320 * Math.cos((53.214 * Math.PI) / 180);

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

function hashString(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

function baseNumber(number: string): number {
  return parseInt(number, 10);
}

function streetName(ru: string, kk: string, en: string, kind: StreetKind): Localized {
  switch (kind) {
    case 'av':
      return { ru: `пр. ${ru}`, kk: `${kk} даңғылы`, en: `${en} Avenue` };
    case 'ln':
      return { ru: `пер. ${ru}`, kk: `${kk} тұйық көшесі`, en: `${en} Lane` };
    default:
      return { ru: `ул. ${ru}`, kk: `${kk} көшесі`, en: `${en} Street` };
  }
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

function generateHouses(rand: () => number, spec: StreetSpec, coopsOfDistrict: readonly string[]): DemoHouse[] {
  const [code, , , , , district, long] = spec;
  const forced = FORCED_HOUSES[code] ?? [];
  const count = long ? randInt(rand, 35, 60) : randInt(rand, 5, 40);
  const maxForced = forced.reduce((m, n) => Math.max(m, baseNumber(n)), 0);
  const maxNo = Math.max(maxForced + randInt(rand, 2, 30), Math.round(count * (1.6 + rand() * 1.8)));

  // Choose house numbers: the forced ones, then distinct random base numbers with a few "12/1", "5А" variants.
  const numbers = new Set<string>(forced);
  const usedBases = new Set<number>(forced.map(baseNumber));
  let guard = 0;
  while (numbers.size < count && guard < 10_000) {
    guard++;
    const base = randInt(rand, 1, maxNo);
    if (usedBases.has(base)) continue;
    usedBases.add(base);
    const r = rand();
    if (r < 0.07 && numbers.size + 2 <= count) {
      numbers.add(`${base}/1`);
      numbers.add(`${base}/2`);
    } else if (r < 0.12) {
      numbers.add(`${base}${rand() < 0.7 ? 'А' : 'Б'}`);
    } else {
      numbers.add(String(base));
    }
  }

  // Lay the street out as a line near its district's centre: a grid-like bearing, odd numbers on one side.
  const centre = DEMO_DISTRICTS.find((d) => d.code === district)?.centre ?? DEMO_CITY_CENTRE;
  const midLat = centre.lat + (rand() - 0.5) * 0.022;
  const midLon = centre.lon + (rand() - 0.5) * 0.034;
  const gridBearing = rand() < 0.5 ? 0 : Math.PI / 2;
  const bearing = rand() < 0.8 ? gridBearing + (rand() - 0.5) * 0.2 : rand() * Math.PI;
  const lengthM = Math.min(4_000, maxNo * (10 + rand() * 6));
  const dirLat = Math.cos(bearing);
  const dirLon = Math.sin(bearing);
  const share = APARTMENT_SHARE[district] ?? 0.5;

  const sorted = [...numbers].sort((a, b) => baseNumber(a) - baseNumber(b) || a.localeCompare(b));
  return sorted.map((number) => {
    const base = baseNumber(number);
    const along = (base / maxNo - 0.5) * lengthM + (rand() - 0.5) * 8;
    const side = (base % 2 === 0 ? 1 : -1) * (14 + rand() * 10);
    const northM = along * dirLat - side * dirLon;
    const eastM = along * dirLon + side * dirLat;
    const lat = clamp(midLat + northM / M_PER_DEG_LAT, DEMO_BBOX.minLat + 0.002, DEMO_BBOX.maxLat - 0.002);
    const lon = clamp(midLon + eastM / M_PER_DEG_LON, DEMO_BBOX.minLon + 0.002, DEMO_BBOX.maxLon - 0.002);
    const apartmentBuilding = forced.includes(number) || number.includes('/') || rand() < share;
    const house: DemoHouse = { number, lat: round6(lat), lon: round6(lon), apartmentBuilding };
    if (apartmentBuilding && coopsOfDistrict.length > 0) {
      house.manager = coopsOfDistrict[hashString(`${code}:${number}`) % coopsOfDistrict.length];
    }
    return house;
  });
}

/** Real Kostanay streets with generated houses. Deterministic. */
export function demoStreets(): DemoStreet[] {
  const rand = mulberry32(20_240_109);
  const coops = demoOrganisations().filter((o) => o.type === 'housing_coop');
  return STREETS.map((spec) => {
    const [code, ru, kk, en, kind, district] = spec;
    const coopsOfDistrict = coops.filter((c) => c.district === district).map((c) => c.code);
    return { code, name: streetName(ru, kk, en, kind), district, houses: generateHouses(rand, spec, coopsOfDistrict) };
  });
}

// ---------------------------------------------------------------------------
// Organisations

const CITY = { ru: 'акимата города Костаная', kk: 'Қостанай қаласы әкімдігінің' } as const;

/** A department of the city akimat: ГУ «Отдел … акимата города Костаная». */
function dept(code: string, ru: string, kk: string, en: string, supervisor: string): DemoOrg {
  return {
    code,
    type: 'city_body',
    name: { ru: `ГУ «Отдел ${ru} ${CITY.ru}»`, kk: `«${CITY.kk} ${kk} бөлімі» ММ`, en: `${en} Department of Kostanay City Akimat` },
    parent: 'akimat',
    supervisor,
  };
}

const CITY_BODIES: DemoOrg[] = [
  {
    code: 'akimat',
    type: 'city_body',
    name: { ru: 'ГУ «Аппарат акима города Костаная»', kk: '«Қостанай қаласы әкімінің аппараты» ММ', en: 'Office of the Mayor of Kostanay (Akimat)' },
    supervisor: SUP_HOUSING,
  },
  dept('ozhkh', 'жилищно-коммунального хозяйства', 'тұрғын үй-коммуналдық шаруашылығы', 'Housing and Utilities', SUP_HOUSING),
  dept('ozho', 'жилищных отношений', 'тұрғын үй қатынастары', 'Housing Relations', SUP_HOUSING),
  dept('ozhi', 'жилищной инспекции', 'тұрғын үй инспекциясы', 'Housing Inspection', SUP_HOUSING),
  dept('ostr', 'строительства', 'құрылыс', 'Construction', SUP_HOUSING),
  dept('optad', 'пассажирского транспорта и автомобильных дорог', 'жолаушылар көлігі және автомобиль жолдары', 'Passenger Transport and Roads', SUP_ROADS),
  dept('oas', 'архитектуры и градостроительства', 'сәулет және қала құрылысы', 'Architecture and Urban Planning', SUP_ROADS),
  dept('ozo', 'земельных отношений', 'жер қатынастары', 'Land Relations', SUP_ROADS),
  dept('opp', 'предпринимательства и промышленности', 'кәсіпкерлік және өнеркәсіп', 'Entrepreneurship and Industry', SUP_ROADS),
  dept('ofin', 'финансов', 'қаржы', 'Finance', SUP_ROADS),
  dept('oebp', 'экономики и бюджетного планирования', 'экономика және бюджеттік жоспарлау', 'Economy and Budget Planning', SUP_ROADS),
  {
    code: 'edu',
    type: 'city_body',
    name: {
      ru: 'ГУ «Отдел образования города Костаная»',
      kk: '«Қостанай қаласының білім бөлімі» ММ',
      en: 'Education Department of Kostanay City',
    },
    parent: 'akimat',
    supervisor: SUP_SOCIAL,
  },
  dept('ozsp', 'занятости и социальных программ', 'жұмыспен қамту және әлеуметтік бағдарламалар', 'Employment and Social Programmes', SUP_SOCIAL),
  dept('okrya', 'культуры и развития языков', 'мәдениет және тілдерді дамыту', 'Culture and Language Development', SUP_SOCIAL),
  dept('ovp', 'внутренней политики', 'ішкі саясат', 'Internal Policy', SUP_SOCIAL),
  dept('ofks', 'физической культуры и спорта', 'дене шынықтыру және спорт', 'Physical Culture and Sports', SUP_SOCIAL),
  dept('ovet', 'ветеринарии', 'ветеринария', 'Veterinary', SUP_HOUSING),
];

/** [code, type prefix ru, name ru, prefix kk, name kk, en, parent, supervisor] */
type SubSpec = readonly [string, string, string, string, string, string, string, string];

const SUBORDINATE_SPECS: readonly SubSpec[] = [
  ['kostanay-su', 'ГКП', '«Костанай-Су»', 'МКК', '«Қостанай-Су»', 'Kostanay-Su water utility', 'ozhkh', SUP_HOUSING],
  ['ktek', 'ГКП', '«Костанайская теплоэнергетическая компания» (КТЭК)', 'МКК', '«Қостанай жылу-энергетикалық компаниясы» (ҚЖЭК)', 'Kostanay Heat and Power Company (KTEK)', 'ozhkh', SUP_HOUSING],
  ['energocenter', 'ТОО', '«Костанай Энергоцентр»', 'ЖШС', '«Қостанай Энергоорталығы»', 'Kostanay Energocenter power networks', 'ozhkh', SUP_HOUSING],
  ['gorsvet', 'ТОО', '«Горсвет Сервис» (уличное освещение)', 'ЖШС', '«Горсвет Сервис» (көше жарығы)', 'Gorsvet Service (street lighting contractor)', 'ozhkh', SUP_HOUSING],
  ['tazalyk', 'ТОО', '«Тазалық Костанай» (вывоз ТБО)', 'ЖШС', '«Тазалық Қостанай» (ҚТҚ шығару)', 'Tazalyk Kostanay (waste collection)', 'ozhkh', SUP_HOUSING],
  ['eco-service', 'ТОО', '«ЭкоСервис-К» (вывоз ТБО)', 'ЖШС', '«ЭкоСервис-К» (ҚТҚ шығару)', 'EcoService-K (waste collection)', 'ozhkh', SUP_HOUSING],
  ['zelenstroy', 'ГКП', '«Зеленстрой»', 'МКК', '«Жасыл құрылыс»', 'Zelenstroy (green spaces)', 'ozhkh', SUP_HOUSING],
  ['livnevka', 'ТОО', '«Ливнёвка-Сервис» (ливневая канализация)', 'ЖШС', '«Ливнёвка-Сервис» (нөсер кәрізі)', 'Livnyovka Service (storm drains)', 'ozhkh', SUP_HOUSING],
  ['ads', 'ГКП', '«Городская аварийно-диспетчерская служба»', 'МКК', '«Қалалық апаттық-диспетчерлік қызмет»', 'City emergency dispatch service', 'ozhkh', SUP_HOUSING],
  ['ritual', 'ГКП', '«Ритуальные услуги»', 'МКК', '«Жерлеу қызметтері»', 'Municipal cemeteries and funeral services', 'ozhkh', SUP_HOUSING],
  ['housing-fund', 'ГКП', '«Городской жилищный фонд»', 'МКК', '«Қалалық тұрғын үй қоры»', 'City Housing Fund', 'ozho', SUP_HOUSING],
  ['dorservice', 'ГКП', '«Костанай Жол Сервис» (содержание дорог)', 'МКК', '«Қостанай Жол Сервис» (жолдарды күтіп-ұстау)', 'Kostanay Zhol Service (road maintenance)', 'optad', SUP_ROADS],
  ['dorstroy', 'ТОО', '«Дорстрой-Костанай» (ремонт дорог)', 'ЖШС', '«Дорстрой-Қостанай» (жол жөндеу)', 'Dorstroy-Kostanay (road repair contractor)', 'optad', SUP_ROADS],
  ['svetofor', 'ТОО', '«Светофор-Сервис» (светофоры и знаки)', 'ЖШС', '«Бағдаршам-Сервис» (бағдаршамдар мен белгілер)', 'Svetofor Service (traffic lights and signs)', 'optad', SUP_ROADS],
  ['buspark-1', 'ТОО', '«Автобусный парк №1»', 'ЖШС', '«№1 автобус паркі»', 'Bus Park No. 1', 'optad', SUP_ROADS],
  ['buspark-2', 'ТОО', '«Автопарк Костанай»', 'ЖШС', '«Қостанай автопаркі»', 'Avtopark Kostanay (bus operator)', 'optad', SUP_ROADS],
  ['transport-operator', 'ТОО', '«Городской транспортный оператор» (оплата проезда)', 'ЖШС', '«Қалалық көлік операторы» (жол ақысын төлеу)', 'City transport operator (fare payment)', 'optad', SUP_ROADS],
  ['parking', 'ТОО', '«Городской паркинг»', 'ЖШС', '«Қалалық паркинг»', 'City Parking (paid parking and towing)', 'optad', SUP_ROADS],
  ['apb', 'ГКП', '«Архитектурно-планировочное бюро»', 'МКК', '«Сәулет-жоспарлау бюросы»', 'Architecture and Planning Bureau', 'oas', SUP_ROADS],
  ['vetstation', 'ГКП', '«Городская ветеринарная станция»', 'МКК', '«Қалалық ветеринарлық станция»', 'City Veterinary Station (stray animals)', 'ovet', SUP_HOUSING],
  ['employment-centre', 'КГУ', '«Центр занятости населения города Костаная»', 'КММ', '«Қостанай қаласының халықты жұмыспен қамту орталығы»', 'Kostanay Employment Centre', 'ozsp', SUP_SOCIAL],
  ['social-centre', 'ГУ', '«Центр оказания специальных социальных услуг»', 'ММ', '«Арнаулы әлеуметтік қызметтер көрсету орталығы»', 'Special Social Services Centre', 'ozsp', SUP_SOCIAL],
  ['park', 'ГККП', '«Центральный парк культуры и отдыха»', 'МКҚК', '«Орталық мәдениет және демалыс саябағы»', 'Central Park of Culture and Leisure', 'okrya', SUP_SOCIAL],
  ['dk', 'ГККП', '«Городской дом культуры»', 'МКҚК', '«Қалалық мәдениет үйі»', 'City House of Culture', 'okrya', SUP_SOCIAL],
  ['library', 'ГУ', '«Централизованная библиотечная система»', 'ММ', '«Орталықтандырылған кітапхана жүйесі»', 'Centralised Library System', 'okrya', SUP_SOCIAL],
  ['sportcomplex', 'ГККП', '«Городской спортивный комплекс»', 'МКҚК', '«Қалалық спорт кешені»', 'City Sports Complex', 'ofks', SUP_SOCIAL],
  ['youth-centre', 'ГУ', '«Молодёжный ресурсный центр»', 'ММ', '«Жастар ресурстық орталығы»', 'Youth Resource Centre', 'ovp', SUP_SOCIAL],
];

/** [code, name ru, name kk, name en, parent, supervisor, district, phone] */
type RegSpec = readonly [string, string, string, string, string | undefined, string, string?, string?];

const REGIONAL_SPECS: readonly RegSpec[] = [
  ['health-dept', 'ГУ «Управление здравоохранения акимата Костанайской области»', '«Қостанай облысы әкімдігінің денсаулық сақтау басқармасы» ММ', 'Health Department of Kostanay Region', undefined, SUP_SOCIAL],
  ['poly-1', 'КГП «Поликлиника №1 города Костаная»', '«Қостанай қаласының №1 емханасы» КМК', 'Kostanay City Polyclinic No. 1', 'health-dept', SUP_SOCIAL, 'center'],
  ['poly-2', 'КГП «Поликлиника №2 города Костаная»', '«Қостанай қаласының №2 емханасы» КМК', 'Kostanay City Polyclinic No. 2', 'health-dept', SUP_SOCIAL, 'kzhbi'],
  ['poly-3', 'КГП «Поликлиника №3 города Костаная»', '«Қостанай қаласының №3 емханасы» КМК', 'Kostanay City Polyclinic No. 3', 'health-dept', SUP_SOCIAL, 'yubileiny'],
  ['poly-4', 'КГП «Поликлиника №4 города Костаная»', '«Қостанай қаласының №4 емханасы» КМК', 'Kostanay City Polyclinic No. 4', 'health-dept', SUP_SOCIAL, 'zhana-kala'],
  ['poly-5', 'КГП «Поликлиника №5 города Костаная»', '«Қостанай қаласының №5 емханасы» КМК', 'Kostanay City Polyclinic No. 5', 'health-dept', SUP_SOCIAL, 'druzhba'],
  ['oblhospital', 'КГП «Костанайская областная больница»', '«Қостанай облыстық ауруханасы» КМК', 'Kostanay Regional Hospital', 'health-dept', SUP_SOCIAL, 'center'],
  ['ambulance', 'КГП «Станция скорой медицинской помощи»', '«Жедел медициналық жәрдем станциясы» КМК', 'Ambulance Station', 'health-dept', SUP_SOCIAL, undefined, '103'],
  ['fsms', 'Филиал НАО «Фонд социального медицинского страхования» по Костанайской области', '«Әлеуметтік медициналық сақтандыру қоры» КЕАҚ Қостанай облысы бойынша филиалы', 'Social Health Insurance Fund, Kostanay branch', undefined, SUP_SOCIAL],
  ['sanepid', 'Департамент санитарно-эпидемиологического контроля Костанайской области', 'Қостанай облысының санитариялық-эпидемиологиялық бақылау департаменті', 'Sanitary and Epidemiological Control Department of Kostanay Region', undefined, SUP_SOCIAL],
  ['edu-region', 'ГУ «Управление образования акимата Костанайской области»', '«Қостанай облысы әкімдігінің білім басқармасы» ММ', 'Education Department of Kostanay Region', undefined, SUP_SOCIAL],
  ['labour-inspection', 'ГУ «Управление государственной инспекции труда Костанайской области»', '«Қостанай облысының мемлекеттік еңбек инспекциясы басқармасы» ММ', 'State Labour Inspectorate of Kostanay Region', undefined, SUP_SOCIAL],
  ['police', 'ГУ «Департамент полиции Костанайской области»', '«Қостанай облысының полиция департаменті» ММ', 'Police Department of Kostanay Region', undefined, SUP_ROADS, undefined, '102'],
  ['dchs', 'ГУ «Департамент по чрезвычайным ситуациям Костанайской области»', '«Қостанай облысының төтенше жағдайлар департаменті» ММ', 'Emergency Situations Department of Kostanay Region', undefined, SUP_HOUSING, undefined, '112'],
  ['ecology', 'Департамент экологии по Костанайской области', 'Қостанай облысы бойынша экология департаменті', 'Ecology Department of Kostanay Region', undefined, SUP_HOUSING],
  ['monopoly', 'Департамент Комитета по регулированию естественных монополий по Костанайской области', 'Табиғи монополияларды реттеу комитетінің Қостанай облысы бойынша департаменті', 'Natural Monopolies Regulation Committee, Kostanay department', undefined, SUP_HOUSING],
  ['qazaqgaz', 'Костанайский производственный филиал АО «QazaqGaz Аймақ»', '«QazaqGaz Аймақ» АҚ Қостанай өндірістік филиалы', 'QazaqGaz Aimak, Kostanay branch (gas distribution)', undefined, SUP_HOUSING, undefined, '104'],
  ['con', 'Филиал НАО «Государственная корпорация «Правительство для граждан» по Костанайской области (ЦОН)', '«Азаматтарға арналған үкімет» мемлекеттік корпорациясы» КЕАҚ Қостанай облысы бойынша филиалы (ХҚКО)', 'Government for Citizens State Corporation, Kostanay branch (public service centres)', undefined, SUP_ROADS, undefined, '1414'],
  ['kazakhtelecom', 'Костанайская областная дирекция телекоммуникаций — филиал АО «Казахтелеком»', '«Қазақтелеком» АҚ филиалы — Қостанай облыстық телекоммуникациялар дирекциясы', 'Kazakhtelecom, Kostanay regional branch', undefined, SUP_ROADS, undefined, '160'],
  ['kazpost', 'Костанайский областной филиал АО «Казпочта»', '«Қазпошта» АҚ Қостанай облыстық филиалы', 'Kazpost, Kostanay regional branch', undefined, SUP_ROADS],
  ['tax', 'Департамент государственных доходов по Костанайской области', 'Қостанай облысы бойынша мемлекеттік кірістер департаменті', 'State Revenue Department of Kostanay Region', undefined, SUP_ROADS],
  ['consumer', 'Департамент Комитета по защите прав потребителей по Костанайской области', 'Тұтынушылардың құқықтарын қорғау комитетінің Қостанай облысы бойынша департаменті', 'Consumer Protection Committee, Kostanay department', undefined, SUP_ROADS],
  ['road-region', 'ГУ «Управление пассажирского транспорта и автомобильных дорог акимата Костанайской области»', '«Қостанай облысы әкімдігінің жолаушылар көлігі және автомобиль жолдары басқармасы» ММ', 'Regional Passenger Transport and Roads Department', undefined, SUP_ROADS],
];

/** Housing cooperative names: [ru, kk, en]. */
const COOP_NAMES: readonly (readonly [string, string, string])[] = [
  ['Романтик', 'Романтик', 'Romantik'], ['Сеним', 'Сенім', 'Senim'], ['Достык', 'Достық', 'Dostyk'],
  ['Береке', 'Береке', 'Bereke'], ['Уют', 'Уют', 'Uyut'], ['Наш дом', 'Біздің үй', 'Nash Dom'],
  ['Комфорт', 'Комфорт', 'Komfort'], ['Байтерек', 'Бәйтерек', 'Baiterek'], ['Шанырак', 'Шаңырақ', 'Shanyrak'],
  ['Жулдыз', 'Жұлдыз', 'Zhuldyz'], ['Акбота', 'Ақбота', 'Akbota'], ['Самал', 'Самал', 'Samal'],
  ['Тобол', 'Тобыл', 'Tobol'], ['Нур', 'Нұр', 'Nur'], ['Мерей', 'Мерей', 'Merei'],
  ['Ынтымак', 'Ынтымақ', 'Yntymak'], ['Бирлик', 'Бірлік', 'Birlik'], ['Келешек', 'Келешек', 'Keleshek'],
  ['Болашак', 'Болашақ', 'Bolashak'], ['Асем', 'Әсем', 'Asem'], ['Алтын Дан', 'Алтын Дән', 'Altyn Dan'],
  ['Сункар', 'Сұңқар', 'Sunkar'], ['Аккайын', 'Аққайың', 'Akkaiyn'], ['Бастау', 'Бастау', 'Bastau'],
  ['Жайлы уй', 'Жайлы үй', 'Zhaily Ui'], ['Мирас', 'Мирас', 'Miras'], ['Сарыарка', 'Сарыарқа', 'Saryarka'],
  ['Кокжиек', 'Көкжиек', 'Kokzhiek'], ['Шапагат', 'Шапағат', 'Shapagat'], ['Умит', 'Үміт', 'Umit'],
  ['Центральный', 'Центральный', 'Tsentralny'], ['Северный', 'Северный', 'Severny'],
  ['Юбилейный-1', 'Юбилейный-1', 'Yubileiny-1'], ['Юбилейный-2', 'Юбилейный-2', 'Yubileiny-2'],
  ['Заря', 'Заря', 'Zarya'], ['Рассвет', 'Рассвет', 'Rassvet'], ['Восход', 'Восход', 'Voskhod'],
  ['Радуга', 'Радуга', 'Raduga'], ['Мечта', 'Мечта', 'Mechta'], ['Надежда', 'Надежда', 'Nadezhda'],
  ['Строитель', 'Строитель', 'Stroitel'], ['Энергетик', 'Энергетик', 'Energetik'],
  ['Элеватор', 'Элеватор', 'Elevator'], ['Вокзальный', 'Вокзальный', 'Vokzalny'],
  ['Молодёжный', 'Молодёжный', 'Molodyozhny'], ['Гармония', 'Гармония', 'Garmoniya'],
  ['Согласие', 'Согласие', 'Soglasie'], ['Содружество', 'Содружество', 'Sodruzhestvo'],
  ['Ак Жол', 'Ақ жол', 'Ak Zhol'], ['Атамекен', 'Атамекен', 'Atameken'], ['Жана кала', 'Жаңа қала', 'Zhana Kala'],
  ['Лотос', 'Лотос', 'Lotos'],
];

/** How many of the 52 housing cooperatives serve each district (apartment-heavy districts get more). */
const COOPS_PER_DISTRICT: readonly (readonly [string, number])[] = [
  ['center', 12], ['zhana-kala', 6], ['yubileiny', 7], ['kzhbi', 6], ['severny', 4],
  ['rabochiy', 4], ['aeroport', 3], ['kunai', 4], ['nauryz', 3], ['druzhba', 3],
];

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function housingCoops(): DemoOrg[] {
  const districts = COOPS_PER_DISTRICT.flatMap(([d, n]) => Array.from({ length: n }, () => d));
  return COOP_NAMES.map(([ru, kk, en], i) => ({
    code: `pksk-${pad(i + 1, 2)}`,
    type: 'housing_coop' as const,
    name: { ru: `ПКСК «${ru}»`, kk: `«${kk}» ПКТК`, en: `${en} housing cooperative` },
    parent: 'ozhkh',
    district: districts[i % districts.length] ?? 'center',
    supervisor: SUP_HOUSING,
  }));
}

/** The lift services split the city between them; catalogue items route by district. */
export const LIFT_SERVICE_DISTRICTS: Record<string, 'lift-1' | 'lift-2'> = {
  center: 'lift-1',
  'zhana-kala': 'lift-1',
  aeroport: 'lift-1',
  kunai: 'lift-1',
  nauryz: 'lift-1',
  kzhbi: 'lift-2',
  yubileiny: 'lift-2',
  severny: 'lift-2',
  rabochiy: 'lift-2',
  druzhba: 'lift-2',
};

const LIFT_SERVICES: DemoOrg[] = [
  {
    code: 'lift-1',
    type: 'lift_service',
    name: { ru: 'ТОО «Лифт-Сервис Костанай»', kk: '«Лифт-Сервис Қостанай» ЖШС', en: 'Lift Service Kostanay' },
    parent: 'ozhkh',
    supervisor: SUP_HOUSING,
  },
  {
    code: 'lift-2',
    type: 'lift_service',
    name: { ru: 'ТОО «КостанайЛифтМонтаж»', kk: '«ҚостанайЛифтМонтаж» ЖШС', en: 'KostanayLiftMontazh' },
    parent: 'ozhkh',
    supervisor: SUP_HOUSING,
  },
];

/** Schools with a particular status or a name, by number; the rest are general secondary schools. */
const SPECIAL_SCHOOLS: Record<number, Localized> = {
  1: { ru: 'КГУ «Гимназия имени Ахмета Байтурсынова»', kk: '«Ахмет Байтұрсынұлы атындағы гимназия» КММ', en: 'Akhmet Baitursynuly Gymnasium' },
  2: { ru: 'КГУ «Гимназия имени М. Горького»', kk: '«М. Горький атындағы гимназия» КММ', en: 'Maxim Gorky Gymnasium' },
  3: { ru: 'КГУ «Школа-гимназия имени Ы. Алтынсарина»', kk: '«Ы. Алтынсарин атындағы мектеп-гимназия» КММ', en: 'Ibrai Altynsarin School-Gymnasium' },
  4: { ru: 'КГУ «Школа имени Абая»', kk: '«Абай атындағы мектеп» КММ', en: 'Abai School' },
  5: { ru: 'КГУ «Лицей имени М. Дулатова»', kk: '«М. Дулатов атындағы лицей» КММ', en: 'Mirzhakyp Dulatov Lyceum' },
  6: { ru: 'КГУ «Школа-лицей имени Б. Майлина»', kk: '«Б. Майлин атындағы мектеп-лицей» КММ', en: 'Beimbet Mailin School-Lyceum' },
};
const GYMNASIUM_NUMBERS = new Set([7, 12, 18, 25, 33, 41, 52, 64]);
const LYCEUM_NUMBERS = new Set([9, 21, 29, 47, 70]);

function schools(): DemoOrg[] {
  const districts = DEMO_DISTRICTS.map((d) => d.code);
  return Array.from({ length: 91 }, (_, i) => {
    const n = i + 1;
    let name: Localized;
    const special = SPECIAL_SCHOOLS[n];
    if (special) name = special;
    else if (GYMNASIUM_NUMBERS.has(n)) {
      name = { ru: `КГУ «Школа-гимназия №${n}»`, kk: `«№${n} мектеп-гимназиясы» КММ`, en: `School-Gymnasium No. ${n}` };
    } else if (LYCEUM_NUMBERS.has(n)) {
      name = { ru: `КГУ «Школа-лицей №${n}»`, kk: `«№${n} мектеп-лицейі» КММ`, en: `School-Lyceum No. ${n}` };
    } else {
      name = {
        ru: `КГУ «Общеобразовательная школа №${n}»`,
        kk: `«№${n} жалпы білім беретін мектеп» КММ`,
        en: `Secondary School No. ${n}`,
      };
    }
    // The centre gets the old, named schools; the rest are spread over all districts.
    const district = n <= 6 ? 'center' : (districts[n % districts.length] ?? 'center');
    return { code: `school-${pad(n, 3)}`, type: 'school' as const, name, parent: 'edu', district, supervisor: SUP_SOCIAL };
  });
}

/** The 212 executor organisations: 17 city bodies, 27 subordinate, 23 regional, 52 coops, 2 lift services, 91 schools. */
export function demoOrganisations(): DemoOrg[] {
  const subordinate: DemoOrg[] = SUBORDINATE_SPECS.map(([code, prefRu, ru, prefKk, kk, en, parent, supervisor]) => ({
    code,
    type: 'subordinate',
    name: { ru: `${prefRu} ${ru}`, kk: `${kk} ${prefKk}`, en },
    parent,
    supervisor,
  }));
  const regional: DemoOrg[] = REGIONAL_SPECS.map(([code, ru, kk, en, parent, supervisor, district, phone]) => {
    const org: DemoOrg = { code, type: 'regional_body', name: { ru, kk, en }, supervisor };
    if (parent) org.parent = parent;
    if (district) org.district = district;
    if (phone) org.phone = phone;
    return org;
  });
  return [
    ...CITY_BODIES.map((o) => ({ ...o })),
    ...subordinate,
    ...regional,
    ...housingCoops(),
    ...LIFT_SERVICES.map((o) => ({ ...o })),
    ...schools(),
  ];
}
