// Demo knowledge base: city life, housing and utilities — what to do first, how to report it
// through 109 or the portal, what to write and what to expect. Russian and Kazakh for every
// article, English for some; the last few are internal notes for the centre's operators.

import type { DemoKbArticle } from './types.ts';

export const CITY_ARTICLES: DemoKbArticle[] = [
  {
    key: 'lift-trapped',
    audience: 'public',
    tags: ['лифт', 'экстренно', 'дети'],
    items: ['S01.C05.I001', 'S01.C05.I002'],
    ru: {
      title: 'Застряли в лифте: что делать и куда звонить',
      body: `**Если в лифте застрял человек, особенно ребёнок или пожилой, — сначала звоните 112.** Это экстренная ситуация, её решают в первую очередь.

Тому, кто в кабине:
1. Нажмите **кнопку связи с диспетчером** (значок колокольчика или трубки) и назовите адрес и подъезд.
2. Не раздвигайте двери и не пытайтесь выбраться сами, даже если кабина стоит почти вровень с этажом.
3. Сохраняйте спокойствие: воздуха в кабине достаточно, она не упадёт.

Тем, кто снаружи:
- позвоните **112** или **109**, назовите точный адрес, подъезд, этаж и сколько человек в кабине;
- не открывайте двери шахты, дождитесь лифтёра или спасателей.

Оператор 109 сразу передаёт вызов аварийной лифтовой службе: такие обращения отрабатываются в течение часа. Если кнопка связи в кабине не отвечала, скажите об этом — это отдельная неисправность, её тоже устранят.`,
      paraphrases: [
        'застрял в лифте что делать',
        'ребёнок застрял в лифте',
        'лифт встал между этажами а там люди',
        'соседка застряла в лифте куда звонить',
        'кнопка вызова диспетчера в лифте не отвечает',
      ],
    },
    kk: {
      title: 'Лифтте қалып қойсаңыз: не істеу керек, қайда хабарласу керек',
      body: `**Лифтте адам, әсіресе бала немесе қарт кісі қалып қойса, алдымен 112-ге қоңырау шалыңыз.** Бұл — шұғыл жағдай, ол бірінші кезекте шешіледі.

Кабинаның ішіндегі адамға:
1. **Диспетчермен байланыс түймесін** (қоңырау немесе телефон тұтқасы белгісі) басып, мекенжай мен подъезді айтыңыз.
2. Есікті күшпен ашпаңыз, өз бетіңізше шығуға тырыспаңыз, тіпті кабина қабатқа жақын тоқтаса да.
3. Сабыр сақтаңыз: кабинада ауа жеткілікті, ол құлап кетпейді.

Сыртта тұрғандарға:
- **112** немесе **109** нөміріне қоңырау шалып, нақты мекенжайды, подъезді, қабатты және кабинада неше адам барын айтыңыз;
- шахта есігін өздеріңіз ашпаңыз, лифтші немесе құтқарушылар келгенше күтіңіз.

109 операторы шақыруды бірден апаттық лифт қызметіне береді: мұндай өтініштер бір сағат ішінде орындалады. Кабинадағы байланыс түймесі жауап бермесе, оны да айтыңыз — бұл бөлек ақау, оны да жөндейді.`,
      paraphrases: [
        'лифтте қалып қойдым не істеймін',
        'балам лифтте тұрып қалды',
        'лифт қабат арасында тоқтап қалды ішінде адам бар',
        'лифтте адам қамалып қалды кімге хабарласамын',
      ],
    },
    en: {
      title: 'Stuck in a lift: what to do and whom to call',
      body: `**If someone is trapped in a lift, especially a child or an elderly person, call 112 first.** This is an emergency and is handled before anything else.

If you are inside the car:
1. Press the **dispatcher button** (a bell or handset symbol) and give the address and entrance number.
2. Do not force the doors or try to climb out, even if the car has stopped almost level with a floor.
3. Stay calm: there is enough air in the car and it will not fall.

If you are outside:
- call **112** or **109** and give the exact address, entrance, floor and how many people are inside;
- do not open the shaft doors yourself; wait for the lift technician or the rescuers.

The 109 operator passes the call to the emergency lift service at once; such calls are handled within an hour. If the dispatcher button did not answer, say so: it is a separate fault and will be fixed too.`,
      paraphrases: [
        'I am stuck in the elevator what do I do',
        'my child is trapped in the lift',
        'lift stopped between floors with people inside',
        'who do I call when someone is stuck in an elevator',
      ],
    },
  },
  {
    key: 'lift-breakdown',
    audience: 'public',
    tags: ['лифт', 'подъезд', 'ремонт'],
    items: ['S01.C05.I011', 'S01.C05.I012', 'S01.C05.I013'],
    ru: {
      title: 'Не работает лифт: куда звонить и что делать',
      body: `Если лифт стоит, но **внутри никого нет**, это не экстренный вызов, но дело срочное. Если в кабине человек — сначала звоните **112**.

1. Посмотрите, нет ли на дверях объявления о плановом ремонте или техническом освидетельствовании.
2. Сообщите в **109** или через портал, пункт «Не работает лифт в подъезде». Укажите адрес, номер подъезда, пассажирский или грузовой лифт и с какого времени он не работает.
3. Опишите, что видно: не горят кнопки вызова, кабина не приходит на ваш этаж, двери не закрываются.

Обращение сразу уходит в лифтовую организацию, которая обслуживает ваш дом. На восстановление работы лифта отводится около суток. Если нужна замена деталей, исполнитель пишет в ответе, что и в какой срок будет сделано.

Если лифт ломается постоянно, так и напишите: повторные поломки видны по истории обращений по адресу и становятся поводом для проверки лифта и включения его в план замены.`,
      paraphrases: [
        'лифт не работает второй день',
        'в подъезде сломался лифт куда жаловаться',
        'лифт не едет кнопки не горят',
        'грузовой лифт стоит уже неделю',
        'лифт постоянно ломается что делать',
      ],
    },
    kk: {
      title: 'Лифт істемейді: қайда хабарласу керек және не істеу керек',
      body: `Лифт тоқтап тұрса, бірақ **ішінде ешкім болмаса**, бұл шұғыл шақыру емес, бірақ кейінге қалдыруға болмайтын іс. Кабинада адам болса, алдымен **112**-ге қоңырау шалыңыз.

1. Есікте жоспарлы жөндеу немесе техникалық куәландыру туралы хабарландыру бар-жоғын қараңыз.
2. **109**-ға немесе портал арқылы «Подъездегі лифт істемейді» тармағы бойынша хабарлаңыз. Мекенжайды, подъезд нөмірін, жолаушы немесе жүк лифті екенін және қашаннан бері істемейтінін көрсетіңіз.
3. Не көріп тұрғаныңызды жазыңыз: шақыру түймелері жанбайды, кабина қабатыңызға келмейді, есік жабылмайды.

Өтініш үйіңізге қызмет көрсететін лифт ұйымына бірден жіберіледі. Лифтті қайта іске қосуға шамамен бір тәулік беріледі. Бөлшекті ауыстыру керек болса, орындаушы жауабында не істелетінін және қай мерзімде екенін жазады.

Лифт жиі бұзылса, соны жазыңыз: қайталанған ақаулар мекенжай бойынша өтініштер тарихынан көрінеді және лифтті тексеруге, ауыстыру жоспарына енгізуге негіз болады.`,
      paraphrases: [
        'лифт істемейді кімге хабарласу керек',
        'подъездегі лифт бұзылды',
        'лифт екі күннен бері жүрмейді',
        'лифттің түймелері жанбайды',
        'жүк лифті бір аптадан бері тұр',
      ],
    },
    en: {
      title: 'The lift is not working: whom to call and what to do',
      body: `If the lift has stopped but **nobody is inside**, it is not an emergency, but it is urgent. If someone is in the car, call **112** first.

1. Check the doors for a notice about planned repairs or a safety inspection.
2. Report it to **109** or on the portal under "Lift not working in the entrance". Give the address, the entrance number, whether it is the passenger or the goods lift, and since when it has not worked.
3. Describe what you see: call buttons dark, the car does not come to your floor, the doors do not close.

The appeal goes straight to the lift company that services your building. The lift is to be back in service within about a day. If parts have to be replaced, the executor says in the answer what will be done and by when.

If the lift breaks down again and again, say so: repeated failures show in the appeals history of the address and are grounds for an inspection and for putting the lift on the replacement plan.`,
      paraphrases: [
        'elevator not working in my building',
        'the lift has been broken for two days',
        'lift buttons do not light up',
        'where do I complain about a broken lift',
      ],
    },
  },
  {
    key: 'lift-unsafe',
    audience: 'public',
    tags: ['лифт', 'безопасность', 'неисправность'],
    items: ['S01.C05.I003', 'S01.C05.I006', 'S01.C05.I005'],
    ru: {
      title: 'Лифт едет с открытыми дверями, дёргается или скрежещет',
      body: `Некоторые неисправности лифта опасны, даже если он ещё ездит.

**Сразу прекратите пользоваться лифтом и сообщите в 109**, если:
- кабина трогается с открытыми дверями или двери открываются на ходу;
- лифт резко проваливается, дёргается или останавливается не на уровне пола;
- в кабине пахнет гарью или искрят кнопки.

Предупредите соседей и, если можно, повесьте на дверь записку «Лифт неисправен». Движение с открытыми дверями — аварийный случай: лифтовая служба выезжает в течение часа и отключает лифт до ремонта.

Если лифт шумит, скрежещет при движении или проезжает ваш этаж, это тоже повод для обращения: на такие ремонты отводится несколько рабочих дней.

В обращении укажите адрес, подъезд, когда и как часто это происходит. Не нужно называть номер лифта — исполнитель найдёт его по адресу.`,
      paraphrases: [
        'лифт поехал с открытыми дверями',
        'лифт трясётся и скрипит страшно ездить',
        'лифт проезжает наш этаж',
        'кабина останавливается ниже пола',
        'в лифте запах гари',
      ],
    },
    kk: {
      title: 'Лифт есігі ашық күйде жүреді, селкілдейді немесе сықырлайды',
      body: `Лифт әлі жүріп тұрса да, кейбір ақаулар қауіпті.

**Мына жағдайларда лифтті бірден пайдаланбаңыз және 109-ға хабарлаңыз:**
- кабина есігі ашық күйде қозғалады немесе жүріп келе жатқанда есік ашылады;
- лифт кенет төмен түседі, селкілдейді немесе еден деңгейінен төмен не жоғары тоқтайды;
- кабинадан күйік иісі шығады немесе түймелер ұшқын шашады.

Көршілерді ескертіңіз, мүмкін болса, есікке «Лифт ақаулы» деген жазу іліңіз. Есігі ашық жүретін лифт — апаттық жағдай: лифт қызметі бір сағат ішінде келіп, жөндегенше лифтті өшіреді.

Лифт жүргенде шуылдаса, сықырласа немесе қабатыңызға тоқтамай өтіп кетсе, бұл да өтінішке негіз: мұндай жөндеуге бірнеше жұмыс күні беріледі.

Өтініште мекенжайды, подъезді, мұның қашан және қаншалықты жиі болатынын жазыңыз. Лифт нөмірін білудің қажеті жоқ — орындаушы оны мекенжай бойынша табады.`,
      paraphrases: [
        'лифт есігі ашық тұрып жүріп кетті',
        'лифт селкілдеп қатты сықырлайды',
        'лифт біздің қабатқа тоқтамайды',
        'лифттен күйік иісі шығады',
      ],
    },
    en: {
      title: 'The lift moves with its doors open, jerks or grinds',
      body: `Some lift faults are dangerous even if the lift still runs.

**Stop using the lift at once and report it to 109** if:
- the car starts moving with the doors open, or the doors open while it is moving;
- the lift suddenly drops, jerks or stops out of level with the floor;
- there is a smell of burning in the car or the buttons spark.

Warn your neighbours and, if you can, put a note on the door saying "Lift out of order". A lift moving with its doors open is an emergency: the lift service comes within an hour and switches the lift off until it is repaired.

If the lift is noisy, grinds as it moves or goes past your floor, that is also a reason to file an appeal: such repairs are given a few working days.

In the appeal, give the address, the entrance, and when and how often it happens. You do not need to know the lift number: the executor will find it by the address.`,
      paraphrases: [
        'the lift moved with the doors open',
        'elevator shakes and makes scary grinding noises',
        'lift goes past my floor without stopping',
        'lift stops below the floor level',
        'burning smell in the elevator',
      ],
    },
  },
  {
    key: 'no-heating',
    audience: 'public',
    tags: ['отопление', 'батареи', 'холодно'],
    items: ['S03.C01.I001', 'S03.C01.I002', 'S03.C01.I010'],
    ru: {
      title: 'Нет отопления, холодные батареи: что делать',
      body: `Сначала проверьте, **идёт ли отопительный сезон**: даты его начала и окончания объявляет акимат города. В первые дни после запуска систему заполняют и спускают из неё воздух, поэтому батареи могут прогреваться неравномерно.

Если сезон идёт, а батареи холодные:
1. Спросите соседей по стояку и подъезду: холодно только у вас или во всём доме.
2. Если холодно только у вас, позвоните в аварийную службу своего ОСИ или ПКСК: чаще всего нужно спустить воздух или открыть кран на стояке.
3. Если тепла нет в подъезде или во всём доме, сообщите в **109** или на портал: адрес, подъезд, квартира, этаж и с какого времени холодно.

Обращение уходит теплоснабжающей организации; на восстановление отопления отводится около суток. Если тепла не было долго, попросите составить **акт** о непредоставлении услуги: по нему делают перерасчёт платы.`,
      paraphrases: [
        'батареи холодные что делать',
        'в квартире нет отопления',
        'у всего подъезда не греют батареи',
        'дали отопление а у нас холодно',
        'куда звонить если нет тепла',
      ],
    },
    kk: {
      title: 'Жылу жоқ, батареялар суық: не істеу керек',
      body: `Алдымен **жылыту маусымы басталған-басталмағанын** тексеріңіз: оның басталу және аяқталу күнін қала әкімдігі жариялайды. Жылу берілген алғашқы күндері жүйеге су толтырылып, ауасы шығарылады, сондықтан батареялар біркелкі жылымауы мүмкін.

Маусым басталса да батареялар суық болса:
1. Тік құбыр (стояк) мен подъезд бойынша көршілерден сұраңыз: тек сізде ме, әлде бүкіл үйде ме.
2. Тек сізде суық болса, МИБ (ОСИ) немесе ПИК (ПКСК) апаттық қызметіне хабарласыңыз: көбіне ауаны шығару немесе стояктағы кранды ашу жеткілікті.
3. Подъезде немесе бүкіл үйде жылу болмаса, **109**-ға немесе порталға хабарлаңыз: мекенжай, подъезд, пәтер, қабат және қашаннан бері суық екенін жазыңыз.

Өтініш жылумен жабдықтаушы ұйымға жіберіледі; жылуды қалпына келтіруге шамамен бір тәулік беріледі. Жылу ұзақ болмаса, қызметтің көрсетілмегені туралы **акт** жасауды сұраңыз: соның негізінде төлемақы қайта есептеледі.`,
      paraphrases: [
        'үйде жылу жоқ',
        'батареялар суық не істеу керек',
        'бүкіл подъезде батарея жылымайды',
        'жылу берді деді бірақ бізде суық',
        'жылу болмаса қайда хабарласамын',
      ],
    },
    en: {
      title: 'No heating, cold radiators: what to do',
      body: `First check **whether the heating season has started**: the city akimat announces its start and end dates. In the first days after start-up the system is being filled and air bled out of it, so radiators may warm up unevenly.

If the season is on and the radiators are cold:
1. Ask neighbours on the same riser and in your entrance whether it is only your flat or the whole building.
2. If it is only your flat, call the emergency service of your OSI (owners' association) or PKSK: often air has to be bled or a valve on the riser opened.
3. If the whole entrance or building is cold, report to **109** or on the portal: address, entrance, flat, floor and since when it has been cold.

The appeal goes to the heat supply company, which has about a day to restore heating. If there was no heat for a long time, ask for a **report (akt)** that the service was not provided: the bill is recalculated on its basis.`,
      paraphrases: [
        'my radiators are cold',
        'no heating in the apartment',
        'heating is on in the city but not in our building',
        'who to call when there is no heat',
      ],
    },
  },
  {
    key: 'weak-heating',
    audience: 'public',
    tags: ['отопление', 'температура', 'холодно'],
    items: ['S03.C01.I019', 'S03.C01.I022', 'S03.C01.I028'],
    ru: {
      title: 'Батареи еле тёплые или слишком жарко: как добиться нормальной температуры',
      body: `Отопление есть, но в квартире холодно? В жилых комнатах в отопительный сезон должно быть **не ниже +18 °C**, в угловых — немного теплее.

1. Измерьте температуру в центре комнаты, на высоте около метра, с закрытыми окнами. Запишите показания и время.
2. Проверьте, не закрыт ли кран на батарее и нет ли в ней воздуха (верх холодный, низ тёплый).
3. Спросите соседей: если слабо греет весь стояк или верхние этажи, дело в общедомовой системе.
4. Сообщите в **109** или на портал, пункт «Слабое отопление». Укажите адрес, квартиру, этаж, угловая ли комната и сколько градусов.

Исполнитель проверяет давление и температуру на вводе в дом, при необходимости регулирует систему и составляет акт замера. Если температура ниже нормы подтвердится, по акту можно требовать перерасчёт.

Слишком жарко тоже можно сообщить: перегрев чаще всего означает, что систему дома плохо отрегулировали.`,
      paraphrases: [
        'батареи чуть тёплые в квартире +15',
        'в угловой комнате очень холодно',
        'на пятом этаже батареи холоднее чем внизу',
        'дома жарко невозможно батареи раскалены',
        'какая должна быть температура в квартире зимой',
      ],
    },
    kk: {
      title: 'Батареялар әрең жылы немесе тым ыстық: қалыпты температураға қалай қол жеткізуге болады',
      body: `Жылу берілген, бірақ пәтерде суық па? Жылыту маусымында тұрғын бөлмелерде температура **+18 °C-тан төмен болмауы керек**, бұрыштағы бөлмелерде сәл жоғары.

1. Терезелерді жауып, бөлменің ортасында шамамен бір метр биіктікте температураны өлшеңіз. Көрсеткіш пен уақытты жазып алыңыз.
2. Батареядағы кран жабық емес пе, ішінде ауа жоқ па (үсті суық, асты жылы) — тексеріңіз.
3. Көршілерден сұраңыз: бүкіл стояк немесе жоғарғы қабаттар нашар жылынса, мәселе үйдің ортақ жүйесінде.
4. **109**-ға немесе порталға «Жылу әлсіз» тармағы бойынша хабарлаңыз. Мекенжайды, пәтерді, қабатты, бөлме бұрышта ма, неше градус екенін жазыңыз.

Орындаушы үйге кіретін жердегі қысым мен температураны тексеріп, қажет болса жүйені реттейді және өлшеу актісін жасайды. Температура нормадан төмен екені расталса, акт бойынша қайта есептеуді талап етуге болады.

Тым ыстық болса да хабарлауға болады: бұл көбіне үй жүйесінің дұрыс реттелмегенін білдіреді.`,
      paraphrases: [
        'батарея әрең жылы үйде 15 градус',
        'бұрыштағы бөлме өте суық',
        'жоғарғы қабатта батарея жылымайды',
        'үй тым ыстық батареялар қызып тұр',
      ],
    },
    en: {
      title: 'Radiators barely warm or far too hot: how to get a normal temperature',
      body: `The heating is on, but the flat is cold? During the heating season living rooms must be **no colder than +18 °C**, and corner rooms a little warmer.

1. Measure the temperature in the middle of the room, about a metre above the floor, with the windows closed. Write down the reading and the time.
2. Check that the valve on the radiator is not closed and that there is no air in it (cold at the top, warm at the bottom).
3. Ask the neighbours: if the whole riser or the upper floors are poorly heated, the problem is in the building's common system.
4. Report to **109** or on the portal under "Weak heating". Give the address, flat, floor, whether it is a corner room and how many degrees it is.

The executor checks the pressure and temperature where the heating enters the building, adjusts the system if needed and draws up a measurement report. If the temperature is confirmed to be below the norm, you can demand a recalculation on the basis of that report.

You can also report that it is too hot: overheating usually means the building's system has been badly adjusted.`,
      paraphrases: [
        'radiators are just lukewarm and it is 15 degrees in the flat',
        'the corner room is freezing',
        'radiators on the top floor are colder than downstairs',
        'way too hot at home the radiators are boiling',
        'what temperature should my apartment be in winter',
      ],
    },
  },
  {
    key: 'heating-season',
    audience: 'public',
    tags: ['отопление', 'отопительный сезон', 'сроки'],
    items: ['S03.C04.I001', 'S03.C04.I002', 'S03.C04.I006'],
    ru: {
      title: 'Когда включат и отключат отопление: отопительный сезон',
      body: `Даты начала и окончания отопительного сезона определяет **постановление акимата города**. Решение принимают по погоде: отопление включают, когда среднесуточная температура воздуха держится низкой несколько дней подряд, и выключают весной, когда устанавливается тепло. Точные даты каждый год публикуют на сайте акимата, в новостях и соцсетях; их же подскажут в **109**.

Подача тепла идёт поэтапно: сначала больницы, школы и детские сады, затем жилые дома. Подключение всех домов обычно занимает несколько дней.

До начала сезона ОСИ (ПКСК) готовит дом: промывка и опрессовка системы, ремонт задвижек, утепление подвала. Дом без готовности к зиме могут подключить позже.

Когда сообщать в 109:
- сезон объявлен, соседние дома уже с теплом, а ваш нет больше суток;
- батареи холодные после объявленной даты;
- опрессовка испортила трубы или батареи потекли.`,
      paraphrases: [
        'когда дадут отопление в этом году',
        'когда начинается отопительный сезон',
        'в соседних домах тепло дали а в нашем нет',
        'когда отключат отопление весной',
        'опрессовка что это',
      ],
    },
    kk: {
      title: 'Жылу қашан беріліп, қашан тоқтатылады: жылыту маусымы',
      body: `Жылыту маусымының басталу және аяқталу күнін **қала әкімдігінің қаулысы** белгілейді. Шешім ауа райына қарай қабылданады: тәуліктік орташа температура бірнеше күн қатарынан төмен болғанда жылу беріледі, көктемде күн жылынғанда тоқтатылады. Нақты күндер жыл сайын әкімдіктің сайтында, жаңалықтарда және әлеуметтік желілерде жарияланады; оларды **109** операторы да айтып береді.

Жылу кезең-кезеңімен беріледі: алдымен ауруханаларға, мектептерге және балабақшаларға, содан кейін тұрғын үйлерге. Барлық үйді қосуға әдетте бірнеше күн кетеді.

Маусым басталғанға дейін МИБ (ПИК) үйді дайындайды: жүйені жуу және опрессовка, ысырмаларды жөндеу, жертөлені жылыту. Қысқа дайын емес үй кейінірек қосылуы мүмкін.

109-ға қашан хабарлау керек:
- маусым жарияланды, көрші үйлерге жылу келді, ал сіздің үйде бір тәуліктен астам жоқ;
- жарияланған күннен кейін де батареялар суық;
- опрессовкадан кейін құбыр немесе батарея ағып кетті.`,
      paraphrases: [
        'жылу қашан беріледі',
        'жылыту маусымы қашан басталады',
        'көрші үйлерге жылу берді бізге бермеді',
        'көктемде жылу қашан өшіріледі',
      ],
    },
    en: {
      title: 'When is the heating turned on and off: the heating season',
      body: `The start and end dates of the heating season are set by a **resolution of the city akimat**. The decision depends on the weather: the heating is turned on when the average daily air temperature stays low for several days in a row, and turned off in spring once warm weather sets in. The exact dates are published every year on the akimat's website, in the news and on social media; **109** can also tell you.

Heat is supplied in stages: first hospitals, schools and kindergartens, then residential buildings. Connecting all the buildings usually takes several days.

Before the season the OSI or PKSK prepares the building: flushing and pressure testing the system, repairing the gate valves, insulating the basement. A building that is not ready for winter may be connected later.

When to report to 109:
- the season has been announced and the neighbouring buildings already have heat, but yours has had none for more than a day;
- the radiators are still cold after the announced date;
- the pressure test damaged the pipes or the radiators started leaking.`,
      paraphrases: [
        'when will they turn the heating on this year',
        'when does the heating season start',
        'the buildings next door have heat but ours does not',
        'when do they switch off the heating in spring',
        'what is a pressure test of the heating system',
      ],
    },
  },
  {
    key: 'no-hot-water',
    audience: 'public',
    tags: ['горячая вода', 'водоснабжение', 'отключение'],
    items: ['S03.C03.I001', 'S03.C03.I002', 'S03.C03.I006'],
    ru: {
      title: 'Нет горячей воды или она еле тёплая',
      body: `1. **Проверьте, не плановое ли это отключение**: летом горячую воду отключают на время ремонта теплосетей, график публикует теплоснабжающая организация и акимат. Оператор **109** подскажет, есть ли отключение по вашему адресу.
2. Спросите соседей: нет воды только у вас, на стояке или во всём доме. Если только у вас, проверьте краны и фильтр на вводе в квартиру, затем звоните в аварийную службу ОСИ (ПКСК).
3. Если воды нет в доме или она еле тёплая, сообщите в **109** или на портал. Укажите адрес, квартиру, этаж, с какого времени нет воды, нет её совсем или она холодная, ржавая.

Обращение уходит теплоснабжающей организации; на восстановление отводится около суток. Если отключение аварийное и надолго, исполнитель сообщает срок в ответе.

Сохраните номер обращения: вместе с актом о непредоставлении услуги он поможет получить **перерасчёт** за дни без горячей воды.`,
      paraphrases: [
        'у нас третий день нет горячей воды',
        'горячая вода еле тёплая',
        'отключили горячую воду без предупреждения',
        'из крана горячей идёт холодная',
        'куда звонить если нет горячей воды',
      ],
    },
    kk: {
      title: 'Ыстық су жоқ немесе әрең жылы',
      body: `1. **Жоспарлы өшіру емес пе, тексеріңіз**: жазда жылу желілерін жөндеу кезінде ыстық су өшіріледі, оның кестесін жылумен жабдықтаушы ұйым мен әкімдік жариялайды. Сіздің мекенжайыңызда өшіру бар-жоғын **109** операторы айтады.
2. Көршілерден сұраңыз: су тек сізде ме, стоякта ма, әлде бүкіл үйде жоқ па. Тек сізде болмаса, пәтерге кіретін кран мен сүзгіні тексеріп, МИБ (ПИК) апаттық қызметіне хабарласыңыз.
3. Үйде ыстық су болмаса немесе әрең жылы болса, **109**-ға немесе порталға хабарлаңыз. Мекенжайды, пәтерді, қабатты, су қашаннан бері жоқ екенін, мүлде жоқ па, әлде суық, тот аралас па — жазыңыз.

Өтініш жылумен жабдықтаушы ұйымға жіберіледі; суды қалпына келтіруге шамамен бір тәулік беріледі. Апаттық өшіру ұзаққа созылса, орындаушы мерзімін жауабында көрсетеді.

Өтініш нөмірін сақтаңыз: қызметтің көрсетілмегені туралы актімен бірге ол ыстық су болмаған күндерге **қайта есептеу** алуға көмектеседі.`,
      paraphrases: [
        'үш күннен бері ыстық су жоқ',
        'ыстық су әрең жылы',
        'ыстық суды ескертусіз өшірді',
        'ыстық кранынан суық су ағады',
      ],
    },
    en: {
      title: 'No hot water, or it is barely warm',
      body: `1. **Check whether it is a planned shutdown**: in summer hot water is turned off while heating mains are repaired; the heat supply company and the akimat publish the schedule. The **109** operator can tell you whether your address is affected.
2. Ask the neighbours: is it only your flat, your riser or the whole building? If only yours, check the valves and the filter at the flat inlet, then call the emergency service of your OSI or PKSK.
3. If the whole building has no hot water or it is barely warm, report to **109** or on the portal: address, flat, floor, since when, and whether there is no water at all or it runs cold or rusty.

The appeal goes to the heat supply company, which has about a day to restore supply. If an emergency shutdown will last longer, the executor gives the date in the answer.

Keep the appeal number: together with a report that the service was not provided, it helps you get the bill **recalculated** for the days without hot water.`,
      paraphrases: [
        'no hot water for three days',
        'hot water is only lukewarm',
        'hot water was cut off without notice',
        'whom to call about hot water',
      ],
    },
  },
  {
    key: 'hot-water-summer-shutdown',
    audience: 'public',
    tags: ['горячая вода', 'отключение', 'лето'],
    items: ['S03.C03.I017', 'S03.C03.I016'],
    ru: {
      title: 'Летнее отключение горячей воды: сроки и что делать, если затянули',
      body: `Каждое лето теплоснабжающая организация по очереди отключает горячую воду в районах города, чтобы **испытать и отремонтировать теплосети** перед зимой. Обычно отключение длится до двух недель; график по улицам и домам публикуют заранее на сайте теплоснабжающей организации, сайте акимата и в соцсетях.

Что можно сделать:
- узнать даты для своего дома в **109** или в опубликованном графике;
- предупредить соседей и ОСИ (ПКСК), если на доме нет объявления.

Когда сообщать в 109:
1. Прошли объявленные сроки, а горячей воды нет.
2. Воду отключили без всякого предупреждения и вашего адреса нет в графике.
3. После включения вода идёт ржавая или холодная больше суток.

В обращении укажите адрес и дату отключения. За дни отключения сверх графика вправе требовать **перерасчёт**; номер обращения пригодится как подтверждение.`,
      paraphrases: [
        'когда дадут горячую воду летом',
        'отключили горячую воду на сколько',
        'график отключения горячей воды по адресу',
        'прошло три недели а горячей воды всё нет',
      ],
    },
    kk: {
      title: 'Жазда ыстық суды өшіру: мерзімі және созылып кетсе не істеу керек',
      body: `Жыл сайын жазда жылумен жабдықтаушы ұйым қыс алдында **жылу желілерін сынап, жөндеу үшін** қаланың аудандарында ыстық суды кезекпен өшіреді. Әдетте өшіру екі аптаға дейін созылады; көшелер мен үйлер бойынша кесте жылумен жабдықтаушы ұйымның, әкімдіктің сайтында және әлеуметтік желілерде алдын ала жарияланады.

Не істеуге болады:
- өз үйіңіздің күндерін **109**-дан немесе жарияланған кестеден білу;
- үйде хабарландыру болмаса, көршілер мен МИБ-ті (ПИК-ті) ескерту.

109-ға қашан хабарлау керек:
1. Жарияланған мерзім өтті, бірақ ыстық су жоқ.
2. Су ешбір ескертусіз өшірілді, мекенжайыңыз кестеде жоқ.
3. Су қосылғаннан кейін бір тәуліктен астам тот аралас немесе суық ағады.

Өтініште мекенжайды және өшірілген күнді жазыңыз. Кестеден тыс күндер үшін **қайта есептеуді** талап етуге құқығыңыз бар; өтініш нөмірі оны растауға көмектеседі.`,
      paraphrases: [
        'жазда ыстық су қашан беріледі',
        'ыстық суды қанша күнге өшірді',
        'ыстық суды өшіру кестесі',
        'үш апта өтті ыстық су әлі жоқ',
      ],
    },
    en: {
      title: 'Summer hot water shutdown: dates and what to do if it runs over',
      body: `Every summer the heat supply company turns off hot water in the city's districts one after another to **test and repair the heating mains** before winter. A shutdown usually lasts up to two weeks; the schedule by street and building is published in advance on the websites of the heat supply company and the akimat and on social media.

What you can do:
- find out the dates for your building from **109** or from the published schedule;
- warn your neighbours and the OSI or PKSK if there is no notice on the building.

When to report to 109:
1. The announced period is over and there is still no hot water.
2. The water was turned off without any warning and your address is not in the schedule.
3. After it is turned back on, the water runs rusty or cold for more than a day.

In the appeal, give the address and the date the water was turned off. For days without hot water beyond the schedule you are entitled to a **recalculation**; the appeal number will serve as proof.`,
      paraphrases: [
        'when is the hot water coming back this summer',
        'how many days is the hot water off in summer',
        'hot water shutdown schedule for my address',
        'three weeks and still no hot water',
      ],
    },
  },
  {
    key: 'no-cold-water',
    audience: 'public',
    tags: ['холодная вода', 'водоснабжение', 'отключение'],
    items: ['S04.C01.I001', 'S04.C01.I002', 'S04.C01.I028'],
    ru: {
      title: 'Нет холодной воды: куда звонить',
      body: `1. Узнайте, **не плановое ли это отключение**: водоканал заранее публикует график работ на сайте и в соцсетях, оператор **109** подскажет, отключён ли ваш адрес и до какого времени.
2. Если воды нет только у вас, проверьте вентиль на вводе в квартиру и спросите соседей. Проблема на стояке — повод звонить в аварийную службу ОСИ (ПКСК).
3. Если воды нет в доме, на улице или во всём микрорайоне, сообщите в **109** или на портал: адрес, с какого времени нет воды, нет её совсем или слабый напор.

Обращение уходит водоканалу; на восстановление подачи отводится около суток. Если ремонт затянется, по обращениям жителей организуют **подвоз питьевой воды** — спросите о нём у оператора, особенно если дома маленькие дети, пожилые или больные.

Если на улице бьёт вода из-под асфальта, сообщите об этом отдельно: это авария водопровода, и чем раньше о ней узнают, тем быстрее дадут воду.`,
      paraphrases: [
        'нет воды в квартире с утра',
        'отключили холодную воду во всём доме',
        'во всём микрорайоне нет воды',
        'когда дадут воду',
        'будет ли подвоз воды',
      ],
    },
    kk: {
      title: 'Суық су жоқ: қайда хабарласу керек',
      body: `1. **Жоспарлы өшіру емес пе**, біліңіз: су арнасы жұмыстардың кестесін сайтында және әлеуметтік желілерде алдын ала жариялайды, ал **109** операторы мекенжайыңыздың өшірілгенін және қашанға дейін екенін айтады.
2. Су тек сізде болмаса, пәтерге кіретін вентильді тексеріп, көршілерден сұраңыз. Стояктағы ақау бойынша МИБ (ПИК) апаттық қызметіне хабарласыңыз.
3. Су бүкіл үйде, көшеде немесе шағын ауданда болмаса, **109**-ға немесе порталға хабарлаңыз: мекенжай, су қашаннан бері жоқ, мүлде жоқ па, әлде қысымы әлсіз бе.

Өтініш су арнасына жіберіледі; су беруді қалпына келтіруге шамамен бір тәулік беріледі. Жөндеу созылса, тұрғындардың өтініші бойынша **ауыз су тасымалданады** — ол туралы операторға айтыңыз, әсіресе үйде кішкентай балалар, қарттар немесе науқастар болса.

Көшеде асфальт астынан су атқылап жатса, бөлек хабарлаңыз: бұл — су құбырындағы апат, оны неғұрлым тез білсе, су соғұрлым тез беріледі.`,
      paraphrases: [
        'таңнан бері пәтерде су жоқ',
        'бүкіл үйде суық су өшірілді',
        'шағын ауданда су жоқ',
        'су қашан беріледі',
        'су тасып әкеле ме',
      ],
    },
    en: {
      title: 'No cold water: whom to call',
      body: `1. Find out **whether it is a planned shutdown**: the water utility publishes its works schedule on its website and social media, and the **109** operator can tell you whether your address is affected and until when.
2. If only your flat has no water, check the valve at the flat inlet and ask the neighbours. A fault on the riser is for the emergency service of your OSI or PKSK.
3. If the whole building, street or neighbourhood has no water, report to **109** or on the portal: address, since when, and whether there is no water at all or only weak pressure.

The appeal goes to the water utility, which has about a day to restore supply. If repairs take longer, **drinking water is delivered** on residents' request; ask the operator, especially if there are small children, elderly or sick people at home.

If water is gushing from under the asphalt, report it separately: it is a burst main, and the sooner it is known, the sooner the water is back.`,
      paraphrases: [
        'no water in my flat since morning',
        'the whole building has no cold water',
        'when will the water be back',
        'is there a water delivery during the outage',
      ],
    },
  },
  {
    key: 'water-pressure-quality',
    audience: 'public',
    tags: ['водоснабжение', 'напор', 'качество воды'],
    items: ['S04.C01.I007', 'S04.C01.I013', 'S04.C01.I019'],
    ru: {
      title: 'Слабый напор, мутная или пахнущая вода из крана',
      body: `**Слабый напор.** Если напор слабый только у вас, прочистите аэратор на кране и фильтр грубой очистки на вводе. Если слабо течёт у всего дома или на верхних этажах, сообщите в **109**: возможно, не работают насосы или нужен ремонт на вводе в дом.

**Мутная, ржавая или пахнущая вода.** После аварийных работ вода может быть мутной несколько часов — дайте ей стечь. Если мутность или запах держатся дольше суток, или вода пахнет канализацией, нефтепродуктами, хлором сильнее обычного, **не пейте её** и сообщите в 109.

Что написать в обращении:
- адрес, квартира, этаж;
- холодная или горячая вода, с какого времени;
- как выглядит и чем пахнет; приложите фото воды в прозрачном стакане.

Обращение уходит водоканалу. При жалобах на качество воды могут взять пробу на лабораторный анализ; результат сообщат в ответе.`,
      paraphrases: [
        'вода из крана течёт еле-еле',
        'на пятом этаже нет напора',
        'из крана идёт жёлтая вода',
        'вода пахнет тухлым',
        'можно ли пить мутную воду из крана',
      ],
    },
    kk: {
      title: 'Қысым әлсіз, крандағы су лай немесе иісі бар',
      body: `**Қысым әлсіз.** Қысым тек сізде әлсіз болса, крандағы аэраторды және пәтерге кіретін жердегі сүзгіні тазалаңыз. Бүкіл үйде немесе жоғарғы қабаттарда су әрең ақса, **109**-ға хабарлаңыз: сорғылар істемеуі немесе үйге кіретін жерде жөндеу қажет болуы мүмкін.

**Лай, тот аралас немесе иісі бар су.** Апаттық жұмыстардан кейін су бірнеше сағат лай болуы мүмкін — біраз ағызып жіберіңіз. Лайлық немесе иіс бір тәуліктен артық сақталса, су кәріз, мұнай өнімдері иісін берсе немесе хлор иісі әдеттегіден қатты болса, **оны ішпеңіз** және 109-ға хабарлаңыз.

Өтінішке не жазу керек:
- мекенжай, пәтер, қабат;
- суық па, ыстық па, қашаннан бері;
- судың түрі мен иісі; мөлдір стақандағы судың суретін тіркеңіз.

Өтініш су арнасына жіберіледі. Су сапасына шағым болса, зертханалық талдау үшін сынама алынуы мүмкін; нәтижесі жауапта көрсетіледі.`,
      paraphrases: [
        'краннан су әрең ағады',
        'жоғарғы қабатта су қысымы жоқ',
        'краннан сары су ағып тұр',
        'судан жаман иіс шығады',
      ],
    },
    en: {
      title: 'Low water pressure, or cloudy or smelly water from the tap',
      body: `**Low pressure.** If the pressure is low only in your flat, clean the aerator on the tap and the coarse filter at the flat inlet. If the water barely runs in the whole building or on the upper floors, report it to **109**: the pumps may not be working or the building's inlet may need repairs.

**Cloudy, rusty or smelly water.** After emergency works the water may be cloudy for a few hours; let it run. If the cloudiness or smell lasts more than a day, or the water smells of sewage, of petroleum products or more strongly of chlorine than usual, **do not drink it** and report it to 109.

What to write in the appeal:
- address, flat, floor;
- cold or hot water, and since when;
- what it looks and smells like; attach a photo of the water in a clear glass.

The appeal goes to the water utility. For complaints about water quality a sample may be taken for laboratory analysis; the result is given in the answer.`,
      paraphrases: [
        'water barely trickles from the tap',
        'no water pressure on the fifth floor',
        'yellow water coming out of the tap',
        'tap water smells rotten',
        'is it safe to drink cloudy tap water',
      ],
    },
  },
  {
    key: 'planned-outages',
    audience: 'public',
    tags: ['отключение', 'график', 'коммунальные услуги'],
    items: ['S04.C01.I029', 'S05.C01.I021', 'S03.C03.I017'],
    ru: {
      title: 'График плановых отключений воды, света и тепла: где узнать',
      body: `Плановые отключения — это работы, о которых поставщик знает заранее: ремонт сетей, подключение новых домов, замена оборудования, летние испытания теплосетей.

**Где смотреть график:**
- на сайтах и в соцсетях водоканала, электросетевой и теплоснабжающей компании;
- на сайте акимата города и в городских новостях;
- в объявлениях на подъездах: их размещает ОСИ (ПКСК) после уведомления от поставщика;
- у оператора **109**: он видит известные отключения по адресу.

Поставщик обязан предупредить жителей заранее и указать время начала и окончания работ.

Сообщите в 109, если:
1. Отключили без предупреждения, а вашего адреса нет в графике.
2. Объявленное время вышло, а услугу не вернули.
3. Во время отключения нужна помощь: подвоз воды, помощь больному человеку на аппаратуре, которая работает от сети.

Отключение сверх объявленного срока — основание для **перерасчёта** платы.`,
      paraphrases: [
        'где посмотреть график отключения света',
        'плановое отключение воды по моему адресу',
        'завтра будут отключать воду',
        'почему отключили свет без предупреждения',
        'до скольки не будет воды',
      ],
    },
    kk: {
      title: 'Су, жарық және жылуды жоспарлы өшіру кестесі: қайдан білуге болады',
      body: `Жоспарлы өшіру — жабдықтаушы алдын ала білетін жұмыстар: желілерді жөндеу, жаңа үйлерді қосу, жабдықты ауыстыру, жазда жылу желілерін сынау.

**Кестені қайдан қарауға болады:**
- су арнасының, электр желісі және жылу компаниясының сайттары мен әлеуметтік желілерінде;
- қала әкімдігінің сайтында және қалалық жаңалықтарда;
- подъездердегі хабарландыруларда: оларды жабдықтаушыдан хабар алған соң МИБ (ПИК) іледі;
- **109** операторынан: ол мекенжай бойынша белгілі өшірулерді көреді.

Жабдықтаушы тұрғындарды алдын ала ескертіп, жұмыстың басталатын және аяқталатын уақытын көрсетуге міндетті.

109-ға мына жағдайларда хабарлаңыз:
1. Ескертусіз өшірді, ал мекенжайыңыз кестеде жоқ.
2. Жарияланған уақыт өтті, бірақ қызмет қайта берілмеді.
3. Өшіру кезінде көмек керек: су тасу, электрмен жұмыс істейтін аппаратқа тәуелді науқасқа көмек.

Жарияланған мерзімнен асқан өшіру — төлемақыны **қайта есептеуге** негіз.`,
      paraphrases: [
        'жарықты өшіру кестесін қайдан көремін',
        'ертең су өшіріле ме',
        'неге жарықты ескертусіз өшірді',
        'су сағат нешеге дейін болмайды',
      ],
    },
    en: {
      title: 'Planned water, power and heating outages: where to find the schedule',
      body: `Planned outages are works the supplier knows about in advance: network repairs, connecting new buildings, replacing equipment, the summer tests of the heating mains.

**Where to find the schedule:**
- on the websites and social media of the water utility, the power grid company and the heat supply company;
- on the city akimat's website and in local news;
- on notices in your entrance, posted by the OSI or PKSK after the supplier informs them;
- from the **109** operator, who sees known outages for your address.

The supplier must warn residents in advance and give the start and end time of the works.

Report to 109 if:
1. The supply was cut without warning and your address is not in the schedule.
2. The announced time is over and the service is not back.
3. You need help during the outage: water delivery, or a sick person depends on mains-powered equipment.

An outage longer than announced is grounds for a **recalculation** of the bill.`,
      paraphrases: [
        'where can I see the power cut schedule',
        'planned water outage at my address',
        'why was the electricity cut without warning',
        'how long will the water be off',
      ],
    },
  },
  {
    key: 'no-electricity',
    audience: 'public',
    tags: ['электричество', 'свет', 'отключение'],
    items: ['S05.C01.I001', 'S05.C01.I002', 'S01.C06.I005'],
    ru: {
      title: 'Нет света в квартире или во всём доме',
      body: `1. **Посмотрите, есть ли свет у соседей и на улице.** Если нет только у вас, проверьте автоматы и счётчик в щитке на площадке: возможно, сработала защита. Не открывайте щиток, если он искрит или пахнет гарью, — звоните **101** или **112**.
2. Если автоматы включены, а света нет, звоните в аварийную службу ОСИ (ПКСК): неисправность может быть в общем щитке подъезда.
3. Если нет света в подъезде, во всём доме или на улице, сообщите в **109** или на портал: адрес, подъезд, с какого времени и был ли перед этим хлопок, мигание, скачок напряжения.

Обращение уходит электросетевой организации; на восстановление отводится около суток, при крупной аварии срок сообщают в ответе.

Если отключение связано с долгом по оплате, выясните сумму у поставщика: после оплаты подключают по заявлению.

Если свет отключили, а дома человек на медицинском аппарате, скажите об этом оператору сразу.`,
      paraphrases: [
        'нет света в квартире',
        'во всём доме отключили свет',
        'в подъезде темно нет электричества',
        'пропал свет на всей улице',
        'когда дадут свет',
      ],
    },
    kk: {
      title: 'Пәтерде немесе бүкіл үйде жарық жоқ',
      body: `1. **Көршілерде және көшеде жарық бар-жоғын қараңыз.** Тек сізде болмаса, алаңдағы қалқандағы автоматтар мен есептегішті тексеріңіз: қорғаныс іске қосылған болуы мүмкін. Қалқан ұшқын шашса немесе күйік иісі шықса, оны ашпаңыз — **101** немесе **112**-ге қоңырау шалыңыз.
2. Автоматтар қосулы, бірақ жарық жоқ болса, МИБ (ПИК) апаттық қызметіне хабарласыңыз: ақау подъездің ортақ қалқанында болуы мүмкін.
3. Подъезде, бүкіл үйде немесе көшеде жарық болмаса, **109**-ға немесе порталға хабарлаңыз: мекенжай, подъезд, қашаннан бері, алдында тарс еткен дыбыс, жыпылықтау, кернеу секіруі болды ма.

Өтініш электр желісі ұйымына жіберіледі; жарықты қалпына келтіруге шамамен бір тәулік беріледі, ірі апат болса, мерзімі жауапта айтылады.

Жарық қарыз үшін өшірілсе, сомасын жабдықтаушыдан біліңіз: төлегеннен кейін өтініш бойынша қосады.

Жарық өшіп, үйде медициналық аппаратқа тәуелді адам болса, операторға бірден айтыңыз.`,
      paraphrases: [
        'үйде жарық жоқ',
        'бүкіл үйде жарықты өшірді',
        'подъезд қараңғы электр жоқ',
        'көшеде жарық сөніп қалды',
        'жарық қашан беріледі',
      ],
    },
    en: {
      title: 'No electricity in the flat or the whole building',
      body: `1. **Check whether the neighbours and the street have power.** If only your flat is dark, check the circuit breakers and the meter in the panel on your landing: a breaker may have tripped. Do not open the panel if it sparks or smells of burning; call **101** or **112**.
2. If the breakers are on and there is still no power, call the emergency service of your OSI or PKSK: the fault may be in the entrance's common panel.
3. If the entrance, the building or the street has no power, report to **109** or on the portal: address, entrance, since when, and whether there was a bang, flickering or a surge before.

The appeal goes to the power grid company, which has about a day to restore supply; after a major failure the answer gives the expected time.

If the power was cut over unpaid bills, ask the supplier for the amount: it is reconnected on request after payment.

If someone at home depends on medical equipment, tell the operator at once.`,
      paraphrases: [
        'power is out in my apartment',
        'the whole building has no electricity',
        'the street lights and houses went dark',
        'when will the power come back',
      ],
    },
  },
  {
    key: 'power-line-danger',
    audience: 'public',
    tags: ['электричество', 'провода', 'опасность'],
    items: ['S05.C01.I016', 'S05.C01.I017', 'S05.C01.I019'],
    ru: {
      title: 'Оборван провод, искрит подстанция, падает опора: как сообщить об опасности',
      body: `Оборванный провод может быть под напряжением, даже если не искрит.

**Что делать сразу:**
1. Не подходите ближе чем на 8–10 метров, уведите детей, не трогайте провод и то, чего он касается (забор, машину, дерево).
2. Если провод лежит на людях, горит трава или подстанция, звоните **112** или **101**.
3. Если опасность есть, но никто не пострадал, сообщите в **109**: адрес или ближайший дом, что именно случилось (оборван провод, искрит, наклонилась опора, открыта дверь трансформаторной подстанции).

Если вас ударило током или вы оказались рядом с проводом на земле, отходите мелкими шажками, не отрывая ног от земли.

Такие обращения аварийные: электросетевая организация выезжает в течение часа, обесточивает линию и ограждает место. Наклонённую опору или провисшие над дорогой провода устраняют в плановом порядке, но приоритетно. Фото с безопасного расстояния поможет бригаде взять нужную технику.`,
      paraphrases: [
        'на земле лежит оборванный провод',
        'искрит трансформаторная будка',
        'столб наклонился вот-вот упадёт',
        'провода висят низко над дорогой',
        'открыта дверь подстанции дети лазят',
      ],
    },
    kk: {
      title: 'Сым үзілді, қосалқы станса ұшқын шашады, тірек құлап барады: қауіп туралы қалай хабарлау керек',
      body: `Үзілген сым ұшқын шашпаса да, кернеуде болуы мүмкін.

**Бірден не істеу керек:**
1. 8–10 метрден жақын бармаңыз, балаларды алып кетіңіз, сымға және ол тиіп тұрған нәрсеге (қоршау, көлік, ағаш) қол тигізбеңіз.
2. Сым адамның үстінде жатса, шөп немесе қосалқы станса жанып жатса, **112** немесе **101**-ге қоңырау шалыңыз.
3. Қауіп бар, бірақ ешкім зардап шекпесе, **109**-ға хабарлаңыз: мекенжай немесе жақын үй, не болғаны (сым үзілді, ұшқын шашады, тірек қисайды, трансформаторлық қосалқы стансаның есігі ашық).

Егер жерде жатқан сымның жанында қалсаңыз, аяғыңызды жерден көтермей, кішкене адыммен алыстаңыз.

Мұндай өтініштер апаттық болып саналады: электр желісі ұйымы бір сағат ішінде келіп, желіні ажыратады және орынды қоршайды. Қисайған тірек немесе жол үстінде салбыраған сымдар жоспарлы түрде, бірақ бірінші кезекте жөнделеді. Қауіпсіз қашықтықтан түсірілген сурет бригадаға қажетті техниканы алуға көмектеседі.`,
      paraphrases: [
        'жерде үзілген сым жатыр',
        'трансформатор ұшқын шашып тұр',
        'электр бағанасы қисайып құлайын деп тұр',
        'сымдар жолдың үстінде төмен салбырап тұр',
      ],
    },
    en: {
      title: 'A broken wire, a sparking substation or a falling pole: how to report the danger',
      body: `A broken wire may be live even if it is not sparking.

**What to do at once:**
1. Do not go closer than 8–10 metres, lead children away, and do not touch the wire or anything it is touching (a fence, a car, a tree).
2. If the wire is lying on people, or grass or the substation is on fire, call **112** or **101**.
3. If there is danger but nobody is hurt, report it to **109**: the address or nearest building and what exactly happened (a wire is broken, something is sparking, a pole is leaning, the door of a transformer substation is open).

If you have had an electric shock or find yourself near a wire lying on the ground, move away in small steps without lifting your feet off the ground.

Such appeals are emergencies: the power grid company comes within an hour, cuts the power to the line and fences off the spot. A leaning pole or wires sagging over a road are fixed as planned work, but with priority. A photo taken from a safe distance helps the crew bring the right equipment.`,
      paraphrases: [
        'a snapped power line is lying on the ground',
        'the transformer box is sparking',
        'electricity pole leaning and about to fall',
        'wires hanging low over the road',
        'substation door is open and kids climb inside',
      ],
    },
  },
  {
    key: 'gas-smell',
    audience: 'public',
    tags: ['газ', 'экстренно', 'безопасность'],
    items: ['S06.C01.I002', 'S06.C01.I001', 'S06.C01.I003'],
    ru: {
      title: 'Запах газа в квартире, подъезде или на улице: звоните 104',
      body: `**Почувствовали запах газа — звоните в газовую аварийную службу 104 или в 112.** Не откладывайте и не ждите, пока запах усилится.

До приезда газовой службы:
1. **Не включайте и не выключайте свет**, электроприборы, не звоните в дверные звонки: искра может вызвать взрыв.
2. Не зажигайте спички и зажигалки, не курите.
3. Перекройте кран на газовой трубе перед плитой.
4. Откройте окна и двери, чтобы проветрить.
5. Выйдите из квартиры, предупредите соседей стуком в дверь. Звоните **104 с улицы**, а не из загазованного помещения.

Если запах в подъезде или на улице, не заходите туда, уведите людей и тоже звоните 104.

В **109** о запахе газа тоже можно сообщить: оператор сразу передаст вызов газовой службе. Но быстрее — напрямую в 104. Газовщики приезжают как можно скорее, находят утечку и при необходимости отключают газ в доме до ремонта.`,
      paraphrases: [
        'пахнет газом в подъезде',
        'запах газа в квартире что делать',
        'на улице сильно пахнет газом',
        'куда звонить если пахнет газом',
        'утечка газа из счётчика',
      ],
    },
    kk: {
      title: 'Пәтерде, подъезде немесе көшеде газ иісі шықса: 104-ке қоңырау шалыңыз',
      body: `**Газ иісін сезсеңіз, газ апаттық қызметіне — 104-ке немесе 112-ге қоңырау шалыңыз.** Кешіктірмеңіз, иістің күшеюін күтпеңіз.

Газ қызметі келгенше:
1. **Жарықты қоспаңыз және өшірмеңіз**, электр құралдарын қолданбаңыз, есік қоңырауын баспаңыз: ұшқын жарылыс тудыруы мүмкін.
2. Сіріңке мен оттық жақпаңыз, темекі шекпеңіз.
3. Плита алдындағы газ құбырындағы кранды жабыңыз.
4. Терезе мен есіктерді ашып, желдетіңіз.
5. Пәтерден шығып, көршілердің есігін қағып ескертіңіз. **104-ке көшеден** қоңырау шалыңыз, газ толған бөлмеден емес.

Иіс подъезде немесе көшеде шықса, ол жерге кірмеңіз, адамдарды алып кетіңіз және 104-ке хабарласыңыз.

Газ иісі туралы **109**-ға да хабарлауға болады: оператор шақыруды бірден газ қызметіне береді. Бірақ тікелей 104-ке хабарласу тезірек. Газшылар мүмкіндігінше тез келіп, ағып жатқан жерді табады және қажет болса, жөндегенше үйдегі газды өшіреді.`,
      paraphrases: [
        'подъезде газ иісі шығып тұр',
        'үйде газдың иісі шығады не істеу керек',
        'көшеде газ иісі қатты',
        'газ иісі шықса қайда хабарласу керек',
      ],
    },
    en: {
      title: 'Smell of gas in the flat, the entrance or the street: call 104',
      body: `**If you smell gas, call the gas emergency service on 104, or 112.** Do not wait for the smell to get stronger.

Until the gas service arrives:
1. **Do not switch lights or appliances on or off**, and do not ring doorbells: a spark can cause an explosion.
2. Do not strike matches or lighters, do not smoke.
3. Close the valve on the gas pipe in front of the cooker.
4. Open windows and doors to air the place.
5. Leave the flat and knock on the neighbours' doors to warn them. Call **104 from outside**, not from the room full of gas.

If the smell is in the entrance or in the street, do not go in, lead people away and call 104 as well.

You can also report a gas smell to **109**, and the operator will pass it on to the gas service at once, but calling 104 directly is faster. The gas crew comes as soon as possible, finds the leak and, if needed, shuts off gas to the building until it is repaired.`,
      paraphrases: [
        'it smells of gas in the stairwell',
        'gas smell in my kitchen what should I do',
        'strong gas smell on the street',
        'what number to call for a gas leak',
      ],
    },
  },
  {
    key: 'no-gas',
    audience: 'public',
    tags: ['газ', 'отключение', 'давление'],
    items: ['S06.C02.I001', 'S06.C02.I003', 'S06.C02.I005'],
    ru: {
      title: 'Нет газа или плита еле горит',
      body: `Если газ пропал, **сначала закройте кран перед плитой или котлом**: когда подачу восстановят, газ не должен идти в открытую конфорку.

1. Посмотрите, нет ли объявления о плановых работах на газопроводе, и спросите соседей.
2. Если газа нет у всего дома или улицы, сообщите в **109** или на портал. Если при этом пахнет газом — сразу звоните **104**.
3. Если газ отключили только вам, выясните у газоснабжающей организации, нет ли долга и не истёк ли срок проверки счётчика или оборудования.

Низкое давление (пламя маленькое, котёл гаснет) особенно опасно зимой в частных домах: котёл может не запуститься и дом остынет. Напишите в обращении, что у вас отопление от газового котла, — такие обращения рассматривают быстрее.

Что указать: адрес, квартира или частный дом, с какого времени нет газа, сколько домов затронуто. Обращение уходит газоснабжающей организации; в ответе будет причина и срок восстановления.`,
      paraphrases: [
        'нет газа в доме плита не горит',
        'газ еле горит котёл тухнет',
        'отключили газ на всей улице',
        'когда включат газ',
      ],
    },
    kk: {
      title: 'Газ жоқ немесе плита әрең жанады',
      body: `Газ жоғалса, **алдымен плита немесе қазандық алдындағы кранды жабыңыз**: газ қайта берілгенде ол ашық қыздырғышқа бармауы керек.

1. Газ құбырындағы жоспарлы жұмыстар туралы хабарландыру бар-жоғын қарап, көршілерден сұраңыз.
2. Газ бүкіл үйде немесе көшеде болмаса, **109**-ға немесе порталға хабарлаңыз. Сонымен қатар газ иісі шықса — бірден **104**-ке қоңырау шалыңыз.
3. Газ тек сізге өшірілсе, газбен жабдықтаушы ұйымнан қарыз жоқ па, есептегішті немесе жабдықты тексеру мерзімі өтпеді ме — анықтаңыз.

Қысымның төмендігі (жалын кішкентай, қазандық сөніп қалады) қыста жеке үйлерде әсіресе қауіпті: қазандық іске қосылмай, үй суып кетуі мүмкін. Өтініште үйіңіз газ қазандығымен жылытылатынын жазыңыз — мұндай өтініштер тезірек қаралады.

Не көрсету керек: мекенжай, пәтер ме әлде жеке үй ме, газ қашаннан бері жоқ, неше үй қамтылған. Өтініш газбен жабдықтаушы ұйымға жіберіледі; жауапта себебі мен қалпына келтіру мерзімі болады.`,
      paraphrases: [
        'үйде газ жоқ плита жанбайды',
        'газ әлсіз жанады қазандық сөніп қалады',
        'бүкіл көшеде газ өшірілді',
        'газ қашан қосылады',
      ],
    },
    en: {
      title: 'No gas, or the cooker flame is very weak',
      body: `If the gas goes off, **first close the valve in front of the cooker or boiler**: when the supply is restored, gas must not flow into an open burner.

1. Look for a notice about planned works on the gas pipeline and ask your neighbours.
2. If the whole building or street has no gas, report it to **109** or on the portal. If you can also smell gas, call **104** at once.
3. If the gas was cut off only to you, check with the gas supply company whether you have a debt or whether the inspection date for your meter or equipment has passed.

Low pressure (a small flame, the boiler keeps going out) is especially dangerous in winter in private houses: the boiler may fail to start and the house will get cold. Say in the appeal that your heating runs on a gas boiler: such appeals are dealt with faster.

What to include: the address, flat or private house, since when there has been no gas, and how many houses are affected. The appeal goes to the gas supply company; the answer gives the cause and the date the supply will be restored.`,
      paraphrases: [
        'no gas at home the stove will not light',
        'gas flame is tiny and the boiler keeps going out',
        'gas is off on the whole street',
        'when will the gas be back on',
      ],
    },
  },
  {
    key: 'sewage-blockage',
    audience: 'public',
    tags: ['канализация', 'засор', 'подвал'],
    items: ['S04.C02.I001', 'S01.C03.I004', 'S04.C02.I003'],
    ru: {
      title: 'Засор канализации: вода не уходит, течёт в подвал или из колодца',
      body: `**Засор в вашей квартире** (раковина, ванна, унитаз) — забота собственника: прочистите сифон, вызовите сантехника.

**Засор общего стояка или выпуска** — это общее имущество дома. Признаки: вода поднимается в ванне или унитазе на нижних этажах, когда соседи сверху сливают воду; запах канализации в подъезде; стоки в подвале.
1. Попросите соседей по стояку временно не сливать воду.
2. Звоните в аварийную службу ОСИ (ПКСК).
3. Если служба не отвечает или засор во внешней сети (переполнен колодец во дворе, стоки текут по улице), сообщите в **109** или на портал.

Напишите адрес, подъезд, квартиру, этаж, где течёт (квартира, подвал, колодец во дворе) и с какого времени. Фото колодца или подвала поможет.

Засор выпуска из дома и переполненный колодец устраняют в течение суток. Если стоками залило квартиру или подвал, попросите составить **акт о затоплении**: он нужен для возмещения ущерба.`,
      paraphrases: [
        'канализация забилась вода поднимается в ванной',
        'из унитаза на первом этаже лезет',
        'колодец во дворе переполнен течёт по улице',
        'подвал залило канализацией',
        'воняет канализацией в подъезде',
      ],
    },
    kk: {
      title: 'Кәріз бітелді: су кетпейді, жертөлеге немесе құдықтан ағып жатыр',
      body: `**Пәтеріңіздегі бітелу** (раковина, ванна, унитаз) — меншік иесінің міндеті: сифонды тазалаңыз немесе сантехник шақырыңыз.

**Ортақ стояктың немесе үйден шығатын құбырдың бітелуі** — үйдің ортақ мүлкі. Белгілері: жоғарғы қабаттағы көршілер су төккенде төменгі қабаттардағы ваннада немесе унитазда су көтеріледі; подъезде кәріз иісі шығады; жертөледе ағынды су тұр.
1. Стояктағы көршілерден біраз уақыт су төкпеуді сұраңыз.
2. МИБ (ПИК) апаттық қызметіне хабарласыңыз.
3. Қызмет жауап бермесе немесе бітелу сыртқы желіде болса (ауладағы құдық толып кеткен, ағынды су көшеге ағып жатыр), **109**-ға немесе порталға хабарлаңыз.

Мекенжайды, подъезді, пәтерді, қабатты, қай жерде ағып жатқанын (пәтер, жертөле, ауладағы құдық) және қашаннан бері екенін жазыңыз. Құдықтың немесе жертөленің суреті көмектеседі.

Үйден шығатын құбырдың бітелуі мен толып кеткен құдық бір тәулік ішінде жөнделеді. Ағынды су пәтерді немесе жертөлені басса, **су басқаны туралы акт** жасауды сұраңыз: ол шығынды өтеу үшін керек.`,
      paraphrases: [
        'кәріз бітеліп қалды ваннаға су көтеріледі',
        'ауладағы кәріз құдығы толып ағып жатыр',
        'жертөлені кәріз суы басты',
        'подъезде кәріздің иісі шығады',
      ],
    },
    en: {
      title: 'Blocked sewer: water not draining, flowing into the basement or out of a manhole',
      body: `**A blockage inside your flat** (sink, bath, toilet) is the owner's job: clean the trap or call a plumber.

**A blockage in the common riser or the building's outlet pipe** concerns the common property of the building. The signs: water rises in the bath or toilet on the lower floors when the neighbours upstairs drain water; a sewage smell in the entrance; sewage in the basement.
1. Ask the neighbours on your riser not to drain water for a while.
2. Call the emergency service of your OSI or PKSK.
3. If the service does not answer or the blockage is in the outside network (an overflowing manhole in the yard, sewage running down the street), report it to **109** or on the portal.

Give the address, entrance, flat, floor, where it is flowing (flat, basement, manhole in the yard) and since when. A photo of the manhole or the basement helps.

A blocked outlet from the building and an overflowing manhole are cleared within a day. If sewage has flooded your flat or the basement, ask for a **flooding report (akt)**: you need it to claim compensation for the damage.`,
      paraphrases: [
        'the sewer is blocked and water comes up in the bath',
        'sewage coming out of the toilet on the ground floor',
        'manhole in the yard overflowing onto the street',
        'the basement is flooded with sewage',
        'the stairwell stinks of sewage',
      ],
    },
  },
  {
    key: 'flooding-pipe-burst',
    audience: 'public',
    tags: ['затопление', 'трубы', 'авария'],
    items: ['S01.C06.I001', 'S01.C06.I002', 'S01.C06.I007'],
    ru: {
      title: 'Прорвало трубу или заливают соседи сверху',
      body: `**Действуйте быстро:**
1. Если течёт у вас — перекройте краны на вводе в квартиру (холодная и горячая вода). Если вода попадает на розетки или люстру, отключите электричество в щитке.
2. Если заливают сверху — поднимитесь к соседям. Если их нет дома или течь на стояке, звоните в аварийную службу ОСИ (ПКСК): она перекроет стояк.
3. Если аварийная служба не отвечает или прорыв большой, звоните в **109**: оператор передаст вызов городской аварийно-диспетчерской службе, она выезжает в течение нескольких часов.

Укажите адрес, подъезд, квартиру, этаж и что течёт: холодная, горячая вода, отопление или канализация.

**Сохраните доказательства.** Сфотографируйте потолок, стены, мебель и попросите ОСИ (ПКСК) составить **акт о затоплении** с указанием причины. Ущерб возмещает тот, по чьей вине произошла авария: сосед, если прорвало его трубу, или тот, кто отвечает за общее имущество дома, если прорвало стояк. Если договориться не удаётся, вопрос решается в суде.`,
      paraphrases: [
        'меня топят соседи сверху',
        'прорвало трубу в квартире что делать',
        'течёт с потолка соседей нет дома',
        'лопнул стояк горячей воды',
        'кто возместит ущерб от затопления',
      ],
    },
    kk: {
      title: 'Құбыр жарылды немесе үстіңгі көршілер су басып жатыр',
      body: `**Тез әрекет етіңіз:**
1. Су сізде ағып жатса, пәтерге кіретін крандарды (суық және ыстық су) жабыңыз. Су розеткаға немесе шамға тисе, қалқаннан электрді өшіріңіз.
2. Үстіңгі қабаттан су басып жатса, көршілерге көтеріліңіз. Олар үйде болмаса немесе стояк ағып жатса, МИБ (ПИК) апаттық қызметіне хабарласыңыз: стоякты жабады.
3. Апаттық қызмет жауап бермесе немесе жарылыс үлкен болса, **109**-ға қоңырау шалыңыз: оператор шақыруды қалалық апаттық-диспетчерлік қызметке береді, ол бірнеше сағат ішінде келеді.

Мекенжайды, подъезді, пәтерді, қабатты және не ағып жатқанын айтыңыз: суық, ыстық су, жылу жүйесі немесе кәріз.

**Дәлелдерді сақтаңыз.** Төбені, қабырғаны, жиһазды суретке түсіріп, МИБ-тен (ПИК-тен) себебі көрсетілген **су басқаны туралы акт** жасауды сұраңыз. Шығынды кінәлі тарап өтейді: құбыры жарылған көрші немесе стояк жарылса, үйдің ортақ мүлкіне жауапты тарап. Келісе алмасаңыз, мәселе сотта шешіледі.`,
      paraphrases: [
        'үстіңгі көршілер су басып жатыр',
        'пәтерде құбыр жарылды не істеу керек',
        'төбеден су ағып тұр көршілер үйде жоқ',
        'ыстық су стоягы жарылды',
      ],
    },
    en: {
      title: 'A burst pipe, or the neighbours upstairs are flooding you',
      body: `**Act quickly:**
1. If the leak is in your flat, close the valves at the flat inlet (cold and hot water). If water is getting onto sockets or the ceiling light, switch off the power at the panel.
2. If water is coming from upstairs, go up to the neighbours. If they are not at home or the riser is leaking, call the emergency service of your OSI or PKSK: it will shut off the riser.
3. If the emergency service does not answer or the burst is large, call **109**: the operator passes the call to the city emergency dispatch service, which comes within a few hours.

Give the address, entrance, flat, floor and what is leaking: cold water, hot water, heating or sewage.

**Keep the evidence.** Photograph the ceiling, walls and furniture and ask the OSI or PKSK to draw up a **flooding report (akt)** stating the cause. The damage is paid for by whoever is to blame for the accident: the neighbour if their pipe burst, or whoever is responsible for the building's common property if the riser burst. If you cannot agree, the matter is settled in court.`,
      paraphrases: [
        'the upstairs neighbours are flooding my flat',
        'a pipe burst in my apartment what do I do',
        'water pouring through the ceiling and the neighbours are not home',
        'the hot water riser burst',
        'who pays for water damage from upstairs',
      ],
    },
  },
  {
    key: 'roof-leak',
    audience: 'public',
    tags: ['крыша', 'протечка', 'верхний этаж'],
    items: ['S01.C01.I001', 'S01.C01.I005', 'S01.C04.I011'],
    ru: {
      title: 'Протекает крыша: куда обращаться жильцам верхнего этажа',
      body: `Крыша — **общее имущество дома**, за её содержание отвечает ОСИ (ПКСК) или управляющая компания, которую выбрали собственники.

1. Подставьте ёмкости, отодвиньте мебель, при намокании проводки отключите свет в комнате.
2. Сфотографируйте следы протечки: потолок, стены, пол.
3. Сообщите председателю ОСИ (ПКСК) или управляющему и попросите составить **акт о протечке**.
4. Если реакции нет, подайте обращение в **109** или на портал, пункт «Протекает кровля». Укажите адрес, подъезд, квартиру, этаж, где течёт (потолок, балкон, межпанельный шов) и с какого времени.

Обращение направляется тому, кто управляет вашим домом, а контроль ведёт отдел ЖКХ. На устранение протечки отводится несколько рабочих дней; если нужен большой ремонт кровли, в ответе напишут, как его планируют: за счёт текущих взносов или сберегательного счёта дома на капитальный ремонт.

Зимой протечки часто связаны с наледью на крыше — о снеге и сосульках есть отдельная статья.`,
      paraphrases: [
        'течёт крыша на пятом этаже',
        'после дождя капает с потолка',
        'крыша протекает а ПКСК ничего не делает',
        'мокнет угол на верхнем этаже',
        'протекает межпанельный шов',
      ],
    },
    kk: {
      title: 'Шатыр ағып тұр: жоғарғы қабаттағы тұрғындар қайда жүгінуі керек',
      body: `Шатыр — **үйдің ортақ мүлкі**, оны күтіп-ұстауға МИБ (ОСИ), ПИК (ПКСК) немесе меншік иелері таңдаған басқарушы компания жауап береді.

1. Ыдыс қойыңыз, жиһазды жылжытыңыз, электр сымына су тисе, бөлмедегі жарықты өшіріңіз.
2. Ағып тұрған жерлерді суретке түсіріңіз: төбе, қабырға, еден.
3. МИБ (ПИК) төрағасына немесе басқарушыға хабарлап, **су ағуы туралы акт** жасауды сұраңыз.
4. Ешқандай әрекет болмаса, **109**-ға немесе порталға «Шатыр ағып тұр» тармағы бойынша өтініш беріңіз. Мекенжайды, подъезді, пәтерді, қабатты, қай жерден ағатынын (төбе, балкон, панель аралық жік) және қашаннан бері екенін жазыңыз.

Өтініш үйіңізді басқаратын тарапқа жіберіледі, ал оны ТҮКШ бөлімі бақылайды. Ағып тұрған жерді жөндеуге бірнеше жұмыс күні беріледі; шатырды толық жөндеу керек болса, жауапта оның қалай жоспарланатыны жазылады: ағымдағы жарналар есебінен бе, әлде үйдің күрделі жөндеуге арналған жинақ шотынан ба.

Қыста су ағуы көбіне шатырдағы мұзға байланысты — қар мен сүңгілер туралы бөлек мақала бар.`,
      paraphrases: [
        'бесінші қабатта шатыр ағып тұр',
        'жаңбырдан кейін төбеден су тамады',
        'шатыр ағады ал ПИК ештеңе істемейді',
        'панель арасындағы жік ағып тұр',
      ],
    },
    en: {
      title: 'The roof is leaking: what top-floor residents should do',
      body: `The roof is **common property of the building**; the OSI (owners' association), the PKSK or the management company chosen by the owners is responsible for it.

1. Put out containers, move furniture away, and switch off the room's power if wiring gets wet.
2. Photograph the leak: ceiling, walls, floor.
3. Tell the chair of the OSI or PKSK, or the manager, and ask for a **leak report (akt)**.
4. If nothing happens, file an appeal with **109** or on the portal under "Roof leaking". Give the address, entrance, flat, floor, where it leaks (ceiling, balcony, panel joint) and since when.

The appeal is sent to whoever manages your building, and the city housing department follows it up. Stopping a leak takes a few working days; if the roof needs a major repair, the answer explains how it is planned: from the current fees or from the building's capital repair savings account.

In winter, leaks often come from ice on the roof; snow and icicles have an article of their own.`,
      paraphrases: [
        'roof leaking into my top floor flat',
        'water drips from the ceiling after rain',
        'the housing association ignores our roof leak',
        'leaking panel joint in the wall',
      ],
    },
  },
  {
    key: 'roof-snow-icicles',
    audience: 'public',
    tags: ['крыша', 'сосульки', 'снег'],
    items: ['S01.C01.I022', 'S01.C01.I023'],
    ru: {
      title: 'Сосульки и снег на крыше: кто должен убирать',
      body: `Сосульки и снежные навесы над тротуаром и входом в подъезд опасны для прохожих. Очищать крышу многоквартирного дома обязан тот, кто управляет домом: **ОСИ (ПКСК) или управляющая компания**. Для коммерческих зданий — их владелец.

Что делать:
1. Не ходите под опасным краем крыши, предупредите детей.
2. Сообщите председателю ОСИ (ПКСК) или управляющему.
3. Если крыша не очищена, подайте обращение в **109** или на портал: адрес, подъезд или сторона дома, где висят сосульки, над чем (вход, тротуар, парковка). Фото очень помогает.

Опасные сосульки над входами и тротуарами сбивают в приоритетном порядке, обычно в течение нескольких рабочих дней, а в оттепель — быстрее. На время работ место ограждают лентой, машины просят убрать.

Если глыба льда или снега упала на машину или человека, вызовите полицию (**102**) для фиксации, при травме — **103**. Ущерб возмещает тот, кто не очистил крышу.`,
      paraphrases: [
        'огромные сосульки над подъездом',
        'кто должен чистить крышу от снега',
        'с крыши упал снег на машину',
        'висит снежный козырёк над тротуаром',
      ],
    },
    kk: {
      title: 'Шатырдағы сүңгілер мен қар: кім тазалауы керек',
      body: `Жаяу жүргіншілер жолы мен подъезд кіреберісінің үстінде салбыраған сүңгілер мен қар жиектері өтіп бара жатқан адамдарға қауіпті. Көппәтерлі үйдің шатырын үйді басқаратын тарап — **МИБ (ПИК) немесе басқарушы компания** тазалауға міндетті. Коммерциялық ғимараттарда — оның иесі.

Не істеу керек:
1. Шатырдың қауіпті жиегінің астымен жүрмеңіз, балаларды ескертіңіз.
2. МИБ (ПИК) төрағасына немесе басқарушыға хабарлаңыз.
3. Шатыр тазаланбаса, **109**-ға немесе порталға өтініш беріңіз: мекенжай, сүңгілер салбырап тұрған подъезд немесе үйдің жағы, олар неге төніп тұр (кіреберіс, тротуар, тұрақ). Сурет өте көмектеседі.

Кіреберіс пен тротуар үстіндегі қауіпті сүңгілер бірінші кезекте, әдетте бірнеше жұмыс күні ішінде, ал күн жылыған кезде тезірек қағылады. Жұмыс кезінде орын лентамен қоршалады, көліктерді алып кетуді сұрайды.

Мұз немесе қар көлікке не адамға құласа, оқиғаны тіркеу үшін полицияны (**102**) шақырыңыз, жарақат болса — **103**. Шығынды шатырды тазаламаған тарап өтейді.`,
      paraphrases: [
        'подъездің үстінде үлкен сүңгілер тұр',
        'шатырдағы қарды кім тазалауы керек',
        'шатырдан қар құлап көлікті басты',
        'тротуардың үстінде қар салбырап тұр',
      ],
    },
    en: {
      title: 'Icicles and snow on the roof: who must clear them',
      body: `Icicles and overhanging snow above the pavement and the entrance are dangerous for passers-by. The roof of an apartment building must be cleared by whoever manages the building: **the OSI, PKSK or management company**. For commercial buildings, it is their owner.

What to do:
1. Do not walk under a dangerous edge of the roof, and warn children.
2. Tell the chair of the OSI or PKSK, or the manager.
3. If the roof is not cleared, file an appeal with **109** or on the portal: the address, the entrance or side of the building where the icicles hang, and what they hang over (an entrance, a pavement, a car park). A photo helps a lot.

Dangerous icicles above entrances and pavements are knocked down with priority, usually within a few working days, and faster during a thaw. While the work is done, the area is fenced off with tape and owners are asked to move their cars.

If a lump of ice or snow has fallen on a car or a person, call the police (**102**) to record it, and **103** if someone is injured. The damage is paid for by whoever failed to clear the roof.`,
      paraphrases: [
        'huge icicles hanging over our entrance',
        'who has to clear snow off the roof',
        'snow fell off the roof onto my car',
        'snow overhang above the sidewalk',
      ],
    },
  },
  {
    key: 'emergency-services',
    audience: 'public',
    tags: ['аварийная служба', 'экстренно', 'телефоны'],
    items: ['S01.C06.I008', 'S03.C02.I001', 'S04.C01.I025'],
    ru: {
      title: 'Аварийные и экстренные службы города: куда звонить',
      body: `**Угроза жизни, пожар, ДТП, человек в беде — 112.** Единый номер принимает вызовы круглосуточно и бесплатно, даже без SIM-карты.

Отдельные номера:
- **101** — пожарная служба;
- **102** — полиция;
- **103** — скорая медицинская помощь;
- **104** — газовая аварийная служба (запах газа, повреждение газопровода).

**109** — единый центр обращений города. Сюда звонят о коммунальных авариях и городских проблемах: нет воды, тепла или света, прорыв теплотрассы или водопровода, открытый люк, не работает лифт или светофор. Оператор регистрирует обращение и сразу передаёт аварийные вызовы исполнителю: водоканалу, тепловикам, электросетям, лифтовой или городской аварийно-диспетчерской службе.

Внутридомовые неисправности (течь в квартире, засор стояка) сначала решает аварийная служба вашего ОСИ (ПКСК): её телефон должен висеть в подъезде. Если там не отвечают, звоните в 109.

**1414** — контакт-центр по государственным услугам и порталу eGov.`,
      paraphrases: [
        'куда звонить при аварии',
        'телефон аварийной службы',
        'парит теплотрасса во дворе кому сообщить',
        'аварийка ПКСК не берёт трубку',
        'какие номера экстренных служб',
      ],
    },
    kk: {
      title: 'Қаланың апаттық және шұғыл қызметтері: қайда хабарласу керек',
      body: `**Өмірге қауіп, өрт, жол-көлік оқиғасы, адам қиын жағдайда — 112.** Бірыңғай нөмір қоңырауларды тәулік бойы тегін қабылдайды, SIM-картасыз да.

Жеке нөмірлер:
- **101** — өрт сөндіру қызметі;
- **102** — полиция;
- **103** — жедел медициналық жәрдем;
- **104** — газ апаттық қызметі (газ иісі, газ құбырының зақымдануы).

**109** — қаланың бірыңғай өтініштер орталығы. Мұнда коммуналдық апаттар мен қалалық мәселелер бойынша хабарласады: су, жылу немесе жарық жоқ, жылу трассасы не су құбыры жарылды, люк ашық, лифт немесе бағдаршам істемейді. Оператор өтінішті тіркеп, апаттық шақыруларды орындаушыға бірден береді: су арнасына, жылушыларға, электр желілеріне, лифт немесе қалалық апаттық-диспетчерлік қызметке.

Үй ішіндегі ақауларды (пәтердегі су ағуы, стояктың бітелуі) алдымен МИБ (ПИК) апаттық қызметі шешеді: оның телефоны подъезде ілулі тұруы керек. Ол жауап бермесе, 109-ға хабарласыңыз.

**1414** — мемлекеттік қызметтер мен eGov порталы бойынша байланыс орталығы.`,
      paraphrases: [
        'апат болса қайда хабарласу керек',
        'апаттық қызметтің нөмірі қандай',
        'аулада жылу трассасынан бу шығып жатыр',
        'ПИК апаттық қызметі телефон көтермейді',
      ],
    },
    en: {
      title: 'Emergency and city emergency services: whom to call',
      body: `**Danger to life, fire, a road accident, someone in trouble: call 112.** The single number answers around the clock, free of charge, even without a SIM card.

Separate numbers:
- **101**: fire service;
- **102**: police;
- **103**: ambulance;
- **104**: gas emergency service (gas smell, damaged gas pipe).

**109** is the city's single appeals centre. Call it about utility failures and city problems: no water, heat or power, a burst heating or water main, an open manhole, a broken lift or traffic light. The operator registers the appeal and passes emergencies straight to the executor: the water utility, the heat company, the power grid, the lift service or the city emergency dispatch service.

Faults inside the building (a leak in a flat, a blocked riser) are first for the emergency service of your OSI or PKSK; its number should be posted in the entrance. If nobody answers there, call 109.

**1414** is the contact centre for public services and the eGov portal.`,
      paraphrases: [
        'emergency numbers in Kazakhstan',
        'who do I call about a burst pipe',
        'steam coming from the heating main in the yard',
        'the housing association emergency line does not answer',
      ],
    },
  },
  {
    key: 'entrance-cleaning',
    audience: 'public',
    tags: ['подъезд', 'уборка', 'оси'],
    items: ['S01.C02.I027', 'S01.C02.I028', 'S01.C02.I029'],
    ru: {
      title: 'Не убирают подъезд: кому жаловаться',
      body: `Уборка подъезда входит в **содержание общего имущества** дома, за которое жильцы платят взносы. Как часто моют лестницы и выносят мусор, определяет смета или договор, утверждённый собранием собственников.

1. Уточните у председателя ОСИ (ПКСК) или управляющего график уборки: он должен висеть в подъезде или быть в отчёте.
2. Если уборки нет, напишите председателю и попросите ответ. Сохраните фото грязных лестниц с датой.
3. Если ничего не меняется, подайте обращение в **109** или на портал, пункт «Не убирается подъезд». Укажите адрес, подъезд и как давно не убирают. Если в подъезде неприятный запах, мусор на лестнице или завалены проходы, напишите и об этом.

Обращение уходит тому, кто управляет домом, его выполнение контролирует жилищная инспекция. На наведение порядка отводится несколько рабочих дней.

Если уборку оплачивают, а её нет месяцами, это повод требовать у ОСИ **отчёт о расходах** и пересмотреть смету на собрании.`,
      paraphrases: [
        'подъезд не моют месяцами',
        'в подъезде грязь и мусор кто должен убирать',
        'уборщицы нет а деньги берут',
        'воняет в подъезде',
        'соседи захламили лестницу',
      ],
    },
    kk: {
      title: 'Подъезд жиналмайды: кімге шағымдану керек',
      body: `Подъезді жинау тұрғындар жарна төлейтін **ортақ мүлікті күтіп-ұстауға** кіреді. Баспалдақтар қаншалықты жиі жуылып, қоқыс қаншалықты жиі шығарылатынын меншік иелерінің жиналысы бекіткен смета немесе шарт анықтайды.

1. МИБ (ПИК) төрағасынан немесе басқарушыдан жинау кестесін сұраңыз: ол подъезде ілулі тұруы немесе есепте болуы керек.
2. Жинау болмаса, төрағаға жазбаша хабарлап, жауап сұраңыз. Лас баспалдақтардың күні көрінетін суретін сақтаңыз.
3. Ештеңе өзгермесе, **109**-ға немесе порталға «Подъезд жиналмайды» тармағы бойынша өтініш беріңіз. Мекенжайды, подъезді және қашаннан бері жиналмайтынын көрсетіңіз. Подъезде жағымсыз иіс болса, баспалдақта қоқыс жатса немесе өтетін жер үйіліп қалса, оны да жазыңыз.

Өтініш үйді басқаратын тарапқа жіберіледі, оның орындалуын тұрғын үй инспекциясы бақылайды. Тәртіп орнатуға бірнеше жұмыс күні беріледі.

Жинау үшін ақы төленіп, бірақ ол айлап жасалмаса, МИБ-тен **шығыстар туралы есепті** талап етіп, сметаны жиналыста қайта қарауға негіз бар.`,
      paraphrases: [
        'подъезд айлап жуылмайды',
        'подъезде қоқыс пен лас кім жинауы керек',
        'тазалықшы жоқ бірақ ақша алады',
        'подъезде жаман иіс шығады',
      ],
    },
    en: {
      title: 'The entrance is not being cleaned: whom to complain to',
      body: `Cleaning the entrance is part of the **upkeep of the building's common property**, which residents pay fees for. How often the stairs are washed and the rubbish taken out is set by the budget or contract approved by the owners' meeting.

1. Ask the chair of the OSI or PKSK, or the manager, for the cleaning schedule: it should be posted in the entrance or included in the report.
2. If there is no cleaning, write to the chair and ask for an answer. Keep dated photos of the dirty stairs.
3. If nothing changes, file an appeal with **109** or on the portal under "Entrance not cleaned". Give the address, the entrance and how long it has not been cleaned. If there is a bad smell, rubbish on the stairs or blocked passages, mention that too.

The appeal goes to whoever manages the building, and the housing inspection checks that it is dealt with. A few working days are given to put things in order.

If you pay for cleaning but there has been none for months, that is grounds to demand a **report on spending** from the OSI and to review the budget at a meeting.`,
      paraphrases: [
        'nobody has cleaned our stairwell for months',
        'dirt and rubbish in the stairwell who should clean it',
        'there is no cleaner but we still pay for cleaning',
        'it stinks in our building entrance',
        'neighbours have cluttered the staircase with junk',
      ],
    },
  },
  {
    key: 'entrance-lighting-doors',
    audience: 'public',
    tags: ['подъезд', 'освещение', 'домофон'],
    items: ['S01.C02.I021', 'S01.C02.I024', 'S01.C02.I001'],
    ru: {
      title: 'Темно в подъезде, сломана входная дверь или домофон',
      body: `Свет на лестницах, входная и тамбурная дверь, доводчик, почтовые ящики, окна и перила — **общее имущество**, их ремонтирует ОСИ (ПКСК) или управляющая компания за счёт взносов.

Домофон часто обслуживает отдельная компания по договору с жильцами: её контакты обычно указаны на панели или в квитанции. Если домофон не работает, сначала звоните туда.

Если не горит свет, сломана дверь или разбито окно:
1. Сообщите председателю ОСИ (ПКСК) или управляющему.
2. Если не чинят, подайте обращение в **109** или на портал. Укажите адрес, подъезд, этаж и что именно сломано: не горит свет на каких этажах, дверь не закрывается, оторван доводчик.

Темнота в подъезде и незакрывающаяся входная дверь зимой — вопросы безопасности и тепла в доме, поэтому на них отводится несколько рабочих дней. Если в подъезде искрит проводка или пахнет гарью, это авария: звоните **101** или **109** сразу.`,
      paraphrases: [
        'в подъезде не горит свет',
        'входная дверь в подъезд не закрывается',
        'сломали доводчик дверь хлопает',
        'не работает домофон',
        'на лестнице разбито окно дует',
      ],
    },
    kk: {
      title: 'Подъезд қараңғы, кіреберіс есігі немесе домофон бұзылған',
      body: `Баспалдақтағы жарық, кіреберіс және тамбур есігі, есік жапқыш, пошта жәшіктері, терезелер мен сүйеніштер — **ортақ мүлік**, оларды МИБ (ПИК) немесе басқарушы компания жарна есебінен жөндейді.

Домофонға көбіне тұрғындармен шарт жасасқан бөлек компания қызмет көрсетеді: оның байланыстары әдетте панельде немесе түбіртекте көрсетіледі. Домофон істемесе, алдымен соларға хабарласыңыз.

Жарық жанбаса, есік бұзылса немесе терезе сынса:
1. МИБ (ПИК) төрағасына немесе басқарушыға хабарлаңыз.
2. Жөндемесе, **109**-ға немесе порталға өтініш беріңіз. Мекенжайды, подъезді, қабатты және не бұзылғанын нақты жазыңыз: қай қабаттарда жарық жанбайды, есік жабылмайды, жапқыш жұлынып қалған.

Подъездің қараңғы болуы және қыста кіреберіс есігінің жабылмауы — қауіпсіздік пен үйдегі жылу мәселесі, сондықтан оларға бірнеше жұмыс күні беріледі. Подъезде сым ұшқын шашса немесе күйік иісі шықса, бұл — апат: бірден **101**-ге немесе **109**-ға хабарласыңыз.`,
      paraphrases: [
        'подъезде жарық жанбайды',
        'подъездің есігі жабылмайды',
        'домофон істемейді',
        'баспалдақтағы терезе сынған суық кіреді',
      ],
    },
    en: {
      title: 'Dark entrance, broken front door or intercom',
      body: `The lighting on the stairs, the front and vestibule doors, the door closer, the mailboxes, the windows and the handrails are **common property**; the OSI, PKSK or management company repairs them out of the fees.

The intercom is often serviced by a separate company under a contract with the residents: its contacts are usually shown on the panel or on the bill. If the intercom does not work, call them first.

If the lights are out, the door is broken or a window is smashed:
1. Tell the chair of the OSI or PKSK, or the manager.
2. If it is not fixed, file an appeal with **109** or on the portal. Give the address, entrance, floor and what exactly is broken: on which floors the lights are out, the door does not close, the door closer has been torn off.

A dark entrance and a front door that does not close in winter are matters of safety and of keeping the building warm, so they are given a few working days. If wiring is sparking in the entrance or there is a smell of burning, it is an emergency: call **101** or **109** at once.`,
      paraphrases: [
        'no lights in the stairwell',
        'the front door of the building will not close',
        'door closer broken and the door keeps slamming',
        'the intercom is not working',
        'broken window on the staircase and it is drafty',
      ],
    },
  },
  {
    key: 'osi-pksk-basics',
    audience: 'public',
    tags: ['оси', 'пкск', 'управление домом'],
    items: ['S01.C07.I001', 'S01.C07.I002', 'S01.C07.I007'],
    ru: {
      title: 'ОСИ и ПКСК: кто управляет многоквартирным домом',
      body: `По Закону «О жилищных отношениях» собственники квартир и нежилых помещений сами решают, как управлять домом. Основная форма — **ОСИ, объединение собственников имущества**: некоммерческая организация, которую создают решением собрания собственников. Небольшие дома могут выбрать **простое товарищество**. Прежние **ПКСК** (кооперативы собственников квартир) по закону переходят в ОСИ.

Как устроено ОСИ:
- **председатель** ведёт дела, заключает договоры, отчитывается перед жильцами;
- **совет дома** из собственников контролирует председателя и расходы;
- управлять можно самим или нанять **управляющую компанию** либо управляющего;
- у дома два счёта: **текущий** (содержание) и **сберегательный** (капитальный ремонт).

Решения о смете, выборе управляющего и ремонте принимает собрание собственников.

Вопросы о создании ОСИ, переходе из ПКСК, собраниях можно задать через **109** или портал: ответ дадут специалисты жилищной инспекции, обычно в течение 15 рабочих дней.`,
      paraphrases: [
        'что такое ОСИ',
        'чем ОСИ отличается от ПКСК',
        'как создать ОСИ в доме',
        'кто такой председатель ОСИ и что он должен делать',
        'наш ПКСК не перешёл в ОСИ',
      ],
    },
    kk: {
      title: 'МИБ (ОСИ) және ПИК (ПКСК): көппәтерлі үйді кім басқарады',
      body: `«Тұрғын үй қатынастары туралы» Заң бойынша пәтерлер мен тұрғын емес үй-жайлардың меншік иелері үйді қалай басқаратынын өздері шешеді. Негізгі нысаны — **МИБ, мүлік иелерінің бірлестігі (ОСИ)**: меншік иелері жиналысының шешімімен құрылатын коммерциялық емес ұйым. Шағын үйлер **жай серіктестікті** таңдай алады. Бұрынғы **ПИК** (пәтер иелерінің кооперативтері, ПКСК) заң бойынша МИБ-ке ауысады.

МИБ қалай құрылған:
- **төраға** істі жүргізеді, шарттар жасайды, тұрғындар алдында есеп береді;
- меншік иелерінен құралған **үй кеңесі** төрағаның жұмысы мен шығыстарды бақылайды;
- үйді өздері басқара алады немесе **басқарушы компания** не басқарушы жалдай алады;
- үйдің екі шоты бар: **ағымдағы** (күтіп-ұстау) және **жинақ** (күрделі жөндеу) шоты.

Смета, басқарушыны таңдау және жөндеу туралы шешімді меншік иелерінің жиналысы қабылдайды.

МИБ құру, ПИК-тен ауысу, жиналыс өткізу туралы сұрақтарды **109** немесе портал арқылы қоюға болады: жауапты тұрғын үй инспекциясының мамандары әдетте 15 жұмыс күні ішінде береді.`,
      paraphrases: [
        'МИБ деген не',
        'ОСИ мен ПКСК айырмашылығы қандай',
        'үйде МИБ қалай құрылады',
        'МИБ төрағасы не істеуі керек',
      ],
    },
    en: {
      title: 'OSI and PKSK: who manages an apartment building',
      body: `Under the Law on Housing Relations, the owners of flats and non-residential premises decide themselves how their building is managed. The main form is the **OSI, an owners' association**: a non-profit organisation set up by a decision of the owners' meeting. Small buildings may choose a **simple partnership** instead. The former **PKSK** (flat owners' cooperatives) are being converted into OSIs under the law.

How an OSI works:
- the **chair** runs its affairs, signs contracts and reports to residents;
- the **building council**, elected from the owners, oversees the chair and the spending;
- the owners can manage the building themselves or hire a **management company** or a manager;
- the building has two accounts: a **current** one (upkeep) and a **savings** one (capital repairs).

The owners' meeting decides on the budget, the choice of manager and repairs.

Questions about setting up an OSI, converting a PKSK or holding meetings can be sent through **109** or the portal; housing inspection specialists answer, usually within 15 working days.`,
      paraphrases: [
        'what is an OSI in Kazakhstan',
        'difference between OSI and PKSK',
        'how to set up an owners association',
        'who manages our apartment building',
      ],
    },
  },
  {
    key: 'change-management',
    audience: 'public',
    tags: ['оси', 'управляющая компания', 'собрание'],
    items: ['S01.C07.I004', 'S01.C07.I003', 'S01.C07.I012'],
    ru: {
      title: 'Как сменить председателя ОСИ или управляющую компанию',
      body: `Сменить председателя, управляющего или управляющую компанию можно **только решением собрания собственников** — ни акимат, ни 109 не могут сделать это за жильцов.

1. **Соберите инициативную группу** и подготовьте повестку: прекращение договора с нынешним управляющим, выбор нового, отчёт прежнего.
2. **Уведомите всех собственников** письменно, не позднее чем за 10 календарных дней до собрания: объявления в подъездах, рассылка, вручение под подпись.
3. **Проведите собрание** очно или письменным опросом. Решение о выборе управления принимается большинством от общего числа собственников, а не только пришедших.
4. **Оформите протокол** и листы голосования, ознакомьте с результатами жильцов.
5. **Примите дела**: прежний управляющий передаёт техническую документацию, ключи и отчёт о деньгах на счетах дома.

Если вам мешают провести собрание, не передают документы или подделали протокол, подайте обращение в **109** или на портал: его рассмотрит жилищная инспекция. Вопросы о порядке — до 15 рабочих дней, нарушения — быстрее.`,
      paraphrases: [
        'как поменять председателя ОСИ',
        'хотим сменить управляющую компанию',
        'как провести собрание собственников',
        'сколько голосов нужно чтобы переизбрать председателя',
        'старый председатель не отдаёт документы',
      ],
    },
    kk: {
      title: 'МИБ төрағасын немесе басқарушы компанияны қалай ауыстыруға болады',
      body: `Төрағаны, басқарушыны немесе басқарушы компанияны **тек меншік иелері жиналысының шешімімен** ауыстыруға болады — оны тұрғындардың орнына әкімдік те, 109 да жасай алмайды.

1. **Бастамашыл топ құрып**, күн тәртібін дайындаңыз: қазіргі басқарушымен шартты бұзу, жаңасын таңдау, бұрынғысының есебі.
2. **Барлық меншік иелерін** жиналысқа дейін кемінде 10 күнтізбелік күн бұрын жазбаша **хабардар етіңіз**: подъездегі хабарландырулар, хабарлама тарату, қолын қойғызып тапсыру.
3. **Жиналысты** бетпе-бет немесе жазбаша сауалнама түрінде **өткізіңіз**. Басқару туралы шешім келгендердің емес, меншік иелерінің жалпы санының көпшілігімен қабылданады.
4. **Хаттаманы** және дауыс беру парақтарын **ресімдеп**, нәтижемен тұрғындарды таныстырыңыз.
5. **Істі қабылдап алыңыз**: бұрынғы басқарушы техникалық құжаттаманы, кілттерді және үй шоттарындағы ақша туралы есепті береді.

Жиналыс өткізуге кедергі жасаса, құжаттарды бермесе немесе хаттаманы жалғандаса, **109**-ға немесе порталға өтініш беріңіз: оны тұрғын үй инспекциясы қарайды. Тәртіп туралы сұрақтарға — 15 жұмыс күніне дейін, бұзушылықтарға — тезірек.`,
      paraphrases: [
        'МИБ төрағасын қалай ауыстырамыз',
        'басқарушы компанияны ауыстырғымыз келеді',
        'меншік иелерінің жиналысын қалай өткізу керек',
        'бұрынғы төраға құжаттарды бермейді',
      ],
    },
    en: {
      title: 'How to replace the OSI chair or the management company',
      body: `The chair, the manager or the management company can be replaced **only by a decision of the owners' meeting**; neither the akimat nor 109 can do it for the residents.

1. **Form an initiative group** and draw up the agenda: ending the contract with the current manager, choosing a new one, a report from the old one.
2. **Notify all owners** in writing at least 10 calendar days before the meeting: notices in the entrances, messages, delivery against signature.
3. **Hold the meeting** in person or as a written poll. The decision on management is taken by a majority of all owners, not only of those present.
4. **Draw up the minutes** and voting sheets, and show the results to the residents.
5. **Take over**: the previous manager hands over the technical documents, keys and a report on the money in the building's accounts.

If someone obstructs the meeting, withholds documents or forged the minutes, file an appeal with **109** or on the portal; the housing inspection examines it. Questions on procedure are answered within 15 working days, violations sooner.`,
      paraphrases: [
        'how do we change our building manager',
        'replace the chair of the owners association',
        'how many votes to change the management company',
        'former chair will not hand over documents',
      ],
    },
  },
  {
    key: 'osi-fees-report',
    audience: 'public',
    tags: ['оси', 'взносы', 'отчёт'],
    items: ['S01.C07.I017', 'S01.C07.I018', 'S01.C07.I021'],
    ru: {
      title: 'ОСИ или ПКСК не отчитывается, взносы кажутся завышенными',
      body: `Председатель ОСИ (ПКСК) или управляющий обязан **регулярно отчитываться** перед собственниками: сколько собрано взносов, на что потрачено, сколько осталось на текущем и сберегательном счетах. Размер взносов на содержание дома утверждает **собрание собственников** по смете — председатель не может сам его поднять.

Что можно сделать:
1. Письменно запросите у председателя отчёт и смету, сохраните копию запроса.
2. Обратитесь в совет дома: он контролирует расходы и может созвать собрание.
3. Если отчёта нет, взносы подняли без собрания или работы по договору не выполняются, подайте обращение в **109** или на портал. Укажите адрес, форму управления (ОСИ, ПКСК, управляющая компания), что именно не так и с какого времени; приложите квитанции и ваш запрос.

Обращение рассматривает жилищная инспекция: она может запросить документы и провести проверку. Ответ — обычно в течение 10 рабочих дней.

Если есть признаки хищения денег дома, заявление также можно подать в полицию (**102**).`,
      paraphrases: [
        'председатель не показывает отчёт куда уходят деньги',
        'подняли плату за содержание дома без собрания',
        'ПКСК берёт деньги и ничего не делает',
        'как проверить расходы ОСИ',
        'куда жаловаться на председателя ПКСК',
      ],
    },
    kk: {
      title: 'МИБ немесе ПИК есеп бермейді, жарналар тым жоғары сияқты',
      body: `МИБ (ПИК) төрағасы немесе басқарушы меншік иелері алдында **тұрақты түрде есеп беруге** міндетті: қанша жарна жиналды, не нәрсеге жұмсалды, ағымдағы және жинақ шоттарында қанша қалды. Үйді күтіп-ұстау жарнасының мөлшерін смета бойынша **меншік иелерінің жиналысы** бекітеді — төраға оны өз бетімен көтере алмайды.

Не істеуге болады:
1. Төрағадан есеп пен сметаны жазбаша сұраңыз, сұраудың көшірмесін сақтаңыз.
2. Үй кеңесіне жүгініңіз: ол шығыстарды бақылайды және жиналыс шақыра алады.
3. Есеп болмаса, жарналар жиналыссыз көтерілсе немесе шарт бойынша жұмыстар орындалмаса, **109**-ға немесе порталға өтініш беріңіз. Мекенжайды, басқару нысанын (МИБ, ПИК, басқарушы компания), не дұрыс емес екенін және қашаннан бері екенін жазыңыз; түбіртектер мен сұрауыңызды тіркеңіз.

Өтінішті тұрғын үй инспекциясы қарайды: ол құжаттарды сұратып, тексеру жүргізе алады. Жауап әдетте 10 жұмыс күні ішінде беріледі.

Үйдің ақшасын ұрлау белгілері болса, полицияға да (**102**) арыз беруге болады.`,
      paraphrases: [
        'төраға есеп көрсетпейді ақша қайда кетеді',
        'үйді күтіп-ұстау ақысын жиналыссыз көтерді',
        'ПИК ақша алады бірақ ештеңе істемейді',
        'МИБ шығыстарын қалай тексеруге болады',
      ],
    },
    en: {
      title: 'The OSI or PKSK gives no report and the fees seem too high',
      body: `The chair of the OSI or PKSK, or the manager, must **report regularly** to the owners: how much was collected in fees, what it was spent on and how much is left in the current and savings accounts. The amount of the upkeep fee is approved by the **owners' meeting** on the basis of the budget; the chair cannot raise it on their own.

What you can do:
1. Ask the chair in writing for the report and the budget, and keep a copy of your request.
2. Turn to the building council: it oversees spending and can call a meeting.
3. If there is no report, the fees were raised without a meeting or the works under the contract are not done, file an appeal with **109** or on the portal. Give the address, the form of management (OSI, PKSK, management company), what exactly is wrong and since when; attach the bills and your request.

The appeal is examined by the housing inspection, which may request documents and carry out an inspection. The answer usually comes within 10 working days.

If there are signs that the building's money has been stolen, you can also report it to the police (**102**).`,
      paraphrases: [
        'the chairman will not show where our money goes',
        'maintenance fee was raised without a meeting',
        'the PKSK takes our money and does nothing',
        'how can I check what the OSI spends',
        'where to complain about the head of our housing association',
      ],
    },
  },
  {
    key: 'capital-repair',
    audience: 'public',
    tags: ['капитальный ремонт', 'оси', 'дом'],
    items: ['S01.C08.I013', 'S01.C08.I001', 'S01.C08.I014'],
    ru: {
      title: 'Капитальный ремонт дома: как попасть в программу и кто платит',
      body: `Капитальный ремонт — замена или восстановление крыши, фасада, подъездов, лифтов, инженерных сетей и подвала. Это **обязанность собственников**: на него копят деньги на **сберегательном счёте** дома, куда каждый месяц поступают взносы; минимальный размер накоплений устанавливает местный исполнительный орган.

Как провести капремонт:
1. ОСИ (ПКСК) заказывает **техническое обследование** дома: оно показывает, что и в какой очерёдности ремонтировать.
2. **Собрание собственников** утверждает вид работ, смету, подрядчика и порядок оплаты.
3. Если накоплений не хватает, можно узнать в акимате о **государственных программах**: в них ремонт иногда проводят с последующим возвратом затрат жильцами частями.
4. Работы принимает комиссия с участием представителей жильцов.

Через **109** или портал можно спросить, как включить дом в программу, узнать сроки ремонта или пожаловаться на срыв сроков. Ответ на вопрос — до 15 рабочих дней; жалобу о срыве сроков рассматривают за 10 рабочих дней.`,
      paraphrases: [
        'когда будет капремонт нашего дома',
        'как попасть в программу капитального ремонта',
        'кто платит за капремонт крыши',
        'что такое сберегательный счёт дома',
        'подрядчик сорвал сроки капремонта',
      ],
    },
    kk: {
      title: 'Үйді күрделі жөндеу: бағдарламаға қалай кіруге болады және кім төлейді',
      body: `Күрделі жөндеу — шатырды, қасбетті, подъездерді, лифтілерді, инженерлік желілерді және жертөлені ауыстыру немесе қалпына келтіру. Бұл — **меншік иелерінің міндеті**: оған үйдің **жинақ шотында** ақша жиналады, оған ай сайын жарна түседі; жинақтың ең аз мөлшерін жергілікті атқарушы орган белгілейді.

Күрделі жөндеуді қалай жүргізуге болады:
1. МИБ (ПИК) үйдің **техникалық тексерілуіне** тапсырыс береді: ол нені және қандай кезекпен жөндеу керегін көрсетеді.
2. **Меншік иелерінің жиналысы** жұмыс түрін, сметаны, мердігерді және төлем тәртібін бекітеді.
3. Жинақ жетпесе, әкімдіктен **мемлекеттік бағдарламалар** туралы білуге болады: оларда жөндеу кейде шығынды тұрғындар кейін бөліп-бөліп қайтару шартымен жүргізіледі.
4. Жұмыстарды тұрғындар өкілдері қатысатын комиссия қабылдайды.

**109** немесе портал арқылы үйді бағдарламаға қалай енгізуге болатынын сұрауға, жөндеу мерзімін білуге немесе мерзімнің бұзылғанына шағымдануға болады. Сұраққа жауап — 15 жұмыс күніне дейін; мерзім бұзылуы туралы шағым 10 жұмыс күнінде қаралады.`,
      paraphrases: [
        'біздің үйде күрделі жөндеу қашан болады',
        'күрделі жөндеу бағдарламасына қалай кіреміз',
        'шатырды күрделі жөндеуге кім төлейді',
        'үйдің жинақ шоты деген не',
      ],
    },
    en: {
      title: 'Capital repair of a building: how to get into the programme and who pays',
      body: `A capital repair replaces or restores the roof, facade, entrances, lifts, utility networks and basement. It is **the owners' responsibility**: money for it accumulates on the building's **savings account**, which receives a monthly contribution; the local executive body sets the minimum amount.

How a capital repair is done:
1. The OSI or PKSK orders a **technical survey** of the building, which shows what to repair and in what order.
2. The **owners' meeting** approves the works, the budget, the contractor and how to pay.
3. If the savings are not enough, ask the akimat about **state programmes**: under them a repair is sometimes carried out and the residents repay the cost in instalments.
4. A commission including residents' representatives accepts the works.

Through **109** or the portal you can ask how to get the building into a programme, find out repair dates or complain about missed deadlines. A question is answered within 15 working days; a complaint about delays is examined within 10 working days.`,
      paraphrases: [
        'when will our building get a major repair',
        'how to apply for the capital repair programme',
        'who pays for a new roof in an apartment block',
        'the contractor missed the repair deadline',
      ],
    },
  },
  {
    key: 'capital-repair-quality',
    audience: 'public',
    tags: ['капитальный ремонт', 'качество', 'подрядчик'],
    items: ['S01.C08.I007', 'S01.C08.I011', 'S01.C08.I016'],
    ru: {
      title: 'Некачественный капремонт: что делать жильцам',
      body: `После капитального ремонта крыша снова течёт, трубы подтекают, плитка в подъезде отваливается? На работы подрядчика действует **гарантийный срок**, в течение которого он обязан бесплатно устранить недостатки.

1. **Не подписывайте акт приёмки**, пока замечания не устранены. Представители жильцов в комиссии вправе записать замечания в акт.
2. **Зафиксируйте дефекты**: фото, видео, даты, номера квартир, где течёт.
3. **Напишите претензию** через ОСИ (ПКСК) подрядчику и заказчику ремонта, сохраните копию с отметкой о получении.
4. Если реакции нет, подайте обращение в **109** или на портал: адрес, какой ремонт (кровля, фасад, подъезд, сети), когда закончен, что не так. Приложите фото и копию претензии.

Обращение рассматривает жилищная инспекция вместе с заказчиком работ; срок ответа — около 10 рабочих дней. В ответе укажут, когда подрядчик устранит недостатки по гарантии. Если ремонт шёл по госпрограмме, замечания жильцов учитывают при расчёте суммы к возврату.`,
      paraphrases: [
        'после капремонта опять течёт крыша',
        'сделали ремонт подъезда плохо',
        'подрядчик не исправляет брак',
        'не хотим подписывать акт приёмки ремонта',
      ],
    },
    kk: {
      title: 'Күрделі жөндеу сапасыз жасалды: тұрғындар не істеуі керек',
      body: `Күрделі жөндеуден кейін шатыр қайта ағып, құбырлар сызып, подъездегі тақтайша түсіп жатыр ма? Мердігердің жұмысына **кепілдік мерзімі** беріледі, сол уақытта ол кемшіліктерді тегін жоюға міндетті.

1. Ескертулер жойылмайынша **қабылдау актісіне қол қоймаңыз**. Комиссиядағы тұрғындар өкілдері ескертулерді актіге жазуға құқылы.
2. **Ақауларды тіркеңіз**: сурет, бейне, күні, су ағып тұрған пәтерлердің нөмірлері.
3. МИБ (ПИК) арқылы мердігерге және жөндеуге тапсырыс берушіге **наразылық хат жазыңыз**, алғаны туралы белгісі бар көшірмесін сақтаңыз.
4. Әрекет болмаса, **109**-ға немесе порталға өтініш беріңіз: мекенжай, қандай жөндеу (шатыр, қасбет, подъезд, желілер), қашан аяқталды, не дұрыс емес. Суреттер мен наразылық хаттың көшірмесін тіркеңіз.

Өтінішті тұрғын үй инспекциясы жұмысқа тапсырыс берушімен бірге қарайды; жауап мерзімі — шамамен 10 жұмыс күні. Жауапта мердігер кемшіліктерді кепілдік бойынша қашан жоятыны көрсетіледі. Жөндеу мемлекеттік бағдарлама бойынша жүрсе, тұрғындардың ескертулері қайтарылатын соманы есептеуде ескеріледі.`,
      paraphrases: [
        'күрделі жөндеуден кейін шатыр қайта ағады',
        'подъезді сапасыз жөндеді',
        'мердігер ақауды түзетпейді',
        'жөндеуді қабылдау актісіне қол қойғымыз келмейді',
      ],
    },
    en: {
      title: 'Poor-quality capital repair: what residents can do',
      body: `After a capital repair the roof leaks again, pipes drip, tiles are falling off in the entrance? The contractor's work carries a **warranty period**, during which the contractor must fix defects free of charge.

1. **Do not sign the acceptance report** until the defects are fixed. Residents' representatives on the commission have the right to write their remarks into the report.
2. **Record the defects**: photos, videos, dates, the numbers of the flats where it leaks.
3. **Send a written claim** through the OSI or PKSK to the contractor and to whoever ordered the repair, and keep a copy marked as received.
4. If nothing happens, file an appeal with **109** or on the portal: the address, what kind of repair (roof, facade, entrance, utility networks), when it was finished and what is wrong. Attach photos and a copy of the claim.

The appeal is examined by the housing inspection together with whoever ordered the works; the answer takes about 10 working days. It states when the contractor will fix the defects under the warranty. If the repair was done under a state programme, the residents' remarks are taken into account when calculating the amount to be repaid.`,
      paraphrases: [
        'the capital repair was done badly and the roof leaks again',
        'they did a bad job renovating our stairwell',
        'the contractor will not fix the defects',
        'we do not want to sign the repair acceptance report',
      ],
    },
  },
  {
    key: 'garbage-not-collected',
    audience: 'public',
    tags: ['мусор', 'вывоз', 'контейнеры'],
    items: ['S09.C01.I001', 'S09.C01.I008', 'S09.C01.I002'],
    ru: {
      title: 'Не вывозят мусор: контейнеры переполнены',
      body: `Вывоз твёрдых бытовых отходов оплачивается в коммунальных платежах, и перевозчик обязан забирать мусор **по графику** — для многоэтажных домов обычно ежедневно, для частного сектора — в установленные дни.

Если мусор не вывезли:
1. Проверьте график для вашей площадки или улицы: его публикует перевозчик, подскажет и оператор **109**.
2. Сообщите в 109 или на портал, пункт «Не вывозится мусор с контейнерной площадки». Укажите адрес или ближайший дом, сколько дней не вывозят, переполнены ли контейнеры, разносит ли мусор ветер.
3. Приложите фото площадки: видно, сколько мусора и в каком состоянии контейнеры.

Обращение уходит компании, которая обслуживает ваш район; на вывоз отводится около суток. Если пропуски регулярные, напишите об этом — повторные нарушения учитываются при проверке перевозчика.

Если мусор не вывозят из частного сектора, сначала проверьте, заключён ли договор на вывоз по вашему адресу: без него перевозчик может не заезжать.`,
      paraphrases: [
        'мусор не вывозят неделю',
        'контейнеры переполнены мусор кругом',
        'мусорка во дворе завалена',
        'не приезжает мусоровоз в частный сектор',
        'когда вывозят мусор по графику',
      ],
    },
    kk: {
      title: 'Қоқыс шығарылмайды: контейнерлер толып кеткен',
      body: `Қатты тұрмыстық қалдықтарды шығару коммуналдық төлемде ескерілген, ал тасымалдаушы қоқысты **кесте бойынша** алып кетуге міндетті — көпқабатты үйлерде әдетте күн сайын, жеке секторда белгіленген күндері.

Қоқыс шығарылмаса:
1. Алаңыңыздың немесе көшеңіздің кестесін тексеріңіз: оны тасымалдаушы жариялайды, **109** операторы да айтады.
2. 109-ға немесе порталға «Контейнер алаңынан қоқыс шығарылмайды» тармағы бойынша хабарлаңыз. Мекенжайды немесе жақын үйді, қоқыс неше күннен бері шығарылмағанын, контейнерлер толып кеткенін, желмен шашылып жатқанын жазыңыз.
3. Алаңның суретін тіркеңіз: қоқыстың көлемі мен контейнерлердің жағдайы көрінеді.

Өтініш ауданыңызға қызмет көрсететін компанияға жіберіледі; қоқысты шығаруға шамамен бір тәулік беріледі. Бұл жиі қайталанса, соны жазыңыз — қайталанған бұзушылықтар тасымалдаушыны тексергенде ескеріледі.

Жеке сектордан қоқыс шығарылмаса, алдымен мекенжайыңыз бойынша қоқыс шығару шарты жасалғанын тексеріңіз: шарт болмаса, тасымалдаушы келмеуі мүмкін.`,
      paraphrases: [
        'қоқыс бір аптадан бері шығарылмайды',
        'контейнерлер толып кетті айнала қоқыс',
        'ауладағы қоқыс алаңы толып тұр',
        'жеке секторға қоқыс көлігі келмейді',
      ],
    },
    en: {
      title: 'Rubbish not collected: bins are overflowing',
      body: `Waste collection is paid for in your utility bills, and the carrier must collect **on schedule**: usually daily for apartment blocks and on set days in the private housing sector.

If the rubbish was not collected:
1. Check the schedule for your bin site or street: the carrier publishes it, and the **109** operator can tell you.
2. Report to 109 or on the portal under "Rubbish not collected from the bin site". Give the address or nearest building, how many days it has not been collected, whether bins are overflowing and rubbish is blowing around.
3. Attach a photo of the site showing how much rubbish there is and the state of the bins.

The appeal goes to the company that serves your district, which has about a day to collect. If it keeps happening, say so: repeated failures count when the carrier is checked.

In the private sector, first check that there is a collection contract for your address; without one the carrier may not call.`,
      paraphrases: [
        'garbage has not been picked up for a week',
        'overflowing bins in our yard',
        'the garbage truck does not come to our street',
        'rubbish collection schedule for my address',
      ],
    },
  },
  {
    key: 'bulky-waste',
    audience: 'public',
    tags: ['мусор', 'крупногабаритный', 'строительный мусор'],
    items: ['S09.C01.I003', 'S09.C01.I004', 'S09.C03.I008'],
    ru: {
      title: 'Куда деть старую мебель и строительный мусор',
      body: `**Крупногабаритный мусор** — старая мебель, матрасы, двери, бытовая техника — нельзя бросать в обычные контейнеры. На многих площадках есть отдельный бункер или место для крупных отходов; их вывозит тот же перевозчик.
- Сложите вещи аккуратно на отведённом месте, не загораживая проезд и контейнеры.
- Если бункер переполнен или крупный мусор не вывозят, сообщите в **109** или на портал: адрес площадки и что лежит.

**Строительный мусор** после ремонта квартиры — забота того, кто делает ремонт. Его вывозят отдельно и за свой счёт: закажите машину у перевозчика или подрядчика. Оставлять мешки со штукатуркой и обломки у контейнеров или в подъезде **запрещено** правилами благоустройства, за это штрафуют.

Если соседи сбрасывают строительный мусор во дворе, сообщите в 109 с фото и адресом. Укажите, если знаете, из какой квартиры идёт ремонт, — проверкой займутся уполномоченные службы акимата.`,
      paraphrases: [
        'куда выбросить старый диван',
        'не вывозят крупногабаритный мусор',
        'соседи оставили строительный мусор у контейнеров',
        'как заказать вывоз строительного мусора',
      ],
    },
    kk: {
      title: 'Ескі жиһаз бен құрылыс қоқысын қайда тастауға болады',
      body: `**Ірі габаритті қоқысты** — ескі жиһаз, матрас, есік, тұрмыстық техника — кәдімгі контейнерлерге тастауға болмайды. Көптеген алаңда ірі қалдықтарға арналған бөлек бункер немесе орын бар; оларды сол тасымалдаушы шығарады.
- Заттарды белгіленген орынға жолды және контейнерлерді бөгемей, ретімен қойыңыз.
- Бункер толып кетсе немесе ірі қоқыс шығарылмаса, **109**-ға немесе порталға хабарлаңыз: алаңның мекенжайы және не жатқаны.

Пәтерді жөндегеннен кейінгі **құрылыс қоқысы** — жөндеу жүргізіп жатқан адамның міндеті. Ол бөлек және өз есебінен шығарылады: тасымалдаушыдан немесе мердігерден көлік тапсырыс беріңіз. Сылақ салынған қаптар мен сынықтарды контейнер жанына немесе подъезге қалдыруға абаттандыру қағидалары бойынша **тыйым салынған**, бұл үшін айыппұл салынады.

Көршілер құрылыс қоқысын аулаға тастаса, суреті және мекенжайымен 109-ға хабарлаңыз. Білсеңіз, қай пәтерде жөндеу жүріп жатқанын көрсетіңіз — тексеруді әкімдіктің уәкілетті қызметтері жүргізеді.`,
      paraphrases: [
        'ескі диванды қайда тастаймын',
        'ірі қоқысты алып кетпейді',
        'көршілер құрылыс қоқысын контейнер жанына тастап кетті',
        'құрылыс қоқысын шығаруға қалай тапсырыс беремін',
      ],
    },
    en: {
      title: 'Where to put old furniture and construction waste',
      body: `**Bulky waste** (old furniture, mattresses, doors, household appliances) must not be thrown into the ordinary bins. Many bin sites have a separate skip or area for large items; the same carrier takes them away.
- Put things neatly in the designated place, without blocking the driveway or the bins.
- If the skip is overflowing or bulky waste is not collected, report it to **109** or on the portal: the address of the bin site and what is lying there.

**Construction waste** from renovating a flat is the responsibility of whoever is doing the renovation. It is removed separately and at their own expense: order a truck from the carrier or the contractor. Leaving bags of plaster and rubble by the bins or in the entrance is **prohibited** by the city improvement rules and is fined.

If neighbours dump construction waste in the yard, report it to 109 with a photo and the address. If you know which flat the renovation is in, say so: the akimat's authorised services will look into it.`,
      paraphrases: [
        'where can I throw away an old sofa',
        'nobody takes away bulky rubbish',
        'neighbours left renovation rubble next to the bins',
        'how to order removal of construction debris',
      ],
    },
  },
  {
    key: 'illegal-dump',
    audience: 'public',
    tags: ['свалка', 'мусор', 'экология'],
    items: ['S09.C03.I001', 'S09.C03.I002', 'S09.C03.I015'],
    ru: {
      title: 'Стихийная свалка во дворе, на пустыре или у дороги',
      body: `Стихийные свалки появляются там, где мусор однажды оставили и никто не убрал. Чем раньше о ней сообщат, тем проще её ликвидировать.

Как сообщить:
1. Подайте обращение в **109** или на портал. На портале место удобно указать **точкой на карте**, если у свалки нет адреса (пустырь, лесополоса, берег реки).
2. Опишите, что за мусор: бытовой, строительный, ветки, шины, и примерный объём — пара мешков или несколько грузовиков.
3. Приложите фото, а если видели, кто выгружал, — номер машины, дату и время.

Свалку на городской территории убирают подрядчики акимата, на частной или арендованной земле — владелец участка по предписанию. Срок зависит от объёма; в ответе укажут, когда уберут.

**Если мусор подожгли** — звоните **101** или **112**: дым от горящих отходов ядовит. Выгрузка мусора в неположенном месте — административное правонарушение, фото с номером машины помогают привлечь нарушителя к ответственности.`,
      paraphrases: [
        'на пустыре свалка мусора',
        'возле гаражей выбрасывают мусор',
        'куда сообщить о незаконной свалке',
        'грузовик выгрузил мусор у дороги',
        'горит свалка дым',
      ],
    },
    kk: {
      title: 'Аулада, бос жерде немесе жол жиегінде заңсыз қоқыс үйіндісі',
      body: `Заңсыз қоқыс үйінділері бір рет қоқыс тасталып, оны ешкім жинамаған жерде пайда болады. Ол туралы неғұрлым ерте хабарланса, жою соғұрлым оңай.

Қалай хабарлау керек:
1. **109**-ға немесе порталға өтініш беріңіз. Үйіндінің мекенжайы болмаса (бос жер, орман белдеуі, өзен жағасы), порталда орынды **картадағы нүктемен** көрсету ыңғайлы.
2. Қандай қоқыс екенін жазыңыз: тұрмыстық, құрылыс қоқысы, бұтақтар, шиналар және шамамен көлемі — бірнеше қап па, әлде бірнеше жүк көлігі ме.
3. Суретті тіркеңіз, ал кім төккенін көрсеңіз — көлік нөмірін, күні мен уақытын жазыңыз.

Қалалық аумақтағы үйіндіні әкімдіктің мердігерлері жинайды, жеке немесе жалға алынған жерде — нұсқама бойынша учаске иесі. Мерзімі көлеміне байланысты; жауапта қашан жиналатыны көрсетіледі.

**Қоқысқа өрт қойылса** — **101** немесе **112**-ге қоңырау шалыңыз: жанған қалдықтардың түтіні улы. Қоқысты рұқсат етілмеген жерге төгу — әкімшілік құқық бұзушылық, көлік нөмірі көрінетін сурет бұзушыны жауапқа тартуға көмектеседі.`,
      paraphrases: [
        'бос жерде қоқыс үйіліп жатыр',
        'гараждардың жанына қоқыс тастайды',
        'заңсыз қоқыс үйіндісі туралы қайда хабарлаймын',
        'қоқыс жанып жатыр түтін шығады',
      ],
    },
    en: {
      title: 'An illegal dump in the yard, on waste ground or by the road',
      body: `Illegal dumps appear where rubbish was once left and nobody cleared it. The sooner a dump is reported, the easier it is to get rid of.

How to report:
1. File an appeal with **109** or on the portal. On the portal it is easiest to mark the place **with a point on the map** if the dump has no address (waste ground, a shelter belt of trees, a riverbank).
2. Describe the rubbish (household, construction, branches, tyres) and roughly how much there is: a couple of bags or several truckloads.
3. Attach a photo and, if you saw who unloaded it, the vehicle number, date and time.

A dump on city land is cleared by the akimat's contractors; on private or leased land, by the owner of the plot on an official order. How long it takes depends on the size; the answer says when it will be cleared.

**If the rubbish has been set on fire**, call **101** or **112**: smoke from burning waste is toxic. Dumping rubbish in the wrong place is an administrative offence, and photos showing the vehicle number help to hold the offender liable.`,
      paraphrases: [
        'rubbish dump on the empty lot',
        'people throw garbage behind the garages',
        'where to report illegal dumping',
        'a truck dumped trash by the road',
        'the dump is on fire and smoking',
      ],
    },
  },
  {
    key: 'snow-yard',
    audience: 'public',
    tags: ['снег', 'двор', 'уборка'],
    items: ['S07.C02.I028', 'S07.C02.I027'],
    ru: {
      title: 'Не чистят снег во дворе: кто отвечает',
      body: `Кто чистит снег, зависит от территории:
- **придомовая территория** — тротуары у подъездов, крыльцо, площадки — ОСИ (ПКСК) или управляющая компания дома;
- **улицы, тротуары вдоль улиц, остановки** — городские дорожные службы по заказу акимата;
- **территории магазинов, офисов, стоянок** — их владельцы.

После сильного снегопада город сначала чистит магистрали и автобусные маршруты, затем второстепенные улицы и проезды. Полная расчистка может занять несколько дней.

Когда обращаться в **109** или на портал:
1. Снег у подъездов не убран и ОСИ (ПКСК) не реагирует.
2. Грейдер при уборке улицы **завалил въезд во двор** или сбросил снег с дороги во двор.
3. Проезд во двор не чистят так долго, что не пройдёт скорая или пожарная машина.

Укажите адрес, что именно не убрано, с какого времени, приложите фото. Если снегом завалены пожарный проезд или подъезд к дому с лежачим больным, скажите об этом — такие обращения выполняют в первую очередь.`,
      paraphrases: [
        'во дворе не чистят снег',
        'грейдер завалил выезд со двора',
        'кто должен убирать снег у подъезда',
        'снег с дороги скинули к нам во двор',
        'скорая не может заехать во двор из-за снега',
      ],
    },
    kk: {
      title: 'Аулада қар тазаланбайды: кім жауап береді',
      body: `Қарды кім тазалайтыны аумаққа байланысты:
- **үй маңындағы аумақ** — подъезд алдындағы жолдар, кіреберіс алды, алаңдар — үйдің МИБ-і (ПИК-і) немесе басқарушы компаниясы;
- **көшелер, көше бойындағы жаяу жүргіншілер жолдары, аялдамалар** — әкімдіктің тапсырысы бойынша қалалық жол қызметтері;
- **дүкендер, кеңселер, тұрақтар аумағы** — олардың иелері.

Қатты қар жауғаннан кейін қала алдымен негізгі жолдар мен автобус бағыттарын, содан кейін қосалқы көшелер мен өткелдерді тазалайды. Толық тазалауға бірнеше күн кетуі мүмкін.

**109**-ға немесе порталға қашан жүгіну керек:
1. Подъезд алдындағы қар тазаланбаған, ал МИБ (ПИК) әрекет етпейді.
2. Көшені тазалаған грейдер **ауланың кіреберісін қармен басып тастады** немесе жолдағы қарды аулаға итеріп тастады.
3. Аулаға кіретін жол ұзақ тазаланбай, жедел жәрдем не өрт сөндіру көлігі өте алмайтын болды.

Мекенжайды, нені тазаламағанын, қашаннан бері екенін жазып, суретін тіркеңіз. Өрт сөндіру өткелі немесе төсекке таңылған науқас тұратын үйге баратын жол қармен жабылса, соны айтыңыз — мұндай өтініштер бірінші кезекте орындалады.`,
      paraphrases: [
        'аулада қар тазаланбайды',
        'грейдер аулаға кіретін жолды қармен басып тастады',
        'подъезд алдындағы қарды кім тазалауы керек',
        'қардан жедел жәрдем аулаға кіре алмайды',
      ],
    },
    en: {
      title: 'Snow not cleared in the yard: who is responsible',
      body: `Who clears the snow depends on the area:
- **the building's grounds** (paths by the entrances, steps, play areas): the building's OSI, PKSK or management company;
- **streets, pavements along streets, bus stops**: the city road services contracted by the akimat;
- **grounds of shops, offices and car parks**: their owners.

After heavy snowfall the city first clears main roads and bus routes, then side streets and access roads. Full clearing can take several days.

When to contact **109** or the portal:
1. Snow by the entrances is not cleared and the OSI or PKSK does not respond.
2. A grader clearing the street has **blocked the entrance to the yard** or pushed the road's snow into the yard.
3. The access road to the yard has been left so long that an ambulance or fire engine cannot get through.

Give the address, what is not cleared and since when, with a photo. If snow blocks a fire lane or the way to a house with a bedridden patient, say so: such appeals are handled first.`,
      paraphrases: [
        'nobody clears snow in our courtyard',
        'the grader blocked our driveway with snow',
        'who has to clear snow near the building entrance',
        'ambulance cannot get into the yard because of snow',
      ],
    },
  },
  {
    key: 'snow-roads',
    audience: 'public',
    tags: ['снег', 'дороги', 'тротуары'],
    items: ['S07.C02.I001', 'S07.C02.I002', 'S07.C02.I026'],
    ru: {
      title: 'Не убран снег на дороге, тротуаре или остановке',
      body: `Улицы, тротуары и остановки зимой содержат городские дорожные службы. Порядок работ после снегопада: сначала магистрали, мосты, подъёмы и маршруты общественного транспорта, затем остальные улицы, потом вывоз снежных валов. Во время сильного снегопада техника работает круглосуточно, но полная расчистка может занять несколько дней.

Сообщите в **109** или на портал, если:
- снег на улице или тротуаре не убран больше суток после окончания снегопада;
- у пешеходного перехода или остановки **снежный вал**, через который не перейти;
- дорогу у школы, поликлиники или на подъёме не чистят;
- нужно вывезти снег, который сужает проезд.

Укажите улицу и участок (между какими домами или перекрёстками), что именно не убрано, приложите фото. Отметить место на карте портала проще всего.

Обращения о неубранном снеге рассматриваются в течение суток. Если на дороге снежный занос и машины застряли, а в них люди — звоните **112**.`,
      paraphrases: [
        'не чистят дорогу от снега',
        'тротуар завален снегом ходить негде',
        'снежный вал на пешеходном переходе',
        'на остановке сугробы',
        'когда вывезут снег с улицы',
      ],
    },
    kk: {
      title: 'Жолда, тротуарда немесе аялдамада қар тазаланбаған',
      body: `Қыста көшелерді, жаяу жүргіншілер жолдарын және аялдамаларды қалалық жол қызметтері ұстайды. Қар жауғаннан кейінгі жұмыс тәртібі: алдымен негізгі жолдар, көпірлер, өрлер мен қоғамдық көлік бағыттары, содан кейін басқа көшелер, сосын қар үйінділерін шығару. Қатты қар кезінде техника тәулік бойы жұмыс істейді, бірақ толық тазалауға бірнеше күн кетуі мүмкін.

**109**-ға немесе порталға мына жағдайларда хабарлаңыз:
- қар тоқтағаннан кейін бір тәуліктен астам көше немесе тротуар тазаланбаса;
- жаяу жүргіншілер өткелі немесе аялдама жанында өтуге болмайтын **қар үйіндісі** болса;
- мектеп, емхана маңындағы немесе өрдегі жол тазаланбаса;
- жолды тарылтып тұрған қарды шығару керек болса.

Көшені және учаскені (қай үйлер немесе қиылыстар арасында), нені тазаламағанын жазып, суретін тіркеңіз. Орынды порталдағы картада белгілеу ең оңай.

Тазаланбаған қар туралы өтініштер бір тәулік ішінде қаралады. Жолды қар басып, көліктер ішіндегі адамдармен қамалып қалса — **112**-ге қоңырау шалыңыз.`,
      paraphrases: [
        'жолдан қар тазаланбайды',
        'тротуарды қар басып қалды жүретін жер жоқ',
        'жаяу жүргіншілер өткелінде қар үйіндісі',
        'аялдамада қар көп',
      ],
    },
    en: {
      title: 'Snow not cleared on a road, pavement or bus stop',
      body: `In winter, streets, pavements and bus stops are looked after by the city road services. The order of work after snowfall: first main roads, bridges, uphill stretches and public transport routes, then the other streets, and then the removal of the snow banks. During heavy snowfall the machines work around the clock, but full clearing may take several days.

Report to **109** or on the portal if:
- snow on a street or pavement has not been cleared more than a day after the snowfall ended;
- there is a **snow bank** at a pedestrian crossing or bus stop that you cannot get over;
- the road near a school or polyclinic, or on a slope, is not being cleared;
- snow that narrows the road needs to be taken away.

Give the street and the stretch (between which buildings or junctions), what exactly has not been cleared, and attach a photo. Marking the place on the portal map is the easiest way.

Appeals about uncleared snow are handled within a day. If the road is blocked by a snowdrift and cars with people in them are stuck, call **112**.`,
      paraphrases: [
        'they have not cleared the snow off the road',
        'sidewalk buried in snow nowhere to walk',
        'snow bank blocking the crosswalk',
        'snowdrifts at the bus stop',
        'when will they take the snow away from our street',
      ],
    },
  },
  {
    key: 'ice-sidewalks',
    audience: 'public',
    tags: ['гололёд', 'тротуары', 'зима'],
    items: ['S07.C02.I010', 'S07.C02.I025', 'S07.C02.I012'],
    ru: {
      title: 'Гололёд на тротуаре или дороге: как добиться подсыпки',
      body: `Во время гололёда дорожные службы посыпают в первую очередь **пешеходные переходы, остановки, подъёмы и спуски, мосты, тротуары у школ и поликлиник**. Тротуары у подъездов и крыльцо дома обрабатывает ОСИ (ПКСК) или управляющая компания, территорию у магазина — его владелец.

Если скользко и не посыпано:
1. Сообщите в **109** или на портал: улица, участок или ближайший дом, что это за место (тротуар, переход, остановка, лестница), и приложите фото.
2. Если скользко у подъезда, сначала скажите председателю ОСИ (ПКСК); если не помогло — тоже в 109.

Обращения о гололёде на тротуарах, переходах и остановках рассматривают в течение суток, опасные места — быстрее.

**Если вы упали и травмировались**, обратитесь в травмпункт или вызовите **103**. Сфотографируйте место падения и попросите свидетелей оставить контакты: эти доказательства понадобятся, если вы будете требовать возмещения вреда у того, кто должен был убрать лёд.`,
      paraphrases: [
        'на тротуаре сплошной лёд',
        'скользко на остановке никто не посыпает',
        'гололёд у школы дети падают',
        'упал на льду кто виноват',
        'почему не посыпают песком',
      ],
    },
    kk: {
      title: 'Тротуарда немесе жолда көктайғақ: құм себуді қалай талап етуге болады',
      body: `Көктайғақ кезінде жол қызметтері алдымен **жаяу жүргіншілер өткелдеріне, аялдамаларға, өрлер мен еңістерге, көпірлерге, мектеп пен емхана маңындағы тротуарларға** құм себеді. Подъезд алдындағы жолдар мен үйдің кіреберіс алдын МИБ (ПИК) немесе басқарушы компания, дүкен маңын — оның иесі өңдейді.

Тайғақ болып, құм себілмесе:
1. **109**-ға немесе порталға хабарлаңыз: көше, учаске немесе жақын үй, қандай орын екені (тротуар, өткел, аялдама, баспалдақ), суретін тіркеңіз.
2. Подъезд алдында тайғақ болса, алдымен МИБ (ПИК) төрағасына айтыңыз; көмектеспесе — 109-ға.

Тротуардағы, өткелдегі және аялдамадағы көктайғақ туралы өтініштер бір тәулік ішінде, қауіпті жерлер тезірек қаралады.

**Құлап, жарақат алсаңыз**, травмпунктке барыңыз немесе **103**-ті шақырыңыз. Құлаған жерді суретке түсіріп, куәгерлерден байланыс деректерін қалдыруды сұраңыз: мұзды тазалауға тиіс тараптан зиянды өтеуді талап етсеңіз, бұл дәлелдер керек болады.`,
      paraphrases: [
        'тротуар түгел мұз',
        'аялдама тайғақ ешкім құм сеппейді',
        'мектептің жанында көктайғақ балалар құлап жатыр',
        'мұзда тайып құладым кім кінәлі',
      ],
    },
    en: {
      title: 'Ice on the pavement or road: how to get it gritted',
      body: `In icy conditions the road services grit first of all **pedestrian crossings, bus stops, uphill and downhill stretches, bridges, and pavements near schools and polyclinics**. The paths by the entrances and the building's front steps are treated by the OSI, PKSK or management company, and the area outside a shop by its owner.

If it is slippery and has not been gritted:
1. Report it to **109** or on the portal: the street, the stretch or nearest building, what kind of place it is (pavement, crossing, bus stop, stairs), and attach a photo.
2. If it is slippery by your entrance, tell the chair of the OSI or PKSK first; if that does not help, report it to 109 as well.

Appeals about ice on pavements, crossings and bus stops are handled within a day, dangerous spots faster.

**If you fell and were injured**, go to a trauma clinic or call **103**. Photograph the place where you fell and ask witnesses to leave their contacts: you will need this evidence if you claim compensation from whoever should have cleared the ice.`,
      paraphrases: [
        'the sidewalk is a sheet of ice',
        'bus stop is slippery and nobody puts sand down',
        'icy path near the school kids keep falling',
        'I slipped on the ice and got hurt who is to blame',
        'why is nobody spreading sand on the ice',
      ],
    },
  },
  {
    key: 'potholes',
    audience: 'public',
    tags: ['дороги', 'ямы', 'асфальт'],
    items: ['S07.C01.I001', 'S07.C01.I003', 'S07.C01.I029'],
    ru: {
      title: 'Яма на дороге или во дворе: как сообщить',
      body: `Ямы и разрушенный асфальт на улицах ремонтируют городские дорожные службы, во дворах — по городским программам благоустройства или силами ОСИ, если двор на его земле.

Как сообщить:
1. Подайте обращение в **109** или на портал. Точнее всего — **отметить яму на карте** портала: адрес «улица такая-то» без ориентира не поможет найти яму на длинной улице.
2. Укажите, где она: проезжая часть, перекрёсток, тротуар, двор, остановка, переход, и размер — хотя бы «колесо проваливается полностью».
3. Приложите фото, лучше два: близко и общий план с ориентиром.

Ямочный ремонт асфальтом делают в тёплое время года; зимой опасные ямы временно засыпают или ограждают. **Глубокая яма, которая угрожает аварией**, устраняется в приоритетном порядке; обычные ямы ремонтируют в течение нескольких рабочих дней или включают в план ремонта улицы — в ответе укажут срок.

Если машина пострадала, вызовите полицию (**102**) для оформления, сфотографируйте яму и повреждения: это нужно для требования возмещения ущерба.`,
      paraphrases: [
        'огромная яма на дороге',
        'во дворе разбитый асфальт сплошные ямы',
        'пробил колесо в яме кто возместит',
        'когда залатают ямы на нашей улице',
        'провал асфальта на перекрёстке',
      ],
    },
    kk: {
      title: 'Жолда немесе аулада шұңқыр: қалай хабарлау керек',
      body: `Көшелердегі шұңқырлар мен бұзылған асфальтты қалалық жол қызметтері, ал аулалардағыларды абаттандырудың қалалық бағдарламалары бойынша немесе аула соның жерінде болса, МИБ жөндейді.

Қалай хабарлау керек:
1. **109**-ға немесе порталға өтініш беріңіз. Ең дәлі — **шұңқырды порталдағы картада белгілеу**: ұзын көшедегі шұңқырды бағдарсыз «пәленше көшесі» деген мекенжаймен табу қиын.
2. Оның қай жерде екенін жазыңыз: жүру бөлігі, қиылыс, тротуар, аула, аялдама, өткел, және көлемін — тым болмаса «дөңгелек толық түсіп кетеді».
3. Сурет тіркеңіз, жақсысы екеу: жақыннан және бағдар көрінетін жалпы көрініс.

Асфальтпен шұңқыр жөндеу жылы мезгілде жүргізіледі; қыста қауіпті шұңқырлар уақытша көміледі немесе қоршалады. **Апатқа қауіп төндіретін терең шұңқыр** бірінші кезекте жөнделеді; қарапайым шұңқырлар бірнеше жұмыс күні ішінде жөнделеді немесе көшені жөндеу жоспарына енгізіледі — мерзімі жауапта айтылады.

Көлігіңіз зақымданса, рәсімдеу үшін полицияны (**102**) шақырып, шұңқыр мен зақымды суретке түсіріңіз: бұл шығынды өтеуді талап ету үшін керек.`,
      paraphrases: [
        'жолда үлкен шұңқыр бар',
        'аулада асфальт бұзылған түгел ойық',
        'шұңқырға түсіп дөңгелекті жардым',
        'біздің көшедегі шұңқырлар қашан жөнделеді',
      ],
    },
    en: {
      title: 'A pothole on the road or in the yard: how to report it',
      body: `Potholes and broken asphalt on streets are repaired by the city road services; in yards, under city improvement programmes or by the OSI if the yard is on its land.

How to report:
1. File an appeal with **109** or on the portal. The most precise way is to **mark the pothole on the portal map**: a street name alone will not find a pothole on a long street.
2. Say where it is (carriageway, junction, pavement, yard, bus stop, crossing) and how big, at least "a wheel drops in completely".
3. Attach photos, ideally two: a close-up and a wider view with a landmark.

Patching with asphalt is done in the warm season; in winter dangerous potholes are filled temporarily or fenced off. **A deep pothole that could cause an accident** is dealt with first; ordinary ones are repaired within a few working days or put on the street's repair plan, and the answer gives the date.

If your car was damaged, call the police (**102**) to record it and photograph the pothole and the damage: you need this to claim compensation.`,
      paraphrases: [
        'huge pothole on my street',
        'broken asphalt in our courtyard',
        'my tyre burst in a pothole who pays',
        'when will they fix the road',
      ],
    },
  },
  {
    key: 'open-manhole',
    audience: 'public',
    tags: ['люк', 'колодец', 'опасность'],
    items: ['S04.C03.I001', 'S04.C03.I016', 'S04.C03.I011'],
    ru: {
      title: 'Открытый люк или колодец без крышки',
      body: `Открытый или провалившийся люк — **опасность для жизни**, особенно для детей и в темноте. Сообщайте сразу.

1. Если можно сделать это безопасно, **обозначьте люк**: поставьте рядом ветку, ящик, яркий предмет. Не закрывайте его сами тяжёлыми предметами и не спускайтесь внутрь.
2. Если в колодец упал человек или животное — звоните **112**.
3. В остальных случаях сообщите в **109** или на портал: точное место (двор, тротуар, проезжая часть, у детской площадки), есть ли крышка рядом, идёт ли из колодца пар или вода. Отметка на карте и фото помогают найти люк быстро.

Колодцы принадлежат разным владельцам: водоканалу, тепловым и электрическим сетям, связистам. Оператор определит исполнителя сам, вам знать владельца не нужно.

Открытые люки на тротуарах, дорогах и у детских площадок закрывают или ограждают **в течение нескольких часов**. Если крышку украли, сначала ставят ограждение, затем новую крышку. Стучащий или просевший люк ремонтируют в плановом порядке.`,
      paraphrases: [
        'во дворе открытый люк',
        'колодец без крышки на тротуаре',
        'провалился люк на дороге',
        'украли крышку люка',
        'ребёнок может упасть в открытый колодец',
      ],
    },
    kk: {
      title: 'Люк ашық немесе құдықтың қақпағы жоқ',
      body: `Ашық немесе шөгіп кеткен люк — әсіресе балалар үшін және қараңғыда **өмірге қауіп**. Бірден хабарлаңыз.

1. Қауіпсіз болса, **люкті белгілеп қойыңыз**: жанына бұтақ, жәшік, көзге түсетін зат қойыңыз. Оны өзіңіз ауыр заттармен жаппаңыз және ішіне түспеңіз.
2. Құдыққа адам немесе жануар құласа — **112**-ге қоңырау шалыңыз.
3. Басқа жағдайларда **109**-ға немесе порталға хабарлаңыз: нақты орны (аула, тротуар, жүру бөлігі, балалар алаңының жаны), қақпағы жанында жатыр ма, құдықтан бу немесе су шығып жатыр ма. Картадағы белгі мен сурет люкті тез табуға көмектеседі.

Құдықтардың иелері әртүрлі: су арнасы, жылу және электр желілері, байланыс ұйымдары. Орындаушыны оператордың өзі анықтайды, иесін білудің қажеті жоқ.

Тротуардағы, жолдағы және балалар алаңы жанындағы ашық люктер **бірнеше сағат ішінде** жабылады немесе қоршалады. Қақпақ ұрланса, алдымен қоршау, содан кейін жаңа қақпақ қойылады. Тарсылдайтын немесе шөгіп кеткен люк жоспарлы түрде жөнделеді.`,
      paraphrases: [
        'аулада люк ашық тұр',
        'тротуардағы құдықтың қақпағы жоқ',
        'жолдағы люк шөгіп кетті',
        'люктің қақпағын ұрлап кетіпті',
      ],
    },
    en: {
      title: 'An open manhole or a well without a cover',
      body: `An open or collapsed manhole is **a danger to life**, especially for children and in the dark. Report it straight away.

1. If you can do it safely, **mark the manhole**: put a branch, a box or something bright next to it. Do not cover it yourself with heavy objects and do not climb down into it.
2. If a person or an animal has fallen into the well, call **112**.
3. Otherwise report it to **109** or on the portal: the exact place (yard, pavement, carriageway, next to a playground), whether the cover is lying nearby, and whether steam or water is coming out. A point on the map and a photo help to find the manhole quickly.

Manholes belong to different owners: the water utility, the heating and power networks, telecom companies. The operator determines the executor; you do not need to know the owner.

Open manholes on pavements, roads and near playgrounds are closed or fenced off **within a few hours**. If the cover was stolen, a barrier is put up first and then a new cover. A rattling or sunken manhole is repaired as planned work.`,
      paraphrases: [
        'open manhole in our yard',
        'no cover on the manhole on the sidewalk',
        'manhole caved in on the road',
        'someone stole the manhole cover',
        'a child could fall into the open hole',
      ],
    },
  },
  {
    key: 'street-lights',
    audience: 'public',
    tags: ['освещение', 'фонари', 'улица'],
    items: ['S05.C03.I001', 'S05.C03.I002', 'S05.C03.I025'],
    ru: {
      title: 'Не горят фонари на улице или во дворе',
      body: `Уличное освещение обслуживает городская подрядная организация по заказу акимата. Фонари включаются автоматически в сумерках и выключаются утром.

Как сообщить о неисправности:
1. Подайте обращение в **109** или на портал. Укажите улицу и ближайший дом или перекрёсток, а лучше отметьте место на карте.
2. Напишите, сколько фонарей не горит: один, несколько подряд или вся улица; не горят, мигают или горят днём.
3. Если на опоре есть номер, укажите его — бригаде будет проще найти фонарь.

Особо отметьте, если темно на **пешеходном переходе, остановке, у школы**: такие места ремонтируют в первую очередь.

Обычная замена лампы или светильника занимает несколько рабочих дней. Если не горит вся улица, чаще всего неисправен кабель или шкаф управления — срок ремонта укажут в ответе.

**Упала опора, висят оголённые провода или открыт щиток освещения** — это опасно: не подходите и сообщите в 109 сразу, а если кого-то ударило током — звоните **112**.

Если фонарей на улице нет вообще, можно подать предложение об установке нового освещения.`,
      paraphrases: [
        'на улице не горят фонари',
        'во дворе темно фонарь не работает',
        'фонарь горит днём',
        'мигает фонарь всю ночь',
        'темно на пешеходном переходе',
      ],
    },
    kk: {
      title: 'Көшеде немесе аулада шамдар жанбайды',
      body: `Көше жарығына әкімдіктің тапсырысы бойынша қалалық мердігер ұйым қызмет көрсетеді. Шамдар ымыртта автоматты түрде жанып, таңертең сөнеді.

Ақау туралы қалай хабарлау керек:
1. **109**-ға немесе порталға өтініш беріңіз. Көшені және жақын үйді немесе қиылысты көрсетіңіз, ал одан да жақсысы — орынды картада белгілеңіз.
2. Неше шам жанбайтынын жазыңыз: біреу, қатарынан бірнешеу немесе бүкіл көше; жанбайды, жыпылықтайды немесе күндіз жанып тұр.
3. Тіректе нөмір болса, оны көрсетіңіз — бригадаға шамды табу оңайырақ болады.

**Жаяу жүргіншілер өткелі, аялдама, мектеп маңы** қараңғы болса, міндетті түрде көрсетіңіз: мұндай жерлер бірінші кезекте жөнделеді.

Шамды немесе шырағданды ауыстыру әдетте бірнеше жұмыс күніне созылады. Бүкіл көшеде жарық жоқ болса, көбіне кабель немесе басқару шкафы бұзылған — жөндеу мерзімі жауапта көрсетіледі.

**Тірек құласа, жалаңаш сымдар салбыраса немесе жарық қалқаны ашық тұрса** — бұл қауіпті: жақындамаңыз және бірден 109-ға хабарлаңыз, ал біреуді ток соқса — **112**-ге қоңырау шалыңыз.

Көшеде шам мүлде болмаса, жаңа жарық орнату туралы ұсыныс беруге болады.`,
      paraphrases: [
        'көшеде шамдар жанбайды',
        'аулада қараңғы шам істемейді',
        'көше шамы күндіз жанып тұр',
        'жаяу жүргіншілер өткелінде қараңғы',
      ],
    },
    en: {
      title: 'Street or yard lights are not working',
      body: `Street lighting is maintained by a city contractor on the akimat's order. The lights switch on automatically at dusk and off in the morning.

How to report a fault:
1. File an appeal with **109** or on the portal. Give the street and nearest building or junction, or better, mark the spot on the map.
2. Say how many lights are out: one, several in a row, or the whole street; and whether they are dark, flickering or on during the day.
3. If the pole has a number on it, include it: the crew will find the light more easily.

Say so if it is dark at a **pedestrian crossing, a bus stop or near a school**: such places are repaired first.

Replacing a lamp or fitting usually takes a few working days. If a whole street is dark, a cable or control cabinet is usually at fault, and the answer gives the repair date.

**A fallen pole, bare wires hanging or an open lighting cabinet** are dangerous: keep away and report to 109 at once; if someone got an electric shock, call **112**.

Where a street has no lights at all, you can propose new lighting.`,
      paraphrases: [
        'street lights are out on my street',
        'the yard is dark the lamp is broken',
        'street lamp on during the day',
        'no light at the pedestrian crossing',
      ],
    },
  },
  {
    key: 'traffic-lights',
    audience: 'public',
    tags: ['светофор', 'дороги', 'безопасность'],
    items: ['S07.C03.I001', 'S07.C03.I005', 'S07.C03.I002'],
    ru: {
      title: 'Не работает светофор или мигает жёлтым',
      body: `Неработающий светофор на перекрёстке — угроза аварии, поэтому такие обращения **аварийные**: обслуживающая организация выезжает в течение нескольких часов.

Что делать:
1. Если светофор не работает или мигает жёлтым, проезжайте перекрёсток **по дорожным знакам приоритета**, пешеходы — с особой осторожностью.
2. Сообщите в **109** или на портал: перекрёсток (какие улицы пересекаются), какой светофор — транспортный или пешеходный, что именно: не горит совсем, мигает жёлтым, горит одновременно красный и зелёный, слишком быстро переключается.
3. Если светофор сбит в ДТП или случилась авария из-за неисправности — звоните **102** или **112**.

Неработающая кнопка вызова, табло обратного отсчёта или звуковой сигнал для незрячих — тоже повод для обращения, но срок ремонта там больше, несколько рабочих дней.

Если, по-вашему, на перекрёстке не хватает светофора или пешеходам мало времени на зелёный, можно подать предложение: его рассмотрит отдел транспорта и дорог, ответ — до 15 рабочих дней.`,
      paraphrases: [
        'не работает светофор на перекрёстке',
        'светофор мигает жёлтым весь день',
        'пешеходный светофор не горит',
        'горят красный и зелёный одновременно',
        'светофор сломан после аварии',
      ],
    },
    kk: {
      title: 'Бағдаршам істемейді немесе сары түспен жыпылықтайды',
      body: `Қиылыстағы істемейтін бағдаршам — апат қаупі, сондықтан мұндай өтініштер **апаттық** болып саналады: қызмет көрсететін ұйым бірнеше сағат ішінде келеді.

Не істеу керек:
1. Бағдаршам істемесе немесе сары түспен жыпылықтаса, қиылыстан **басымдық белгілері бойынша** өтіңіз, жаяу жүргіншілер — аса сақ болыңыз.
2. **109**-ға немесе порталға хабарлаңыз: қиылыс (қай көшелер қиылысады), қандай бағдаршам — көлік немесе жаяу жүргіншілер бағдаршамы, нақты не болғаны: мүлде жанбайды, сары түспен жыпылықтайды, қызыл мен жасыл бірге жанады, тым тез ауысады.
3. Бағдаршам жол-көлік оқиғасында сынса немесе ақаудан апат болса — **102**-ге немесе **112**-ге қоңырау шалыңыз.

Шақыру түймесі, кері санақ таблосы немесе көзі көрмейтіндерге арналған дыбыс сигналы істемесе де, өтініш беруге болады, бірақ оларды жөндеу мерзімі ұзағырақ — бірнеше жұмыс күні.

Қиылыста бағдаршам жетіспейді немесе жаяу жүргіншілерге жасыл түс аз уақыт жанады деп ойласаңыз, ұсыныс беруге болады: оны көлік және жолдар бөлімі қарайды, жауап — 15 жұмыс күніне дейін.`,
      paraphrases: [
        'қиылыста бағдаршам істемейді',
        'бағдаршам күні бойы сары жыпылықтайды',
        'жаяу жүргіншілер бағдаршамы жанбайды',
        'бағдаршам апаттан кейін сынып қалды',
      ],
    },
    en: {
      title: 'A traffic light is not working or is flashing yellow',
      body: `A traffic light out of order at a junction can cause an accident, so such appeals are **emergencies**: the maintenance company comes within a few hours.

What to do:
1. If the traffic light is off or flashing yellow, cross the junction **following the priority road signs**; pedestrians should take special care.
2. Report it to **109** or on the portal: the junction (which streets cross), which light (for vehicles or for pedestrians) and what exactly is wrong: completely dark, flashing yellow, red and green on at the same time, changing too fast.
3. If the traffic light was knocked down in a road accident or an accident happened because of the fault, call **102** or **112**.

A broken push button, countdown display or sound signal for blind people is also a reason to file an appeal, but the repair takes longer: a few working days.

If you think a junction needs a traffic light, or pedestrians get too little time on green, you can submit a proposal: the transport and roads department examines it and answers within 15 working days.`,
      paraphrases: [
        'traffic lights are out at the intersection',
        'the traffic light has been blinking yellow all day',
        'the pedestrian light does not come on',
        'red and green are lit at the same time',
        'traffic light broken after a crash',
      ],
    },
  },
  {
    key: 'road-signs-markings',
    audience: 'public',
    tags: ['дорожные знаки', 'разметка', 'дороги'],
    items: ['S07.C04.I001', 'S07.C04.I016', 'S07.C04.I019'],
    ru: {
      title: 'Сбит дорожный знак, стёрлась разметка, нужен «лежачий полицейский»',
      body: `**Повреждённый или пропавший знак.** Сообщите в **109** или на портал: где стоял знак (улица, перекрёсток, у какого дома), какой это знак и что с ним — сбит, повёрнут, закрыт ветками, пропал. Знаки приоритета («Главная дорога», «Уступи дорогу») и «Пешеходный переход» восстанавливают в первую очередь.

**Стёртая разметка.** Разметку наносят в тёплое сухое время года, в основном весной и летом. Зимой обращение примут и включат участок в план. Особенно важно указать стёртые **пешеходные переходы у школ**.

**Искусственная неровность, новый знак, переход, ограждение у школы.** Это предложение по организации движения: его рассматривает отдел транспорта и дорог вместе с полицией. Опишите, почему это нужно: рядом школа или детский сад, машины разгоняются во дворе, были наезды. Ответ — до 15 рабочих дней; если решение положительное, работу включают в план.

Если знак упал на проезжую часть и мешает движению или из-за его отсутствия произошло ДТП — звоните **102**.`,
      paraphrases: [
        'сбили дорожный знак',
        'стёрлась зебра у школы',
        'хотим лежачего полицейского во дворе',
        'знак закрыт деревом не видно',
        'как попросить установить пешеходный переход',
      ],
    },
    kk: {
      title: 'Жол белгісі құлады, таңба өшті, «жатқан полицей» керек',
      body: `**Зақымданған немесе жоғалған белгі.** **109**-ға немесе порталға хабарлаңыз: белгі қай жерде тұрды (көше, қиылыс, қай үйдің жанында), қандай белгі және не болды — құлатылды, бұрылып кетті, бұтақтар жауып тұр, жоғалып кетті. Басымдық белгілері («Басты жол», «Жол беріңіз») және «Жаяу жүргіншілер өткелі» бірінші кезекте қалпына келтіріледі.

**Өшіп қалған таңба.** Жол таңбасы жылы, құрғақ мезгілде, негізінен көктем мен жазда салынады. Қыста өтініш қабылданып, учаске жоспарға енгізіледі. **Мектеп маңындағы** өшкен жаяу жүргіншілер өткелдерін міндетті түрде көрсетіңіз.

**Жасанды кедір-бұдыр, жаңа белгі, өткел, мектеп жанындағы қоршау.** Бұл — қозғалысты ұйымдастыру туралы ұсыныс: оны көлік және жолдар бөлімі полициямен бірге қарайды. Неге керек екенін жазыңыз: жанында мектеп не балабақша бар, аулада көліктер жылдамдықты арттырады, қағып кету болды. Жауап — 15 жұмыс күніне дейін; шешім оң болса, жұмыс жоспарға енгізіледі.

Белгі жүру бөлігіне құлап, қозғалысқа кедергі келтірсе немесе ол болмағандықтан жол-көлік оқиғасы болса — **102**-ге қоңырау шалыңыз.`,
      paraphrases: [
        'жол белгісін құлатып кетті',
        'мектептің жанындағы зебра өшіп қалды',
        'аулаға жатқан полицей қойғызғымыз келеді',
        'белгіні ағаш жауып тұр',
      ],
    },
    en: {
      title: 'A road sign knocked down, faded road markings, a request for a speed bump',
      body: `**A damaged or missing sign.** Report it to **109** or on the portal: where the sign stood (street, junction, next to which building), which sign it is and what is wrong with it: knocked down, turned round, hidden by branches, gone. Priority signs ("Main road", "Give way") and "Pedestrian crossing" signs are restored first.

**Faded markings.** Road markings are painted in the warm, dry season, mostly in spring and summer. In winter the appeal is accepted and the stretch is added to the plan. It is especially important to point out faded **pedestrian crossings near schools**.

**A speed bump, a new sign, a crossing, a fence by a school.** This is a proposal on traffic management: the transport and roads department examines it together with the police. Explain why it is needed: a school or kindergarten nearby, cars speeding through the yard, pedestrians have been hit. The answer comes within 15 working days; if the decision is positive, the work is added to the plan.

If a sign has fallen onto the carriageway and blocks traffic, or an accident happened because a sign was missing, call **102**.`,
      paraphrases: [
        'someone knocked down a road sign',
        'the zebra crossing near the school has worn off',
        'we want a speed bump in our yard',
        'a tree is hiding the road sign',
        'how to ask for a new pedestrian crossing',
      ],
    },
  },
  {
    key: 'stray-dogs',
    audience: 'public',
    tags: ['собаки', 'животные', 'безопасность'],
    items: ['S17.C01.I001', 'S17.C01.I008', 'S17.C01.I016'],
    ru: {
      title: 'Стая бездомных собак во дворе или у школы',
      body: `Безнадзорными животными в городе занимается **ветеринарная служба акимата**. По закону об ответственном обращении с животными собак отлавливают, осматривают, стерилизуют и вакцинируют; агрессивных животных в общую среду не возвращают.

Как сообщить:
1. Подайте обращение в **109** или на портал: где держится стая (двор, школа, детский сад, остановка, рынок), сколько собак, в какое время они там бывают.
2. Обязательно укажите, если собаки **агрессивны**: бросаются на людей, преследуют детей, кого-то покусали.
3. Фото или видео помогут отловщикам узнать животных.

Стаи и агрессивные собаки у школ, детских садов и на детских площадках — приоритет: обращения рассматривают в течение суток. Отлов проводят специалисты, самостоятельно ловить или травить собак **нельзя**.

Не подкармливайте собак у детских площадок и подъездов: так стая закрепляется на месте.

**Если собака напала** — звоните **112**, а если укусила — смотрите статью «Укусила собака».`,
      paraphrases: [
        'во дворе стая бездомных собак',
        'собаки бросаются на детей у школы',
        'куда звонить чтобы отловили собак',
        'бродячие собаки на остановке',
        'агрессивная собака не даёт пройти',
      ],
    },
    kk: {
      title: 'Аулада немесе мектеп жанында қаңғыбас иттер үйірі',
      body: `Қаладағы қараусыз жануарлармен **әкімдіктің ветеринарлық қызметі** айналысады. Жануарларға жауапкершілікпен қарау туралы заң бойынша иттер ауланып, тексеріледі, зарарсыздандырылып, екпе салынады; агрессивті жануарлар ортаға қайтарылмайды.

Қалай хабарлау керек:
1. **109**-ға немесе порталға өтініш беріңіз: үйір қай жерде жүреді (аула, мектеп, балабақша, аялдама, базар), неше ит, олар сонда қай уақытта болады.
2. Иттер **агрессивті** болса, міндетті түрде көрсетіңіз: адамдарға тап береді, балаларды қуады, біреуді қапты.
3. Сурет немесе бейне аулаушыларға жануарларды тануға көмектеседі.

Мектептер, балабақшалар және балалар алаңдары маңындағы үйірлер мен агрессивті иттер — бірінші кезектегі мәселе: өтініштер бір тәулік ішінде қаралады. Иттерді мамандар аулайды, оларды өз бетіңізше ұстауға немесе уландыруға **болмайды**.

Балалар алаңы мен подъезд жанында иттерді тамақтандырмаңыз: үйір сол жерге үйреніп қалады.

**Ит шабуыл жасаса** — **112**-ге қоңырау шалыңыз, ал қапса — «Ит қапты» мақаласын қараңыз.`,
      paraphrases: [
        'аулада қаңғыбас иттер көп',
        'мектептің жанында иттер балаларға тап береді',
        'иттерді аулау үшін қайда хабарласамын',
        'аялдамада иесіз иттер жүр',
      ],
    },
    en: {
      title: 'A pack of stray dogs in the yard or near a school',
      body: `Stray animals in the city are handled by the **akimat's veterinary service**. Under the law on responsible treatment of animals, dogs are caught, examined, neutered and vaccinated; aggressive animals are not released back.

How to report:
1. File an appeal with **109** or on the portal: where the pack stays (yard, school, kindergarten, bus stop, market), how many dogs and at what times they are there.
2. Always say if the dogs are **aggressive**: they rush at people, chase children, have bitten someone.
3. Photos or videos help the catchers recognise the animals.

Packs and aggressive dogs near schools, kindergartens and playgrounds are a priority: such appeals are handled within a day. Catching is done by specialists; do **not** try to catch or poison dogs yourself.

Do not feed dogs near playgrounds and entrances: it makes the pack settle there.

**If a dog attacks**, call **112**; if you were bitten, see the article on dog bites.`,
      paraphrases: [
        'stray dogs in our courtyard',
        'dogs chase children near the school',
        'who catches stray dogs in the city',
        'aggressive dog at the bus stop',
      ],
    },
  },
  {
    key: 'dog-bite',
    audience: 'public',
    tags: ['собаки', 'укус', 'бешенство'],
    items: ['S17.C01.I015', 'S17.C02.I003'],
    ru: {
      title: 'Укусила собака: что делать сразу',
      body: `**Укус любого животного — повод срочно обратиться к врачу**: бешенство смертельно, но прививки, сделанные вовремя, защищают.

1. Сразу **промойте рану** проточной водой с мылом в течение 10–15 минут, обработайте края антисептиком.
2. В тот же день обратитесь в **травмпункт** или поликлинику. Врач решит, нужны ли прививки от бешенства и столбняка. При сильном кровотечении или укусе в лицо и шею — вызывайте **103**.
3. Постарайтесь запомнить собаку: окрас, размер, ошейник, где она живёт.

**Если у собаки есть хозяин**, попросите его контакты и справку о прививке от бешенства. За животным наблюдает ветеринар; если собака здорова, курс прививок могут сократить. Если хозяин отказывается назвать себя или собака нападает не впервые, обращайтесь в полицию (**102**).

**Если собака бездомная**, сообщите в **109**, где это случилось: ветеринарная служба отловит животное и проверит его.

Нападение собаки на ребёнка рассматривается как срочное.`,
      paraphrases: [
        'меня укусила собака что делать',
        'ребёнка покусала бродячая собака',
        'нужны ли уколы от бешенства после укуса',
        'собака соседа укусила куда жаловаться',
      ],
    },
    kk: {
      title: 'Ит қапты: бірден не істеу керек',
      body: `**Кез келген жануардың қабуы — дәрігерге шұғыл қаралуға негіз**: құтыру өлімге әкеледі, бірақ уақытында салынған екпе қорғайды.

1. **Жараны** ағын сумен және сабынмен 10–15 минут бойы **бірден жуыңыз**, шетін антисептикпен өңдеңіз.
2. Сол күні **травмпунктке** немесе емханаға барыңыз. Құтыруға және сіреспеге қарсы екпе керек пе, дәрігер шешеді. Қан қатты ақса немесе бет пен мойынды қапса — **103**-ті шақырыңыз.
3. Итті есте сақтауға тырысыңыз: түсі, көлемі, қарғыбауы, қай жерде жүреді.

**Иттің иесі болса**, оның байланыс деректерін және құтыруға қарсы екпе туралы анықтаманы сұраңыз. Жануарды ветеринар бақылайды; ит сау болса, екпе курсы қысқаруы мүмкін. Иесі өзін таныстырудан бас тартса немесе ит бұрын да шабуыл жасаса, полицияға (**102**) жүгініңіз.

**Ит иесіз болса**, бұл қай жерде болғанын **109**-ға хабарлаңыз: ветеринарлық қызмет жануарды аулап, тексереді.

Иттің балаға шабуыл жасауы шұғыл іс ретінде қаралады.`,
      paraphrases: [
        'мені ит қауып алды не істеймін',
        'баланы қаңғыбас ит қапты',
        'ит қапса құтыруға екпе керек пе',
        'көршінің иті қапты қайда шағымданамын',
      ],
    },
    en: {
      title: 'Bitten by a dog: what to do right away',
      body: `**Any animal bite is a reason to see a doctor urgently**: rabies is fatal, but vaccination given in time protects you.

1. **Wash the wound** at once under running water with soap for 10–15 minutes, and treat the edges with an antiseptic.
2. The same day, go to a **trauma clinic** or a polyclinic. The doctor decides whether you need rabies and tetanus shots. If there is heavy bleeding or the bite is on the face or neck, call **103**.
3. Try to remember the dog: colour, size, collar, where it lives.

**If the dog has an owner**, ask for their contact details and the certificate of the dog's rabies vaccination. A vet observes the animal; if the dog is healthy, your course of shots may be shortened. If the owner refuses to give their name or the dog has attacked before, go to the police (**102**).

**If the dog is a stray**, report to **109** where it happened: the veterinary service will catch the animal and check it.

A dog attacking a child is treated as urgent.`,
      paraphrases: [
        'a dog bit me what should I do',
        'my kid was bitten by a stray dog',
        'do I need rabies shots after a dog bite',
        'the neighbours dog bit me where do I complain',
      ],
    },
  },
  {
    key: 'night-noise',
    audience: 'public',
    tags: ['шум', 'соседи', 'ночь'],
    items: ['S17.C03.I019', 'S02.C04.I006', 'S17.C03.I001'],
    ru: {
      title: 'Шумят соседи ночью: куда жаловаться',
      body: `Шуметь ночью — громкая музыка, крики, ремонт, застолья — запрещено. Часы тишины и время, когда можно делать шумный ремонт, устанавливают **правила благоустройства и содержания жилья** в городе; нарушение — административное правонарушение.

Что делать:
1. Если возможно, спокойно поговорите с соседями: часто этого достаточно.
2. **Если шумят прямо сейчас ночью** — звоните в полицию, **102**. Наряд или участковый инспектор фиксирует нарушение на месте.
3. **Если шум повторяется** (каждые выходные, ремонт по ночам, посуточная квартира), подайте обращение в **109** или на портал. Укажите адрес, номер квартиры-источника, если знаете, в какие дни и часы шумят. Записи на телефон с датой и временем помогут.

Обращение передаётся участковому инспектору полиции; он проводит беседу, а при повторных нарушениях составляет протокол. Срок рассмотрения — несколько рабочих дней.

Если за шумом слышны звуки драки, крики о помощи или плач ребёнка — не ждите, звоните **102** или **112**.`,
      paraphrases: [
        'соседи шумят по ночам',
        'сосед сверху делает ремонт ночью',
        'громкая музыка за стеной в два часа ночи',
        'куда жаловаться на шумных соседей',
        'в посуточной квартире каждую ночь вечеринки',
      ],
    },
    kk: {
      title: 'Көршілер түнде шулайды: қайда шағымдану керек',
      body: `Түнде шулауға — қатты музыка, айқай, жөндеу, той-думан — тыйым салынған. Тыныштық сағаттарын және шулы жөндеу жүргізуге болатын уақытты қаладағы **абаттандыру және тұрғын үйді күтіп-ұстау қағидалары** белгілейді; оны бұзу — әкімшілік құқық бұзушылық.

Не істеу керек:
1. Мүмкін болса, көршілермен сабырмен сөйлесіңіз: көбіне осы жеткілікті.
2. **Түнде дәл қазір шулап жатса** — полицияға, **102**-ге қоңырау шалыңыз. Наряд немесе учаскелік инспектор бұзушылықты орнында тіркейді.
3. **Шу қайталанса** (әр демалыс сайын, түнгі жөндеу, тәуліктеп жалға берілетін пәтер), **109**-ға немесе порталға өтініш беріңіз. Мекенжайды, білсеңіз шу шығатын пәтердің нөмірін, қай күндері және сағат нешеде шулайтынын жазыңыз. Күні мен уақыты көрінетін телефондағы жазба көмектеседі.

Өтініш полицияның учаскелік инспекторына беріледі; ол әңгіме жүргізеді, ал қайталанған бұзушылықта хаттама толтырады. Қарау мерзімі — бірнеше жұмыс күні.

Шудың арасынан төбелес, көмек сұраған айқай немесе баланың жылағаны естілсе — күтпеңіз, **102**-ге немесе **112**-ге қоңырау шалыңыз.`,
      paraphrases: [
        'көршілер түнде шулайды',
        'үстіңгі көрші түнде жөндеу жасайды',
        'түнгі екіде қабырғаның ар жағында қатты музыка',
        'шулы көршілерге қайда шағымданамын',
      ],
    },
    en: {
      title: 'Noisy neighbours at night: where to complain',
      body: `Making noise at night (loud music, shouting, renovation work, parties) is prohibited. Quiet hours and the times when noisy renovation is allowed are set by the city's **rules on improvement and upkeep of housing**; breaking them is an administrative offence.

What to do:
1. If you can, talk to the neighbours calmly: often that is enough.
2. **If the noise is happening right now at night**, call the police on **102**. A patrol or the local police inspector records the offence on the spot.
3. **If it keeps happening** (every weekend, renovation at night, a flat let by the day), file an appeal with **109** or on the portal. Give the address, the flat number the noise comes from if you know it, and on which days and hours. Phone recordings with the date and time help.

The appeal goes to the local police inspector, who talks to the neighbours and draws up an offence report if it happens again. It is examined within a few working days.

If you hear a fight, cries for help or a child crying behind the noise, do not wait: call **102** or **112**.`,
      paraphrases: [
        'neighbours are loud every night',
        'the upstairs neighbour renovates at night',
        'loud music next door at 2 am',
        'how to report noisy neighbours',
      ],
    },
  },
  {
    key: 'parking-on-lawn',
    audience: 'public',
    tags: ['парковка', 'газон', 'двор'],
    items: ['S07.C05.I008', 'S07.C05.I009', 'S07.C05.I010'],
    ru: {
      title: 'Машины паркуются на газоне или тротуаре, брошенный автомобиль во дворе',
      body: `Стоянка на газонах, детских площадках и тротуарах запрещена правилами благоустройства и правилами дорожного движения. Такие нарушения рассматривает **полиция**.

**Парковка на газоне или тротуаре.**
1. Сфотографируйте машину так, чтобы были видны **госномер** и то, что она стоит на газоне или тротуаре; снимок с датой и временем.
2. Подайте обращение в **109** или на портал с адресом и фото. Если машина перекрыла проезд скорой, пожарной или выезд со двора прямо сейчас — звоните **102**.

Обращение передаётся в полицию; по фото и на месте нарушителя могут привлечь к ответственности. Срок — несколько рабочих дней.

**Брошенный автомобиль** (спущены колёса, разбиты стёкла, годами стоит на одном месте) мешает уборке снега и мусора. Сообщите в 109: адрес, марка, цвет, номер, если он есть, и как давно стоит. Полиция установит владельца и потребует убрать машину.

Чтобы газоны не занимали, ОСИ может предложить на собрании поставить ограждение или обустроить парковку во дворе по программе благоустройства.`,
      paraphrases: [
        'паркуются на газоне под окнами',
        'машина стоит на тротуаре не пройти с коляской',
        'во дворе годами стоит брошенная машина',
        'перекрыли выезд со двора',
        'куда жаловаться на парковку на детской площадке',
      ],
    },
    kk: {
      title: 'Көліктер көгалға немесе тротуарға қойылады, аулада тастанды көлік тұр',
      body: `Көгалға, балалар алаңына және тротуарға көлік қоюға абаттандыру қағидалары мен жол жүрісі қағидалары тыйым салады. Мұндай бұзушылықтарды **полиция** қарайды.

**Көгалға немесе тротуарға көлік қою.**
1. Көлікті **мемлекеттік нөмірі** және оның көгалда не тротуарда тұрғаны көрінетіндей етіп, күні мен уақыты бар суретке түсіріңіз.
2. Мекенжай мен суретті көрсетіп, **109**-ға немесе порталға өтініш беріңіз. Көлік дәл қазір жедел жәрдемнің, өрт сөндірушілердің жолын немесе ауладан шығатын жолды бөгеп тұрса — **102**-ге қоңырау шалыңыз.

Өтініш полицияға беріледі; сурет бойынша және орнында бұзушы жауапқа тартылуы мүмкін. Мерзімі — бірнеше жұмыс күні.

**Тастанды көлік** (дөңгелегі жел, әйнегі сынған, жылдар бойы бір орында тұр) қар мен қоқысты жинауға кедергі келтіреді. 109-ға хабарлаңыз: мекенжай, маркасы, түсі, нөмірі болса — нөмірі және қашаннан бері тұрғаны. Полиция иесін анықтап, көлікті алып кетуді талап етеді.

Көгалға көлік қоймау үшін МИБ жиналыста қоршау орнатуды немесе абаттандыру бағдарламасы бойынша аулада тұрақ жасауды ұсына алады.`,
      paraphrases: [
        'терезенің астындағы көгалға көлік қояды',
        'көлік тротуарда тұр арбамен өте алмаймыз',
        'аулада жылдар бойы тастанды көлік тұр',
        'ауладан шығатын жолды бөгеп тастады',
      ],
    },
    en: {
      title: 'Cars parked on the lawn or pavement, an abandoned car in the yard',
      body: `Parking on lawns, playgrounds and pavements is prohibited by the city improvement rules and the traffic rules. Such violations are dealt with by the **police**.

**Parking on a lawn or pavement.**
1. Photograph the car so that the **number plate** is visible and it is clear that the car is on the lawn or pavement; the photo should show the date and time.
2. File an appeal with **109** or on the portal with the address and the photo. If a car is blocking the way for an ambulance or fire engine, or the exit from the yard, right now, call **102**.

The appeal is passed to the police; the offender may be held liable on the basis of the photo and a check on the spot. It takes a few working days.

**An abandoned car** (flat tyres, broken windows, standing in the same place for years) gets in the way of snow clearing and rubbish collection. Report it to 109: the address, the make, colour and number plate if there is one, and how long it has been there. The police will trace the owner and require the car to be removed.

To keep cars off the lawns, the OSI can propose at a meeting to put up a fence or to build a car park in the yard under the improvement programme.`,
      paraphrases: [
        'cars parking on the grass under my windows',
        'a car on the sidewalk and I cannot get past with a pram',
        'an abandoned car has been sitting in our yard for years',
        'someone blocked the way out of the yard',
        'where to complain about cars parked on the playground',
      ],
    },
  },
  {
    key: 'tree-pruning',
    audience: 'public',
    tags: ['деревья', 'обрезка', 'двор'],
    items: ['S08.C01.I007', 'S08.C01.I001', 'S08.C01.I013'],
    ru: {
      title: 'Обрезать или спилить дерево во дворе: как подать заявку',
      body: `Деревья в городе без разрешения **спиливать нельзя** — даже во дворе своего дома. Обрезку и снос делают городская служба озеленения или подрядчик по разрешению, а за снесённые здоровые деревья обычно требуют компенсационную посадку.

Когда подавать заявку:
- **аварийное дерево**: наклонилось, треснул ствол, сухие ветви нависают над подъездом, детской площадкой, дорогой или проводами;
- **засохшее дерево**;
- **обрезка**: ветви закрывают окна, стучат по стеклу, лежат на крыше или закрывают фонарь и дорожный знак.

Как подать: обращение в **109** или на портал, пункт «Дерево во дворе требует обрезки» или «Дерево угрожает падением». Укажите адрес, где растёт дерево (у какого подъезда, на площадке), какое оно (тополь, берёза, карагач) и в чём опасность, приложите фото всего дерева.

Специалисты осматривают дерево и решают: обрезка, санитарная вырубка или оставить. Аварийные деревья убирают в приоритетном порядке, плановую обрезку выполняют в сезон — весной и осенью. Срок укажут в ответе.`,
      paraphrases: [
        'тополь у дома нужно обрезать',
        'сухое дерево может упасть на детей',
        'ветки стучат в окно',
        'можно ли самому спилить дерево во дворе',
        'как вызвать обрезку деревьев',
      ],
    },
    kk: {
      title: 'Ауладағы ағашты бұтау немесе кесу: өтінімді қалай беруге болады',
      body: `Қалада ағашты рұқсатсыз **кесуге болмайды** — тіпті өз үйіңіздің ауласында да. Бұтау мен кесуді қалалық көгалдандыру қызметі немесе рұқсаты бар мердігер жасайды, ал кесілген сау ағаштардың орнына әдетте өтемдік ағаш отырғызу талап етіледі.

Қашан өтінім беру керек:
- **апатты ағаш**: қисайып кетті, діңі жарылды, құрғақ бұтақтар подъездің, балалар алаңының, жолдың немесе сымдардың үстіне төніп тұр;
- **қураған ағаш**;
- **бұтау**: бұтақтар терезені жауып тұр, әйнекті ұрады, шатырға жатыр немесе шамды не жол белгісін жауып тұр.

Қалай беру керек: **109**-ға немесе порталға «Ауладағы ағашты бұтау керек» немесе «Ағаш құлау қаупін төндіреді» тармағы бойынша өтініш. Мекенжайды, ағаштың қай жерде өсетінін (қай подъездің жанында, алаңда), қандай ағаш екенін (терек, қайың, қарағаш) және қауіптің неде екенін жазып, бүкіл ағаштың суретін тіркеңіз.

Мамандар ағашты қарап, шешім қабылдайды: бұтау, санитарлық кесу немесе қалдыру. Апатты ағаштар бірінші кезекте алынады, жоспарлы бұтау маусымында — көктем мен күзде жүргізіледі. Мерзімі жауапта көрсетіледі.`,
      paraphrases: [
        'үйдің жанындағы теректі бұтау керек',
        'қураған ағаш балалардың үстіне құлауы мүмкін',
        'бұтақтар терезені ұрады',
        'ауладағы ағашты өзім кесуге бола ма',
      ],
    },
    en: {
      title: 'Pruning or cutting down a tree in the yard: how to apply',
      body: `Trees in the city **must not be cut down** without a permit, even in the yard of your own building. Pruning and removal are done by the city landscaping service or by a contractor with a permit, and for healthy trees that are felled, replacement planting is usually required.

When to apply:
- **a hazardous tree**: it leans, the trunk is cracked, dead branches hang over an entrance, a playground, a road or wires;
- **a dead tree**;
- **pruning**: branches cover windows, knock on the glass, lie on the roof or hide a street light or a road sign.

How to apply: file an appeal with **109** or on the portal under "Tree in the yard needs pruning" or "Tree may fall". Give the address, where the tree grows (by which entrance, on which play area), what kind of tree it is (poplar, birch, elm) and what the danger is, and attach a photo of the whole tree.

Specialists inspect the tree and decide whether to prune it, fell it for sanitary reasons or leave it. Hazardous trees are removed with priority; routine pruning is done in season, in spring and autumn. The answer gives the date.`,
      paraphrases: [
        'the poplar by our building needs trimming',
        'a dead tree could fall on the kids',
        'branches keep hitting my window',
        'can I cut down a tree in the yard myself',
        'how to request tree trimming',
      ],
    },
  },
  {
    key: 'tree-fallen-felling',
    audience: 'public',
    tags: ['деревья', 'вырубка', 'авария'],
    items: ['S08.C01.I019', 'S08.C01.I021', 'S08.C01.I022'],
    ru: {
      title: 'Упало дерево или кто-то незаконно рубит деревья',
      body: `**Дерево упало на дорогу, машину или провода.**
1. Не подходите к дереву, лежащему на проводах: они могут быть под напряжением.
2. Если пострадали люди или дерево перекрыло дорогу — звоните **112**.
3. В остальных случаях сообщите в **109** или на портал: место, на что упало дерево, перекрыт ли проезд. Упавшие деревья убирают срочно, ветку на проводах снимают вместе с энергетиками.

Если дерево упало на машину, вызовите полицию (**102**) для фиксации и сделайте фото: ущерб может возместить тот, кто отвечал за состояние дерева, если оно было аварийным.

**Незаконная вырубка.** Если пилят здоровые деревья во дворе, сквере или у дороги и вы сомневаетесь, есть ли разрешение:
1. Спросите у работников документ на вырубку.
2. Сфотографируйте или снимите на видео место, технику и номера машин.
3. Сразу сообщите в 109: адрес, сколько деревьев, кто рубит.

Обращение передают в отдел, который выдаёт разрешения, и в инспекцию. Вырубка без разрешения влечёт штраф и обязанность посадить деревья взамен.`,
      paraphrases: [
        'упало дерево на машину',
        'дерево упало на провода',
        'во дворе пилят деревья без разрешения',
        'упавшее дерево перекрыло дорогу',
      ],
    },
    kk: {
      title: 'Ағаш құлады немесе біреу ағаштарды заңсыз кесіп жатыр',
      body: `**Ағаш жолға, көлікке немесе сымдарға құлады.**
1. Сымдардың үстінде жатқан ағашқа жақындамаңыз: сымдар кернеуде болуы мүмкін.
2. Адам зардап шексе немесе ағаш жолды бөгесе — **112**-ге қоңырау шалыңыз.
3. Басқа жағдайларда **109**-ға немесе порталға хабарлаңыз: орны, ағаш неге құлады, жол бөгелді ме. Құлаған ағаштар шұғыл алынады, сымдағы бұтақты энергетиктермен бірге алады.

Ағаш көлікке құласа, оқиғаны тіркеу үшін полицияны (**102**) шақырып, суретке түсіріңіз: ағаш апатты болса, шығынды оның жай-күйіне жауапты тарап өтеуі мүмкін.

**Заңсыз кесу.** Аулада, гүлзарда немесе жол жиегінде сау ағаштар кесіліп жатса және рұқсат бар-жоғына күмәндансаңыз:
1. Жұмысшылардан кесуге рұқсат құжатын сұраңыз.
2. Орынды, техниканы және көлік нөмірлерін суретке немесе бейнеге түсіріңіз.
3. Бірден 109-ға хабарлаңыз: мекенжай, неше ағаш, кім кесіп жатыр.

Өтініш рұқсат беретін бөлімге және инспекцияға беріледі. Рұқсатсыз кесу айыппұлға және орнына ағаш отырғызу міндетіне әкеледі.`,
      paraphrases: [
        'ағаш көліктің үстіне құлады',
        'ағаш электр сымдарына құлады',
        'аулада ағаштарды рұқсатсыз кесіп жатыр',
        'құлаған ағаш жолды жауып тастады',
      ],
    },
    en: {
      title: 'A tree has fallen, or someone is cutting trees down illegally',
      body: `**A tree has fallen on a road, a car or wires.**
1. Do not go near a tree lying on wires: they may be live.
2. If people are hurt or the tree is blocking the road, call **112**.
3. Otherwise report it to **109** or on the portal: the place, what the tree fell on, and whether the road is blocked. Fallen trees are removed urgently; a branch on wires is taken down together with the power engineers.

If a tree fell on your car, call the police (**102**) to record it and take photos: if the tree was hazardous, the damage may be paid for by whoever was responsible for its condition.

**Illegal felling.** If healthy trees are being cut down in a yard, a public garden or by the road and you doubt there is a permit:
1. Ask the workers for the felling permit.
2. Photograph or film the place, the machinery and the vehicle numbers.
3. Report it to 109 at once: the address, how many trees, who is cutting them.

The appeal is passed to the department that issues permits and to the inspection. Felling without a permit is punished by a fine and an obligation to plant new trees in their place.`,
      paraphrases: [
        'a tree fell on my car',
        'a tree came down on the power lines',
        'they are cutting down trees in our yard without permission',
        'a fallen tree is blocking the road',
      ],
    },
  },
  {
    key: 'playground-repair',
    audience: 'public',
    tags: ['детская площадка', 'двор', 'благоустройство'],
    items: ['S08.C02.I001', 'S08.C02.I028', 'S08.C02.I029'],
    ru: {
      title: 'Сломана детская площадка во дворе: кто починит',
      body: `Сломанные качели, горка с острыми краями, торчащие болты, шатающиеся конструкции — **опасность для детей**. Не ждите, пока кто-то поранится.

1. Если конструкция может упасть или на ней острые обломки, предупредите родителей во дворе и, если можно, обмотайте опасное место лентой.
2. Подайте обращение в **109** или на портал: адрес двора, что именно сломано (качели, горка, песочница, ограждение, турник), чем опасно. Приложите фото.

Кто чинит, зависит от того, на чьей земле площадка: городские площадки ремонтирует отдел ЖКХ через подрядчика, площадки на земле дома — ОСИ (ПКСК). Оператор определит исполнителя по адресу. На ремонт отводится несколько рабочих дней, травмоопасное оборудование сначала огораживают или демонтируют.

**Если площадки во дворе нет или она совсем старая**, можно попасть в **программу благоустройства дворов**: ОСИ подаёт заявку от жителей в акимат, решение принимается при планировании бюджета. Также идеи можно подавать в проекты **бюджета народного участия**.`,
      paraphrases: [
        'сломаны качели на детской площадке',
        'на горке торчат болты дети могут пораниться',
        'детская площадка разваливается',
        'как добиться новой детской площадки во дворе',
      ],
    },
    kk: {
      title: 'Ауладағы балалар алаңы сынған: кім жөндейді',
      body: `Сынған әткеншек, шеті өткір сырғанақ, шығып тұрған болттар, теңселген құрылғылар — **балаларға қауіп**. Біреу жарақат алғанша күтпеңіз.

1. Құрылғы құлауы мүмкін болса немесе онда өткір сынықтар болса, ауладағы ата-аналарды ескертіңіз, мүмкін болса, қауіпті жерді лентамен орап қойыңыз.
2. **109**-ға немесе порталға өтініш беріңіз: ауланың мекенжайы, нақты не сынған (әткеншек, сырғанақ, құм салғыш, қоршау, турник), қандай қауіп бар. Суретін тіркеңіз.

Кімнің жөндейтіні алаңның кімнің жерінде екеніне байланысты: қалалық алаңдарды ТҮКШ бөлімі мердігер арқылы, үйдің жеріндегі алаңдарды МИБ (ПИК) жөндейді. Орындаушыны оператор мекенжай бойынша анықтайды. Жөндеуге бірнеше жұмыс күні беріледі, жарақат қаупі бар жабдық алдымен қоршалады немесе бөлшектеледі.

**Аулада алаң мүлде болмаса немесе ол тым ескі болса**, **аулаларды абаттандыру бағдарламасына** қатысуға болады: МИБ тұрғындар атынан әкімдікке өтінім береді, шешім бюджетті жоспарлау кезінде қабылданады. Сондай-ақ идеяларды **халықтың қатысуымен бюджет** жобаларына ұсынуға болады.`,
      paraphrases: [
        'балалар алаңындағы әткеншек сынған',
        'сырғанақтан болттар шығып тұр',
        'балалар алаңы бұзылып жатыр',
        'аулаға жаңа балалар алаңын қалай салғызамыз',
      ],
    },
    en: {
      title: 'A broken playground in the yard: who will repair it',
      body: `Broken swings, a slide with sharp edges, bolts sticking out, wobbly structures are **a danger to children**. Do not wait until someone gets hurt.

1. If a structure could fall or has sharp broken pieces, warn the parents in the yard and, if you can, wrap tape around the dangerous spot.
2. File an appeal with **109** or on the portal: the address of the yard, what exactly is broken (swings, slide, sandpit, fence, pull-up bar) and why it is dangerous. Attach a photo.

Who repairs it depends on whose land the playground is on: city playgrounds are repaired by the city housing department through a contractor, playgrounds on the building's land by the OSI or PKSK. The operator determines the executor by the address. Repairs are given a few working days; equipment that could cause injury is first fenced off or removed.

**If there is no playground in the yard or it is very old**, the yard can be included in the **yard improvement programme**: the OSI submits an application on behalf of the residents to the akimat, and the decision is taken when the budget is planned. Ideas can also be put forward for **participatory budgeting** projects.`,
      paraphrases: [
        'the swings on the playground are broken',
        'bolts sticking out of the slide and kids could get hurt',
        'the playground in our yard is falling apart',
        'how do we get a new playground in our yard',
      ],
    },
  },
  {
    key: 'bus-route-schedule',
    audience: 'public',
    tags: ['автобус', 'маршрут', 'расписание'],
    items: ['S10.C01.I001', 'S10.C01.I006', 'S10.C01.I022'],
    ru: {
      title: 'Автобус ходит редко, не по расписанию или не вышел на маршрут',
      body: `Маршруты и расписание городских автобусов утверждает **отдел пассажирского транспорта** акимата, перевозчики обязаны их выполнять.

Расписание и движение автобусов в реальном времени смотрите в городском транспортном приложении, на табличках остановок или спросите у оператора **109**.

Когда жаловаться:
- автобус ждали намного дольше интервала;
- вечером или в выходные маршрут не ходит, хотя должен;
- автобус проезжает остановки, переполнен, маршрут отменили без объявления.

Что указать в обращении в **109** или на портале:
1. **Номер маршрута** и направление.
2. **Остановку**, дату и время, сколько ждали.
3. Если видели, **госномер** или бортовой номер автобуса.

Жалоба уходит перевозчику и в отдел транспорта: по данным навигации проверяют, где был автобус. Ответ — в течение нескольких рабочих дней. Повторяющиеся нарушения влияют на оценку перевозчика.

Предложения о новом маршруте, изменении расписания или новой остановке рассматривают до 15 рабочих дней.`,
      paraphrases: [
        'автобус не ходит по расписанию',
        'ждали автобус час на остановке',
        'маршрут вечером не ходит',
        'автобус проехал остановку не останавливаясь',
        'нужен новый автобусный маршрут в наш микрорайон',
      ],
    },
    kk: {
      title: 'Автобус сирек жүреді, кесте бойынша жүрмейді немесе бағытқа шықпады',
      body: `Қалалық автобустардың бағыттары мен кестесін әкімдіктің **жолаушылар көлігі бөлімі** бекітеді, тасымалдаушылар оларды орындауға міндетті.

Кестені және автобустардың қазіргі қозғалысын қалалық көлік қосымшасынан, аялдамадағы тақтайшалардан қараңыз немесе **109** операторынан сұраңыз.

Қашан шағымдану керек:
- автобусты аралықтан әлдеқайда ұзақ күттіңіз;
- кешке немесе демалыс күндері бағыт жүруі керек еді, бірақ жүрмейді;
- автобус аялдамаларға тоқтамай өтеді, толып кеткен, бағыт хабарландырусыз тоқтатылды.

**109**-ға немесе порталға өтініште нені көрсету керек:
1. **Бағыт нөмірі** мен бағыты.
2. **Аялдама**, күні мен уақыты, қанша күттіңіз.
3. Көрсеңіз, автобустың **мемлекеттік** немесе борттық нөмірі.

Шағым тасымалдаушыға және көлік бөліміне жіберіледі: навигация деректері бойынша автобустың қайда болғаны тексеріледі. Жауап бірнеше жұмыс күні ішінде беріледі. Қайталанған бұзушылықтар тасымалдаушының бағасына әсер етеді.

Жаңа бағыт, кестені өзгерту немесе жаңа аялдама туралы ұсыныстар 15 жұмыс күніне дейін қаралады.`,
      paraphrases: [
        'автобус кесте бойынша жүрмейді',
        'аялдамада автобусты бір сағат күттік',
        'кешке автобус жүрмейді',
        'автобус аялдамаға тоқтамай өтіп кетті',
      ],
    },
    en: {
      title: 'The bus comes rarely, runs off schedule or did not come out on its route',
      body: `The routes and timetables of city buses are approved by the akimat's **passenger transport department**, and carriers must keep to them.

Check the timetable and live bus positions in the city transport app or on the signs at the stops, or ask the **109** operator.

When to complain:
- you waited for the bus much longer than the interval;
- the route does not run in the evening or at weekends, although it should;
- the bus skips stops or is overcrowded, or the route was cancelled without notice.

What to include in the appeal to **109** or on the portal:
1. **The route number** and direction.
2. **The stop**, the date and time, and how long you waited.
3. If you saw it, the bus's **number plate** or fleet number.

The complaint goes to the carrier and the transport department: the navigation data show where the bus was. The answer comes within a few working days. Repeated violations affect the carrier's rating.

Proposals for a new route, a timetable change or a new stop are examined within 15 working days.`,
      paraphrases: [
        'the bus does not keep to the timetable',
        'waited an hour for the bus at the stop',
        'no buses on this route in the evening',
        'the bus drove past the stop without stopping',
        'where can I see the bus timetable',
      ],
    },
  },
  {
    key: 'bus-driver-complaint',
    audience: 'public',
    tags: ['автобус', 'водитель', 'жалоба'],
    items: ['S10.C02.I001', 'S10.C02.I004', 'S10.C02.I009'],
    ru: {
      title: 'Жалоба на водителя или кондуктора автобуса',
      body: `Грубость, опасная езда, разговор по телефону за рулём, отказ пустить пассажира с льготой, холод или грязь в салоне — обо всём этом можно сообщить.

**Если опасность прямо сейчас** (водитель пьян, автобус неисправен и едет, произошло ДТП) — звоните **102** или **112**.

Чтобы жалобу можно было проверить, укажите в обращении в **109** или на портале:
1. **Номер маршрута** и направление.
2. **Госномер** или бортовой номер автобуса — он обычно написан на кузове и внутри салона.
3. **Дату, время** и остановку, где это было.
4. Что произошло, без лишних эмоций; если есть — видео или фото.

Жалоба уходит перевозчику: он устанавливает водителя по путевому листу и навигации, проводит проверку и принимает меры — от беседы до взыскания. Ответ — в течение нескольких рабочих дней, об опасном вождении — быстрее.

Если водитель помог или вёл себя достойно, можно написать **благодарность**: её тоже передают перевозчику.`,
      paraphrases: [
        'водитель автобуса нагрубил',
        'водитель разговаривал по телефону за рулём',
        'кондуктор выгнал из автобуса',
        'водитель не пустил пенсионера по льготе',
        'как пожаловаться на водителя маршрутки',
      ],
    },
    kk: {
      title: 'Автобус жүргізушісіне немесе кондукторына шағым',
      body: `Дөрекілік, қауіпті жүргізу, рөлде телефонмен сөйлесу, жеңілдігі бар жолаушыны кіргізбеу, салондағы суық немесе лас — осының бәрі туралы хабарлауға болады.

**Қауіп дәл қазір болса** (жүргізуші мас, автобус ақаулы күйде жүріп келеді, жол-көлік оқиғасы болды) — **102**-ге немесе **112**-ге қоңырау шалыңыз.

Шағымды тексеруге болатындай етіп, **109**-ға немесе порталға өтініште мыналарды көрсетіңіз:
1. **Бағыт нөмірі** мен бағыты.
2. Автобустың **мемлекеттік** немесе борттық нөмірі — ол әдетте корпуста және салонның ішінде жазылған.
3. Болған **күні, уақыты** және аялдама.
4. Не болғаны, артық эмоциясыз; болса — бейне немесе сурет.

Шағым тасымалдаушыға жіберіледі: ол жол парағы мен навигация бойынша жүргізушіні анықтап, тексеру жүргізеді және шара қолданады — әңгімеден бастап жазаға дейін. Жауап бірнеше жұмыс күні ішінде, қауіпті жүргізу туралы — тезірек беріледі.

Жүргізуші көмектессе немесе лайықты қызмет көрсетсе, **алғыс** жазуға болады: ол да тасымалдаушыға беріледі.`,
      paraphrases: [
        'автобус жүргізушісі дөрекі сөйледі',
        'жүргізуші рөлде телефонмен сөйлесті',
        'кондуктор автобустан түсіріп жіберді',
        'жүргізушіге қалай шағымдануға болады',
      ],
    },
    en: {
      title: 'Complaint about a bus driver or conductor',
      body: `Rudeness, dangerous driving, talking on the phone at the wheel, refusing to let in a passenger entitled to a concession, cold or dirt inside the bus: you can report all of these.

**If there is danger right now** (the driver is drunk, a faulty bus is on the move, an accident has happened), call **102** or **112**.

So that the complaint can be checked, include in your appeal to **109** or on the portal:
1. **The route number** and direction.
2. The bus's **number plate** or fleet number: it is usually written on the outside of the bus and inside.
3. **The date, time** and the stop where it happened.
4. What happened, without too much emotion; video or photos if you have them.

The complaint goes to the carrier, who identifies the driver from the waybill and the navigation data, carries out a check and takes action, from a talk to a disciplinary penalty. The answer comes within a few working days, faster for dangerous driving.

If a driver helped you or behaved well, you can send a **thank-you**: it is passed on to the carrier too.`,
      paraphrases: [
        'the bus driver was rude to me',
        'the driver was on his phone while driving',
        'the conductor kicked me off the bus',
        'driver would not let a pensioner ride on a concession',
        'how to complain about a minibus driver',
      ],
    },
  },
  {
    key: 'transport-card',
    audience: 'public',
    tags: ['транспортная карта', 'проезд', 'льготы'],
    items: ['S10.C03.I004', 'S10.C03.I005', 'S10.C03.I002'],
    ru: {
      title: 'Транспортная карта: пополнение, льготы, двойное списание',
      body: `Проезд в городском автобусе оплачивают **транспортной картой**, банковской картой или телефоном через валидатор, а также по QR-коду в приложении — способы зависят от города и перевозчика. Картами и валидаторами занимается **городской транспортный оператор**.

**Пополнение.** Карту пополняют в терминалах, через приложения банков и транспортное приложение. Деньги могут зачислиться не сразу — иногда при первом касании валидатора.

**Льготная карта** (пенсионеры, школьники, студенты, люди с инвалидностью и другие категории, которые определяет маслихат) оформляется у транспортного оператора по документу, подтверждающему право на льготу. Где и как её получить, подскажет оператор **109**.

**Проблемы с оплатой** — сообщите в 109 или на портал:
- валидатор не работает или не принимает карту — номер маршрута, госномер автобуса, время;
- деньги **списали дважды** — номер карты (последние цифры), дата, время, маршрут; приложите выписку или скриншот;
- приложение оплаты не работает.

Ответ на жалобу — в течение нескольких рабочих дней, ошибочно списанные деньги возвращают на карту. **Никогда не сообщайте никому полный номер банковской карты, CVV и коды из SMS.**`,
      paraphrases: [
        'как пополнить транспортную карту',
        'где оформить льготную карту для пенсионера',
        'валидатор списал два раза',
        'не работает валидатор в автобусе',
        'школьная карта на автобус',
      ],
    },
    kk: {
      title: 'Көлік картасы: толықтыру, жеңілдіктер, екі рет есептен шығару',
      body: `Қалалық автобустағы жол ақысы валидатор арқылы **көлік картасымен**, банк картасымен немесе телефонмен, сондай-ақ қосымшадағы QR-код арқылы төленеді — тәсілдер қала мен тасымалдаушыға байланысты. Карталар мен валидаторларға **қалалық көлік операторы** жауап береді.

**Толықтыру.** Картаны терминалдарда, банк қосымшалары және көлік қосымшасы арқылы толықтырады. Ақша бірден түспеуі мүмкін — кейде валидаторға алғаш тигізгенде түседі.

**Жеңілдікті карта** (зейнеткерлер, оқушылар, студенттер, мүгедектігі бар адамдар және мәслихат белгілейтін басқа санаттар) жеңілдік құқығын растайтын құжат бойынша көлік операторында ресімделеді. Оны қайдан және қалай алуға болатынын **109** операторы айтады.

**Төлем мәселелері** — 109-ға немесе порталға хабарлаңыз:
- валидатор істемейді немесе картаны қабылдамайды — бағыт нөмірі, автобустың мемлекеттік нөмірі, уақыты;
- ақша **екі рет алынды** — карта нөмірінің соңғы цифрлары, күні, уақыты, бағыт; үзінді көшірмені немесе скриншотты тіркеңіз;
- төлем қосымшасы істемейді.

Шағымға жауап бірнеше жұмыс күні ішінде беріледі, қате алынған ақша картаға қайтарылады. **Банк картасының толық нөмірін, CVV-ді және SMS-кодтарды ешкімге айтпаңыз.**`,
      paraphrases: [
        'көлік картасын қалай толықтырамын',
        'зейнеткерге жеңілдікті картаны қайдан аламын',
        'валидатор ақшаны екі рет алды',
        'автобустағы валидатор істемейді',
      ],
    },
    en: {
      title: 'Transport card: top-up, concessions, double charges',
      body: `Fares on city buses are paid at the validator with a **transport card**, a bank card or a phone, or with a QR code in the app; the options depend on the city and the carrier. Cards and validators are run by the **city transport operator**.

**Topping up.** The card can be topped up at terminals, in banking apps and in the transport app. The money may not arrive at once; sometimes it is credited the first time you tap the validator.

**A concession card** (pensioners, schoolchildren, students, people with disabilities and other groups set by the maslikhat) is issued by the transport operator on the basis of a document proving your right to the concession. The **109** operator can tell you where and how to get one.

**Payment problems**: report them to 109 or on the portal:
- the validator does not work or does not accept the card: route number, the bus's number plate, time;
- you were **charged twice**: card number (the last digits), date, time, route; attach a statement or a screenshot;
- the payment app does not work.

A complaint is answered within a few working days, and money charged by mistake is returned to the card. **Never give anyone your full bank card number, CVV or codes from SMS.**`,
      paraphrases: [
        'how do I top up my bus card',
        'where to get a discount travel card for a pensioner',
        'the validator charged me twice',
        'card reader on the bus is not working',
        'bus pass for schoolchildren',
      ],
    },
  },
  {
    key: 'water-meter',
    audience: 'public',
    tags: ['счётчик', 'поверка', 'показания'],
    items: ['S04.C01.I034', 'S04.C01.I033'],
    ru: {
      title: 'Счётчик воды: поверка, замена и передача показаний',
      body: `**Показания** передавайте каждый месяц в срок, указанный в квитанции: через приложение или сайт поставщика, приложение банка при оплате коммунальных услуг, по телефону поставщика. Если показания не переданы, начисление делают по среднему или по нормативу.

**Поверка.** У каждого счётчика есть **межповерочный интервал**, он указан в паспорте прибора. Когда срок выходит, счётчик нужно поверить или заменить: обратитесь в аккредитованную организацию или к поставщику. После установки или поверки счётчик **пломбирует** поставщик воды — без пломбы показания не принимаются. С просроченным счётчиком начисляют по нормативу, поэтому сроки лучше не пропускать.

**Когда сообщать в 109 или на портал:**
- поставщик не приходит опломбировать счётчик после установки;
- показания переданы, а начислено по нормативу;
- начисления явно неверные: двойной счёт, чужие показания, долг, которого нет.

Укажите лицевой счёт, адрес, даты и показания, приложите фото счётчика и квитанции. Ответ по начислениям — в течение 10 рабочих дней, ошибки исправляют перерасчётом.`,
      paraphrases: [
        'как передать показания счётчика воды',
        'когда нужна поверка счётчика воды',
        'не приходят опломбировать счётчик',
        'начислили по нормативу хотя есть счётчик',
        'неправильно посчитали за воду',
      ],
    },
    kk: {
      title: 'Су есептегіші: тексеру, ауыстыру және көрсеткіштерді беру',
      body: `**Көрсеткіштерді** ай сайын түбіртекте көрсетілген мерзімде беріңіз: жабдықтаушының қосымшасы немесе сайты, коммуналдық қызметтерді төлегенде банк қосымшасы, жабдықтаушының телефоны арқылы. Көрсеткіш берілмесе, есеп орташа шама немесе норматив бойынша жүргізіледі.

**Тексеру (поверка).** Әр есептегіштің **тексеру аралық мерзімі** бар, ол аспаптың паспортында көрсетілген. Мерзім өткенде есептегішті тексерту немесе ауыстыру керек: аккредиттелген ұйымға немесе жабдықтаушыға жүгініңіз. Орнатқаннан немесе тексергеннен кейін есептегішті су жабдықтаушы **пломбылайды** — пломбасыз көрсеткіштер қабылданбайды. Мерзімі өткен есептегіш бойынша норматив бойынша есептеледі, сондықтан мерзімді өткізіп алмаған жөн.

**109-ға немесе порталға қашан хабарлау керек:**
- орнатқаннан кейін жабдықтаушы есептегішті пломбылауға келмейді;
- көрсеткіш берілді, бірақ норматив бойынша есептелді;
- есептеу анық қате: екі рет есептелген, басқа біреудің көрсеткіші, жоқ қарыз.

Дербес шотты, мекенжайды, күндер мен көрсеткіштерді жазып, есептегіш пен түбіртектің суретін тіркеңіз. Есептеу бойынша жауап 10 жұмыс күні ішінде беріледі, қателер қайта есептеу арқылы түзетіледі.`,
      paraphrases: [
        'су есептегішінің көрсеткішін қалай беремін',
        'су есептегішін қашан тексерту керек',
        'есептегішті пломбылауға келмейді',
        'есептегіш бар бірақ норматив бойынша есептеді',
      ],
    },
    en: {
      title: 'Water meter: verification, replacement and submitting readings',
      body: `Submit your **readings** every month by the date shown on the bill: in the supplier's app or website, in your banking app when paying utility bills, or by the supplier's phone line. If no readings are submitted, you are charged on the average or by the standard rate.

**Verification.** Every meter has a **verification interval**, given in the meter's data sheet. When it runs out, the meter must be verified or replaced: contact an accredited organisation or the supplier. After installation or verification the water supplier **seals** the meter; readings from a meter without a seal are not accepted. With an overdue meter you are charged by the standard rate, so it is better not to miss the dates.

**When to report to 109 or on the portal:**
- the supplier does not come to seal the meter after it was installed;
- you submitted readings but were charged by the standard rate;
- the charges are clearly wrong: billed twice, someone else's readings, a debt that does not exist.

Give your personal account number, the address, dates and readings, and attach photos of the meter and the bill. Questions about charges are answered within 10 working days, and errors are corrected by a recalculation.`,
      paraphrases: [
        'how do I send my water meter readings',
        'when does the water meter need to be checked',
        'nobody comes to seal the new meter',
        'charged by the standard rate even though I have a meter',
        'my water bill is wrong',
      ],
    },
  },
  {
    key: 'utility-recalculation',
    audience: 'public',
    tags: ['перерасчёт', 'коммунальные услуги', 'оплата'],
    items: ['S03.C04.I003', 'S04.C01.I033', 'S09.C02.I004'],
    ru: {
      title: 'Перерасчёт за коммунальные услуги, если их не было или они были плохого качества',
      body: `Если услуги не было (нет отопления, горячей или холодной воды) или она была ненадлежащего качества (еле тёплые батареи, холодная «горячая» вода), вы вправе требовать **перерасчёт**: за время без услуги платить не нужно или плата уменьшается.

Что нужно для перерасчёта:
1. **Зафиксировать факт.** Сообщите поставщику или в **109**, когда услуга пропала: номер обращения и дата — подтверждение начала.
2. **Акт.** Попросите поставщика или ОСИ (ПКСК) составить акт о непредоставлении или некачественном предоставлении услуги: дата, время, замер температуры, подписи. Сохраните копию.
3. **Заявление на перерасчёт** подайте поставщику, приложив акт и номер обращения. Если услуга отсутствовала у всего дома, перерасчёт часто делают сразу для всех квартир.

Перерасчёт также делают, если в квартире временно никто не проживает (по документам) или изменилось число жильцов — для услуг, которые начисляются по числу людей, например вывоз мусора.

Если в перерасчёте отказали без объяснения, подайте обращение в 109 или на портал с копиями документов: ответ — в течение 10 рабочих дней.`,
      paraphrases: [
        'как сделать перерасчёт за отопление',
        'не было горячей воды месяц а платить полностью',
        'акт о непредоставлении услуги как составить',
        'перерасчёт за мусор если никто не живёт',
        'отказали в перерасчёте',
      ],
    },
    kk: {
      title: 'Коммуналдық қызмет көрсетілмесе немесе сапасыз болса, төлемді қайта есептеу',
      body: `Қызмет көрсетілмесе (жылу, ыстық немесе суық су жоқ) немесе сапасыз болса (батареялар әрең жылы, «ыстық» су суық), **қайта есептеуді** талап етуге құқығыңыз бар: қызмет болмаған уақыт үшін төлемейсіз немесе төлем азаяды.

Қайта есептеу үшін не керек:
1. **Фактіні тіркеу.** Қызмет жоғалғанда жабдықтаушыға немесе **109**-ға хабарлаңыз: өтініш нөмірі мен күні — басталғанының дәлелі.
2. **Акт.** Жабдықтаушыдан немесе МИБ-тен (ПИК-тен) қызметтің көрсетілмегені немесе сапасыз көрсетілгені туралы акт жасауды сұраңыз: күні, уақыты, температураны өлшеу, қолдар. Көшірмесін сақтаңыз.
3. **Қайта есептеу туралы өтінішті** актіні және өтініш нөмірін қоса тіркеп, жабдықтаушыға беріңіз. Қызмет бүкіл үйде болмаса, қайта есептеу көбіне барлық пәтерге бірден жасалады.

Пәтерде уақытша ешкім тұрмаса (құжат бойынша) немесе тұрғындар саны өзгерсе де, адам санына қарай есептелетін қызметтер, мысалы, қоқыс шығару бойынша қайта есептеледі.

Қайта есептеуден түсіндірмесіз бас тартса, құжаттардың көшірмелерімен 109-ға немесе порталға өтініш беріңіз: жауап 10 жұмыс күні ішінде беріледі.`,
      paraphrases: [
        'жылу үшін қайта есептеуді қалай жасатамын',
        'бір ай ыстық су болмады бірақ толық төлеу керек пе',
        'қызмет көрсетілмегені туралы акт',
        'ешкім тұрмаса қоқысқа қайта есептеу',
      ],
    },
    en: {
      title: 'Recalculation of utility bills when a service was missing or poor',
      body: `If a service was not provided (no heating, no hot or cold water) or was of poor quality (barely warm radiators, cold "hot" water), you have the right to demand a **recalculation**: you do not pay for the time without the service, or the charge is reduced.

What you need for a recalculation:
1. **Record the fact.** Tell the supplier or **109** when the service stopped: the appeal number and date prove when it began.
2. **A report (akt).** Ask the supplier or the OSI or PKSK to draw up a report that the service was not provided or was of poor quality: date, time, temperature measurement, signatures. Keep a copy.
3. **Apply for a recalculation** to the supplier, attaching the report and the appeal number. If the whole building was without the service, the recalculation is often done for all flats at once.

A recalculation is also made if nobody is living in the flat for a while (as shown by documents) or the number of residents has changed, for services charged per person, such as rubbish collection.

If you are refused a recalculation without explanation, file an appeal with 109 or on the portal with copies of the documents: the answer comes within 10 working days.`,
      paraphrases: [
        'how do I get my heating bill recalculated',
        'no hot water for a month but they want full payment',
        'how to get a report that the service was not provided',
        'pay less for garbage if nobody lives in the flat',
        'they refused to recalculate my bill',
      ],
    },
  },
  {
    key: 'heating-main-leak',
    audience: 'public',
    tags: ['теплотрасса', 'авария', 'пар'],
    items: ['S03.C02.I001', 'S03.C02.I002', 'S03.C02.I004'],
    ru: {
      title: 'Парит теплотрасса, горячая вода на дороге, провал грунта',
      body: `Пар из-под земли, горячая вода на асфальте зимой, размытый грунт над трубами — признаки **прорыва теплотрассы**. Это опасно: под асфальтом может образоваться полость с кипятком, в которую легко провалиться.

1. **Не подходите** к месту, где идёт пар или разлита горячая вода, уведите детей, не проезжайте по затопленному участку.
2. Если кто-то провалился или обварился — звоните **112**.
3. В остальных случаях сразу сообщите в **109**: точное место (улица, дом, двор, перекрёсток), что видно — пар, вода, провал, — как давно. Отметка на карте и фото с безопасного расстояния помогут.

Прорыв теплотрассы — авария: теплоснабжающая организация выезжает срочно, ограждает место и перекрывает участок. Во время ремонта у соседних домов может пропасть отопление и горячая вода; срок восстановления сообщат в ответе.

После ремонта раскопку должны засыпать и восстановить асфальт и газон. Если яма осталась открытой или не огорожена, сообщите об этом отдельно.`,
      paraphrases: [
        'из-под земли идёт пар во дворе',
        'на дороге течёт горячая вода',
        'прорвало теплотрассу',
        'после ремонта теплосети не засыпали яму',
      ],
    },
    kk: {
      title: 'Жылу трассасынан бу шығады, жолда ыстық су, топырақ опырылды',
      body: `Жер астынан шыққан бу, қыста асфальттағы ыстық су, құбырлардың үстіндегі шайылған топырақ — **жылу трассасы жарылғанының** белгілері. Бұл қауіпті: асфальт астында қайнаған суы бар қуыс пайда болып, оған оңай түсіп кетуге болады.

1. Бу шығып жатқан немесе ыстық су төгілген жерге **жақындамаңыз**, балаларды алып кетіңіз, су басқан учаскемен жүрмеңіз.
2. Біреу түсіп кетсе немесе күйсе — **112**-ге қоңырау шалыңыз.
3. Басқа жағдайларда **109**-ға бірден хабарлаңыз: нақты орны (көше, үй, аула, қиылыс), не көрініп тұр — бу, су, опырылу, — қашаннан бері. Картадағы белгі мен қауіпсіз қашықтықтан түсірілген сурет көмектеседі.

Жылу трассасының жарылуы — апат: жылумен жабдықтаушы ұйым шұғыл келіп, орынды қоршайды және учаскені жабады. Жөндеу кезінде көрші үйлерде жылу мен ыстық су болмауы мүмкін; қалпына келтіру мерзімі жауапта айтылады.

Жөндеуден кейін қазылған жер көміліп, асфальт пен көгал қалпына келтірілуі керек. Шұңқыр ашық қалса немесе қоршалмаса, бұл туралы бөлек хабарлаңыз.`,
      paraphrases: [
        'аулада жер астынан бу шығып жатыр',
        'жолда ыстық су ағып жатыр',
        'жылу трассасы жарылды',
        'жылу желісін жөндегеннен кейін шұңқырды көммеді',
      ],
    },
    en: {
      title: 'Steam from a heating main, hot water on the road, the ground caving in',
      body: `Steam coming out of the ground, hot water on the asphalt in winter, washed-out soil above the pipes are signs of **a burst heating main**. It is dangerous: a cavity full of boiling water can form under the asphalt, and it is easy to fall into it.

1. **Keep away** from the spot where steam is rising or hot water has spilled, lead children away, and do not drive through the flooded stretch.
2. If someone has fallen in or been scalded, call **112**.
3. Otherwise report it to **109** at once: the exact place (street, building, yard, junction), what you can see (steam, water, a hole) and since when. A point on the map and a photo from a safe distance help.

A burst heating main is an emergency: the heat supply company comes urgently, fences off the spot and shuts off the section. During the repair neighbouring buildings may lose heating and hot water; the answer gives the time for restoring them.

After the repair the excavation must be filled in and the asphalt and lawn restored. If the pit has been left open or unfenced, report that separately.`,
      paraphrases: [
        'steam coming out of the ground in our yard',
        'hot water running across the road',
        'the heating pipe burst under the street',
        'they left a hole after repairing the heating main',
      ],
    },
  },
  {
    key: 'appeals-centre-109',
    audience: 'public',
    tags: ['центр обращений', 'обращение', 'сроки'],
    items: ['S17.C05.I003'],
    ru: {
      title: 'Как работает центр обращений 109 и в какие сроки отвечают',
      body: `**109** — единый центр обращений жителей города. Сюда можно сообщить о любой городской проблеме: коммунальные аварии, дороги, дворы, мусор, транспорт, или задать вопрос о работе городских служб.

**Как обратиться:**
- позвонить по номеру **109**;
- подать обращение на **портале** — без регистрации, с фото и точкой на карте;
- написать чат-боту **Kenes**: он подскажет ответ и поможет оформить обращение.

Оператор регистрирует обращение, выбирает вид проблемы и **сразу направляет его исполнителю** — организации, которая отвечает за этот вопрос. Вы получаете номер обращения и код для отслеживания.

**Сроки** зависят от вида проблемы:
- аварийные ситуации (человек в лифте, открытый люк, не работает светофор) — часы;
- отсутствие тепла, воды, света, неработающий лифт — около суток;
- ремонтные работы — несколько рабочих дней;
- вопросы и разъяснения — до **15 рабочих дней** по Административному процедурно-процессуальному кодексу.

Срок могут продлить, если нужна сложная проверка, — об этом сообщат. Ответ проверяет инспектор центра, и только потом обращение закрывается.

Экстренные вызовы — **112**, вопросы о госуслугах и eGov — **1414**.`,
      paraphrases: [
        'что такое 109',
        'куда жаловаться на проблемы в городе',
        'сколько дней рассматривают обращение',
        'можно ли написать в 109 онлайн',
        'как работает ikomek',
      ],
    },
    kk: {
      title: '109 өтініштер орталығы қалай жұмыс істейді және қай мерзімде жауап береді',
      body: `**109** — қала тұрғындарының бірыңғай өтініштер орталығы. Мұнда кез келген қалалық мәселе туралы хабарлауға болады: коммуналдық апаттар, жолдар, аулалар, қоқыс, көлік, немесе қалалық қызметтердің жұмысы туралы сұрақ қоюға болады.

**Қалай жүгінуге болады:**
- **109** нөміріне қоңырау шалу;
- **порталда** өтініш беру — тіркелусіз, суретімен және картадағы нүктемен;
- **Kenes** чат-ботына жазу: ол жауапты айтып, өтінішті ресімдеуге көмектеседі.

Оператор өтінішті тіркеп, мәселенің түрін таңдайды және оны **бірден орындаушыға** — осы мәселеге жауапты ұйымға жібереді. Сіз өтініш нөмірі мен бақылау кодын аласыз.

**Мерзімдер** мәселенің түріне байланысты:
- апаттық жағдайлар (лифтте адам қалды, люк ашық, бағдаршам істемейді) — бірнеше сағат;
- жылу, су, жарық жоқ, лифт істемейді — шамамен бір тәулік;
- жөндеу жұмыстары — бірнеше жұмыс күні;
- сұрақтар мен түсіндірмелер — Әкімшілік рәсімдік-процестік кодекс бойынша **15 жұмыс күніне** дейін.

Күрделі тексеру қажет болса, мерзім ұзартылуы мүмкін — бұл туралы хабарланады. Жауапты орталық инспекторы тексереді, содан кейін ғана өтініш жабылады.

Шұғыл шақырулар — **112**, мемлекеттік қызметтер мен eGov бойынша сұрақтар — **1414**.`,
      paraphrases: [
        '109 деген не',
        'қаладағы мәселеге қайда шағымдануға болады',
        'өтініш неше күнде қаралады',
        '109-ға онлайн жазуға бола ма',
      ],
    },
    en: {
      title: 'How the 109 appeals centre works and how soon it answers',
      body: `**109** is the city's single appeals centre for residents. You can report any city problem here (utility failures, roads, yards, rubbish, transport) or ask about the work of city services.

**How to contact it:**
- call **109**;
- submit an appeal on the **portal**, with no account needed, with photos and a point on the map;
- write to the **Kenes** chatbot, which suggests answers and helps file an appeal.

The operator registers the appeal, chooses the type of problem and **sends it straight to the executor**, the organisation responsible for the matter. You get an appeal number and a tracking code.

**Deadlines** depend on the problem:
- emergencies (someone trapped in a lift, an open manhole, a broken traffic light): hours;
- no heating, water or power, a broken lift: about a day;
- repairs: a few working days;
- questions and explanations: up to **15 working days** under the Administrative Procedural Code.

The deadline may be extended if a complex check is needed, and you are told so. An inspector of the centre checks the answer before the appeal is closed.

Emergencies: **112**; public services and eGov: **1414**.`,
      paraphrases: [
        'what is 109 in Kostanay',
        'where to report a problem in the city',
        'how long does it take to answer an appeal',
        'can I contact 109 online',
      ],
    },
  },
  {
    key: 'after-submit',
    audience: 'public',
    tags: ['обращение', 'статус', 'портал'],
    ru: {
      title: 'Что происходит после подачи обращения',
      body: `После того как вы подали обращение по телефону **109**, на портале или через чат-бот, оно проходит несколько шагов. Каждый шаг виден на странице обращения.

1. **Зарегистрировано.** Обращению присвоен номер, например 109-2026-000123, и код отслеживания. Срок исполнения рассчитан автоматически по виду проблемы.
2. **Направлено исполнителю.** Обращение получила организация, которая отвечает за этот вопрос: водоканал, тепловики, ОСИ, дорожная служба и т. д.
3. **Принято в работу.** Исполнитель взялся за дело.
4. **Дан ответ.** Исполнитель описал, что сделано, и часто прикладывает фото.
5. **Проверено.** Инспектор центра проверяет ответ. Если работа не сделана или ответ формальный, обращение **возвращают на доработку**.
6. **Закрыто.** Вы получаете ответ тем способом, который выбрали: SMS, e-mail, звонок, мессенджер или только на сайте.

Если для решения нужно больше времени, срок продлевают, и вы увидите это на странице. После закрытия вы можете **оценить ответ**, а если проблема не решена — **открыть обращение повторно**.`,
      paraphrases: [
        'что будет после того как я подал заявку',
        'обращение направлено исполнителю что это значит',
        'кто проверяет ответ на обращение',
        'как я узнаю что проблему решили',
      ],
    },
    kk: {
      title: 'Өтініш берілгеннен кейін не болады',
      body: `**109** телефоны, портал немесе чат-бот арқылы өтініш бергеннен кейін ол бірнеше кезеңнен өтеді. Әр кезең өтініш бетінде көрінеді.

1. **Тіркелді.** Өтінішке нөмір, мысалы, 109-2026-000123, және бақылау коды берілді. Орындау мерзімі мәселенің түріне қарай автоматты түрде есептелді.
2. **Орындаушыға жіберілді.** Өтінішті осы мәселеге жауапты ұйым алды: су арнасы, жылушылар, МИБ, жол қызметі және т. б.
3. **Жұмысқа қабылданды.** Орындаушы іске кірісті.
4. **Жауап берілді.** Орындаушы не істелгенін сипаттады, көбіне суретін де тіркейді.
5. **Тексерілді.** Орталық инспекторы жауапты тексереді. Жұмыс жасалмаса немесе жауап жай ғана ресми болса, өтініш **пысықтауға қайтарылады**.
6. **Жабылды.** Жауапты өзіңіз таңдаған тәсілмен аласыз: SMS, e-mail, қоңырау, мессенджер немесе тек сайтта.

Шешуге көбірек уақыт керек болса, мерзім ұзартылады, оны бетте көресіз. Жабылғаннан кейін **жауапты бағалауға**, ал мәселе шешілмесе, **өтінішті қайта ашуға** болады.`,
      paraphrases: [
        'өтініш бергеннен кейін не болады',
        'орындаушыға жіберілді деген нені білдіреді',
        'өтінішке берілген жауапты кім тексереді',
        'мәселе шешілгенін қалай білемін',
      ],
    },
    en: {
      title: 'What happens after you submit an appeal',
      body: `Once you have submitted an appeal by calling **109**, on the portal or through the chatbot, it goes through several steps. Each step shows on the appeal's page.

1. **Registered.** The appeal gets a number such as 109-2026-000123 and a tracking code. Its deadline is set automatically from the type of problem.
2. **Sent to the executor.** The organisation responsible has received it: the water utility, the heat company, the OSI, the road service and so on.
3. **Accepted.** The executor has taken it on.
4. **Answered.** The executor has described what was done, often with photos.
5. **Verified.** An inspector of the centre checks the answer. If the work was not done or the answer is a mere formality, the appeal is **returned for rework**.
6. **Closed.** You receive the answer the way you chose: SMS, e-mail, a call, a messenger, or only on the website.

If more time is needed, the deadline is extended and you will see it on the page. After closing you can **rate the answer** and, if the problem is not solved, **reopen the appeal**.`,
      paraphrases: [
        'what happens after I submit a complaint',
        'what does sent to executor mean',
        'who checks the answer to my appeal',
        'how will I know the problem is fixed',
      ],
    },
  },
  {
    key: 'track-appeal',
    audience: 'public',
    tags: ['обращение', 'отслеживание', 'код'],
    items: ['S17.C05.I003'],
    ru: {
      title: 'Как узнать статус обращения по номеру и коду отслеживания',
      body: `Сразу после подачи обращения вы получаете **номер** (например, 109-2026-000123) и **личный код отслеживания** из 10 символов. Если вы звонили в 109, оператор продиктует их в конце разговора — запишите.

**Как посмотреть статус:**
1. Откройте портал, раздел «Проверить обращение».
2. Введите номер и код. Можно сразу открыть ссылку, которую вы получили при подаче: в ней уже есть и номер, и код.

На странице видно:
- текущий статус и срок исполнения;
- историю: когда зарегистрировано, кому направлено, когда принято в работу;
- ответ исполнителя и фото выполненных работ;
- ваши собственные фото.

Имена сотрудников и внутренние заметки на странице не показываются.

**Код — ваш личный ключ.** По одному номеру чужое обращение открыть нельзя, поэтому не публикуйте код в соцсетях. Если код потерялся, позвоните в 109: оператор найдёт обращение по номеру телефона, который вы указали, и назовёт статус.

Если срок прошёл, а ответа нет, сообщите в 109: это тоже регистрируется как нарушение сроков.`,
      paraphrases: [
        'как проверить статус заявки',
        'где посмотреть ответ на обращение',
        'потерял код отслеживания',
        'что значит номер 109-2026',
        'обращение просрочено ответа нет',
      ],
    },
    kk: {
      title: 'Өтініштің мәртебесін нөмір мен бақылау коды бойынша қалай білуге болады',
      body: `Өтініш бергеннен кейін бірден **нөмір** (мысалы, 109-2026-000123) және 10 таңбадан тұратын **жеке бақылау кодын** аласыз. 109-ға қоңырау шалсаңыз, оператор оларды әңгіменің соңында айтып береді — жазып алыңыз.

**Мәртебені қалай қарауға болады:**
1. Порталдың «Өтінішті тексеру» бөлімін ашыңыз.
2. Нөмір мен кодты енгізіңіз. Өтініш берген кезде алған сілтемені бірден ашуға да болады: онда нөмір де, код та бар.

Бетте мыналар көрінеді:
- қазіргі мәртебесі және орындау мерзімі;
- тарихы: қашан тіркелді, кімге жіберілді, қашан жұмысқа алынды;
- орындаушының жауабы және орындалған жұмыстың суреттері;
- өзіңіздің суреттеріңіз.

Қызметкерлердің аты-жөні мен ішкі жазбалар бетте көрсетілмейді.

**Код — сіздің жеке кілтіңіз.** Тек нөмір бойынша біреудің өтінішін ашу мүмкін емес, сондықтан кодты әлеуметтік желілерде жарияламаңыз. Код жоғалса, 109-ға хабарласыңыз: оператор сіз көрсеткен телефон нөмірі бойынша өтінішті тауып, мәртебесін айтады.

Мерзім өтіп, жауап болмаса, 109-ға хабарлаңыз: бұл да мерзімнің бұзылуы ретінде тіркеледі.`,
      paraphrases: [
        'өтінішімнің мәртебесін қалай тексеремін',
        'өтінішке жауапты қайдан көремін',
        'бақылау кодын жоғалтып алдым',
        'мерзім өтті жауап жоқ',
      ],
    },
    en: {
      title: 'How to check your appeal with its number and tracking code',
      body: `As soon as you submit an appeal you get a **number** (for example 109-2026-000123) and a **private tracking code** of 10 characters. If you called 109, the operator reads them out at the end of the call; write them down.

**How to check the status:**
1. Open the portal's "Track an appeal" page.
2. Enter the number and the code. Or open the link you received when submitting: it already contains both.

The page shows:
- the current status and the deadline;
- the history: when it was registered, where it was sent, when work started;
- the executor's answer and photos of the work done;
- your own photos.

Staff names and internal notes are never shown there.

**The code is your personal key.** Nobody can open an appeal with the number alone, so do not post the code on social media. If you lost the code, call 109: the operator finds the appeal by the phone number you gave and tells you its status.

If the deadline has passed without an answer, tell 109: this is recorded as a missed deadline.`,
      paraphrases: [
        'how to check my appeal status',
        'where can I see the answer to my complaint',
        'I lost my tracking code',
        'my appeal is overdue',
      ],
    },
  },
  {
    key: 'rate-reopen-appeal',
    audience: 'public',
    tags: ['обращение', 'оценка', 'повторное открытие'],
    items: ['S17.C05.I004'],
    ru: {
      title: 'Проблема не решена: как оценить ответ и открыть обращение повторно',
      body: `Когда обращение закрыто, на его странице появляются две возможности.

**Оценить ответ** от 1 до 5 и оставить комментарий. Оценки видят руководители: по ним считают рейтинг исполнителей, и низкие оценки становятся поводом для разбора.

**Открыть повторно**, если проблема на самом деле не решена: в ответе написано «выполнено», а яма на месте, батареи холодные, мусор не вывезли.
1. Откройте обращение по номеру и коду отслеживания.
2. Нажмите «Открыть повторно» и **опишите причину**: что именно не сделано, что вы видите сейчас. Приложите свежее фото.
3. Обращение вернётся на проверку и будет снова направлено исполнителю.

Повторно открыть обращение можно **в течение 30 дней после закрытия**. Если прошло больше или проблема возникла заново спустя время, подайте новое обращение и укажите номер прежнего.

Если не согласны с ответом по существу (например, с отказом), напишите об этом при повторном открытии или подайте жалобу: её рассмотрит вышестоящий орган.

Можно позвонить в **109** — оператор поможет открыть обращение повторно.`,
      paraphrases: [
        'написали что сделано а ничего не сделали',
        'как переоткрыть заявку',
        'не согласен с ответом на обращение',
        'как поставить оценку ответу',
        'закрыли обращение без решения',
      ],
    },
    kk: {
      title: 'Мәселе шешілмеді: жауапты қалай бағалауға және өтінішті қайта ашуға болады',
      body: `Өтініш жабылғанда оның бетінде екі мүмкіндік пайда болады.

**Жауапты** 1-ден 5-ке дейін **бағалау** және пікір қалдыру. Бағаларды басшылар көреді: солар бойынша орындаушылардың рейтингі есептеледі, ал төмен бағалар талдауға негіз болады.

Мәселе шын мәнінде шешілмесе, **қайта ашу**: жауапта «орындалды» деп жазылған, бірақ шұңқыр орнында, батареялар суық, қоқыс шығарылмаған.
1. Өтінішті нөмірі мен бақылау коды бойынша ашыңыз.
2. «Қайта ашу» түймесін басып, **себебін жазыңыз**: нақты не істелмеген, қазір не көріп тұрсыз. Жаңа сурет тіркеңіз.
3. Өтініш тексеруге қайтып, орындаушыға қайта жіберіледі.

Өтінішті **жабылғаннан кейін 30 күн ішінде** қайта ашуға болады. Одан көп уақыт өтсе немесе мәселе біраздан кейін қайта пайда болса, жаңа өтініш беріп, бұрынғысының нөмірін көрсетіңіз.

Жауаптың мазмұнымен (мысалы, бас тартумен) келіспесеңіз, бұл туралы қайта ашқанда жазыңыз немесе шағым беріңіз: оны жоғары тұрған орган қарайды.

**109**-ға қоңырау шалуға болады — оператор өтінішті қайта ашуға көмектеседі.`,
      paraphrases: [
        'орындалды деп жазды бірақ ештеңе істелмеді',
        'өтінішті қалай қайта ашамын',
        'өтінішке берілген жауаппен келіспеймін',
        'жауапқа қалай баға қоямын',
      ],
    },
    en: {
      title: 'Problem not solved: how to rate the answer and reopen your appeal',
      body: `When an appeal is closed, its page offers two things.

**Rate the answer** from 1 to 5 and leave a comment. Managers see the ratings: they feed the executors' ranking, and low ratings lead to a review.

**Reopen** it if the problem is not actually solved: the answer says "done", but the pothole is still there, the radiators are cold, the rubbish was not collected.
1. Open the appeal with its number and tracking code.
2. Press "Reopen" and **give the reason**: what exactly was not done and what you see now. Attach a fresh photo.
3. The appeal goes back for checking and is sent to the executor again.

You can reopen an appeal **within 30 days of its closing**. If more time has passed, or the problem came back later, submit a new appeal and mention the old number.

If you disagree with the substance of the answer (a refusal, for example), say so when reopening, or file a complaint, which a higher authority will examine.

You can also call **109**, and the operator will help you reopen the appeal.`,
      paraphrases: [
        'they marked it done but nothing was fixed',
        'how do I reopen my appeal',
        'I disagree with the answer',
        'how to rate the answer to my complaint',
      ],
    },
  },
  {
    key: 'personal-data-passwords',
    audience: 'public',
    tags: ['персональные данные', 'мошенничество', 'безопасность'],
    items: ['S17.C03.I028'],
    ru: {
      title: 'Какие данные нужны для обращения и почему мы никогда не спрашиваем пароли',
      body: `**Что нужно для обращения:**
- **адрес или место** проблемы — чтобы исполнитель нашёл её; для проблем в квартире — номер квартиры и подъезд;
- **описание**: что случилось и с какого времени;
- **телефон** — чтобы уточнить детали и сообщить о результате; имя — чтобы к вам обращаться;
- по желанию — e-mail или мессенджер для ответа, фото.

ИИН нужен только в редких случаях, когда вопрос касается лично вас (например, перерасчёт или очередь на жильё), и оператор объяснит зачем.

**Мы никогда не спрашиваем:** пароли от eGov, банков и почты, коды из SMS, ПИН-коды, номер и CVV банковской карты, пароль от ЭЦП. Центр 109 не просит перевести деньги и не звонит с «проверкой счёта».

Если кто-то представился сотрудником 109, акимата или банка и просит код из SMS — **это мошенник**. Положите трубку и сообщите в полицию по **102**.

Ваши контакты видят только сотрудники, работающие с обращением. На публичной карте обращений имя и телефон **не показываются**, а номера телефонов и ИИН из текста удаляются.`,
      paraphrases: [
        'зачем вам мой телефон',
        'позвонили из 109 и просят код из смс',
        'нужно ли давать ИИН оператору',
        'увидят ли соседи мою жалобу',
        'кто видит мои данные в обращении',
      ],
    },
    kk: {
      title: 'Өтінішке қандай деректер керек және біз неге ешқашан құпиясөз сұрамаймыз',
      body: `**Өтінішке не керек:**
- мәселенің **мекенжайы немесе орны** — орындаушы оны табуы үшін; пәтердегі мәселе болса — пәтер нөмірі мен подъезд;
- **сипаттамасы**: не болды және қашаннан бері;
- **телефон** — мәліметті нақтылау және нәтижесін хабарлау үшін; есім — сізге қалай жүгінуді білу үшін;
- қаласаңыз — жауапқа арналған e-mail немесе мессенджер, сурет.

ЖСН мәселе жеке сізге қатысты сирек жағдайларда ғана керек (мысалы, қайта есептеу немесе тұрғын үй кезегі), оператор оның неге керек екенін түсіндіреді.

**Біз ешқашан сұрамаймыз:** eGov, банк және пошта құпиясөздерін, SMS-кодтарды, ПИН-кодтарды, банк картасының нөмірі мен CVV-ін, ЭЦҚ құпиясөзін. 109 орталығы ақша аударуды сұрамайды және «шотты тексеру» үшін қоңырау шалмайды.

Біреу өзін 109, әкімдік немесе банк қызметкері деп таныстырып, SMS-кодты сұраса — **бұл алаяқ**. Телефонды қойып, **102** арқылы полицияға хабарлаңыз.

Байланыс деректеріңізді тек өтінішпен жұмыс істейтін қызметкерлер көреді. Өтініштердің қоғамдық картасында есіміңіз бен телефоныңыз **көрсетілмейді**, ал мәтіндегі телефон нөмірлері мен ЖСН жойылады.`,
      paraphrases: [
        'телефон нөмірім не үшін керек',
        '109-дан хабарласып SMS-код сұрап жатыр',
        'операторға ЖСН айту керек пе',
        'менің деректерімді кім көреді',
      ],
    },
    en: {
      title: 'What data an appeal needs, and why we never ask for passwords',
      body: `**What an appeal needs:**
- the **address or place** of the problem, so the executor can find it; for a problem in a flat, the flat and entrance number;
- a **description**: what happened and since when;
- a **phone number** to clarify details and tell you the result, and a name to address you by;
- optionally an e-mail or messenger for the answer, and photos.

Your IIN is needed only in the rare cases that concern you personally (a recalculation, a housing queue), and the operator will explain why.

**We never ask for:** passwords to eGov, banks or e-mail, SMS codes, PINs, card numbers or CVV codes, or your digital signature password. The 109 centre never asks you to transfer money and never calls to "check your account".

If someone claiming to be from 109, the akimat or a bank asks for an SMS code, **it is a fraudster**. Hang up and report it to the police on **102**.

Only the staff working on your appeal see your contacts. The public map of appeals **never shows** names or phone numbers, and phone numbers and IINs are removed from the text.`,
      paraphrases: [
        'why do you need my phone number',
        'someone from 109 asked for my SMS code',
        'do I have to give my IIN',
        'who can see my personal data',
      ],
    },
  },
  {
    key: 'op-lift-trapped-script',
    audience: 'internal',
    tags: ['скрипт', 'лифт', 'экстренно'],
    items: ['S01.C05.I001', 'S01.C05.I002'],
    ru: {
      title: 'Скрипт оператора: звонок о человеке, застрявшем в лифте',
      body: `Цель — за минуту собрать данные и передать вызов аварийной лифтовой службе.

1. **Адрес, подъезд, этаж** (если известен). Переспросите номер дома и подъезда.
2. **Кто в кабине**: сколько человек, есть ли ребёнок, пожилой, человек с инвалидностью, беременная, плохо ли кому-то.
3. **Если кому-то плохо, паника, ребёнок один, задымление** — сразу скажите: «Я соединяю вас со 112 / позвоните 112 прямо сейчас», — и одновременно регистрируйте обращение.
4. Выберите пункт **«Застряли люди в лифте»** или **«Застрял ребёнок в лифте»** — критичность и срок в 1 час подставятся сами, исполнитель определится по адресу.
5. **Ctrl+Enter**, продиктуйте номер обращения и код отслеживания.
6. Успокойте: «Бригада уже получила вызов. Не пытайтесь открыть двери. Воздуха в кабине достаточно».
7. Спросите, работала ли кнопка связи в кабине. Если нет — отметьте в комментарии.

Если звонит сам застрявший, держите его на линии, пока не зарегистрируете обращение, и попросите перезвонить в 109, если бригады нет через 30 минут. Каждый повторный звонок — комментарий к тому же обращению, а не новое обращение.`,
      paraphrases: [
        'скрипт застрял в лифте',
        'как оформить вызов человек в лифте',
        'что говорить если звонит человек из лифта',
        'лифт ребёнок алгоритм оператора',
      ],
    },
    kk: {
      title: 'Оператор сценарийі: лифтте адам қалып қойғаны туралы қоңырау',
      body: `Мақсаты — бір минут ішінде деректерді жинап, шақыруды апаттық лифт қызметіне беру.

1. **Мекенжай, подъезд, қабат** (белгілі болса). Үй мен подъезд нөмірін қайта сұраңыз.
2. **Кабинада кім бар**: неше адам, бала, қарт, мүгедектігі бар адам, жүкті әйел бар ма, біреудің жағдайы нашар ма.
3. **Біреудің жағдайы нашар болса, үрей, бала жалғыз болса, түтін шықса** — бірден: «Сізді 112-мен қосамын / дәл қазір 112-ге хабарласыңыз», — деп айтып, сонымен қатар өтінішті тіркеңіз.
4. **«Лифтте адамдар қалып қойды»** немесе **«Лифтте бала қалып қойды»** тармағын таңдаңыз — маңыздылығы мен 1 сағаттық мерзімі өзі қойылады, орындаушы мекенжай бойынша анықталады.
5. **Ctrl+Enter** басып, өтініш нөмірі мен бақылау кодын айтып беріңіз.
6. Тыныштандырыңыз: «Бригада шақыруды алды. Есікті ашуға тырыспаңыз. Кабинада ауа жеткілікті».
7. Кабинадағы байланыс түймесі жұмыс істеді ме, сұраңыз. Істемесе, түсініктемеге жазыңыз.

Лифтте қалған адамның өзі хабарласса, өтінішті тіркегенше оны желіде ұстаңыз және 30 минуттан кейін бригада келмесе, 109-ға қайта хабарласуын сұраңыз. Әр қайталанған қоңырау — жаңа өтініш емес, сол өтінішке түсініктеме.`,
      paraphrases: [
        'лифтте қалды сценарий',
        'лифттегі адам туралы шақыруды қалай ресімдеймін',
        'лифттен хабарласқан адамға не айту керек',
      ],
    },
  },
  {
    key: 'op-category-executor',
    audience: 'internal',
    tags: ['оператор', 'классификатор', 'исполнитель'],
    ru: {
      title: 'Как выбрать категорию и исполнителя при регистрации обращения',
      body: `Правильная категория — это верный срок и верный исполнитель, ошибка — переадресация и потерянные дни.

1. **Сначала адрес, потом категория.** Исполнитель часто зависит от района и дома: лифтовые организации, перевозчики, вывоз мусора, ОСИ дома.
2. **Ищите по словам заявителя.** Поиск категории понимает русский, казахский и английский и разговорные слова: «нет света», «жарық жоқ», «яма», «ойық».
3. **Выбирайте самый конкретный пункт**: «Нет горячей воды во всём доме», а не «в квартире», если нет у всех; «Стая собак у школы», а не «во дворе», если это у школы. Место меняет приоритет.
4. **Опасность важнее вида работ.** Открытый люк, искрит проводка, человек в лифте — критичные пункты, даже если заявитель говорит о них между делом.
5. **Одна проблема — одно обращение.** Если звонят о яме и о фонаре, зарегистрируйте два обращения.
6. **Проверьте подсказку справа**: срок и исполнитель, которых назначит каталог. Если исполнитель явно не тот (частная территория, другой владелец сети), отметьте это в комментарии для второй линии, а не выбирайте случайный пункт.
7. Если подходящего пункта нет, выберите ближайший по смыслу и напишите в комментарии, чего не хватило: так пополняют каталог.`,
      paraphrases: [
        'какую категорию выбрать',
        'не могу найти пункт в классификаторе',
        'как определяется исполнитель',
        'обращение ушло не тому исполнителю',
      ],
    },
    kk: {
      title: 'Өтінішті тіркегенде санат пен орындаушыны қалай таңдау керек',
      body: `Дұрыс санат — дұрыс мерзім мен дұрыс орындаушы, ал қате — қайта жіберу мен жоғалған күндер.

1. **Алдымен мекенжай, содан кейін санат.** Орындаушы көбіне аудан мен үйге байланысты: лифт ұйымдары, тасымалдаушылар, қоқыс шығару, үйдің МИБ-і.
2. **Өтініш берушінің сөздерімен іздеңіз.** Санатты іздеу орыс, қазақ және ағылшын тілдерін және ауызекі сөздерді түсінеді: «нет света», «жарық жоқ», «яма», «ойық».
3. **Ең нақты тармақты таңдаңыз**: барлығында жоқ болса, «пәтерде» емес, «бүкіл үйде ыстық су жоқ»; мектеп жанында болса, «аулада» емес, «мектеп жанындағы иттер үйірі». Орын басымдықты өзгертеді.
4. **Қауіп жұмыс түрінен маңызды.** Ашық люк, сым ұшқын шашады, лифтте адам қалды — өтініш беруші оларды жай ғана айта салса да, бұлар шұғыл тармақтар.
5. **Бір мәселе — бір өтініш.** Шұңқыр мен шам туралы қатар хабарласса, екі өтініш тіркеңіз.
6. **Оң жақтағы кеңесті тексеріңіз**: каталог тағайындайтын мерзім мен орындаушы. Орындаушы анық қате болса (жеке аумақ, желінің басқа иесі), кез келген тармақты таңдамай, екінші желі үшін түсініктемеге жазыңыз.
7. Сәйкес тармақ болмаса, мағынасы жағынан ең жақынын таңдап, түсініктемеде не жетпегенін жазыңыз: каталог осылай толықтырылады.`,
      paraphrases: [
        'қай санатты таңдау керек',
        'классификатордан тармақ таба алмаймын',
        'орындаушы қалай анықталады',
      ],
    },
  },
  {
    key: 'op-duplicate',
    audience: 'internal',
    tags: ['оператор', 'дубликат', 'обращение'],
    ru: {
      title: 'Когда отмечать обращение как дубликат',
      body: `Во время ввода адреса и категории форма показывает **открытые обращения по тому же адресу и категории**. Это подсказка, а не автоматическое решение.

**Дубликат** — это то же самое событие, о котором уже есть открытое обращение: тот же дом (подъезд, перекрёсток), та же проблема, тот же период. Типичные случаи: двадцать звонков о том, что нет воды в доме; несколько сообщений об одном неработающем светофоре.

Как поступить:
1. Скажите заявителю номер существующего обращения и его статус.
2. Если заявитель добавляет новые сведения (вода уже в подвале, ребёнок остался один), добавьте **комментарий** к исходному обращению.
3. Если новое обращение уже зарегистрировано (портал, бот), отметьте его действием **«Дубликат»** со ссылкой на исходное. Дубликаты не входят в рейтинг исполнителей.

**Не дубликат:**
- исходное обращение **закрыто** — это новое событие или повод для повторного открытия;
- другая квартира с личной проблемой (холодно только в одной квартире, нужен личный перерасчёт);
- другой подъезд или участок улицы;
- ситуация стала опаснее — это новая, более критичная категория.

Сомневаетесь — регистрируйте отдельно и пишите комментарий для второй линии.`,
      paraphrases: [
        'когда ставить дубликат',
        'по этому адресу уже есть обращение что делать',
        'много звонков об одной аварии',
        'можно ли отметить дубликатом закрытое обращение',
      ],
    },
    kk: {
      title: 'Өтінішті қашан телнұсқа (дубликат) деп белгілеу керек',
      body: `Мекенжай мен санатты енгізу кезінде форма **сол мекенжай мен санат бойынша ашық өтініштерді** көрсетеді. Бұл — автоматты шешім емес, кеңес.

**Телнұсқа** — ашық өтініші бар дәл сол оқиға: сол үй (подъезд, қиылыс), сол мәселе, сол кезең. Әдеттегі жағдайлар: үйде су жоқ екені туралы жиырма қоңырау; істемейтін бір бағдаршам туралы бірнеше хабар.

Қалай әрекет ету керек:
1. Өтініш берушіге бар өтініштің нөмірі мен мәртебесін айтыңыз.
2. Өтініш беруші жаңа мәлімет қосса (су жертөлеге жетті, бала жалғыз қалды), бастапқы өтінішке **түсініктеме** қосыңыз.
3. Жаңа өтініш тіркеліп қойса (портал, бот), оны бастапқыға сілтеме жасап, **«Телнұсқа»** әрекетімен белгілеңіз. Телнұсқалар орындаушылар рейтингіне кірмейді.

**Телнұсқа емес:**
- бастапқы өтініш **жабылған** — бұл жаңа оқиға немесе қайта ашуға негіз;
- жеке мәселесі бар басқа пәтер (тек бір пәтерде суық, жеке қайта есептеу керек);
- басқа подъезд немесе көшенің басқа учаскесі;
- жағдай қауіптірек болды — бұл жаңа, маңыздырақ санат.

Күмәндансаңыз, бөлек тіркеп, екінші желіге түсініктеме жазыңыз.`,
      paraphrases: [
        'телнұсқаны қашан қою керек',
        'бұл мекенжай бойынша өтініш бар не істеймін',
        'бір апат туралы көп қоңырау',
      ],
    },
  },
  {
    key: 'op-aggressive-caller',
    audience: 'internal',
    tags: ['оператор', 'конфликт', 'общение'],
    ru: {
      title: 'Как вести разговор с агрессивным заявителем',
      body: `Чаще всего человек кричит не на вас, а от бессилия: третий день без тепла, ребёнок болеет, прошлое обращение «закрыли» без результата. Ваша задача — вернуть разговор к делу.

1. **Дайте выговориться**, не перебивайте первые 30–60 секунд. Не спорьте и не оправдывайтесь за исполнителя.
2. **Признайте проблему**: «Понимаю, три дня без отопления зимой — это тяжело. Давайте я сейчас всё оформлю, чтобы это ушло исполнителю».
3. **Переходите к фактам**: адрес, что случилось, с какого времени. Короткие конкретные вопросы успокаивают лучше уговоров.
4. **Обещайте только то, что зависит от вас**: регистрацию, срок по каталогу, номер и код отслеживания. Не обещайте «сегодня всё починят».
5. **При оскорблениях** один раз спокойно предупредите: «Я готов помочь, но прошу говорить без оскорблений. Иначе я буду вынужден завершить разговор». Если продолжается — завершите вежливо и запишите комментарий в карточке.
6. **Угрозы** сотрудникам, себе или другим — сообщите супервизору; при угрозе жизни — передайте сведения в **102** или **112**.

После тяжёлого звонка возьмите короткую паузу, если это позволяет очередь, и при необходимости поговорите с супервизором.`,
      paraphrases: [
        'заявитель кричит и оскорбляет',
        'как успокоить агрессивного звонящего',
        'можно ли положить трубку если ругаются матом',
        'звонящий угрожает что делать',
      ],
    },
    kk: {
      title: 'Ашуланған өтініш берушімен қалай сөйлесу керек',
      body: `Көбіне адам сізге емес, дәрменсіздіктен айқайлайды: үш күннен бері жылу жоқ, баласы ауырып жатыр, бұрынғы өтінішін нәтижесіз «жауып» тастаған. Сіздің міндетіңіз — әңгімені іске қайта бұру.

1. **Айтып тауысуына мүмкіндік беріңіз**, алғашқы 30–60 секундта сөзін бөлмеңіз. Дауласпаңыз және орындаушы үшін ақталмаңыз.
2. **Мәселені мойындаңыз**: «Түсінемін, қыста үш күн жылусыз отыру — ауыр. Қазір бәрін ресімдейін, орындаушыға жетсін».
3. **Фактілерге көшіңіз**: мекенжай, не болды, қашаннан бері. Қысқа нақты сұрақтар үгіттен гөрі жақсы тыныштандырады.
4. **Тек өзіңізге байланысты нәрсені уәде етіңіз**: тіркеу, каталог бойынша мерзім, нөмір мен бақылау коды. «Бүгін бәрін жөндейді» деп уәде бермеңіз.
5. **Балағат сөз болса**, бір рет сабырмен ескертіңіз: «Көмектесуге дайынмын, бірақ балағатсыз сөйлесуіңізді сұраймын. Әйтпесе әңгімені аяқтауға мәжбүрмін». Жалғаса берсе — сыпайы аяқтап, карточкаға түсініктеме жазыңыз.
6. Қызметкерлерге, өзіне немесе басқаларға **қорқыту** болса — супервайзерге хабарлаңыз; өмірге қауіп болса — мәліметті **102**-ге немесе **112**-ге беріңіз.

Ауыр қоңыраудан кейін кезек мүмкіндік берсе, қысқа үзіліс жасап, қажет болса супервайзермен сөйлесіңіз.`,
      paraphrases: [
        'өтініш беруші айқайлап балағаттайды',
        'ашуланған адамды қалай тыныштандырамын',
        'қоңырау шалушы қорқытып жатыр не істеймін',
      ],
    },
  },
  {
    key: 'op-anonymous-appeal',
    audience: 'internal',
    tags: ['оператор', 'анонимно', 'регистрация'],
    ru: {
      title: 'Как зарегистрировать анонимное обращение',
      body: `Заявитель не хочет называть имя или телефон — это его право. Но от этого зависит, что мы сможем для него сделать.

**Что можно принять анонимно:** сообщения о проблемах в общественных местах, где не нужна обратная связь: яма, не горит фонарь, открытый люк, стихийная свалка, стая собак, сломанная площадка. Исполнитель устраняет проблему по адресу, заявитель не нужен.

Как оформить:
1. Поля имени и телефона **оставьте пустыми** — не вписывайте «аноним» или вымышленные данные.
2. Адрес и описание заполните особенно подробно: уточнить детали будет не у кого.
3. Зарегистрируйте и **продиктуйте номер и код отслеживания**: это единственный способ для заявителя узнать результат на портале.
4. Предупредите: письменного ответа не будет, повторно открыть обращение по телефону без кода не получится.

**Что анонимно не рассматривается по существу:** жалобы на конкретных должностных лиц и организации, личные вопросы (перерасчёт, жильё, пособия) — для ответа по закону нужны данные заявителя. Объясните это спокойно и предложите оставить хотя бы телефон.

Сообщения о преступлениях, угрозе жизни или безопасности принимайте всегда и сразу передавайте в **102** или **112**.`,
      paraphrases: [
        'заявитель не хочет называть имя',
        'можно ли принять обращение без телефона',
        'анонимная жалоба как оформить',
        'звонящий боится что соседи узнают',
      ],
    },
    kk: {
      title: 'Анонимді өтінішті қалай тіркеу керек',
      body: `Өтініш беруші атын немесе телефонын айтқысы келмейді — бұл оның құқығы. Бірақ біз не істей алатынымыз соған байланысты.

**Анонимді түрде не қабылдауға болады:** кері байланыс қажет емес қоғамдық орындардағы мәселелер туралы хабарлар: шұңқыр, көше шамы жанбайды, ашық люк, заңсыз қоқыс үйіндісі, иттер үйірі, сынған алаң. Орындаушы мәселені мекенжай бойынша жояды, өтініш берушінің қажеті жоқ.

Қалай ресімдеу керек:
1. Аты-жөні мен телефон өрістерін **бос қалдырыңыз** — «аноним» немесе ойдан шығарылған деректерді жазбаңыз.
2. Мекенжай мен сипаттаманы аса толық толтырыңыз: нақтылайтын ешкім болмайды.
3. Тіркеп, **нөмір мен бақылау кодын айтып беріңіз**: өтініш берушінің нәтижені порталдан білуінің жалғыз жолы осы.
4. Ескертіңіз: жазбаша жауап болмайды, кодсыз телефон арқылы өтінішті қайта ашу мүмкін емес.

**Анонимді түрде мәні бойынша қаралмайтындар:** нақты лауазымды адамдар мен ұйымдарға шағымдар, жеке мәселелер (қайта есептеу, тұрғын үй, жәрдемақы) — заң бойынша жауап беру үшін өтініш берушінің деректері керек. Сабырмен түсіндіріп, телефон қалдыруды ұсыныңыз.

Қылмыс, өмірге не қауіпсіздікке қатер туралы хабарларды әрқашан қабылдап, бірден **102**-ге немесе **112**-ге беріңіз.`,
      paraphrases: [
        'өтініш беруші атын айтқысы келмейді',
        'телефонсыз өтініш қабылдауға бола ма',
        'анонимді шағымды қалай ресімдеймін',
      ],
    },
  },
];
