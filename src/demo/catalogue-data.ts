// The demo service classifier (R5–R7): spheres → categories → items, in Russian, Kazakh and English,
// each item with a criticality, an automatic deadline and a default executor organisation.
//
// Items are composed from compact per-category tables rather than written out one by one:
//  - G(problems, objects): every problem × every object of the same group. A problem line is
//    "ru|kk|en|sev[|executor]", an object line is "ru|kk|en[|gender[|kk accusative]]".
//    Without a placeholder the words are ordered per language: ru "problem object",
//    kk "object problem" (verb last), en "Object problem". "{o}" puts the object elsewhere;
//    "{oa}" (kk) takes the accusative form when the object gives one. Russian agreement:
//    "{ён/ена/ено/ены}" picks by the object's gender m/f/n/p (default m).
//  - L(lines): ready-made items "ru|kk|en|sev[|executor]".
// Every table is one line per entry, so `demoCatalogue()` is deterministic by construction.

import type { CatalogueLevel, Criticality, DeadlineRule, Localized } from '../domain/types.ts';
import { DEMO_DISTRICTS, LIFT_SERVICE_DISTRICTS } from './city-data.ts';

export type DemoCatalogueNode = {
  code: string;
  level: CatalogueLevel;
  parent?: string;
  name: Localized;
  description?: Localized;
  /** Colloquial search words in ru/kk ("яма", "ойық", "нет света", "жарық жоқ"). */
  synonyms?: string[];
  /** Items only. */
  criticality?: Criticality;
  /** Items only. */
  deadline?: DeadlineRule;
  /** Items only: default executor org code (exists in demoOrganisations()). */
  executor?: string;
  /** Optional: district code → org code. */
  executorByDistrict?: Record<string, string>;
  /** Common property of an apartment building → the house's housing coop. */
  routeToHouseManager?: boolean;
};

// ---------------------------------------------------------------------------
// Severity presets: urgent dangers in calendar hours, repairs in working days, questions in the
// 15 working days of the Administrative Procedural Code.

type Sev = 'c1' | 'c4' | 'c6' | 'h24' | 'h3' | 'm5' | 'm10' | 'l5' | 'l10' | 'q';

const hours = (amount: number): DeadlineRule => ({ amount, unit: 'hours', mode: 'calendar' });
const workDays = (amount: number): DeadlineRule => ({ amount, unit: 'days', mode: 'working' });

const SEV: Record<Sev, readonly [Criticality, DeadlineRule]> = {
  c1: ['critical', hours(1)],
  c4: ['critical', hours(4)],
  c6: ['critical', hours(6)],
  h24: ['high', hours(24)],
  h3: ['high', workDays(3)],
  m5: ['medium', workDays(5)],
  m10: ['medium', workDays(10)],
  l5: ['low', workDays(5)],
  l10: ['low', workDays(10)],
  q: ['low', workDays(15)],
};

// ---------------------------------------------------------------------------
// Routing tables

const byDistrict = (f: (district: string) => string): Record<string, string> =>
  Object.fromEntries(DEMO_DISTRICTS.map((d) => [d.code, f(d.code)]));

const LIFTS: Record<string, string> = { ...LIFT_SERVICE_DISTRICTS };
const POLYCLINICS = byDistrict(
  (d) =>
    ({ center: 'poly-1', kzhbi: 'poly-2', severny: 'poly-2', yubileiny: 'poly-3', rabochiy: 'poly-3', 'zhana-kala': 'poly-4', aeroport: 'poly-4' })[d] ??
    'poly-5',
);
const WASTE = byDistrict((d) => (['kzhbi', 'severny', 'rabochiy', 'druzhba', 'aeroport'].includes(d) ? 'eco-service' : 'tazalyk'));
const BUSES = byDistrict((d) => (['kzhbi', 'severny', 'rabochiy', 'yubileiny'].includes(d) ? 'buspark-2' : 'buspark-1'));

// ---------------------------------------------------------------------------
// Table builders

type Opts = { ex?: string; by?: Record<string, string>; house?: boolean; syn?: string };
type Group = Opts & { p?: string[]; o?: string[]; l?: string[] };
type Cat = Opts & { n: string; g: Group[] };
type Sphere = { n: string; syn?: string; c: Cat[] };

const lines = (s: string): string[] =>
  s
    .split('\n')
    .map((x) => x.trim())
    .filter((x) => x !== '');
const G = (p: string, o: string, opts: Opts = {}): Group => ({ ...opts, p: lines(p), o: lines(o) });
const L = (l: string, opts: Opts = {}): Group => ({ ...opts, l: lines(l) });
const C = (n: string, ex: string, g: Group[], opts: Opts = {}): Cat => ({ ...opts, n, ex, g });
const S = (n: string, c: Cat[], syn?: string): Sphere => (syn ? { n, c, syn } : { n, c });

// Common locative objects ("in the flat", "in the whole building" …) shared by several groups.
const IN_FLAT = 'в квартире|пәтерде|in the flat';
const IN_HOUSE = 'во всём доме|бүкіл үйде|in the whole building';
const IN_PRIVATE = 'в частном доме|жеке үйде|in a private house';
const ON_STREET = 'на улице|көшеде|in the street';
const IN_MICRO = 'в микрорайоне|шағын ауданда|in the microdistrict';
const UPPER = 'на верхних этажах|жоғарғы қабаттарда|on the upper floors';
const AT_SCHOOL = 'в школе|мектепте|at a school';
const AT_KG = 'в детском саду|балабақшада|at a kindergarten';

const BROKEN = 'Сломан{/а/о/ы}|сынған|broken|m5';
const DAMAGED = 'Поврежд{ён/ена/ено/ены}|бүлінген|damaged';
const NEEDS_REPAIR = '{o} требу{ет/ет/ет/ют} ремонта|жөндеуді қажет етеді|need{s/s/s/} repair';
const NEEDS_REPLACING = '{o} требу{ет/ет/ет/ют} замены|ауыстыруды қажет етеді|need{s/s/s/} replacing|m10';
const MISSING = 'Отсутству{ет/ет/ет/ют}|жоқ|missing';
const NOT_WORKING = 'Не работа{ет/ет/ет/ют}|жұмыс істемейді|not working';

// ---------------------------------------------------------------------------
// The catalogue

const SPHERES: Sphere[] = [
  S('Жилищно-коммунальное хозяйство: общее имущество дома|Тұрғын үй-коммуналдық шаруашылық: үйдің ортақ мүлкі|Housing and utilities: common property of buildings', [
    C('Кровля и чердак|Шатыр және шатыр асты|Roof and attic', 'ozhkh', [
      G(`Протека{ет/ет/ет/ют}|ағып тұр|leaking|m5
    ${DAMAGED}|m10
    ${NEEDS_REPAIR}|m10`, `
    кровля|шатыр|roof|f
    крыша над подъездом|кіреберіс үстіндегі шатыр|roof above the entrance|f
    козырёк над входом в подъезд|кіреберіс есігінің үстіндегі күнқағар|canopy over the entrance door
    водосточная труба|су ағызатын құбыр|drainpipe|f
    кровля над балконом верхнего этажа|жоғарғы қабат балконының үстіндегі шатыр|roof over a top-floor balcony|f
    вентиляционная шахта на крыше|шатырдағы желдеткіш шахтасы|ventilation shaft on the roof|f
    люк выхода на кровлю|шатырға шығатын люк|roof access hatch`),
      L(`Сосульки и снежный навес на крыше|Шатырдағы сүңгілер мен қар қалпағы|Icicles and snow overhang on the roof|h24
    Крыша не очищена от снега|Шатыр қардан тазартылмаған|Roof not cleared of snow|h24
    Открыт доступ на чердак|Шатыр астына кіру ашық тұр|Attic left open|m5
    Голуби и птицы на чердаке|Шатыр астындағы көгершіндер мен құстар|Pigeons and birds in the attic|l10`),
    ], { house: true, syn: 'крыша течёт, шатыр ағып тұр, сосульки' }),
    C('Подъезд и лестничная клетка|Кіреберіс және баспалдақ алаңы|Entrance and stairwell', 'ozhkh', [
      G(`${BROKEN}
    ${NEEDS_REPLACING}`, `
    входная дверь подъезда|кіреберістің кіру есігі|entrance front door|f
    доводчик входной двери|кіру есігінің жапқышы|front door closer
    почтовые ящики|пошта жәшіктері|letterboxes|p
    перила на лестнице|баспалдақ таяныштары|stair handrails|p
    окно на лестничной площадке|баспалдақ алаңындағы терезе|stairwell window|n
    ступени лестничного марша|баспалдақ сатылары|stair steps|p
    пандус у подъезда|кіреберістегі пандус|entrance ramp
    дверь в подвал|жертөле есігі|basement door|f
    тамбурная дверь|тамбур есігі|vestibule door|f
    клапан мусоропровода|қоқыс құбырының қақпағы|rubbish chute hatch`),
      G('Не гор{ит/ит/ит/ят}|жанбайды|not lit|l5', `
    освещение в подъезде|кіреберістегі жарық|entrance lighting|n
    свет на лестничной площадке|баспалдақ алаңындағы жарық|landing light
    освещение над входом в подъезд|кіреберіс есігінің үстіндегі жарық|light above the entrance door|n`),
      G(`${NOT_WORKING}|m5`, `
    домофон|домофон|entry phone
    кодовый замок на двери|есіктегі кодты құлып|door code lock
    датчик движения освещения|жарықтың қозғалыс датчигі|motion-sensor light switch`),
      L(`Не убирается подъезд|Кіреберіс тазаланбайды|Entrance not cleaned|l5
    Мусор на лестничной клетке|Баспалдақ алаңындағы қоқыс|Rubbish in the stairwell|l5
    Неприятный запах в подъезде|Кіреберістегі жағымсыз иіс|Bad smell in the entrance|m5
    Засор мусоропровода|Қоқыс құбыры бітелген|Rubbish chute blocked|m5
    Надписи и реклама на стенах подъезда|Кіреберіс қабырғаларындағы жазулар мен жарнама|Graffiti and adverts on entrance walls|l10
    Требуется косметический ремонт подъезда|Кіреберіске косметикалық жөндеу қажет|Entrance needs redecoration|l10
    Посторонние ночуют в подъезде|Кіреберісте бөгде адамдар түнейді|Strangers sleeping in the entrance|m5
    Загромождены проходы и лестницы|Өткелдер мен баспалдақтар заттармен бөгелген|Passages and stairs cluttered|h3
    Тараканы и клопы в подъезде|Кіреберістегі тарақандар мен қандалалар|Cockroaches and bedbugs in the entrance|m10`),
    ], { house: true }),
    C('Подвал и внутридомовые сети|Жертөле және үйішілік желілер|Basement and in-house utility networks', 'ozhkh', [
      G(`Протека{ет/ет/ет/ют}|ағып тұр|leaking|h24
    ${NEEDS_REPLACING}`, `
    стояк холодной воды|суық су тіктұрбасы|cold water riser
    стояк горячей воды|ыстық су тіктұрбасы|hot water riser
    стояк отопления|жылыту тіктұрбасы|heating riser
    канализационный стояк|кәріз тіктұрбасы|sewer stack
    лежак канализации в подвале|жертөледегі кәріз құбыры|basement sewer pipe
    задвижка на вводе в дом|үйдің кірме құбырындағы ысырма|main shut-off valve of the building|f
    трубы отопления в подвале|жертөледегі жылыту құбырлары|heating pipes in the basement|p`),
      G('Затоплен{/а/о/ы}|су басқан|flooded|h24', `
    подвал дома|үйдің жертөлесі|basement
    техническое подполье|техникалық жерасты|technical crawl space|n
    приямок подвала|жертөле шұңқыры|basement light well`),
      L(`Запах канализации из подвала|Жертөледен кәріз иісі шығады|Sewage smell from the basement|h24
    Крысы и мыши в подвале|Жертөледегі егеуқұйрықтар мен тышқандар|Rats and mice in the basement|m10
    Подвал открыт для посторонних|Жертөле бөгде адамдарға ашық тұр|Basement open to strangers|m5
    Мусор в подвале|Жертөледегі қоқыс|Rubbish in the basement|l10
    Не работает общедомовой прибор учёта|Үйдің ортақ есептеу құралы жұмыс істемейді|Building meter not working|m10
    Не работает вентиляция в доме|Үйдегі желдеткіш жұмыс істемейді|Building ventilation not working|m10
    Засор вентиляционного канала|Желдеткіш арнасы бітелген|Ventilation duct blocked|m10`),
    ], { house: true }),
    C('Фасад и конструкции дома|Үйдің қасбеті мен конструкциялары|Facade and structure of the building', 'ozhkh', [
      G('Разруша{ется/ется/ется/ются}|бұзылып жатыр|crumbling|m10', `
    фасад дома|үйдің қасбеті|building facade
    балконная плита|балкон тақтасы|balcony slab|f
    цоколь дома|үйдің цоколі|building plinth
    отмостка вокруг дома|үй айналасындағы жиек|pavement apron around the building|f
    крыльцо подъезда|кіреберістің алдындағы баспалдақ|entrance steps|n
    межпанельные швы|панель аралық жіктер|joints between wall panels|p`),
      L(`Трещина в несущей стене|Көтергіш қабырғадағы жарықшақ|Crack in a load-bearing wall|h24
    Угроза обрушения балкона|Балконның құлау қаупі|Balcony at risk of collapse|c6
    Падает облицовка с фасада|Қасбеттен қаптама құлап жатыр|Cladding falling off the facade|c6
    Промерзание стен квартиры|Пәтер қабырғаларының тоңуы|Flat walls freezing through|m10
    Протекают межпанельные швы|Панель аралық жіктерден су ағады|Leaking joints between wall panels|m10
    Утепление фасада дома|Үйдің қасбетін жылыту|Insulating the building facade|q`),
    ], { house: true }),
    C('Лифты|Лифтілер|Lifts', 'lift-1', [
      L(`Застряли люди в лифте|Лифтте адамдар қамалып қалды|People stuck in the lift|c1
    Застрял ребёнок в лифте|Лифтте бала қамалып қалды|Child stuck in the lift|c1
    Лифт едет с открытыми дверями|Лифт есігі ашық күйінде жүреді|Lift moves with its doors open|c1
    Лифт останавливается между этажами|Лифт қабаттар арасында тоқтап қалады|Lift stops between floors|h24
    Лифт не останавливается на этаже|Лифт қабатта тоқтамайды|Lift does not stop at a floor|m5
    Шум и скрежет при движении лифта|Лифт жүргенде шу мен сықыр шығады|Noise and grinding when the lift moves|m5
    Повреждена кабина лифта|Лифт кабинасы бүлінген|Lift car damaged|m10
    Лифт отключили за неуплату|Төлемеу себебінен лифт өшірілді|Lift switched off for non-payment|m5
    Замена лифта по программе модернизации|Жаңғырту бағдарламасы бойынша лифтті ауыстыру|Lift replacement under the modernisation programme|q
    Техническое освидетельствование лифта|Лифтті техникалық куәландыру|Technical inspection of the lift|q`),
      G(`${NOT_WORKING}|h24`, `
    лифт в подъезде|кіреберістегі лифт|lift in the entrance
    грузовой лифт|жүк лифті|goods lift
    кнопка вызова лифта|лифт шақыру түймесі|lift call button|f
    кнопка связи с диспетчером|диспетчермен байланыс түймесі|dispatcher call button|f
    освещение в кабине лифта|лифт кабинасындағы жарық|light in the lift car|n`),
    ], { by: LIFTS, syn: 'лифт стоит, застряли, лифт істемейді' }),
    C('Аварийные ситуации в доме|Үйдегі апаттық жағдайлар|Emergencies in the building', 'ads', [
      L(`Прорыв трубы в квартире|Пәтердегі құбырдың жарылуы|Burst pipe in a flat|c4
    Квартиру затопили соседи сверху|Пәтерді жоғарғы қабаттағы көршілер су басты|Flat flooded from the flat above|c4
    Искрит электропроводка в подъезде|Кіреберістегі электр сымдары ұшқын шашады|Sparking wiring in the entrance|c1
    Запах гари в подъезде|Кіреберісте күйік иісі|Smell of burning in the entrance|c1
    Обесточен подъезд|Кіреберіс электрсіз қалды|No power in the entrance|h24
    Воду в доме отключили без предупреждения|Үйде су ескертусіз өшірілді|Water cut off in the building without notice|h24
    Аварийное отключение стояка|Тіктұрбаның апаттық ажыратылуы|Emergency shut-off of a riser|h24
    Аварийная служба ПКСК не отвечает|ПКТК апаттық қызметі жауап бермейді|Housing coop emergency service not answering|h24`),
    ]),
    C('Управление домом, ПКСК и ОСИ|Үйді басқару, ПКТК және МИБ|House management, housing coops and condominium associations', 'ozhi', [
      G(`Вопрос о порядке|{o} тәртібі туралы сұрақ|Question about the procedure for {o}|q
    Нарушение порядка|{o} тәртібінің бұзылуы|Violation of the procedure for {o}|m10`, `
    создания ОСИ|МИБ құру|setting up a condominium association (OSI)
    перехода из ПКСК в ОСИ|ПКТК-дан МИБ-ке көшу|moving from a housing coop to an OSI
    проведения собрания собственников|меншік иелерінің жиналысын өткізу|holding an owners' meeting
    выбора управляющей компании|басқарушы компанияны таңдау|choosing a management company
    утверждения сметы на содержание дома|үйді күтіп-ұстау сметасын бекіту|approving the building maintenance budget
    открытия текущего и сберегательного счёта дома|үйдің ағымдағы және жинақ шотын ашу|opening the building's current and savings accounts
    избрания совета дома|үй кеңесін сайлау|electing the house council
    отчёта председателя перед жильцами|төрағаның тұрғындар алдында есеп беруі|the chair reporting to residents`),
      L(`ПКСК не отчитывается о расходах|ПКТК шығыстар туралы есеп бермейді|Housing coop does not report its spending|m10
    Завышены взносы на содержание дома|Үйді күтіп-ұстау жарналары асыра белгіленген|Excessive maintenance fees|m10
    Не выполняются работы по договору обслуживания|Қызмет көрсету шарты бойынша жұмыстар орындалмайды|Maintenance contract work not done|m10
    Председатель ПКСК не выходит на связь|ПКТК төрағасымен байланыс жоқ|Housing coop chair cannot be reached|m5
    Проверка деятельности ПКСК|ПКТК қызметін тексеру|Audit of a housing coop|m10`),
    ]),
    C('Капитальный ремонт домов|Үйлерді күрделі жөндеу|Capital repairs of buildings', 'ozhi', [
      G(`Капитальный ремонт|{o} күрделі жөндеу|Capital repair of {o}|q
    Некачественный капитальный ремонт|{o} сапасыз күрделі жөндеу|Poor-quality capital repair of {o}|m10`, `
    кровли|шатырды|the roof
    фасада|қасбетті|the facade
    подъездов|кіреберістерді|the entrances
    лифтов|лифтілерді|the lifts
    инженерных сетей дома|үйдің инженерлік желілерін|the building's utility networks
    подвала|жертөлені|the basement`),
      L(`Включение дома в программу капитального ремонта|Үйді күрделі жөндеу бағдарламасына енгізу|Including the building in the capital repair programme|q
    Срыв сроков капитального ремонта|Күрделі жөндеу мерзімінің бұзылуы|Capital repair behind schedule|m10
    Возврат средств за капитальный ремонт|Күрделі жөндеуге жұмсалған қаражатты қайтару|Repaying capital repair costs|q
    Жильцы не приняли ремонт у подрядчика|Тұрғындар мердігердің жөндеуін қабылдамады|Residents refused to accept the contractor's repair|m10`),
    ]),
  ]),

  S('Жилищные отношения|Тұрғын үй қатынастары|Housing relations', [
    C('Очередь на жильё и жилищные программы|Тұрғын үй кезегі және тұрғын үй бағдарламалары|Housing queue and housing programmes', 'ozho', [
      G(`Вопрос о порядке|{o} тәртібі туралы сұрақ|Question about the procedure for {o}|q
    Нарушение сроков|{o} мерзімінің бұзылуы|Delay in {o}|m10`, `
    постановки в очередь на жильё|тұрғын үй кезегіне қою|registering in the housing queue
    снятия с учёта нуждающихся в жилье|тұрғын үйге мұқтаждар есебінен шығару|removal from the housing register
    подтверждения статуса нуждающегося|мұқтаж мәртебесін растау|confirming needy status
    предоставления арендного жилья|жалдамалы тұрғын үй беру|providing rental housing
    предоставления жилья из коммунального фонда|коммуналдық қордан тұрғын үй беру|providing municipal housing
    приватизации жилья|тұрғын үйді жекешелендіру|privatising housing
    выдачи жилищного сертификата|тұрғын үй сертификатын беру|issuing a housing certificate
    получения жилищных выплат|тұрғын үй төлемдерін алу|receiving housing payments
    обмена жилья|тұрғын үй айырбастау|exchanging housing
    переоформления договора найма|жалдау шартын қайта ресімдеу|re-registering a tenancy agreement`),
      L(`Узнать номер в очереди на жильё|Тұрғын үй кезегіндегі нөмірді білу|Finding out one's place in the housing queue|q
    Жильё для многодетных семей|Көп балалы отбасыларға тұрғын үй|Housing for large families|q
    Программа «Нұрлы жер»|«Нұрлы жер» бағдарламасы|Nurly Zher housing programme|q
    Кредитное жильё через «Отбасы банк»|«Отбасы банк» арқылы несиелік тұрғын үй|Mortgage housing via Otbasy Bank|q`),
    ]),
    C('Коммунальное и арендное жильё|Коммуналдық және жалдамалы тұрғын үй|Municipal and rental housing', 'housing-fund', [
      G(`${NEEDS_REPAIR}|m10`, `
    арендная квартира|жалдамалы пәтер|rental flat|f
    общежитие|жатақхана|hostel|n
    служебное жильё|қызметтік тұрғын үй|service housing|n
    сантехника в арендной квартире|жалдамалы пәтердегі сантехника|plumbing in a rental flat|f`),
      L(`Задолженность по арендной плате за коммунальное жильё|Коммуналдық тұрғын үйдің жалдау ақысы бойынша берешек|Rent arrears for municipal housing|q
    Выселение из коммунального жилья|Коммуналдық тұрғын үйден шығару|Eviction from municipal housing|m10
    Незаконное проживание в коммунальной квартире|Коммуналдық пәтерде заңсыз тұру|Unlawful occupation of a municipal flat|m10
    Продление договора аренды жилья|Тұрғын үйді жалдау шартын ұзарту|Extending a housing lease|q
    Выкуп арендного жилья|Жалдамалы тұрғын үйді сатып алу|Buying out rental housing|q`),
    ]),
    C('Аварийное жильё и переселение|Апатты тұрғын үй және көшіру|Unsafe housing and resettlement', 'ozho', [
      L(`Признание дома аварийным|Үйді апатты деп тану|Declaring a building unsafe|q
    Переселение из аварийного жилья|Апатты тұрғын үйден көшіру|Resettlement from unsafe housing|q
    Обследование технического состояния дома|Үйдің техникалық жай-күйін тексеру|Survey of a building's condition|m10
    Снос ветхого жилья|Ескі тұрғын үйді бұзу|Demolition of dilapidated housing|q
    Компенсация при изъятии жилья|Тұрғын үйді алып қою кезіндегі өтемақы|Compensation when housing is expropriated|q
    Жильё пострадавшим от паводка|Су тасқынынан зардап шеккендерге тұрғын үй|Housing for flood victims|h3`),
    ]),
    C('Перепланировка и пользование квартирами|Пәтерлерді қайта жоспарлау және пайдалану|Alterations and use of flats', 'ozhi', [
      L(`Незаконная перепланировка в соседней квартире|Көршілес пәтердегі заңсыз қайта жоспарлау|Unlawful alterations in a neighbouring flat|m10
    Согласование перепланировки квартиры|Пәтерді қайта жоспарлауды келісу|Approval of flat alterations|q
    Перевод квартиры в нежилое помещение|Пәтерді тұрғын емес үй-жайға ауыстыру|Converting a flat to non-residential use|q
    Захват общего имущества соседями|Көршілердің ортақ мүлікті басып алуы|Neighbours taking over common property|m10
    Посуточная сдача квартиры мешает соседям|Пәтерді тәуліктеп жалға беру көршілерге кедергі келтіреді|Short-term letting of a flat disturbs neighbours|m10
    Шум от ремонта в неположенное время|Рұқсат етілмеген уақыттағы жөндеу шуы|Renovation noise at prohibited hours|m5
    Антисанитария в квартире соседей|Көршілердің пәтеріндегі антисанитария|Unsanitary conditions in a neighbour's flat|m10`),
    ]),
  ]),

  S('Теплоснабжение|Жылумен жабдықтау|Heating', [
    C('Отопление в помещениях|Үй-жайлардағы жылыту|Heating indoors', 'ktek', [
      G(`Нет отопления|жылу жоқ|No heating {o}|h24
    Холодные батареи|радиаторлар суық|Cold radiators {o}|h24
    Слабое отопление|жылу әлсіз|Weak heating {o}|m5
    Слишком жарко|тым ыстық|Overheating {o}|l5`, `
    ${IN_FLAT}
    ${IN_HOUSE}
    в подъезде|кіреберісте|in the entrance
    в угловой комнате|бұрыштағы бөлмеде|in a corner room
    на верхнем этаже|жоғарғы қабатта|on the top floor
    ${IN_PRIVATE}
    ${AT_SCHOOL}
    ${AT_KG}
    в поликлинике|емханада|at a polyclinic`, { syn: 'холодно, батареи холодные, суық, жылу жоқ' }),
    ]),
    C('Тепловые сети|Жылу желілері|Heating networks', 'ktek', [
      L(`Прорыв теплотрассы|Жылу трассасының жарылуы|Heating main burst|c4
    Парит теплотрасса|Жылу трассасынан бу шығып жатыр|Steam rising from the heating main|h24
    Открытый колодец теплосети|Жылу желісінің ашық құдығы|Open heating network manhole|c4
    Горячая вода на поверхности дороги|Жол бетінде ыстық су|Hot water on the road surface|c6
    Разрушена изоляция теплотрассы|Жылу трассасының оқшаулағышы бұзылған|Heating main insulation damaged|m10
    Раскопка теплосети не засыпана|Жылу желісінің қазылған орны көмілмеген|Heating network excavation left open|h3
    Подключение дома к теплосети|Үйді жылу желісіне қосу|Connecting a building to the heating network|q
    Технические условия на теплоснабжение|Жылумен жабдықтауға техникалық шарттар|Technical conditions for heat supply|q`),
    ]),
    C('Горячее водоснабжение|Ыстық сумен жабдықтау|Hot water supply', 'ktek', [
      G(`Нет горячей воды|ыстық су жоқ|No hot water {o}|h24
    Еле тёплая горячая вода|ыстық су әрең жылы|Lukewarm hot water {o}|m5
    Ржавая горячая вода|ыстық су тот аралас ағады|Rusty hot water {o}|m5`, `
    ${IN_FLAT}
    ${IN_HOUSE}
    ${UPPER}
    ${AT_SCHOOL}
    ${AT_KG}`),
      L(`Горячую воду отключили без предупреждения|Ыстық су ескертусіз өшірілді|Hot water cut off without notice|h24
    Сроки летнего отключения горячей воды|Ыстық суды жазғы өшіру мерзімдері|Summer hot water shutdown dates|q
    Нет циркуляции горячей воды|Ыстық су айналымы жоқ|No hot water circulation|m5`),
    ]),
    C('Отопительный сезон, учёт и оплата|Жылыту маусымы, есепке алу және төлем|Heating season, metering and bills', 'ktek', [
      L(`Начало отопительного сезона|Жылыту маусымының басталуы|Start of the heating season|q
    Окончание отопительного сезона|Жылыту маусымының аяқталуы|End of the heating season|q
    Перерасчёт за некачественное отопление|Сапасыз жылыту үшін қайта есептеу|Recalculating charges for poor heating|m10
    Начисления за отопление без прибора учёта|Есептеу құралынсыз жылу үшін төлем есептеу|Heating charges without a meter|q
    Установка счётчика тепла|Жылу есептегішін орнату|Installing a heat meter|q
    Опрессовка системы отопления|Жылыту жүйесін қысыммен сынау|Pressure testing of the heating system|q
    Промывка системы отопления дома|Үйдің жылыту жүйесін жуу|Flushing the building heating system|m10
    Тариф на тепловую энергию|Жылу энергиясының тарифі|Heat tariff|q|monopoly
    Повышение тарифа на отопление|Жылыту тарифінің көтерілуі|Heating tariff increase|q|monopoly
    Завышенный счёт за отопление|Жылыту үшін шот асыра есептелген|Inflated heating bill|m10`),
    ]),
  ]),

  S('Водоснабжение и водоотведение|Сумен жабдықтау және су бұру|Water supply and sewerage', [
    C('Холодное водоснабжение|Суық сумен жабдықтау|Cold water supply', 'kostanay-su', [
      G(`Нет холодной воды|суық су жоқ|No cold water {o}|h24
    Слабый напор воды|судың қысымы әлсіз|Low water pressure {o}|m5
    Мутная вода|су лайлы|Cloudy water {o}|h24
    Вода с запахом|судың иісі бар|Water smells {o}|h24`, `
    ${IN_FLAT}
    ${IN_HOUSE}
    ${ON_STREET}
    ${IN_PRIVATE}
    ${UPPER}
    ${IN_MICRO}`, { syn: 'нет воды, су жоқ, воды нет' }),
      L(`Прорыв водопровода|Су құбырының жарылуы|Water main burst|c6
    Утечка воды из-под асфальта|Асфальт астынан су ағып жатыр|Water leaking from under the asphalt|h24
    Не работает водоразборная колонка|Су тарату колонкасы жұмыс істемейді|Street water pump not working|h24
    Подвоз питьевой воды при отключении|Су өшірілгенде ауыз су жеткізу|Drinking water delivery during an outage|h24
    Плановое отключение воды|Суды жоспарлы өшіру|Planned water outage|q
    Лабораторная проверка питьевой воды|Ауыз суды зертханалық тексеру|Laboratory testing of drinking water|m10|sanepid
    Подключение к водопроводу|Су құбырына қосылу|Connecting to the water supply|q
    Технические условия на водоснабжение|Сумен жабдықтауға техникалық шарттар|Technical conditions for water supply|q
    Неверные начисления за воду|Су үшін қате есептеу|Wrong water charges|m10
    Установка и поверка счётчика воды|Су есептегішін орнату және тексеру|Installing and verifying a water meter|q`),
    ]),
    C('Канализация|Кәріз|Sewerage', 'kostanay-su', [
      G(`Засорил{ся/ась/ось/ись}|бітеліп қалды|blocked|h24
    Переполнен{/а/о/ы}|толып кетті|overflowing|h24`, `
    канализационный выпуск из дома|үйден шығатын кәріз құбыры|sewer outlet from the building
    уличная канализация|көше кәрізі|street sewer|f
    канализационный колодец|кәріз құдығы|sewer manhole
    канализационный коллектор|кәріз коллекторы|sewer collector`),
      L(`Канализационные стоки на улице|Көшедегі кәріз ағындары|Sewage flowing in the street|c6
    Подвал затопило канализационными стоками|Жертөлені кәріз ағындары басты|Basement flooded with sewage|c6
    Запах канализации на улице|Көшедегі кәріз иісі|Sewage smell in the street|m5
    Откачка выгребной ямы|Сорғыш шұңқырды тазарту|Emptying a cesspit|m5
    Вызов ассенизаторской машины|Ассенизация көлігін шақыру|Calling a sewage truck|m5
    Подключение к канализации|Кәріз желісіне қосылу|Connecting to the sewer|q
    Провал грунта над канализацией|Кәріз үстіндегі топырақтың опырылуы|Ground subsidence over a sewer|c6`),
    ]),
    C('Колодцы и люки|Құдықтар мен люктер|Manholes and chambers', 'kostanay-su', [
      G(`Открыт{/а/о/ы}|ашық тұр|open|c4
    ${DAMAGED}|h24
    Провалил{ся/ась/ось/ись}|опырылып түсті|sunken|h24
    {o} без крышки|қақпақсыз|without a cover|c4`, `
    канализационный люк|кәріз люгі|sewer manhole
    водопроводный колодец|су құбыры құдығы|water main chamber
    люк на тротуаре|тротуардағы люк|manhole on the pavement
    люк на проезжей части|жүру бөлігіндегі люк|manhole in the roadway
    колодец у детской площадки|балалар алаңы жанындағы құдық|manhole near a playground`, { syn: 'открытый люк, ашық люк, колодец' }),
      L(`Стучит крышка люка|Люк қақпағы тарсылдайды|Manhole cover rattling|l10
    Люк ниже уровня асфальта|Люк асфальт деңгейінен төмен|Manhole below the asphalt level|m10`),
    ]),
    C('Ливневая канализация и подтопления|Нөсер кәрізі және су басу|Storm drains and flooding', 'livnevka', [
      G(`Засорил{ся/ась/ось/ись}|бітеліп қалды|blocked|m5
    ${DAMAGED}|m10`, `
    ливневый колодец|нөсер суы құдығы|storm drain
    ливнёвка на перекрёстке|қиылыстағы нөсер кәрізі|storm drain at the crossroads|f
    решётка ливнёвки|нөсер кәрізінің торы|storm drain grate|f
    водоотводный лоток|су бұратын науа|drainage channel
    водопропускная труба под дорогой|жол астындағы су өткізгіш құбыр|culvert under the road|f`),
      L(`Подтопление улицы после дождя|Жаңбырдан кейін көшені су басуы|Street flooded after rain|h24
    Подтопление двора талыми водами|Ауланы еріген қар суы басуы|Yard flooded by meltwater|h24
    Откачка талой воды|Еріген суды сорып шығару|Pumping out meltwater|h24
    Большая лужа на остановке|Аялдамадағы үлкен шалшық|Large puddle at a bus stop|m5
    Угроза подтопления домов в паводок|Су тасқыны кезінде үйлерді су басу қаупі|Risk of homes flooding in the spring flood|c4|dchs`),
    ]),
  ]),

  S('Электроснабжение и уличное освещение|Электрмен жабдықтау және көше жарығы|Electricity and street lighting', [
    C('Электроснабжение|Электрмен жабдықтау|Power supply', 'energocenter', [
      G(`Нет света|жарық жоқ|No electricity {o}|h24
    Скачки напряжения|кернеу секіреді|Voltage surges {o}|h24
    Низкое напряжение|кернеу төмен|Low voltage {o}|m5`, `
    ${IN_FLAT}
    ${IN_HOUSE}
    ${ON_STREET}
    ${IN_PRIVATE}
    ${IN_MICRO}`, { syn: 'нет света, свет отключили, жарық жоқ, жарық өшті' }),
      L(`Оборван провод линии электропередачи|Электр беру желісінің сымы үзілген|Power line wire down|c1
    Искрит трансформаторная подстанция|Трансформатор қосалқы станциясы ұшқын шашады|Transformer substation sparking|c1
    Открыта дверь трансформаторной подстанции|Трансформатор қосалқы станциясының есігі ашық|Transformer substation door open|c4
    Наклонилась опора ЛЭП|Электр желісінің тірегі қисайып кетті|Power line pole leaning|c6
    Провисли провода над дорогой|Жол үстіндегі сымдар салбырап тұр|Wires sagging over the road|h24
    Плановое отключение электроэнергии|Электр энергиясын жоспарлы өшіру|Planned power outage|q
    Подключение к электросетям|Электр желілеріне қосылу|Connecting to the power grid|q
    Технические условия на электроснабжение|Электрмен жабдықтауға техникалық шарттар|Technical conditions for power supply|q
    Замена электросчётчика|Электр есептегішін ауыстыру|Replacing an electricity meter|q
    Обрезка деревьев у линий электропередачи|Электр желілері маңындағы ағаштарды кесу|Trimming trees near power lines|m10`),
    ]),
    C('Оплата электроэнергии|Электр энергиясы үшін төлем|Electricity bills', 'energocenter', [
      L(`Неверные начисления за электроэнергию|Электр энергиясы үшін қате есептеу|Wrong electricity charges|m10
    Дифференцированный тариф на электроэнергию|Электр энергиясының сараланған тарифі|Tiered electricity tariff|q|monopoly
    Повышение тарифа на электроэнергию|Электр энергиясы тарифінің көтерілуі|Electricity tariff increase|q|monopoly
    Отключение электроэнергии за долги|Қарыз үшін электр энергиясын өшіру|Disconnection for debts|m5
    Перерасчёт при отсутствии жильцов|Тұрғындар болмаған кезеңге қайта есептеу|Recalculation when nobody lived in the flat|q
    Возмещение ущерба от скачка напряжения|Кернеудің секіруінен келген залалды өтеу|Compensation for damage from a power surge|m10`),
    ]),
    C('Уличное освещение|Көше жарығы|Street lighting', 'gorsvet', [
      G(`Не гор{ит/ит/ит/ят}|жанбайды|not lit|l5
    {o} гор{ит/ит/ит/ят} днём|күндіз жанып тұр|lit during the day|l5
    Мига{ет/ет/ет/ют}|жыпылықтайды|flickering|l5`, `
    фонарь на улице|көшедегі шам|street lamp
    фонарь во дворе|ауладағы шам|yard lamp
    освещение на пешеходном переходе|жаяу жүргінші өткеліндегі жарық|pedestrian crossing lighting|n
    освещение в парке|саябақтағы жарық|park lighting|n
    освещение на остановке|аялдамадағы жарық|bus stop lighting|n
    освещение вдоль дороги|жол бойындағы жарық|roadside lighting|n
    подсветка моста|көпірдің жарығы|bridge lighting|f
    освещение на бульваре|желекжолдағы жарық|boulevard lighting|n`, { syn: 'фонарь не горит, темно, шам жанбайды, қараңғы' }),
      L(`Не горит вся улица|Бүкіл көше жарықсыз|Whole street dark|m5
    Нет уличного освещения|Көше жарығы жоқ|No street lighting at all|q
    Установка нового фонаря|Жаңа шам орнату|Installing a new street lamp|q
    Упала опора освещения|Жарық тірегі құлап қалды|Lighting pole fallen|c4
    Наклонилась опора освещения|Жарық тірегі қисайып тұр|Lighting pole leaning|h24
    Открыт щиток уличного освещения|Көше жарығының қалқаны ашық тұр|Street lighting cabinet open|h24
    Оголённые провода на опоре освещения|Жарық тірегіндегі жалаңаш сымдар|Bare wires on a lighting pole|c4
    Разбит плафон фонаря|Шамның плафоны сынған|Lamp cover broken|l5`),
    ]),
  ]),

  S('Газоснабжение|Газбен жабдықтау|Gas supply', [
    C('Аварии и безопасность|Апаттар және қауіпсіздік|Gas emergencies and safety', 'qazaqgaz', [
      L(`Запах газа в подъезде|Кіреберісте газ иісі|Smell of gas in the entrance|c1
    Запах газа в квартире|Пәтерде газ иісі|Smell of gas in a flat|c1
    Запах газа на улице|Көшеде газ иісі|Smell of gas in the street|c1
    Повреждён газопровод|Газ құбыры бүлінген|Gas pipe damaged|c1
    Утечка газа из счётчика|Газ есептегішінен газ шығып жатыр|Gas leaking from the meter|c1
    Угарный газ в частном доме|Жеке үйдегі иіс газы|Carbon monoxide in a private house|c1
    Повреждена опора газопровода|Газ құбырының тірегі бүлінген|Gas pipe support damaged|h24
    Газопровод ржавый и не окрашен|Газ құбыры тот басқан және боялмаған|Gas pipe rusty and unpainted|m10
    Проверка дымоходов и вентканалов|Түтін мұржалары мен желдеткіш арналарын тексеру|Chimney and vent duct inspection|m10`, { syn: 'пахнет газом, газ иісі' }),
    ]),
    C('Газоснабжение и подключение|Газбен жабдықтау және қосылу|Gas supply and connection', 'qazaqgaz', [
      G(`Нет газа|газ жоқ|No gas {o}|h24
    Низкое давление газа|газ қысымы төмен|Low gas pressure {o}|h24`, `
    ${IN_FLAT}
    ${IN_HOUSE}
    ${IN_PRIVATE}
    ${ON_STREET}`),
      L(`Подключение частного дома к газу|Жеке үйді газға қосу|Connecting a private house to gas|q
    Газификация улицы|Көшені газдандыру|Bringing gas to a street|q
    Технические условия на газоснабжение|Газбен жабдықтауға техникалық шарттар|Technical conditions for gas supply|q
    Замена газового счётчика|Газ есептегішін ауыстыру|Replacing a gas meter|q
    Отключение газа за долги|Қарыз үшін газды өшіру|Gas cut off for debts|m5
    Неверные начисления за газ|Газ үшін қате есептеу|Wrong gas charges|m10
    Техобслуживание газового оборудования|Газ жабдығына техникалық қызмет көрсету|Servicing of gas appliances|m10
    Тариф на газ|Газ тарифі|Gas tariff|q|monopoly`),
    ]),
  ]),

  S('Дороги и дорожное движение|Жолдар және жол қозғалысы|Roads and traffic', [
    C('Дорожное покрытие и тротуары|Жол жабыны және тротуарлар|Road surface and pavements', 'dorstroy', [
      G(`Яма|шұңқыр|Pothole {o}|m10
    Разрушен асфальт|асфальт бұзылған|Broken asphalt {o}|m10
    Просел асфальт|асфальт отырып қалды|Sunken asphalt {o}|m10`, `
    на проезжей части|жүру бөлігінде|in the roadway
    на перекрёстке|қиылыста|at the crossroads
    во дворе|аулада|in a yard
    на тротуаре|тротуарда|on the pavement
    на остановке|аялдамада|at a bus stop
    у пешеходного перехода|жаяу жүргінші өткелінің жанында|near a pedestrian crossing
    на мосту|көпірде|on the bridge
    на въезде во двор|аулаға кіреберісте|at the entrance to a yard
    на парковке|тұрақта|in the car park`, { syn: 'яма, ямы, выбоина, колдобина, ойық, шұңқыр' }),
      L(`Колейность на дороге|Жолдағы ойықтар (колея)|Ruts in the road|m10
    Глубокая яма угрожает аварией|Апатқа әкелуі мүмкін терең шұңқыр|Deep pothole, accident risk|h24
    Провал дорожного покрытия|Жол жабынының опырылуы|Road surface collapse|c4
    Некачественный ремонт дороги|Жолды сапасыз жөндеу|Poor-quality road repair|m10
    Ремонт дороги на улице|Көшедегі жолды жөндеу|Road repair in a street|q
    Асфальтирование улицы|Көшеге асфальт төсеу|Paving a street with asphalt|q
    Грейдирование грунтовой дороги|Топырақ жолды грейдерлеу|Grading a dirt road|m10|dorservice
    Подсыпка щебнем грунтовой дороги|Топырақ жолға қиыршық тас төсеу|Gravelling a dirt road|m10|dorservice
    Ремонт тротуара|Тротуарды жөндеу|Pavement repair|q
    Строительство тротуара|Тротуар салу|Building a pavement|q|optad
    Разрушен бордюр|Жиектас бұзылған|Broken kerb|m10`),
    ]),
    C('Зимнее содержание дорог|Жолдарды қыста күтіп-ұстау|Winter road maintenance', 'dorservice', [
      G(`Не убран снег|қар тазаланбаған|Snow not cleared {o}|h24
    Гололёд|көктайғақ|Ice {o}|h24
    Снежный вал|қар үйіндісі|Snow bank {o}|m5`, `
    на проезжей части|жүру бөлігінде|in the roadway
    на тротуаре|тротуарда|on the pavement
    на остановке|аялдамада|at a bus stop
    на пешеходном переходе|жаяу жүргінші өткелінде|at a pedestrian crossing
    на мосту|көпірде|on the bridge
    у школы|мектеп жанында|near a school
    у поликлиники|емхана жанында|near a polyclinic
    на подъёме дороги|жолдың өрлеуінде|on an uphill stretch`, { syn: 'гололёд, наледь, скользко, тайғақ, көктайғақ, снег, қар' }),
      L(`Дороги не посыпаны от гололёда|Жолдарға көктайғаққа қарсы материал себілмеген|Roads not gritted|h24
    Вывоз снега с улицы|Көшеден қар шығару|Removing snow from a street|m5
    Снег с дороги сброшен во двор|Жолдағы қар аулаға тасталды|Snow from the road dumped in a yard|m5
    Грейдер завалил въезд снегом|Грейдер кіреберісті қармен бөгеп тастады|Snowplough blocked a driveway|h24
    Снежный занос на дороге|Жолды қар басып қалды|Snowdrift blocking the road|c6`),
    ]),
    C('Светофоры|Бағдаршамдар|Traffic lights', 'svetofor', [
      G(`${NOT_WORKING}|c4
    {o} мига{ет/ет/ет/ют} жёлтым|сары түспен жыпылықтайды|flashing amber|h24
    {o} неправильно переключа{ется/ется/ется/ются}|дұрыс ауыспайды|switching incorrectly|h24`, `
    светофор на перекрёстке|қиылыстағы бағдаршам|traffic light at a crossroads
    пешеходный светофор|жаяу жүргінші бағдаршамы|pedestrian signal
    светофор у школы|мектеп жанындағы бағдаршам|traffic light near a school
    светофор на въезде в город|қалаға кіреберістегі бағдаршам|traffic light at the city entrance`, { syn: 'светофор не работает, бағдаршам істемейді' }),
      G(`${NOT_WORKING}|m5`, `
    кнопка вызова пешеходного светофора|жаяу жүргінші бағдаршамын шақыру түймесі|pedestrian crossing button|f
    табло обратного отсчёта|кері санақ таблосы|countdown display|n
    звуковой сигнал светофора|бағдаршамның дыбыстық белгісі|audible traffic signal`),
      L(`Светофор разбит после ДТП|Жол-көлік оқиғасынан кейін бағдаршам сынған|Traffic light damaged in a crash|c4
    Светофор закрыт деревьями|Бағдаршамды ағаштар жауып тұр|Traffic light hidden by trees|m5
    Установка нового светофора|Жаңа бағдаршам орнату|Installing a new traffic light|q
    Изменение режима работы светофора|Бағдаршамның жұмыс режимін өзгерту|Changing traffic light timing|q
    Слишком короткий зелёный для пешеходов|Жаяу жүргіншілерге жасыл түс тым қысқа|Green phase too short for pedestrians|m10`),
    ]),
    C('Дорожные знаки, разметка и ограждения|Жол белгілері, таңбалар және қоршаулар|Road signs, markings and barriers', 'svetofor', [
      G(`${DAMAGED}|m5
    ${MISSING}|m5`, `
    дорожный знак|жол белгісі|road sign
    знак «Пешеходный переход»|«Жаяу жүргінші өткелі» белгісі|pedestrian crossing sign
    знак «Дети»|«Балалар» белгісі|children crossing sign
    знак «Главная дорога»|«Басты жол» белгісі|priority road sign
    указатель названия улицы|көше атауының көрсеткіші|street name sign
    дорожное ограждение|жол қоршауы|road barrier|n
    искусственная неровность|жасанды кедір-бұдыр|speed bump|f`),
      G('Стёрл{ся/ась/ось/ись}|өшіп қалған|worn off|m10', `
    разметка на дороге|жолдағы таңба сызықтары|road markings|f
    разметка пешеходного перехода|жаяу жүргінші өткелінің таңбасы|pedestrian crossing markings|f
    разметка на парковке|тұрақтағы таңба сызықтары|car park markings|f`),
      L(`Установка дорожного знака|Жол белгісін орнату|Installing a road sign|q
    Установка искусственной неровности|Жасанды кедір-бұдыр орнату|Installing a speed bump|q
    Обустройство пешеходного перехода|Жаяу жүргінші өткелін жайластыру|Setting up a pedestrian crossing|q
    Знак закрыт ветками деревьев|Белгіні ағаш бұтақтары жауып тұр|Sign hidden by tree branches|m5
    Установка ограждения у школы|Мектеп жанына қоршау орнату|Installing a barrier near a school|q`),
    ]),
    C('Организация движения и парковки|Қозғалысты ұйымдастыру және тұрақтар|Traffic management and parking', 'optad', [
      L(`Изменение схемы движения|Қозғалыс схемасын өзгерту|Changing the traffic scheme|q
    Пробки на перекрёстке|Қиылыстағы кептелістер|Traffic jams at a crossroads|q
    Грузовики ездят через дворы|Жүк көліктері аулалар арқылы жүреді|Lorries driving through residential yards|m10
    Платная парковка: неверное начисление|Ақылы тұрақ: қате есептеу|Paid parking: wrong charge|m10|parking
    Эвакуация автомобиля на штрафстоянку|Көлікті айып тұрағына эвакуациялау|Car towed to the impound lot|m5|parking
    Оплата парковки|Тұрақ ақысын төлеу|Paying for parking|q|parking
    Парковочные места для людей с инвалидностью|Мүмкіндігі шектеулі адамдарға арналған тұрақ орындары|Parking spaces for disabled people|q|parking
    Парковка на газоне|Көгалға көлік қою|Parking on the lawn|m5|police
    Парковка на тротуаре|Тротуарға көлік қою|Parking on the pavement|m5|police
    Брошенный автомобиль во дворе|Аулада тасталған көлік|Abandoned car in a yard|m10|police
    Гонки и шум автомобилей ночью|Түнде көліктердің жарысы мен шуы|Car racing and noise at night|m5|police`),
    ]),
    C('Загородные дороги и мосты|Қала сыртындағы жолдар мен көпірлер|Out-of-town roads and bridges', 'road-region', [
      L(`Ремонт трассы Костанай — Рудный|Қостанай — Рудный трассасын жөндеу|Repair of the Kostanay–Rudny highway|q
    Яма на загородной трассе|Қала сыртындағы трассада шұңқыр|Pothole on an out-of-town highway|m10
    Состояние моста через Тобол|Тобыл өзені арқылы өтетін көпірдің жай-күйі|Condition of the bridge over the Tobol|m10
    Снежные заносы на трассе|Трассадағы қар көшкіндері|Snowdrifts on the highway|c6
    Ремонт дороги до дачного массива|Саяжай алқабына дейінгі жолды жөндеу|Repairing the road to the dacha area|q`),
    ]),
  ]),

  S('Дворы и благоустройство|Аулалар және абаттандыру|Yards and landscaping', [
    C('Озеленение|Көгалдандыру|Trees and green spaces', 'zelenstroy', [
      G(`{o} угрожа{ет/ет/ет/ют} падением|құлау қаупі бар|at risk of falling|h24
    {o} требу{ет/ет/ет/ют} обрезки|кесуді қажет етеді|need{s/s/s/} pruning|m10
    Засох{/ла/ло/ли}|қурап қалған|dried out|m10`, `
    дерево во дворе|ауладағы ағаш|tree in the yard|n
    дерево у дороги|жол жанындағы ағаш|roadside tree|n
    деревья у школы|мектеп жанындағы ағаштар|trees near a school|p
    деревья в парке|саябақтағы ағаштар|trees in the park|p
    тополь у дома|үй жанындағы терек|poplar near the house
    кустарник вдоль тротуара|тротуар бойындағы бұталар|hedge along the pavement`),
      L(`Упало дерево на дорогу|Жолға ағаш құлады|Tree fallen onto the road|c4
    Упало дерево на машину|Көліктің үстіне ағаш құлады|Tree fallen on a car|c4
    Ветка упала на провода|Бұтақ сымдардың үстіне құлады|Branch fallen on wires|c4
    Незаконная вырубка деревьев|Ағаштарды заңсыз кесу|Illegal tree felling|h24
    Вывоз спиленных веток|Кесілген бұтақтарды шығару|Removing cut branches|m5
    Покос травы|Шөп шабу|Mowing the grass|m10
    Высокая трава и бурьян|Биік шөп пен арамшөп|Tall grass and weeds|m10
    Амброзия и сорняки на пустыре|Бос жердегі амброзия мен арамшөптер|Ragweed and weeds on wasteland|m10
    Посадка деревьев во дворе|Аулаға ағаш отырғызу|Planting trees in a yard|q
    Снос аварийного дерева|Апатты ағашты кесу|Removing a dangerous tree|h3`),
    ]),
    C('Благоустройство дворов|Аулаларды абаттандыру|Yard improvement', 'ozhkh', [
      G(`${BROKEN}
    ${NEEDS_REPAIR}|m10
    ${MISSING}|q`, `
    детская площадка|балалар алаңы|children's playground|f
    качели на детской площадке|балалар алаңындағы әткеншек|playground swing|p
    горка на детской площадке|балалар алаңындағы сырғанақ|playground slide|f
    скамейка во дворе|ауладағы орындық|yard bench|f
    спортивная площадка во дворе|ауладағы спорт алаңы|yard sports ground|f
    ограждение детской площадки|балалар алаңының қоршауы|playground fence|n
    урна у подъезда|кіреберіс жанындағы қоқыс жәшігі|litter bin by the entrance|f
    песочница|құм салғыш|sandpit|f
    турник во дворе|ауладағы турник|pull-up bar in the yard`),
      L(`Травмоопасное оборудование на детской площадке|Балалар алаңындағы жарақат қаупі бар жабдық|Dangerous equipment on a playground|h24
    Благоустройство двора по программе|Бағдарлама бойынша ауланы абаттандыру|Yard improvement under the programme|q
    Ремонт внутридворового проезда|Аулаішілік жолды жөндеу|Repair of the yard driveway|q
    Нехватка парковочных мест во дворе|Аулада тұрақ орындарының жетіспеуі|Not enough parking spaces in the yard|q
    Незаконный гараж во дворе|Ауладағы заңсыз гараж|Illegal garage in the yard|m10
    Самовольный забор во дворе|Ауладағы өз бетімен салынған қоршау|Unauthorised fence in the yard|m10`),
    ]),
    C('Санитарная очистка улиц|Көшелерді санитариялық тазалау|Street cleaning', 'dorservice', [
      G(`Не убира{ется/ется/ется/ются}|тазаланбайды|not cleaned|l5
    Замусорен{/а/о/ы}|қоқыспен ластанған|littered|l5`, `
    тротуар|тротуар|pavement
    остановка|аялдама|bus stop|f
    обочина дороги|жол жиегі|roadside verge|f
    подземный пешеходный переход|жер асты жаяу жүргінші өткелі|pedestrian underpass
    территория у рынка|базар маңындағы аумақ|area near the market|f
    набережная|жағалау|embankment|f
    сквер|гүлбақ|public garden`),
      L(`Пыль от дорожных работ|Жол жұмыстарынан шыққан шаң|Dust from roadworks|m5
    Грязь на дороге от стройки|Құрылыстан жолға шыққан балшық|Mud on the road from a building site|m5|ostr
    Уборка листвы|Жапырақтарды жинау|Clearing fallen leaves|m10
    Сжигание листвы и мусора|Жапырақ пен қоқысты өртеу|Burning leaves and rubbish|h24|ecology`),
    ]),
    C('Парки и скверы|Саябақтар мен гүлбақтар|Parks and public gardens', 'park', [
      G(`${BROKEN}`, `
    скамейка в парке|саябақтағы орындық|park bench|f
    фонтан|субұрқақ|fountain
    аттракцион в парке|саябақтағы аттракцион|park ride
    беседка в сквере|гүлбақтағы шатырша|gazebo in the public garden|f
    тренажёры в парке|саябақтағы тренажерлар|outdoor gym in the park|p
    общественный туалет в парке|саябақтағы қоғамдық дәретхана|public toilet in the park`),
      L(`Не работает фонтан|Субұрқақ жұмыс істемейді|Fountain not running|l10
    Небезопасный аттракцион|Қауіпті аттракцион|Unsafe fairground ride|h24
    Режим работы парка|Саябақтың жұмыс режимі|Park opening hours|q
    Продажа алкоголя в парке|Саябақта алкоголь сату|Alcohol sold in the park|m5|police
    Благоустройство набережной Тобола|Тобыл жағалауын абаттандыру|Improving the Tobol embankment|q|akimat
    Новый сквер в микрорайоне|Шағын аудандағы жаңа гүлбақ|New public garden in a microdistrict|q|oas`),
    ]),
    C('Кладбища|Зираттар|Cemeteries', 'ritual', [
      L(`Уборка территории кладбища|Зират аумағын тазалау|Cleaning the cemetery|m10
    Выделение места для захоронения|Жерлеуге орын бөлу|Allocating a burial plot|h24
    Разрушено ограждение кладбища|Зират қоршауы бұзылған|Cemetery fence broken|m10
    Дорога к кладбищу|Зиратқа апаратын жол|Road to the cemetery|m10
    Вывоз мусора с кладбища|Зираттан қоқыс шығару|Removing rubbish from the cemetery|m5
    Вандализм на кладбище|Зираттағы вандализм|Vandalism at the cemetery|m5
    Услуги ритуальной службы|Жерлеу қызметінің көрсетілетін қызметтері|Funeral services|q
    Захоронение одиноких граждан|Жалғызбасты азаматтарды жерлеу|Burial of people without relatives|h3`),
    ]),
  ]),

  S('Твёрдые бытовые отходы|Қатты тұрмыстық қалдықтар|Solid waste', [
    C('Вывоз мусора|Қоқыс шығару|Rubbish collection', 'tazalyk', [
      G('Не вывоз{ится/ится/ится/ятся}|шығарылмайды|not collected|h24', `
    мусор с контейнерной площадки|контейнер алаңындағы қоқыс|rubbish from the bin area
    мусор из частного сектора|жеке сектордағы қоқыс|rubbish in the private housing area
    крупногабаритный мусор|ірі габаритті қоқыс|bulky waste
    строительный мусор|құрылыс қоқысы|construction waste
    ветки после обрезки|кесілген бұтақтар|cut branches|p
    мусор из урн на остановке|аялдамадағы қоқыс жәшіктеріндегі қоқыс|rubbish from bus stop bins
    пищевые отходы у магазина|дүкен жанындағы тамақ қалдықтары|food waste by a shop|p`, { syn: 'мусор не вывозят, қоқыс шығарылмайды, свалка' }),
      G(`Переполнен{/а/о/ы}|толып кетті|overflowing|h24
    ${DAMAGED}|m5
    ${MISSING}|m10`, `
    мусорный контейнер|қоқыс контейнері|rubbish bin
    контейнер для пластика|пластикке арналған контейнер|plastic recycling bin
    контейнерная площадка|контейнер алаңы|bin area|f
    контейнер для стекла|шыныға арналған контейнер|glass recycling bin
    урна на остановке|аялдамадағы қоқыс жәшігі|bus stop litter bin|f`),
      L(`Мусор вывозят ночью с шумом|Қоқысты түнде шу шығарып әкетеді|Noisy night-time rubbish collection|m10
    Мусоровоз рассыпал мусор|Қоқыс көлігі қоқысты шашып кетті|Bin lorry spilled rubbish|m5
    Пожар в мусорном контейнере|Қоқыс контейнеріндегі өрт|Fire in a rubbish bin|c1|dchs
    График вывоза мусора|Қоқыс шығару кестесі|Rubbish collection schedule|q
    Перенос контейнерной площадки|Контейнер алаңын көшіру|Relocating a bin area|q
    Заключение договора на вывоз мусора|Қоқыс шығаруға шарт жасасу|Signing a waste collection contract|q
    Утилизация ртутных ламп и батареек|Сынап шамдары мен батареяларды кәдеге жарату|Disposal of mercury lamps and batteries|q
    Раздельный сбор отходов|Қалдықтарды бөлек жинау|Separate waste collection|q`),
    ], { by: WASTE }),
    C('Оплата за вывоз ТБО|ҚТҚ шығару үшін төлем|Waste collection bills', 'tazalyk', [
      L(`Неверные начисления за вывоз мусора|Қоқыс шығару үшін қате есептеу|Wrong charges for rubbish collection|m10
    Начисления за вывоз мусора за пустующее жильё|Бос тұрған тұрғын үй үшін қоқыс шығару ақысы|Waste charges for an empty home|q
    Тариф на вывоз ТБО|ҚТҚ шығару тарифі|Waste collection tariff|q
    Перерасчёт по количеству проживающих|Тұратын адамдар санына қарай қайта есептеу|Recalculation by number of residents|q
    Двойные квитанции за вывоз мусора|Қоқыс шығару үшін қайталанған түбіртектер|Duplicate bills for rubbish collection|m10`),
    ], { by: WASTE }),
    C('Стихийные свалки и экология|Стихиялық қоқыс үйінділері және экология|Illegal dumps and environment', 'ozhkh', [
      G(`Стихийная свалка|стихиялық қоқыс үйіндісі|Illegal dump {o}|m5
    Сброс строительного мусора|құрылыс қоқысын тастау|Construction waste dumped {o}|m5`, `
    во дворе|аулада|in a yard
    на пустыре|бос жерде|on wasteland
    у гаражей|гараждар жанында|by the garages
    на берегу реки|өзен жағасында|on the riverbank
    в лесополосе|орман алқабында|in a shelter belt
    у дороги|жол жанында|by the road
    в дачном массиве|саяжай алқабында|in the dacha area`),
      L(`Сжигание мусора на свалке|Үйіндіде қоқыс өртеу|Burning rubbish at a dump|h24|ecology
    Запах с полигона ТБО|ҚТҚ полигонынан шыққан иіс|Smell from the landfill|m10|ecology
    Слив отходов в реку|Өзенге қалдықтарды төгу|Dumping waste into the river|h24|ecology
    Выброс пыли и дыма предприятием|Кәсіпорынның шаң мен түтін шығаруы|Dust and smoke from a plant|m10|ecology
    Шум от предприятия|Кәсіпорыннан шыққан шу|Noise from an industrial plant|m10|ecology`),
    ]),
  ]),

  S('Общественный транспорт|Қоғамдық көлік|Public transport', [
    C('Работа маршрутов|Бағыттардың жұмысы|Bus routes and timetables', 'optad', [
      G(`{o} не соблюда{ет/ет/ет/ют} интервал движения|қозғалыс аралығын сақтамайды|not keeping to the timetable|m5
    {o} не выход{ит/ит/ит/ят} на линию|желіге шықпайды|not running|m5
    Переполнен{/а/о/ы}|адамға толы|overcrowded|m10
    {o} пропуска{ет/ет/ет/ют} остановки|аялдамаларда тоқтамайды|skipping stops|m5`, `
    автобус|автобус|bus
    вечерний автобус|кешкі автобус|evening bus
    автобус до дачного массива|саяжай алқабына баратын автобус|bus to the dacha area
    школьный автобус|мектеп автобусы|school bus
    автобус в выходные дни|демалыс күндердегі автобус|weekend bus`, { ex: 'buspark-1', by: BUSES }),
      L(`Новый автобусный маршрут|Жаңа автобус бағыты|New bus route|q
    Расписание автобусов|Автобустар кестесі|Bus timetable|q
    Автобусы не ходят после 21:00|Автобустар 21:00-ден кейін жүрмейді|No buses after 9 pm|m10
    Маршрут отменён без объявления|Бағыт хабарландырусыз жойылды|Route cancelled without notice|m10`),
    ]),
    C('Качество перевозок|Тасымалдау сапасы|Quality of service on buses', 'buspark-1', [
      L(`Грубость водителя|Жүргізушінің дөрекілігі|Rude driver|m5
    Грубость кондуктора|Кондуктордың дөрекілігі|Rude conductor|m5
    Водитель разговаривает по телефону за рулём|Жүргізуші рөлде отырып телефонмен сөйлеседі|Driver on the phone while driving|m5
    Опасное вождение автобуса|Автобусты қауіпті жүргізу|Dangerous bus driving|h24
    Холодно в автобусе|Автобус ішінде суық|Cold inside the bus|m5
    Грязный салон автобуса|Автобус салоны лас|Dirty bus interior|l5
    Неисправный автобус на линии|Желідегі ақаулы автобус|Faulty bus in service|h24
    Автобус не приспособлен для колясок|Автобус арбаларға бейімделмеген|Bus not adapted for wheelchairs|m10
    Водитель не пускает льготника|Жүргізуші жеңілдігі бар жолаушыны кіргізбейді|Driver refuses a concession passenger|m5
    Благодарность водителю|Жүргізушіге алғыс|Thanks to a driver|q`),
    ], { by: BUSES }),
    C('Оплата проезда|Жол ақысын төлеу|Fares and payment', 'transport-operator', [
      L(`Не работает валидатор|Валидатор жұмыс істемейді|Card validator not working|m5
    Двойное списание за проезд|Жол ақысы екі рет есептен шығарылды|Fare charged twice|m10
    Не принимают оплату картой|Картамен төлемді қабылдамайды|Card payment refused|m5
    Пополнение транспортной карты|Көлік картасын толықтыру|Topping up a transport card|q
    Оформление льготной транспортной карты|Жеңілдікті көлік картасын ресімдеу|Getting a concession transport card|q
    Льготный проезд для школьников|Оқушыларға жеңілдікпен жол жүру|Concession fares for schoolchildren|q
    Льготный проезд для пенсионеров|Зейнеткерлерге жеңілдікпен жол жүру|Concession fares for pensioners|q
    Не работает приложение оплаты проезда|Жол ақысын төлеу қосымшасы жұмыс істемейді|Fare payment app not working|m5`),
    ]),
    C('Остановки|Аялдамалар|Bus stops', 'optad', [
      G(`${DAMAGED}|m5
    ${MISSING}|q`, `
    остановочный павильон|аялдама павильоны|bus shelter
    скамейка на остановке|аялдамадағы орындық|bench at a bus stop|f
    табличка с расписанием|кесте жазылған тақтайша|timetable sign|f
    электронное табло на остановке|аялдамадағы электронды табло|electronic board at a bus stop|n
    заездной карман остановки|аялдаманың кірме қалтасы|bus bay`),
      L(`Перенос остановки|Аялдаманы көшіру|Moving a bus stop|q
    Новая остановка|Жаңа аялдама|New bus stop|q
    Торговый киоск загораживает остановку|Сауда дүңгіршегі аялдаманы жауып тұр|Kiosk blocking a bus stop|m10|opp`),
    ]),
    C('Такси и пригородные перевозки|Такси және қала маңындағы тасымал|Taxis and suburban transport', 'road-region', [
      L(`Нелегальное такси|Заңсыз такси|Unlicensed taxi|m10|police
    Завышенная цена такси на вокзале|Вокзалдағы такси бағасы тым қымбат|Overpriced taxis at the station|m10|consumer
    Пригородный автобус не ходит|Қала маңындағы автобус жүрмейді|Suburban bus not running|m5
    Расписание междугородних автобусов|Қалааралық автобустардың кестесі|Intercity bus timetable|q`),
    ]),
  ]),

  S('Здравоохранение|Денсаулық сақтау|Health', [
    C('Поликлиники|Емханалар|Polyclinics', 'poly-1', [
      G(`Запись|{o} жазылу|Booking an appointment {o}|q
    Нет свободных талонов|{o} бос талон жоқ|No free slots {o}|m5
    Отказ в записи|{o} жазудан бас тарту|Refused an appointment {o}|m5`, `
    к терапевту|терапевтке|with a GP
    к педиатру|педиатрға|with a paediatrician
    к кардиологу|кардиологқа|with a cardiologist
    к эндокринологу|эндокринологқа|with an endocrinologist
    к неврологу|невропатологқа|with a neurologist
    к хирургу|хирургқа|with a surgeon
    к офтальмологу|офтальмологқа|with an ophthalmologist
    к стоматологу|стоматологқа|with a dentist
    к гинекологу|гинекологқа|with a gynaecologist
    к ЛОР-врачу|ЛОР-дәрігерге|with an ENT doctor`, { syn: 'талон, запись к врачу, дәрігерге жазылу' }),
      L(`Грубость врача|Дәрігердің дөрекілігі|Rude doctor|m5
    Грубость сотрудника регистратуры|Тіркеу бөлімі қызметкерінің дөрекілігі|Rude reception staff|m5
    Не дозвониться в регистратуру|Тіркеу бөліміне телефон соғып болмайды|Cannot get through to reception|m5
    Вызов врача на дом|Дәрігерді үйге шақыру|Calling a doctor to the home|h24
    Врач не пришёл по вызову на дом|Дәрігер үйге шақыру бойынша келмеді|Doctor did not come on a home call|h24
    Прикрепление к поликлинике|Емханаға тіркелу|Registering with a polyclinic|q
    Долгое ожидание в очереди к врачу|Дәрігер қабылдауына кезекте ұзақ күту|Long queue to see a doctor|m5
    Получение больничного листа|Еңбекке жарамсыздық парағын алу|Obtaining a sick note|q
    Получение медицинской справки 075|075 нысанды медициналық анықтама алу|Obtaining medical certificate form 075|q
    Прививки детям|Балаларға екпе салу|Vaccinations for children|q
    Нет вакцины в поликлинике|Емханада вакцина жоқ|No vaccine at the polyclinic|m5
    Получение направления на анализы|Талдауларға жолдама алу|Referral for tests|q
    Не выданы результаты анализов|Талдау нәтижелері берілмеді|Test results not given|m5
    Получение направления к узкому специалисту|Тар бейінді маманға жолдама алу|Referral to a specialist|q
    Профилактический осмотр (скрининг)|Профилактикалық тексеру (скрининг)|Preventive screening|q
    Патронаж новорождённого|Жаңа туған нәрестені патронаждау|Home visits for a newborn|h3`),
    ], { by: POLYCLINICS }),
    C('Скорая помощь|Жедел жәрдем|Ambulance', 'ambulance', [
      L(`Долгое ожидание скорой помощи|Жедел жәрдемді ұзақ күту|Long wait for an ambulance|c1
    Скорая помощь отказалась выехать|Жедел жәрдем шығудан бас тартты|Ambulance refused to come|c1
    Не дозвониться до 103|103-ке телефон соғып болмайды|Cannot get through to 103|c1
    Отказ в госпитализации|Ауруханаға жатқызудан бас тарту|Refused hospital admission|h24
    Грубость бригады скорой помощи|Жедел жәрдем бригадасының дөрекілігі|Rude ambulance crew|m5`),
    ]),
    C('Больницы и стационары|Ауруханалар мен стационарлар|Hospitals', 'oblhospital', [
      L(`Плановая госпитализация|Жоспарлы түрде ауруханаға жатқызу|Planned hospital admission|q
    Очередь на операцию|Операцияға кезек|Waiting list for surgery|q
    Питание в больнице|Ауруханадағы тамақтану|Hospital food|m10
    Санитарное состояние палат|Палаталардың санитариялық жай-күйі|Sanitary condition of wards|m10
    Нехватка лекарств в стационаре|Стационарда дәрі-дәрмектің жетіспеуі|Shortage of medicines in hospital|h3
    Требуют оплату за бесплатные услуги|Тегін қызметтер үшін ақы талап етеді|Payment demanded for free services|m10
    Врачебная ошибка|Дәрігерлік қате|Medical error|h3|health-dept
    Квота на высокотехнологичную помощь|Жоғары технологиялық медициналық көмекке квота|Quota for high-tech treatment|q|health-dept`),
    ]),
    C('Лекарственное обеспечение|Дәрі-дәрмекпен қамтамасыз ету|Medicines', 'health-dept', [
      L(`Не выдают бесплатные лекарства|Тегін дәрілер берілмейді|Free medicines not dispensed|h3
    Нет инсулина в аптеке|Дәріханада инсулин жоқ|No insulin at the pharmacy|h24
    Лекарства по ГОБМП|ТМККК бойынша дәрі-дәрмек|Medicines under the guaranteed free care package|q
    Лекарства для онкобольных|Онкологиялық науқастарға арналған дәрілер|Medicines for cancer patients|h3
    Обеспечение детей с диабетом|Қант диабеті бар балаларды қамту|Supplies for children with diabetes|h3
    Завышенные цены на лекарства|Дәрі-дәрмек бағасы тым жоғары|Overpriced medicines|m10|consumer
    Продажа рецептурных препаратов без рецепта|Рецептілік дәрілерді рецептісіз сату|Prescription drugs sold without a prescription|m10
    Выписка рецепта на льготные лекарства|Жеңілдікті дәрілерге рецепт жазу|Prescribing concession medicines|q`),
    ]),
    C('Медицинское страхование|Медициналық сақтандыру|Health insurance', 'fsms', [
      L(`Статус застрахованности в ОСМС|МӘМС-тегі сақтандырылу мәртебесі|Compulsory health insurance status|q
    Оплата взносов ОСМС|МӘМС жарналарын төлеу|Paying health insurance contributions|q
    Отказ в помощи из-за отсутствия страховки|Сақтандыру жоқ деп көмектен бас тарту|Care refused for lack of insurance|h3`),
    ]),
    C('Санитарно-эпидемиологический надзор|Санитариялық-эпидемиологиялық қадағалау|Sanitary and epidemiological control', 'sanepid', [
      L(`Отравление в кафе|Кафеде улану|Food poisoning at a cafe|h24
    Антисанитария в магазине|Дүкендегі антисанитария|Unsanitary shop|m10
    Антисанитария в школьной столовой|Мектеп асханасындағы антисанитария|Unsanitary school canteen|h3
    Вспышка инфекции в детском саду|Балабақшада жұқпалы аурудың өршуі|Infection outbreak at a kindergarten|c6
    Укус клеща|Кене шағуы|Tick bite|h24
    Обработка парка от клещей|Саябақты кенеден өңдеу|Tick control in the park|m10
    Качество водопроводной воды|Құбыр суының сапасы|Tap water quality|m10`),
    ]),
  ]),

  S('Образование|Білім беру|Education', [
    C('Детские сады|Балабақшалар|Kindergartens', 'edu', [
      L(`Постановка в очередь в детский сад|Балабақша кезегіне қою|Registering for a kindergarten place|q
    Узнать номер в очереди в детский сад|Балабақша кезегіндегі нөмірді білу|Checking the kindergarten queue number|q
    Получение направления в детский сад|Балабақшаға жолдама алу|Getting a kindergarten placement|q
    Перевод в другой детский сад|Басқа балабақшаға ауыстыру|Transfer to another kindergarten|q
    Нет мест в детском саду|Балабақшада орын жоқ|No places at the kindergarten|m10
    Поборы в детском саду|Балабақшадағы заңсыз ақша жинау|Illegal fees at a kindergarten|m5
    Питание в детском саду|Балабақшадағы тамақтану|Kindergarten meals|m10
    Льготы по оплате детского сада|Балабақша ақысы бойынша жеңілдіктер|Kindergarten fee concessions|q
    Грубость воспитателя|Тәрбиешінің дөрекілігі|Rude kindergarten teacher|m5
    Травма ребёнка в детском саду|Балабақшада баланың жарақаттануы|Child injured at a kindergarten|h24
    Госзаказ в частном детском саду|Жеке балабақшадағы мемлекеттік тапсырыс|State-funded places at a private kindergarten|q
    Холодно в группе детского сада|Балабақша тобында суық|Cold in a kindergarten group room|h24`),
    ]),
    C('Школы|Мектептер|Schools', 'edu', [
      G(`Поборы|заңсыз ақша жинау|Illegal fundraising {o}|m5
    Холодно|суық|Cold {o}|h24
    Антисанитария|антисанитария|Unsanitary conditions {o}|m10
    Нужен ремонт|жөндеу қажет|Repairs needed {o}|q`, `
    в классе|сыныпта|in a classroom
    в школьной столовой|мектеп асханасында|in the school canteen
    в спортзале школы|мектептің спорт залында|in the school gym
    в школьном туалете|мектеп дәретханасында|in the school toilets
    в пришкольном лагере|мектеп жанындағы лагерьде|at the school summer camp`),
      L(`Зачисление в первый класс|Бірінші сыныпқа қабылдау|Enrolment in first grade|q
    Перевод в другую школу|Басқа мектепке ауыстыру|Transfer to another school|q
    Отказ в приёме в школу по месту жительства|Тұрғылықты жері бойынша мектепке қабылдаудан бас тарту|Refused admission to the local school|h3
    Переполненные классы|Сыныптардың толып кетуі|Overcrowded classes|m10
    Бесплатное питание в школе|Мектептегі тегін тамақтану|Free school meals|q
    Качество школьного питания|Мектеп тамағының сапасы|Quality of school meals|m10
    Подвоз детей в школу|Балаларды мектепке тасымалдау|School transport for children|m10
    Бесплатные учебники|Тегін оқулықтар|Free textbooks|q
    Нехватка учителей|Мұғалімдердің жетіспеуі|Teacher shortage|m10
    Конфликт с учителем|Мұғаліммен жанжал|Conflict with a teacher|m5
    Буллинг в школе|Мектептегі буллинг|Bullying at school|h3
    Травма ребёнка в школе|Мектепте баланың жарақаттануы|Child injured at school|h24
    Обучение на дому по болезни|Ауруына байланысты үйде оқыту|Home schooling for health reasons|q
    Инклюзивное образование|Инклюзивті білім беру|Inclusive education|q
    Не работает электронный журнал Kundelik|Kundelik электронды журналы жұмыс істемейді|Kundelik e-journal not working|m5
    Получение дубликата аттестата|Аттестаттың телнұсқасын алу|Duplicate school certificate|q
    Строительство новой школы|Жаңа мектеп салу|Building a new school|q|ostr`),
    ]),
    C('Дополнительное образование и каникулы|Қосымша білім беру және демалыс|Extracurricular education and holidays', 'edu', [
      L(`Путёвка в летний лагерь|Жазғы лагерьге жолдама алу|Summer camp place|q
    Бесплатные кружки для детей|Балаларға арналған тегін үйірмелер|Free children's clubs|q
    Ваучер на дополнительное образование|Қосымша білім беруге ваучер|Voucher for extracurricular education|q
    Психолог для ребёнка|Балаға арналған психолог|Psychologist for a child|q
    Обследование ребёнка в ПМПК|Баланы ПМПК-да тексеру|Psychological-medical-pedagogical assessment|q`),
    ]),
    C('Колледжи и областное образование|Колледждер және облыстық білім беру|Colleges and regional education', 'edu-region', [
      L(`Поступление в колледж|Колледжге түсу|Admission to a college|q
    Госзаказ в колледже|Колледждегі мемлекеттік білім беру тапсырысы|State-funded college places|q
    Стипендия в колледже|Колледждегі стипендия|College grant|q
    Общежитие колледжа|Колледж жатақханасы|College hostel|q
    Поборы в колледже|Колледждегі заңсыз ақша жинау|Illegal fees at a college|m5
    Зарплата учителей|Мұғалімдердің жалақысы|Teachers' salaries|q
    Признание иностранного диплома|Шетелдік дипломды тану|Recognition of a foreign diploma|q`),
    ]),
  ]),

  S('Занятость и трудовые отношения|Жұмыспен қамту және еңбек қатынастары|Employment and labour', [
    C('Поиск работы|Жұмыс іздеу|Job seeking', 'employment-centre', [
      L(`Регистрация в качестве безработного|Жұмыссыз ретінде тіркеу|Registering as unemployed|q
    Трудоустройство людей с инвалидностью|Мүмкіндігі шектеулі адамдарды жұмысқа орналастыру|Jobs for people with disabilities|q
    Молодёжная практика|Жастар практикасы|Youth internship programme|q
    Общественные работы|Қоғамдық жұмыстар|Public works|q
    Социальные рабочие места|Әлеуметтік жұмыс орындары|Subsidised jobs|q
    Пособие по безработице|Жұмыссыздық бойынша жәрдемақы|Unemployment benefit|q
    Переезд по программе переселения|Көшіп-қону бағдарламасы бойынша көшу|Relocating under the resettlement programme|q
    Получение гранта на открытие бизнеса|Бизнес ашуға грант алу|Business start-up grant|q
    Бесплатное обучение профессии|Мамандыққа тегін оқыту|Free vocational training|q
    Отказ в регистрации безработным|Жұмыссыз ретінде тіркеуден бас тарту|Refused registration as unemployed|m10
    Грубость сотрудника центра занятости|Жұмыспен қамту орталығы қызметкерінің дөрекілігі|Rude employment centre staff|m5`),
    ]),
    C('Трудовые права|Еңбек құқықтары|Labour rights', 'labour-inspection', [
      G(`Невыплата|{o} төленбеуі|Unpaid {o}|h3
    Задержка выплаты|{o} кешіктіріліп төленуі|Late payment of {o}|m10`, `
    заработной платы|жалақының|wages
    отпускных|демалыс ақысының|holiday pay
    расчёта при увольнении|жұмыстан шыққандағы есеп айырысудың|final pay on dismissal
    сверхурочных|үстеме жұмыс ақысының|overtime pay
    пособия по временной нетрудоспособности|уақытша еңбекке жарамсыздық жәрдемақысының|sick pay`),
      L(`Увольнение без оснований|Негізсіз жұмыстан шығару|Dismissal without grounds|m10
    Работа без трудового договора|Еңбек шартынсыз жұмыс|Working without an employment contract|m10
    Несчастный случай на производстве|Өндірістегі жазатайым оқиға|Workplace accident|h24
    Нарушение техники безопасности|Қауіпсіздік техникасын бұзу|Safety violations at work|h3
    Принуждение к увольнению по собственному желанию|Өз еркімен жұмыстан шығуға мәжбүрлеу|Forced resignation|m10
    Отказ в отпуске по уходу за ребёнком|Бала күтіміне байланысты демалыстан бас тарту|Refused childcare leave|m10
    Работодатель не перечисляет пенсионные взносы|Жұмыс беруші зейнетақы жарналарын аудармайды|Employer not paying pension contributions|m10
    Дискриминация при приёме на работу|Жұмысқа қабылдаудағы кемсітушілік|Discrimination in hiring|m10`),
    ]),
    C('Программы занятости|Жұмыспен қамту бағдарламалары|Employment programmes', 'ozsp', [
      L(`Программа «С дипломом — в село»|«Дипломмен — ауылға» бағдарламасы|"With a diploma to the village" programme|q
    Микрокредиты для бизнеса|Бизнеске арналған шағын несиелер|Microcredit for business|q
    Трудоустройство выпускников|Түлектерді жұмысқа орналастыру|Jobs for graduates|q
    Обучение предпринимательству «Бастау Бизнес»|«Бастау Бизнес» кәсіпкерлікке оқыту|Bastau Business entrepreneurship training|q
    Летняя занятость подростков|Жасөспірімдердің жазғы жұмыспен қамтылуы|Summer jobs for teenagers|q|youth-centre
    Кандасы: адаптация и трудоустройство|Қандастар: бейімделу және жұмысқа орналастыру|Kandas returnees: adaptation and jobs|q`),
    ]),
  ]),

  S('Социальная защита|Әлеуметтік қорғау|Social protection', [
    C('Социальная помощь и пособия|Әлеуметтік көмек және жәрдемақылар|Social assistance and allowances', 'ozsp', [
      G(`Назначение|{oa} тағайындау|Granting {o}|q
    Отказ в назначении|{oa} тағайындаудан бас тарту|Refusal to grant {o}|m10
    Задержка выплаты|{oa} төлеудің кешіктірілуі|Delayed payment of {o}|m10`, `
    адресной социальной помощи|атаулы әлеуметтік көмек|targeted social assistance
    жилищной помощи|тұрғын үй көмегі|housing assistance||тұрғын үй көмегін
    пособия многодетным семьям|көп балалы отбасыларға жәрдемақы|large family allowance
    пособия на рождение ребёнка|бала тууына байланысты жәрдемақы|childbirth allowance
    пособия по уходу за ребёнком до 1,5 лет|бір жарым жасқа дейінгі бала күтіміне жәрдемақы|childcare allowance up to 18 months
    пособия по инвалидности|мүгедектігі бойынша жәрдемақы|disability allowance
    пособия по потере кормильца|асыраушысынан айырылу жағдайы бойынша жәрдемақы|survivor's allowance
    пособия лицу, ухаживающему за человеком с инвалидностью|мүгедектігі бар адамды күтушіге жәрдемақы|carer's allowance
    единовременной помощи к праздникам|мерекелерге біржолғы көмек|one-off holiday support
    помощи на оплату коммунальных услуг|коммуналдық қызметтерге ақы төлеуге көмек|help with utility bills
    выплаты матерям «Алтын алқа»|«Алтын алқа» иегер аналарға төлем|Altyn Alka mothers' payment`),
    ]),
    C('Люди с инвалидностью|Мүгедектігі бар адамдар|People with disabilities', 'ozsp', [
      G(`Предоставление|{oa} беру|Provision of {o}|q
    Задержка предоставления|{oa} беруді кешіктіру|Delay in providing {o}|m10`, `
    инвалидной коляски|мүгедектер арбасы|a wheelchair||мүгедектер арбасын
    слухового аппарата|есту аппараты|a hearing aid||есту аппаратын
    протезно-ортопедических изделий|протездік-ортопедиялық бұйымдар|prosthetic and orthopaedic devices||протездік-ортопедиялық бұйымдарды
    услуг индивидуального помощника|жеке көмекші қызметі|a personal assistant||жеке көмекші қызметін
    услуг сурдопереводчика|ымдау тілі аудармашысының қызметі|a sign language interpreter||ымдау тілі аудармашысының қызметін
    санаторно-курортного лечения|санаторий-курорттық емдеу|sanatorium treatment||санаторий-курорттық емдеуді
    социального такси|әлеуметтік такси|a social taxi service||әлеуметтік такси қызметін
    тифлотехнических средств|тифлотехникалық құралдар|aids for the visually impaired||тифлотехникалық құралдарды
    подгузников и средств гигиены|жөргектер мен гигиена құралдары|nappies and hygiene products||жөргектер мен гигиена құралдарын`),
      L(`Установление инвалидности (МСЭ)|Мүгедектікті белгілеу (МӘС)|Disability assessment|q
    Индивидуальная программа реабилитации|Оңалтудың жеке бағдарламасы|Individual rehabilitation plan|q
    Пандус у дома для колясочника|Арбамен жүретін адамға үй жанындағы пандус|Ramp at home for a wheelchair user|m10
    Здания недоступны для маломобильных|Ғимараттар мүмкіндігі шектеулі адамдарға қолжетімсіз|Inaccessible buildings|m10
    Надомное обслуживание одиноких пожилых|Жалғызбасты қарттарға үйде қызмет көрсету|Home care for lonely elderly people|h3|social-centre
    Устройство в дом престарелых|Қарттар үйіне орналастыру|Placement in a care home|q|social-centre
    Реабилитационный центр для детей|Балаларға арналған оңалту орталығы|Children's rehabilitation centre|q|social-centre`),
    ]),
    C('Семьи, дети и пожилые|Отбасылар, балалар және қарттар|Families, children and the elderly', 'ozsp', [
      L(`Статус многодетной семьи|Көп балалы отбасы мәртебесі|Large family status|q
    Помощь семье в трудной ситуации|Қиын жағдайдағы отбасына көмек|Help for a family in difficulty|h3
    Бездомный человек на улице|Көшедегі баспанасыз адам|Homeless person in the street|h24|social-centre
    Ночлежка для бездомных|Баспанасыздарға арналған түнеу орны|Shelter for homeless people|q|social-centre
    Опека и попечительство|Қорғаншылық және қамқоршылық|Guardianship|q|edu
    Усыновление ребёнка|Баланы асырап алу|Adopting a child|q|edu
    Не выплачиваются алименты|Алимент төленбейді|Child support not paid|m10
    Бытовое насилие в семье|Отбасындағы тұрмыстық зорлық-зомбылық|Domestic violence|c4|police
    Ребёнок без присмотра|Қараусыз қалған бала|Unsupervised child|h24|police
    Льготы участникам боевых действий|Ұрыс қимылдарына қатысушыларға жеңілдіктер|Benefits for combat veterans|q
    Назначение пенсии по возрасту|Жасына байланысты зейнетақы тағайындау|Old-age pension|q|con
    Перерасчёт пенсии|Зейнетақыны қайта есептеу|Pension recalculation|q|con
    Социальные выплаты из ГФСС|МӘСҚ-тан әлеуметтік төлемдер|Payments from the State Social Insurance Fund|q|con`),
    ]),
  ]),

  S('Земля, строительство и архитектура|Жер, құрылыс және сәулет|Land, construction and architecture', [
    C('Земельные отношения|Жер қатынастары|Land relations', 'ozo', [
      G(`Предоставление|{oa} беру|Allocation of {o}|q
    Оформление|{oa} ресімдеу|Registration of {o}|q`, `
    земельного участка под ИЖС|жеке тұрғын үй құрылысына жер учаскесі|a plot for private housing||жеке тұрғын үй құрылысына жер учаскесін
    земельного участка под бизнес|бизнеске арналған жер учаскесі|a plot for business||бизнеске арналған жер учаскесін
    участка под огород|бақша учаскесі|a vegetable garden plot||бақша учаскесін
    дачного участка|саяжай учаскесі|a dacha plot||саяжай учаскесін
    участка под гараж|гаражға арналған учаске|a garage plot||гаражға арналған учаскені`),
      L(`Очередь на земельный участок|Жер учаскесіне кезек|Waiting list for a land plot|q
    Изменение целевого назначения участка|Учаскенің нысаналы мақсатын өзгерту|Changing a plot's designated use|q
    Самозахват земли|Жерді өз бетімен басып алу|Illegal land seizure|m10
    Изъятие участка для государственных нужд|Учаскені мемлекет мұқтажы үшін алып қою|Expropriation of a plot for public needs|q
    Спор с соседом о границе участка|Учаске шекарасы туралы көршімен дау|Boundary dispute with a neighbour|q
    Аренда земли|Жерді жалға алу|Leasing land|q
    Земельный налог|Жер салығы|Land tax|q|tax
    Идентификационный документ на участок|Учаскеге сәйкестендіру құжаты|Land plot identification document|q|con`),
    ]),
    C('Архитектура и градостроительство|Сәулет және қала құрылысы|Architecture and urban planning', 'oas', [
      L(`Получение разрешения на строительство|Құрылысқа рұқсат алу|Building permit|q
    Архитектурно-планировочное задание (АПЗ)|Сәулет-жоспарлау тапсырмасы (СЖТ)|Planning brief (APZ)|q|apb
    Топографическая съёмка|Топографиялық түсірілім|Topographic survey|q|apb
    Генеральный план города|Қаланың бас жоспары|City master plan|q
    Уведомление о начале строительства|Құрылыстың басталғаны туралы хабарлама|Notice of construction start|q
    Ввод объекта в эксплуатацию|Объектіні пайдалануға беру|Commissioning a building|q
    Узаконение самовольной постройки|Өз бетімен салынған құрылысты заңдастыру|Legalising an unauthorised building|q
    Реконструкция частного дома|Жеке үйді қайта жаңарту|Rebuilding a private house|q
    Наружная реклама без разрешения|Рұқсатсыз сыртқы жарнама|Outdoor advertising without a permit|m10
    Присвоение адреса объекту|Объектіге мекенжай беру|Assigning an address|q
    Переименование улицы|Көшені қайта атау|Renaming a street|q|okrya`),
    ]),
    C('Строительство|Құрылыс|Construction', 'ostr', [
      L(`Самовольное строительство|Өз бетімен құрылыс салу|Unauthorised construction|m10
    Стройка ведётся ночью|Құрылыс түнде жүргізіледі|Construction work at night|m5
    Не огорожена стройплощадка|Құрылыс алаңы қоршалмаған|Building site not fenced|h24
    Брошенная стройка|Тасталған құрылыс|Abandoned construction site|m10
    Строительство вплотную к дому|Үйге тым жақын құрылыс|Construction right next to a building|m10
    Кран над детской площадкой|Балалар алаңының үстіндегі кран|Crane over a playground|h24
    Долгострой|Ұзаққа созылған құрылыс|Long-stalled construction|m10
    Обманутые дольщики|Алданған үлескерлер|Defrauded shared-equity buyers|m10
    Качество новостройки|Жаңа үйдің сапасы|Quality of a new building|m10
    Гарантийный ремонт новостройки|Жаңа үйді кепілдік бойынша жөндеу|Warranty repairs in a new building|m10
    Строительство дороги в новом микрорайоне|Жаңа шағын аудандағы жол құрылысы|Road construction in a new microdistrict|q
    Строительный мусор от стройки|Құрылыс алаңынан шыққан қоқыс|Rubbish from a building site|m5`),
    ]),
  ]),

  S('Электронное правительство и госуслуги|Электрондық үкімет және мемлекеттік қызметтер|E-government and public services', [
    C('Справки через eGov и ЦОН|eGov және ХҚКО арқылы анықтамалар|Certificates via eGov and public service centres', 'con', [
      G(`Получение|{oa} алу|Obtaining {o}|q
    Ошибка при получении|{oa} алу кезіндегі қате|Error obtaining {o}|h3
    Отказ в выдаче|{oa} беруден бас тарту|Refusal to issue {o}|m10`, `
    справки о несудимости|соттылығы жоқ екені туралы анықтама|a certificate of no criminal record
    адресной справки|мекенжай анықтамасы|an address certificate||мекенжай анықтамасын
    справки о наличии недвижимости|жылжымайтын мүлік бар екені туралы анықтама|a property ownership certificate
    справки об отсутствии недвижимости|жылжымайтын мүліктің жоқ екені туралы анықтама|a certificate of owning no property
    справки о пенсионных отчислениях|зейнетақы аударымдары туралы анықтама|a pension contributions statement
    справки о составе семьи|отбасы құрамы туралы анықтама|a family composition certificate
    справки о регистрации брака|неке тіркеу туралы анықтама|a marriage registration certificate
    справки о рождении|туу туралы анықтама|a birth certificate extract
    справки о зарегистрированном юрлице|тіркелген заңды тұлға туралы анықтама|a company registration certificate
    справки с места жительства|тұрғылықты жерінен анықтама|a certificate of residence
    справки об отсутствии налоговой задолженности|салық берешегінің жоқ екені туралы анықтама|a tax clearance certificate
    справки из психоневрологического диспансера|психоневрологиялық диспансерден анықтама|a psychiatric clinic certificate
    справки из наркологического диспансера|наркологиялық диспансерден анықтама|a drug clinic certificate`, { syn: 'справка, анықтама, ЦОН, ХҚКО, eGov' }),
    ]),
    C('Документы|Құжаттар|Documents', 'con', [
      G(`Оформление|{oa} ресімдеу|Applying for {o}|q
    Задержка выдачи|{oa} беруді кешіктіру|Delay in issuing {o}|m10`, `
    удостоверения личности|жеке куәлік|an ID card||жеке куәлікті
    паспорта|паспорт|a passport||паспортты
    водительского удостоверения|жүргізуші куәлігі|a driving licence||жүргізуші куәлігін
    регистрации транспортного средства|көлік құралын тіркеу|vehicle registration||көлік құралын тіркеуді
    свидетельства о рождении|туу туралы куәлік|a birth certificate||туу туралы куәлікті
    свидетельства о браке|неке туралы куәлік|a marriage certificate||неке туралы куәлікті
    свидетельства о смерти|қайтыс болу туралы куәлік|a death certificate||қайтыс болу туралы куәлікті
    регистрации по месту жительства|тұрғылықты жері бойынша тіркеу|residence registration||тұрғылықты жері бойынша тіркеуді
    техпаспорта на недвижимость|жылжымайтын мүліктің техникалық паспорты|a property technical passport||жылжымайтын мүліктің техникалық паспортын
    регистрации прав на недвижимость|жылжымайтын мүлікке құқықтарды тіркеу|registration of property rights||жылжымайтын мүлікке құқықтарды тіркеуді`),
      L(`Электронная очередь в ЦОН|ХҚКО-дағы электрондық кезек|Electronic queue at a public service centre|q
    Долгая очередь в ЦОН|ХҚКО-дағы ұзын кезек|Long queue at a public service centre|m5
    Грубость сотрудника ЦОН|ХҚКО қызметкерінің дөрекілігі|Rude public service centre staff|m5
    Документы утеряны в ЦОН|ХҚКО-да құжаттар жоғалды|Documents lost at a public service centre|h3
    Нарушен срок оказания госуслуги|Мемлекеттік қызмет көрсету мерзімі бұзылды|Public service deadline missed|m10
    Режим работы ЦОН|ХҚКО-ның жұмыс режимі|Public service centre opening hours|q
    Выездное обслуживание на дому|Үйге барып қызмет көрсету|Home visit by a public service centre|h3
    Смена фамилии|Тегін өзгерту|Changing one's surname|q
    Восстановление утерянных документов|Жоғалған құжаттарды қалпына келтіру|Replacing lost documents|q`),
    ]),
    C('Портал eGov и ЭЦП|eGov порталы және ЭЦҚ|eGov portal and digital signature', 'con', [
      L(`Получение ЭЦП|ЭЦҚ алу|Obtaining a digital signature (EDS)|q
    Перевыпуск ЭЦП|ЭЦҚ-ны қайта шығару|Reissuing a digital signature|q
    ЭЦП не работает на портале|Порталда ЭЦҚ жұмыс істемейді|Digital signature not working on the portal|h3
    Отзыв ЭЦП|ЭЦҚ-ны кері қайтарып алу|Revoking a digital signature|m5
    NCALayer не запускается|NCALayer іске қосылмайды|NCALayer will not start|h3
    Не приходит SMS-код от eGov|eGov-тан SMS-код келмейді|eGov SMS code not arriving|h3
    Восстановление пароля на eGov|eGov-та құпиясөзді қалпына келтіру|eGov password recovery|q
    Портал eGov недоступен|eGov порталы қолжетімсіз|eGov portal unavailable|h3
    Ошибка при подаче заявки на портале|Порталда өтінім беру кезіндегі қате|Error submitting an application on the portal|h3
    Ошибка в персональных данных в базе|Базадағы дербес деректердегі қате|Error in personal data in the database|m10
    Не работает приложение eGov Mobile|eGov Mobile қосымшасы жұмыс істемейді|eGov Mobile app not working|h3
    Оплата госпошлины онлайн|Мемлекеттік бажды онлайн төлеу|Paying state duty online|q
    Запись в ЦОН через eGov|eGov арқылы ХҚКО-ға жазылу|Booking a public service centre visit via eGov|q`, { syn: 'ЭЦП, ЭЦҚ, eGov, егов, NCALayer' }),
    ]),
    C('Связь и почта|Байланыс және пошта|Telecoms and post', 'kazakhtelecom', [
      L(`Нет интернета|Интернет жоқ|No internet|h24
    Низкая скорость интернета|Интернет жылдамдығы төмен|Slow internet|m5
    Не работает домашний телефон|Үй телефоны жұмыс істемейді|Landline not working|m5
    Подключение интернета в частном секторе|Жеке секторға интернет қосу|Internet connection in the private housing area|q
    Неверный счёт за связь|Байланыс үшін қате шот|Wrong telecom bill|m10
    Оборван кабель связи|Байланыс кабелі үзілген|Telecom cable cut|h24
    Плохая мобильная связь в микрорайоне|Шағын аудандағы ұялы байланыс нашар|Poor mobile coverage in a microdistrict|m10
    Не доставлена посылка|Сәлемдеме жеткізілмеді|Parcel not delivered|m5|kazpost
    Пенсию не доставили на дом|Зейнетақы үйге жеткізілмеді|Pension not delivered to the home|h3|kazpost
    Очередь в отделении почты|Пошта бөлімшесіндегі кезек|Queue at a post office|m5|kazpost
    Не доставлено письмо или газета|Хат немесе газет жеткізілмеді|Letter or newspaper not delivered|l10|kazpost`),
    ]),
    C('Налоги|Салықтар|Taxes', 'tax', [
      L(`Налог на имущество физических лиц|Жеке тұлғалардың мүлік салығы|Personal property tax|q
    Транспортный налог|Көлік салығы|Vehicle tax|q
    Неверное начисление налога|Салықтың қате есептелуі|Wrong tax assessment|m10
    Налоговая задолженность|Салық берешегі|Tax arrears|q
    Арест счёта за налоговый долг|Салық қарызы үшін шотқа тыйым салу|Account frozen for tax debt|m5
    Регистрация ИП|ЖК тіркеу|Registering as a sole trader|q
    Закрытие ИП|ЖК-ны жабу|Closing a sole trader business|q`),
    ]),
  ]),

  S('Общественный порядок и животные|Қоғамдық тәртіп және жануарлар|Public order and animals', [
    C('Безнадзорные животные|Қараусыз жануарлар|Stray animals', 'vetstation', [
      G(`Стая бездомных собак|қаңғыбас иттер үйірі|Pack of stray dogs {o}|h24
    Агрессивная собака|агрессивті ит|Aggressive dog {o}|h24`, `
    во дворе|аулада|in a yard
    у школы|мектеп жанында|near a school
    у детского сада|балабақша жанында|near a kindergarten
    на остановке|аялдамада|at a bus stop
    в парке|саябақта|in the park
    у рынка|базар жанында|near the market
    в частном секторе|жеке секторда|in the private housing area`, { syn: 'бродячие собаки, собаки, қаңғыбас иттер, иттер' }),
      L(`Собака напала на ребёнка|Ит балаға шабуыл жасады|Dog attack on a child|c1
    Отлов безнадзорной собаки|Қараусыз итті аулау|Catching a stray dog|h24
    Труп животного на улице|Көшедегі жануардың өлекшесі|Dead animal in the street|h24
    Бездомные кошки в подвале|Жертөледегі қаңғыбас мысықтар|Stray cats in a basement|m10
    Жестокое обращение с животными|Жануарларға қатыгездік|Animal cruelty|h24|police
    Приют для животных|Жануарларға арналған баспана|Animal shelter|q
    Стерилизация бездомных животных|Қаңғыбас жануарларды зарарсыздандыру|Sterilising stray animals|q
    Собака на привязи воет круглые сутки|Байлаулы ит тәулік бойы ұлиды|Chained dog howling day and night|m10`),
    ]),
    C('Домашние и сельскохозяйственные животные|Үй және ауыл шаруашылығы жануарлары|Pets and livestock', 'ovet', [
      L(`Регистрация собаки|Итті тіркеу|Registering a dog|q
    Чипирование животных|Жануарларды чиптеу|Microchipping animals|q
    Вакцинация от бешенства|Құтыруға қарсы екпе|Rabies vaccination|q|vetstation
    Выгул собак на детской площадке|Иттерді балалар алаңында серуендету|Dogs walked on a playground|m10|police
    Выгул собак без намордника|Иттерді тұмылдырықсыз серуендету|Dogs walked without a muzzle|m10|police
    Скот в черте города|Қала шегіндегі мал|Livestock within city limits|m10
    Выпас скота на улицах|Көшеде мал жаю|Livestock grazing in the streets|m10
    Получение ветеринарной справки|Ветеринариялық анықтама алу|Obtaining a veterinary certificate|q
    Падёж скота|Малдың қырылуы|Livestock deaths|h24`),
    ]),
    C('Общественный порядок|Қоғамдық тәртіп|Public order', 'police', [
      G(`Шум|шу|Noise {o}|m5
    Распитие алкоголя|алкоголь ішу|Drinking alcohol {o}|m5
    Драка|төбелес|Fight {o}|c1`, `
    во дворе|аулада|in a yard
    в подъезде|кіреберісте|in an entrance
    в парке|саябақта|in the park
    у магазина|дүкен жанында|by a shop
    на детской площадке|балалар алаңында|on a playground
    у школы|мектеп жанында|near a school`),
      L(`Шум от соседей ночью|Түнде көршілерден шу|Noise from neighbours at night|m5
    Пиротехника и петарды ночью|Түнде пиротехника мен петардалар|Fireworks and firecrackers at night|m5
    Подозрительные лица у дома|Үй жанындағы күдікті адамдар|Suspicious people near the house|h24
    Продажа алкоголя несовершеннолетним|Кәмелетке толмағандарға алкоголь сату|Alcohol sold to minors|h3
    Продажа вейпов подросткам|Жасөспірімдерге вейп сату|Vapes sold to teenagers|h3
    Реклама наркотиков на стенах|Қабырғалардағы есірткі жарнамасы|Drug adverts painted on walls|m5
    Установка видеонаблюдения во дворе|Аулаға бейнебақылау орнату|Installing CCTV in a yard|q
    Попрошайничество|Қайыршылық|Begging|m10|social-centre
    Работа участкового инспектора|Учаскелік инспектордың жұмысы|Work of the local police officer|m10
    Мошенничество по телефону|Телефон арқылы алаяқтық|Phone fraud|h3`),
    ]),
    C('Чрезвычайные ситуации|Төтенше жағдайлар|Emergencies', 'dchs', [
      L(`Пожар|Өрт|Fire|c1
    Горит сухая трава|Құрғақ шөп жанып жатыр|Dry grass on fire|c1
    Угроза паводка|Су тасқыны қаупі|Flood threat|c4
    Тонкий лёд на реке|Өзендегі жұқа мұз|Thin ice on the river|h24
    Неисправный пожарный гидрант|Ақаулы өрт гидранты|Faulty fire hydrant|m10
    Загромождён пожарный проезд|Өрт сөндіру көлігінің жолы бөгелген|Fire lane blocked|h24
    Не работает сирена оповещения|Хабарлау сиренасы жұмыс істемейді|Warning siren not working|m10
    Купание в запрещённых местах|Тыйым салынған жерлерде шомылу|Swimming in prohibited places|h24
    Эвакуация при ЧС|ТЖ кезіндегі эвакуация|Emergency evacuation|c4`),
    ]),
    C('Обращения к акиму и госорганам|Әкімге және мемлекеттік органдарға өтініштер|Appeals to the mayor and public bodies', 'akimat', [
      L(`Личный приём акима города|Қала әкімінің жеке қабылдауы|Appointment with the city mayor|q
    Приём заместителя акима|Әкім орынбасарының қабылдауы|Appointment with a deputy mayor|q
    Не получен ответ на обращение|Өтінішке жауап алынбады|No reply to an appeal|m10
    Несогласие с ответом на обращение|Өтініштің жауабымен келіспеу|Disagreement with a reply|m10
    Предложение по развитию города|Қаланы дамыту бойынша ұсыныс|Suggestion for city development|q
    Благодарность сотрудникам акимата|Әкімдік қызметкерлеріне алғыс|Thanks to akimat staff|q
    Коррупция чиновника|Шенеуніктің сыбайлас жемқорлығы|Corruption by an official|h3
    Бюджет народного участия|Халықтық қатысу бюджеті|Participatory budget|q|oebp
    Расходы городского бюджета|Қала бюджетінің шығыстары|City budget spending|q|ofin
    Госзакупки акимата|Әкімдіктің мемлекеттік сатып алулары|Akimat public procurement|q|ofin
    Уведомление о проведении митинга|Митинг өткізу туралы хабарлама|Notification of a rally|q|ovp
    Выборы и участковые комиссии|Сайлау және учаскелік комиссиялар|Elections and polling station commissions|q|ovp`),
    ]),
  ]),

  S('Предпринимательство и торговля|Кәсіпкерлік және сауда|Business and trade', [
    C('Защита прав потребителей|Тұтынушылардың құқықтарын қорғау|Consumer protection', 'consumer', [
      G(`Продажа некачественного товара|сапасыз тауар сату|Poor-quality goods sold {o}|m10
    Обвес и обсчёт|салмақтан және есептен алдау|Short weight and overcharging {o}|m10
    Отказ вернуть деньги|ақшаны қайтарудан бас тарту|Refund refused {o}|m10`, `
    в магазине|дүкенде|in a shop
    на рынке|базарда|at the market
    в интернет-магазине|интернет-дүкенде|in an online shop
    в аптеке|дәріханада|at a pharmacy
    на автозаправке|жанармай құю бекетінде|at a petrol station`),
      L(`Просроченные продукты в магазине|Дүкендегі мерзімі өткен азық-түлік|Expired food in a shop|m10
    Нет ценников на товарах|Тауарларда баға белгілері жоқ|No price tags on goods|m10
    Отказ принять оплату картой|Картамен төлемді қабылдаудан бас тарту|Card payment refused|m10
    Некачественная услуга|Сапасыз қызмет|Poor-quality service|m10
    Гарантийный ремонт техники|Техниканы кепілдік бойынша жөндеу|Warranty repair of appliances|m10
    Рост цен на социально значимые продукты|Әлеуметтік маңызы бар азық-түлік бағасының өсуі|Price rises for essential foods|m10|opp
    Цены на бензин и газ|Бензин мен газ бағасы|Petrol and gas prices|q
    Навязывание страховки|Сақтандыруды мәжбүрлеп таңу|Insurance imposed on customers|m10`),
    ]),
    C('Торговые места и рынки|Сауда орындары мен базарлар|Street trading and markets', 'opp', [
      L(`Стихийная торговля у дороги|Жол бойындағы стихиялық сауда|Unlicensed street trading by the road|m5
    Стихийная торговля у остановки|Аялдама жанындағы стихиялық сауда|Unlicensed trading at a bus stop|m5
    Незаконный киоск|Заңсыз дүңгіршек|Illegal kiosk|m10
    Продажа алкоголя ночью|Түнде алкоголь сату|Night-time alcohol sales|m5|police
    Ярмарка выходного дня|Демалыс күнгі жәрмеңке|Weekend fair|q
    Санитарное состояние рынка|Базардың санитариялық жай-күйі|Sanitary condition of a market|m10|sanepid
    Летнее кафе без разрешения|Рұқсатсыз жазғы кафе|Summer cafe without a permit|m10
    Шум от развлекательного заведения|Ойын-сауық мекемесінен шыққан шу|Noise from an entertainment venue|m5|police
    Режим работы торговых объектов|Сауда объектілерінің жұмыс режимі|Opening hours of shops|q`),
    ]),
    C('Поддержка предпринимательства|Кәсіпкерлікті қолдау|Support for entrepreneurs', 'opp', [
      L(`Льготное кредитование бизнеса|Бизнесті жеңілдікпен несиелеу|Concession loans for business|q
    Программа «Дорожная карта бизнеса»|«Бизнестің жол картасы» бағдарламасы|Business Roadmap programme|q
    Гранты для молодых предпринимателей|Жас кәсіпкерлерге гранттар|Grants for young entrepreneurs|q
    Субсидирование процентной ставки|Пайыздық мөлшерлемені субсидиялау|Interest rate subsidies|q
    Проверки бизнеса|Бизнесті тексеру|Inspections of businesses|q
    Административные барьеры для бизнеса|Бизнеске әкімшілік кедергілер|Red tape for business|m10
    Получение лицензии|Лицензия алу|Obtaining a licence|q
    Аренда госимущества для бизнеса|Бизнеске мемлекеттік мүлікті жалға алу|Renting state property for business|q|ofin
    Субсидии фермерам|Фермерлерге субсидиялар|Subsidies for farmers|q
    Центр обслуживания предпринимателей|Кәсіпкерлерге қызмет көрсету орталығы|Business service centre|q
    Разрешения для общепита|Қоғамдық тамақтануға рұқсаттар|Catering permits|q`),
    ]),
  ]),

  S('Культура, спорт и молодёжь|Мәдениет, спорт және жастар|Culture, sport and youth', [
    C('Культура|Мәдениет|Culture', 'okrya', [
      L(`Афиша городских мероприятий|Қалалық іс-шаралардың афишасы|City events listings|q|dk
    Кружки в доме культуры|Мәдениет үйіндегі үйірмелер|Clubs at the House of Culture|q|dk
    Аренда зала в доме культуры|Мәдениет үйіндегі залды жалға алу|Renting a hall at the House of Culture|q|dk
    Шум от концерта|Концерттен шыққан шу|Noise from a concert|m5|dk
    Запись в библиотеку|Кітапханаға жазылу|Joining the library|q|library
    Режим работы библиотеки|Кітапхананың жұмыс режимі|Library opening hours|q|library
    Нет нужной книги в библиотеке|Кітапханада қажетті кітап жоқ|Book not available at the library|l10|library
    Ремонт здания библиотеки|Кітапхана ғимаратын жөндеу|Library building repair|q|library
    Памятник в плохом состоянии|Ескерткіштің жай-күйі нашар|Monument in poor condition|m10
    Вандализм на памятнике|Ескерткіштегі вандализм|Vandalism on a monument|m5
    Курсы государственного языка|Мемлекеттік тіл курстары|State language courses|q
    Вывески не на государственном языке|Мемлекеттік тілде емес маңдайшалар|Signs not in the state language|m10
    Ошибки в вывесках на казахском языке|Қазақ тіліндегі маңдайшалардағы қателер|Errors in Kazakh-language signs|m10
    Режим работы музея|Мұражайдың жұмыс режимі|Museum opening hours|q`),
    ]),
    C('Спорт|Спорт|Sport', 'ofks', [
      G(`${DAMAGED}|m10
    ${NEEDS_REPAIR}|m10`, `
    футбольное поле|футбол алаңы|football pitch|n
    хоккейная коробка|хоккей алаңы|ice hockey rink|f
    воркаут-площадка|воркаут алаңы|street workout area|f
    беговая дорожка стадиона|стадионның жүгіру жолы|stadium running track|f
    баскетбольная площадка|баскетбол алаңы|basketball court|f`, { ex: 'sportcomplex' }),
      L(`Заливка катка|Мұз айдынын құю|Flooding an ice rink|m10|sportcomplex
    Бесплатные спортивные секции для детей|Балаларға арналған тегін спорт секциялары|Free children's sports sections|q
    Аренда спортзала|Спорт залын жалға алу|Renting a sports hall|q|sportcomplex
    Режим работы бассейна|Бассейннің жұмыс режимі|Swimming pool opening hours|q|sportcomplex
    Городские соревнования|Қалалық жарыстар|City competitions|q
    Строительство спортплощадки во дворе|Аулаға спорт алаңын салу|Building a sports ground in a yard|q
    Спортивный ваучер|Спорт ваучері|Sports voucher|q
    Лыжная трасса|Шаңғы трассасы|Ski track|q|sportcomplex`),
    ]),
    C('Молодёжная политика|Жастар саясаты|Youth policy', 'youth-centre', [
      L(`Волонтёрство|Волонтерлік|Volunteering|q
    Молодёжные проекты и гранты|Жастар жобалары мен гранттары|Youth projects and grants|q
    Досуг подростков|Жасөспірімдердің бос уақыты|Teenagers' leisure|q
    Профориентация молодёжи|Жастарды кәсіби бағдарлау|Career guidance for young people|q
    Жильё для молодёжи|Жастарға арналған тұрғын үй|Housing for young people|q|ozho
    Психологическая помощь подросткам|Жасөспірімдерге психологиялық көмек|Psychological help for teenagers|h3
    Мероприятия молодёжного ресурсного центра|Жастар ресурстық орталығының іс-шаралары|Youth Resource Centre events|q`),
    ]),
  ]),
];

// ---------------------------------------------------------------------------
// Composition

const GENDERS = ['m', 'f', 'n', 'p'] as const;
type Gender = (typeof GENDERS)[number];

type Obj = { ru: string; kk: string; en: string; gender: Gender; kkAcc?: string };
type Line = { ru: string; kk: string; en: string; sev: Sev; ex?: string };

function fields(line: string, min: number): string[] {
  const f = line.split('|');
  if (f.length < min || f.slice(0, min).some((x) => x.trim() === '')) throw new Error(`demo catalogue: bad line "${line}"`);
  return f;
}

function parseLine(line: string): Line {
  const [ru = '', kk = '', en = '', sev = '', ex] = fields(line, 4);
  if (!(sev in SEV)) throw new Error(`demo catalogue: unknown severity in "${line}"`);
  const parsed: Line = { ru, kk, en, sev: sev as Sev };
  if (ex) parsed.ex = ex;
  return parsed;
}

function parseObj(line: string): Obj {
  const [ru = '', kk = '', en = '', g = '', kkAcc] = fields(line, 3);
  const gender: Gender = g === '' ? 'm' : (GENDERS.find((x) => x === g) ?? 'm');
  if (g !== '' && !GENDERS.some((x) => x === g)) throw new Error(`demo catalogue: bad gender in "${line}"`);
  return kkAcc ? { ru, kk, en, gender, kkAcc } : { ru, kk, en, gender };
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Russian agreement: "{ён/ена/ено/ены}" → the form for the gender (m/f/n/p). */
function agree(s: string, gender: Gender): string {
  const i = GENDERS.indexOf(gender);
  return s.replace(/\{([^{}]*\/[^{}]*)\}/g, (_m, forms: string) => forms.split('/')[i] ?? '');
}

function compose(p: Line, o: Obj): Localized {
  const ru = p.ru.includes('{o}') ? p.ru.replace('{o}', o.ru) : `${p.ru} ${o.ru}`;
  let kk: string;
  if (p.kk.includes('{oa}')) kk = p.kk.replace('{oa}', o.kkAcc ?? o.kk);
  else if (p.kk.includes('{o}')) kk = p.kk.replace('{o}', o.kk);
  else kk = `${o.kk} ${p.kk}`;
  const en = p.en.includes('{o}') ? p.en.replace('{o}', o.en) : `${o.en} ${p.en}`;
  return { ru: capitalise(agree(ru, o.gender)), kk: capitalise(kk), en: capitalise(agree(en, o.gender)) };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const synonyms = (s: string | undefined): string[] | undefined =>
  s
    ? s
        .split(',')
        .map((x) => x.trim())
        .filter((x) => x !== '')
    : undefined;

function splitName(n: string): Localized {
  const [ru = '', kk = '', en = ''] = fields(n, 3);
  return { ru, kk, en };
}

/** The whole classifier: spheres, categories, items; parents before children; deterministic. */
export function demoCatalogue(): DemoCatalogueNode[] {
  const nodes: DemoCatalogueNode[] = [];
  SPHERES.forEach((sphere, si) => {
    const sphereCode = `S${pad(si + 1, 2)}`;
    const sphereNode: DemoCatalogueNode = { code: sphereCode, level: 'sphere', name: splitName(sphere.n) };
    const sphereSyn = synonyms(sphere.syn);
    if (sphereSyn) sphereNode.synonyms = sphereSyn;
    nodes.push(sphereNode);

    sphere.c.forEach((cat, ci) => {
      const catCode = `${sphereCode}.C${pad(ci + 1, 2)}`;
      const catNode: DemoCatalogueNode = { code: catCode, level: 'category', parent: sphereCode, name: splitName(cat.n) };
      const catSyn = synonyms(cat.syn);
      if (catSyn) catNode.synonyms = catSyn;
      nodes.push(catNode);

      let n = 0;
      const push = (name: Localized, line: Line, group: Group) => {
        n++;
        const [criticality, deadline] = SEV[line.sev];
        const node: DemoCatalogueNode = {
          code: `${catCode}.I${pad(n, 3)}`,
          level: 'item',
          parent: catCode,
          name,
          criticality,
          deadline: { ...deadline },
          executor: line.ex ?? group.ex ?? cat.ex,
        };
        // An item with its own executor is not split by district.
        const by = line.ex ? undefined : (group.by ?? cat.by);
        if (by) node.executorByDistrict = { ...by };
        if (!line.ex && (group.house ?? cat.house)) node.routeToHouseManager = true;
        const syn = synonyms(group.syn);
        if (syn) node.synonyms = syn;
        nodes.push(node);
      };

      for (const group of cat.g) {
        if (group.l) for (const l of group.l) push(splitName(l), parseLine(l), group);
        if (group.p && group.o) {
          const objects = group.o.map(parseObj);
          for (const pl of group.p) {
            const p = parseLine(pl);
            for (const o of objects) push(compose(p, o), p, group);
          }
        }
      }
    });
  });
  return nodes;
}
