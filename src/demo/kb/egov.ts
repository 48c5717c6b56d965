// Knowledge base, demo set: eGov.kz, public service centres (ЦОН / ХҚКО) and personal documents.
// Written for citizens, operators of the city appeals centre and the Kenes chatbot. Fees, amounts
// and exact terms change often, so the articles point to the service page on eGov.kz instead.

import type { DemoKbArticle } from './types.ts';

export const EGOV_ARTICLES: DemoKbArticle[] = [
  {
    key: 'address-certificate-egov',
    audience: 'public',
    tags: ['справки', 'egov', 'регистрация', 'адресная справка'],
    items: ['S16.C01.I002', 'S16.C01.I010', 'S16.C01.I015'],
    ru: {
      title: 'Как получить адресную справку на eGov',
      body: `Адресная справка подтверждает, где вы зарегистрированы по месту жительства. Она бесплатная и выдаётся онлайн за несколько минут.

1. Откройте **egov.kz** или приложение **eGov Mobile** и войдите в личный кабинет.
2. В поиске наберите «адресная справка» и нажмите **Заказать услугу онлайн**.
3. Проверьте данные и подпишите запрос **ЭЦП** или **одноразовым паролем (SMS)**.
4. Готовая справка появится в разделе **Личный кабинет → История получения услуг**. Скачайте PDF или отправьте его на почту.

**Что нужно:** ЭЦП или номер телефона, зарегистрированный в базе мобильных граждан.

Справка подписана ЭЦП государственного органа и содержит QR-код, поэтому печать и подпись на бумаге не нужны.

**Если не получается:** ошибка «нет данных» обычно значит, что регистрация не оформлена или данные в базе расходятся с удостоверением личности — обратитесь в ЦОН. Справку также можно получить в любом ЦОН с удостоверением личности. Вопросы — в контакт-центр **1414**.`,
      paraphrases: [
        'где взять адресную справку',
        'мне нужна справка с места жительства, как заказать онлайн',
        'адресная справка через телефон',
        'можно ли получить адресную справку без ЭЦП',
        'справка о прописке егов',
      ],
    },
    kk: {
      title: 'eGov арқылы мекенжай анықтамасын қалай алуға болады',
      body: `Мекенжай анықтамасы сіздің тұрғылықты жеріңіз бойынша қай мекенжайда тіркелгеніңізді растайды. Ол тегін және бірнеше минутта онлайн беріледі.

1. **egov.kz** порталына немесе **eGov Mobile** қосымшасына кіріңіз.
2. Іздеу жолына «мекенжай анықтамасы» деп жазып, **Қызметке онлайн тапсырыс беру** батырмасын басыңыз.
3. Деректерді тексеріп, сұрауға **ЭЦҚ** немесе **бір реттік парольмен (SMS)** қол қойыңыз.
4. Дайын анықтама **Жеке кабинет → Қызметтерді алу тарихы** бөлімінде пайда болады. PDF файлын жүктеп алыңыз.

**Не қажет:** ЭЦҚ немесе мобильдік азаматтар базасында тіркелген телефон нөмірі.

Анықтамаға мемлекеттік органның ЭЦҚ-сы қойылған және QR-коды бар, сондықтан мөр мен қолды қажет етпейді.

**Егер шықпаса:** «деректер жоқ» қатесі әдетте тіркеудің рәсімделмегенін немесе базадағы деректердің жеке куәлікпен сәйкес келмейтінін білдіреді — ХҚКО-ға жүгініңіз. Анықтаманы жеке куәлікпен кез келген ХҚКО-дан да алуға болады. Сұрақтар бойынша — **1414** байланыс орталығы.`,
      paraphrases: [
        'мекенжай анықтамасын қайдан аламын',
        'адресная справка керек, телефоннан қалай алуға болады',
        'ЭЦҚ жоқ болса мекенжай анықтамасын алуға бола ма',
        'тұрғылықты жерден анықтама қалай алу керек',
      ],
    },
    en: {
      title: 'How to get an address certificate on eGov',
      body: `An address certificate confirms where you are registered as a resident. It is free and is issued online within minutes.

1. Open **egov.kz** or the **eGov Mobile** app and sign in.
2. Search for "address certificate" and press **Order the service online**.
3. Check your data and sign the request with your **digital signature (EDS)** or a **one-time SMS password**.
4. The certificate appears under **Personal account → History of services**. Download the PDF or send it by e-mail.

**You need:** an EDS, or a phone number registered in the Mobile Citizens Database.

The certificate is signed electronically by the government body and carries a QR code, so no stamp or handwritten signature is needed.

**If it fails:** a "no data" message usually means your registration is missing or the records differ from your ID card — visit a Public Service Centre (PSC/ЦОН). Any PSC can also issue the certificate if you bring your ID card. Questions: contact centre **1414**.`,
      paraphrases: [
        'where do I get proof of address in Kazakhstan',
        'how to order an address certificate from my phone',
        'can I get the address certificate without a digital signature',
        'I need a certificate of residence for my employer',
      ],
    },
  },
  {
    key: 'no-criminal-record-certificate',
    audience: 'public',
    tags: ['справки', 'несудимость', 'egov'],
    items: ['S16.C01.I001', 'S16.C01.I014', 'S16.C01.I027'],
    ru: {
      title: 'Как получить справку о несудимости',
      body: `Справку о наличии либо отсутствии судимости выдаёт Комитет по правовой статистике и специальным учётам Генеральной прокуратуры. Услуга бесплатная.

1. Войдите на **egov.kz** или в **eGov Mobile**.
2. Найдите услугу «Справка о наличии либо отсутствии судимости» и нажмите **Заказать услугу онлайн**.
3. Укажите цель запроса (например, для работы или выезда за границу).
4. Подпишите запрос **ЭЦП** или **SMS-паролем**.
5. Справка придёт в **Историю получения услуг**.

**Сроки:** обычно несколько минут. Если нужна дополнительная проверка, срок увеличивается — актуальный указан на странице услуги.

**Для заграницы** часто требуется апостиль — он оформляется отдельной услугой через eGov или ЦОН.

**Если пришёл отказ или ошибка:** проверьте, совпадают ли ФИО и ИИН с удостоверением личности. Если в справке неверные сведения, обратитесь в ЦОН с удостоверением личности или в территориальное управление Комитета. Консультация — **1414**.`,
      paraphrases: [
        'справка о несудимости онлайн',
        'где взять справку что не судим для работы',
        'сколько делается справка об отсутствии судимости',
        'мне нужна справка о несудимости для визы, что делать',
        'можно ли заказать справку о несудимости в приложении',
      ],
    },
    kk: {
      title: 'Соттылығының жоқтығы туралы анықтаманы қалай алуға болады',
      body: `Соттылығының болуы не болмауы туралы анықтаманы Бас прокуратураның Құқықтық статистика және арнайы есепке алу жөніндегі комитеті береді. Қызмет тегін.

1. **egov.kz** порталына немесе **eGov Mobile** қосымшасына кіріңіз.
2. «Соттылығының болуы не болмауы туралы анықтама» қызметін тауып, **Қызметке онлайн тапсырыс беру** батырмасын басыңыз.
3. Сұрау мақсатын көрсетіңіз (мысалы, жұмысқа орналасу немесе шетелге шығу үшін).
4. Сұрауға **ЭЦҚ** немесе **SMS-парольмен** қол қойыңыз.
5. Анықтама **Қызметтерді алу тарихына** келіп түседі.

**Мерзімі:** әдетте бірнеше минут. Қосымша тексеру қажет болса, мерзім ұзарады — нақтысы қызмет бетінде көрсетілген.

**Шетелге ұсыну үшін** көбіне апостиль қажет, ол eGov немесе ХҚКО арқылы жеке қызмет ретінде рәсімделеді.

**Бас тарту немесе қате шықса:** аты-жөніңіз бен ЖСН-ның жеке куәлікпен сәйкестігін тексеріңіз. Анықтамада қате мәлімет болса, жеке куәлікпен ХҚКО-ға немесе Комитеттің аумақтық басқармасына жүгініңіз. Кеңес — **1414**.`,
      paraphrases: [
        'соттылық туралы анықтаманы қайдан алуға болады',
        'сотталмағаным туралы справка керек, қалай аламын',
        'несудимость анықтамасы қанша уақытта дайын болады',
        'визаға соттылығы жоқ туралы анықтама қалай алу керек',
      ],
    },
    en: {
      title: 'How to get a certificate of no criminal record',
      body: `The certificate of criminal record (or its absence) is issued by the Committee on Legal Statistics and Special Records of the Prosecutor General's Office. The service is free.

1. Sign in to **egov.kz** or **eGov Mobile**.
2. Find the service "Certificate of criminal record or its absence" and press **Order the service online**.
3. State the purpose (for example, employment or travel abroad).
4. Sign the request with your **EDS** or a **one-time SMS password**.
5. The certificate arrives in your **History of services**.

**Timing:** usually a few minutes. If an additional check is needed it takes longer; the current term is shown on the service page.

**For use abroad** you often need an apostille, which is a separate service on eGov or at a Public Service Centre (ЦОН).

**If you get a refusal or an error:** check that your name and IIN match your ID card. If the certificate contains wrong information, go to a ЦОН with your ID card or to the Committee's regional office. Advice: **1414**.`,
      paraphrases: [
        'police clearance certificate Kazakhstan online',
        'how long does the no criminal record certificate take',
        'I need a criminal record check for a visa application',
        'where can I order a certificate of no conviction',
      ],
    },
  },
  {
    key: 'con-queue-booking',
    audience: 'public',
    tags: ['цон', 'очередь', 'egov'],
    items: ['S16.C03.I013', 'S16.C02.I021', 'S16.C02.I022'],
    ru: {
      title: 'Как записаться в ЦОН онлайн (электронная очередь)',
      body: `Чтобы не стоять в общей очереди, забронируйте время приёма в Центре обслуживания населения (ЦОН) заранее.

1. Откройте **egov.kz** или **eGov Mobile** и найдите услугу **«Бронирование электронной очереди»**.
2. Выберите город, нужный ЦОН и услугу, ради которой идёте.
3. Выберите свободные дату и время и подтвердите бронь.
4. Номер брони придёт в личный кабинет и по SMS.
5. Приходите за 10–15 минут до назначенного времени и подтвердите бронь в терминале электронной очереди или у администратора зала.

**Что взять:** удостоверение личности и документы, перечисленные на странице услуги.

**Если опоздали,** бронь может быть аннулирована — придётся взять обычный талон или записаться снова. Если планы изменились, отмените бронь в личном кабинете, чтобы освободить время другим.

**Нет свободных слотов?** Проверьте соседние ЦОНы: многие услуги оказываются в любом ЦОН независимо от прописки. Узнать, какой ЦОН принимает по вашей услуге, можно по номеру **1414**.`,
      paraphrases: [
        'как забронировать очередь в цон',
        'запись в цон через егов',
        'можно ли записаться в цон на определённое время',
        'мне нужно в цон, как не стоять в очереди',
        'талон в цон онлайн',
      ],
    },
    kk: {
      title: 'ХҚКО-ға онлайн қалай жазылуға болады (электрондық кезек)',
      body: `Жалпы кезекте тұрмас үшін Халыққа қызмет көрсету орталығына (ХҚКО) қабылдау уақытын алдын ала брондаңыз.

1. **egov.kz** немесе **eGov Mobile** ашып, **«Электрондық кезекті брондау»** қызметін табыңыз.
2. Қаланы, қажетті ХҚКО-ны және алатын қызметіңізді таңдаңыз.
3. Бос күн мен уақытты таңдап, броньды растаңыз.
4. Бронь нөмірі жеке кабинетке және SMS арқылы келеді.
5. Белгіленген уақыттан 10–15 минут бұрын келіп, броньды электрондық кезек терминалында немесе зал әкімшісінде растаңыз.

**Өзіңізбен бірге:** жеке куәлік және қызмет бетінде көрсетілген құжаттар.

**Кешіксеңіз,** бронь жойылуы мүмкін — кәдімгі талон алуға немесе қайта жазылуға тура келеді. Жоспарыңыз өзгерсе, броньды жеке кабинетте болдырмаңыз.

**Бос уақыт жоқ па?** Көршілес ХҚКО-ларды қараңыз: көптеген қызметтер тіркелген жеріңізге қарамастан кез келген ХҚКО-да көрсетіледі. Қай ХҚКО сіздің қызметіңізді қабылдайтынын **1414** нөмірі арқылы біле аласыз.`,
      paraphrases: [
        'ЦОН-ға кезекке қалай жазыламын',
        'ХҚКО-ға онлайн кезек алу',
        'eGov арқылы ХҚКО-ға бронь жасауға бола ма',
        'цонға белгілі бір уақытқа жазылу керек',
      ],
    },
    en: {
      title: 'How to book a Public Service Centre (ЦОН) appointment online',
      body: `To avoid the general queue, book a time slot at a Public Service Centre (ЦОН) in advance.

1. Open **egov.kz** or **eGov Mobile** and find the service **"Booking an electronic queue"**.
2. Choose your city, the centre and the service you need.
3. Pick a free date and time and confirm the booking.
4. The booking number is sent to your personal account and by SMS.
5. Arrive 10–15 minutes early and confirm the booking at the queue terminal or with the hall administrator.

**Bring:** your ID card and the documents listed on the service page.

**If you are late,** the booking may be cancelled and you will have to take a regular ticket or book again. If your plans change, cancel the booking in your account so others can use the slot.

**No free slots?** Try other centres nearby: many services are provided at any ЦОН regardless of where you are registered. Contact centre **1414** can tell you which centres handle your service.`,
      paraphrases: [
        'how do I book a slot at CON',
        'can I make an appointment at the public service centre online',
        'electronic queue ticket for ЦОН',
        'I want to skip the line at the service centre',
      ],
    },
  },
  {
    key: 'con-opening-hours',
    audience: 'public',
    tags: ['цон', 'режим работы'],
    items: ['S16.C02.I026'],
    ru: {
      title: 'Режим работы ЦОН: когда можно прийти',
      body: `Центры обслуживания населения (ЦОН) работают по будним дням. Точное время зависит от конкретного ЦОНа, поэтому перед визитом его стоит проверить.

**Как правило:**
- обычные ЦОНы принимают в будни **с 9:00 до 18:00**;
- **дежурные ЦОНы** и спецЦОНы работают в будни **до 20:00**, а в **субботу — с 9:00 до 13:00**;
- воскресенье и праздничные дни — выходные; в праздники публикуется отдельный график.

**Как узнать график нужного ЦОНа:**
1. На **egov.kz** откройте раздел с адресами ЦОН и выберите свой город.
2. Или позвоните в контакт-центр **1414**.
3. Или посмотрите объявления филиала Госкорпорации «Правительство для граждан» в вашей области.

**Совет:** приходите не в последний час — приём заявлений может закончиться раньше, чем закроется зал. Чтобы не ждать, забронируйте время через услугу «Бронирование электронной очереди».

Многие справки (адресная, о несудимости, о недвижимости) не требуют визита — их можно получить на eGov круглосуточно.`,
      paraphrases: [
        'во сколько открывается цон',
        'работает ли цон в субботу',
        'до скольки работает цон сегодня',
        'какой цон работает в выходные',
      ],
    },
    kk: {
      title: 'ХҚКО жұмыс кестесі: қашан баруға болады',
      body: `Халыққа қызмет көрсету орталықтары (ХҚКО) жұмыс күндері жұмыс істейді. Нақты уақыт әр орталықта әртүрлі болуы мүмкін, сондықтан барар алдында тексеріп алған жөн.

**Әдетте:**
- қарапайым ХҚКО-лар жұмыс күндері **9:00-ден 18:00-ге дейін** қабылдайды;
- **кезекші ХҚКО-лар** мен арнайы ХҚКО-лар жұмыс күндері **20:00-ге дейін**, ал **сенбі күні 9:00-ден 13:00-ге дейін** жұмыс істейді;
- жексенбі мен мереке күндері — демалыс; мерекелерде жеке кесте жарияланады.

**Қажетті ХҚКО кестесін қалай білуге болады:**
1. **egov.kz** порталында ХҚКО мекенжайлары бөлімін ашып, қалаңызды таңдаңыз.
2. Немесе **1414** байланыс орталығына қоңырау шалыңыз.
3. Немесе облыстағы «Азаматтарға арналған үкімет» мемлекеттік корпорациясы филиалының хабарландыруларын қараңыз.

**Кеңес:** соңғы сағатта бармаңыз — өтініш қабылдау зал жабылғаннан ертерек аяқталуы мүмкін. Күтпеу үшін «Электрондық кезекті брондау» қызметін пайдаланыңыз.

Көптеген анықтамаларды (мекенжай, соттылық, жылжымайтын мүлік туралы) eGov-тан тәулік бойы алуға болады.`,
      paraphrases: [
        'ХҚКО сағат нешеде ашылады',
        'цон сенбі күні жұмыс істей ме',
        'кезекші ХҚКО қайда',
        'ХҚКО нешеге дейін жұмыс істейді',
      ],
    },
    en: {
      title: 'Public Service Centre (ЦОН) opening hours',
      body: `Public Service Centres (ЦОН) are open on weekdays. Hours vary from centre to centre, so check before you go.

**As a rule:**
- ordinary centres receive visitors on weekdays **from 9:00 to 18:00**;
- **duty centres** and specialised centres are open on weekdays **until 20:00** and on **Saturday from 9:00 to 13:00**;
- Sundays and public holidays are days off; a separate holiday schedule is published.

**How to check a particular centre:**
1. On **egov.kz**, open the list of centres and choose your city.
2. Or call the contact centre **1414**.
3. Or see the announcements of the regional branch of the State Corporation "Government for Citizens".

**Tip:** do not come in the last hour — applications may stop being accepted before the hall closes. Book a time slot with the "Booking an electronic queue" service to avoid waiting.

Many certificates (address, criminal record, real estate) need no visit at all: get them on eGov at any time.`,
      paraphrases: [
        'what time does the public service centre open',
        'is CON open on Saturday',
        'which service centre works late',
      ],
    },
  },
  {
    key: 'eds-get-new',
    audience: 'public',
    tags: ['эцп', 'нуц', 'подпись'],
    items: ['S16.C03.I001'],
    ru: {
      title: 'Как получить ЭЦП в НУЦ РК',
      body: `Электронная цифровая подпись (ЭЦП) физического лица выдаётся **Национальным удостоверяющим центром РК (НУЦ)** бесплатно и действует, как правило, один год.

**Способ 1 — онлайн**
1. Откройте **pki.gov.kz** (или раздел ЭЦП на eGov) и выберите получение ЭЦП онлайн.
2. Пройдите проверку личности (биометрия через камеру), если этот способ вам доступен.
3. Задайте пароль и сохраните ключи на компьютер, ID-карту или токен.

**Способ 2 — через ЦОН**
1. Установите программу **NCALayer** с pki.gov.kz и подайте заявку на сайте НУЦ — вы получите номер запроса.
2. Придите в любой ЦОН с удостоверением личности для подтверждения личности.
3. Вернитесь на pki.gov.kz, откройте статус запроса и **установите сертификаты**.

**Важно:** придумайте надёжный пароль и запомните его — восстановить его нельзя, только перевыпустить ЭЦП. Никому не передавайте файлы ключей и пароль.

Если что-то не получилось, поможет служба поддержки НУЦ (контакты на pki.gov.kz) или **1414**.`,
      paraphrases: [
        'как сделать эцп',
        'где получить электронную подпись',
        'можно ли получить эцп без цона',
        'мне нужна эцп для егова, с чего начать',
        'эцп платная или нет',
      ],
    },
    kk: {
      title: 'ҚР ҰКО-дан ЭЦҚ қалай алуға болады',
      body: `Жеке тұлғаның электрондық цифрлық қолтаңбасын (ЭЦҚ) **ҚР Ұлттық куәландырушы орталығы (ҰКО)** тегін береді, ол әдетте бір жыл жарамды.

**1-тәсіл — онлайн**
1. **pki.gov.kz** сайтын (немесе eGov-тағы ЭЦҚ бөлімін) ашып, ЭЦҚ-ны онлайн алуды таңдаңыз.
2. Бұл тәсіл сізге қолжетімді болса, жеке басыңызды растаудан өтіңіз (камера арқылы биометрия).
3. Пароль қойып, кілттерді компьютерге, жеке куәлікке немесе токенге сақтаңыз.

**2-тәсіл — ХҚКО арқылы**
1. pki.gov.kz сайтынан **NCALayer** бағдарламасын орнатып, ҰКО сайтында өтінім беріңіз — сұрау нөмірін аласыз.
2. Жеке басыңызды растау үшін жеке куәлікпен кез келген ХҚКО-ға барыңыз.
3. pki.gov.kz сайтына қайта кіріп, сұрау мәртебесін ашып, **сертификаттарды орнатыңыз**.

**Маңызды:** сенімді пароль ойлап тауып, есте сақтаңыз — оны қалпына келтіру мүмкін емес, тек ЭЦҚ-ны қайта шығаруға болады. Кілт файлдары мен парольді ешкімге бермеңіз.

Қиындық туса, ҰКО қолдау қызметіне (байланыстары pki.gov.kz сайтында) немесе **1414**-ке хабарласыңыз.`,
      paraphrases: [
        'ЭЦҚ қалай алуға болады',
        'электрондық қолтаңбаны қайдан аламын',
        'ХҚКО-ға бармай ЭЦҚ алуға бола ма',
        'эцп керек, не істеу керек',
      ],
    },
    en: {
      title: 'How to get a digital signature (EDS) from the National Certification Centre',
      body: `An individual's electronic digital signature (EDS, ЭЦП) is issued free of charge by the **National Certification Centre of Kazakhstan (NCA, НУЦ)** and is usually valid for one year.

**Option 1 — online**
1. Open **pki.gov.kz** (or the EDS section on eGov) and choose to get an EDS online.
2. Confirm your identity with a biometric check via camera, if this option is available to you.
3. Set a password and save the keys to your computer, ID card or token.

**Option 2 — via a Public Service Centre**
1. Install **NCALayer** from pki.gov.kz and submit a request on the NCA site; you get a request number.
2. Visit any ЦОН with your ID card to confirm your identity.
3. Return to pki.gov.kz, open the request status and **install the certificates**.

**Important:** choose a strong password and remember it. It cannot be recovered — only a new EDS can be issued. Never share your key files or password.

If something goes wrong, contact NCA support (details on pki.gov.kz) or call **1414**.`,
      paraphrases: [
        'how do I get an EDS in Kazakhstan',
        'is the digital signature free',
        'can I get ECP without going to CON',
        'I need an electronic signature for egov',
      ],
    },
  },
  {
    key: 'eds-renew',
    audience: 'public',
    tags: ['эцп', 'нуц', 'перевыпуск'],
    items: ['S16.C03.I002'],
    ru: {
      title: 'Как продлить (перевыпустить) ЭЦП',
      body: `ЭЦП физического лица действует ограниченный срок (обычно год). Продлить её нельзя, но можно **перевыпустить** — получить новые ключи.

**Пока старая ЭЦП ещё действует** — перевыпуск онлайн, без визита в ЦОН:
1. Запустите **NCALayer** на компьютере.
2. Откройте **pki.gov.kz** и выберите **«Перевыпуск ключей»**.
3. Укажите действующий ключ и введите его пароль — он подтверждает вашу личность.
4. Задайте новый пароль и сохраните новые ключи.
5. Проверьте вход на egov.kz с новым ключом, а старый файл можно удалить.

**Если ЭЦП уже истекла** — перевыпуск недоступен, получайте ЭЦП заново: онлайн с биометрией или через ЦОН.

**Полезно:** НУЦ заранее напоминает об окончании срока. Следите за датой в свойствах сертификата и перевыпускайте ЭЦП за 1–2 недели до окончания.

**Если забыли пароль** от ЭЦП, перевыпустить её не получится — отзовите старую и получите новую. Поддержка НУЦ — контакты на pki.gov.kz; общие вопросы — **1414**.`,
      paraphrases: [
        'срок эцп закончился что делать',
        'как обновить эцп без цона',
        'перевыпуск эцп онлайн',
        'можно ли продлить электронную подпись',
        'эцп истекает через неделю',
      ],
    },
    kk: {
      title: 'ЭЦҚ мерзімін қалай ұзартуға (қайта шығаруға) болады',
      body: `Жеке тұлғаның ЭЦҚ-сы шектеулі мерзімге (әдетте бір жылға) беріледі. Оны ұзарту мүмкін емес, бірақ **қайта шығаруға** — жаңа кілттер алуға болады.

**Ескі ЭЦҚ әлі жарамды болса** — ХҚКО-ға бармай, онлайн қайта шығарылады:
1. Компьютерде **NCALayer** бағдарламасын іске қосыңыз.
2. **pki.gov.kz** сайтын ашып, **«Кілттерді қайта шығару»** бөлімін таңдаңыз.
3. Жарамды кілтті көрсетіп, оның паролін енгізіңіз — ол сіздің жеке басыңызды растайды.
4. Жаңа пароль қойып, жаңа кілттерді сақтаңыз.
5. Жаңа кілтпен egov.kz порталына кіріп көріңіз, ескі файлды жоюға болады.

**ЭЦҚ мерзімі өтіп кетсе** — қайта шығару қолжетімсіз, ЭЦҚ-ны жаңадан алыңыз: биометриямен онлайн немесе ХҚКО арқылы.

**Пайдалы:** ҰКО мерзімнің аяқталатынын алдын ала ескертеді. Сертификат мерзімін бақылап, аяқталуына 1–2 апта қалғанда қайта шығарыңыз.

**ЭЦҚ паролін ұмытсаңыз,** қайта шығару мүмкін емес — ескісін кері қайтарып, жаңасын алыңыз. ҰКО қолдауы — pki.gov.kz сайтында; жалпы сұрақтар — **1414**.`,
      paraphrases: [
        'ЭЦҚ мерзімі бітті, не істеймін',
        'ЭЦҚ-ны ХҚКО-сыз қалай жаңартуға болады',
        'электрондық қолтаңбаны ұзартуға бола ма',
        'эцп қайта шығару онлайн',
      ],
    },
    en: {
      title: 'How to renew (re-issue) your EDS',
      body: `An individual's EDS is valid for a limited time (usually one year). It cannot be extended, but it can be **re-issued** — you get new keys.

**While the old EDS is still valid** — re-issue it online, without visiting a Public Service Centre (ЦОН):
1. Start **NCALayer** on your computer.
2. Open **pki.gov.kz** and choose **"Key re-issue"**.
3. Select your valid key and enter its password — this confirms your identity.
4. Set a new password and save the new keys.
5. Check that you can sign in to egov.kz with the new key; the old file can then be deleted.

**If the EDS has already expired** — re-issue is not available, so get a new EDS from scratch: online with biometrics or via a ЦОН.

**Useful:** the National Certification Centre (NCA) reminds you in advance that the term is ending. Keep an eye on the date in the certificate properties and re-issue the EDS 1–2 weeks before it expires.

**If you forgot the EDS password,** it cannot be re-issued — revoke the old one and get a new one. NCA support: contacts on pki.gov.kz; general questions: **1414**.`,
      paraphrases: [
        'my EDS expired, what now',
        'renew digital signature online',
        'can I extend my ECP',
        'my electronic signature expires next week',
        'how to update EDS without going to CON',
      ],
    },
  },
  {
    key: 'eds-revoke-lost',
    audience: 'public',
    tags: ['эцп', 'нуц', 'безопасность'],
    items: ['S16.C03.I004'],
    ru: {
      title: 'Потеряли ЭЦП или пароль от неё: как отозвать и получить новую',
      body: `Если флешка или компьютер с ключами ЭЦП потеряны, пароль стал известен посторонним или вы его забыли, подпись нужно **отозвать**. Отозванный сертификат больше нельзя использовать — ни вам, ни тому, кто его нашёл.

**Как отозвать:**
1. **Онлайн:** на **pki.gov.kz** в разделе отзыва сертификатов, если у вас остался доступ к ключу и паролю.
2. **В ЦОН:** с удостоверением личности подайте заявление на отзыв ЭЦП — это подходит, если ключа или пароля больше нет.

**Затем получите новую ЭЦП** — онлайн с биометрией или через ЦОН (см. статью «Как получить ЭЦП в НУЦ РК»).

**Что ещё сделать при подозрении на мошенничество:**
- проверьте в личном кабинете eGov **историю получения услуг** — не подавалось ли что-то от вашего имени;
- смените пароль на eGov;
- при реальном ущербе обратитесь в полицию (**102**).

**Запомните:** сотрудники ЦОН, НУЦ и 1414 никогда не просят сообщить пароль от ЭЦП или SMS-код. Вопросы — **1414**.`,
      paraphrases: [
        'потерял флешку с эцп что делать',
        'забыл пароль от эцп',
        'как отозвать электронную подпись',
        'мою эцп украли, как заблокировать',
      ],
    },
    kk: {
      title: 'ЭЦҚ немесе оның паролі жоғалса: қалай кері қайтарып, жаңасын алуға болады',
      body: `ЭЦҚ кілттері сақталған флешка немесе компьютер жоғалса, пароль бөтен адамдарға белгілі болса немесе оны ұмытсаңыз, қолтаңбаны **кері қайтару** (отзыв) қажет. Кері қайтарылған сертификатты ешкім пайдалана алмайды.

**Қалай кері қайтаруға болады:**
1. **Онлайн:** кілт пен пароль қолыңызда болса, **pki.gov.kz** сайтындағы сертификаттарды кері қайтару бөлімінде.
2. **ХҚКО-да:** жеке куәлікпен ЭЦҚ-ны кері қайтару туралы өтініш беріңіз — кілт немесе пароль жоқ болса, осы тәсіл қолайлы.

**Содан кейін жаңа ЭЦҚ алыңыз** — биометриямен онлайн немесе ХҚКО арқылы («ҚР ҰКО-дан ЭЦҚ қалай алуға болады» мақаласын қараңыз).

**Алаяқтыққа күдік болса:**
- eGov жеке кабинетіндегі **қызметтерді алу тарихын** тексеріңіз — сіздің атыңыздан бірдеңе берілмеді ме;
- eGov паролін ауыстырыңыз;
- нақты залал келсе, полицияға (**102**) жүгініңіз.

**Есіңізде болсын:** ХҚКО, ҰКО және 1414 қызметкерлері ЭЦҚ паролін немесе SMS-кодты ешқашан сұрамайды. Сұрақтар — **1414**.`,
      paraphrases: [
        'ЭЦҚ бар флешкам жоғалды, не істеу керек',
        'ЭЦҚ паролін ұмыттым',
        'электрондық қолтаңбаны қалай бұғаттаймын',
        'эцп отзыв қалай жасалады',
      ],
    },
    en: {
      title: 'Lost your EDS or its password: how to revoke it and get a new one',
      body: `If the flash drive or computer with your EDS keys is lost, someone else has learned the password, or you have forgotten it, the signature must be **revoked**. A revoked certificate can no longer be used — neither by you nor by whoever found it.

**How to revoke:**
1. **Online:** in the certificate revocation section on **pki.gov.kz**, if you still have access to the key and its password.
2. **At a Public Service Centre (ЦОН):** apply to revoke the EDS with your ID card — this works if you no longer have the key or the password.

**Then get a new EDS** — online with biometrics or via a ЦОН (see "How to get a digital signature (EDS) from the National Certification Centre").

**If you suspect fraud, also:**
- check the **history of services** in your eGov account — has anything been submitted in your name;
- change your eGov password;
- if you have suffered actual loss, go to the police (**102**).

**Remember:** staff of ЦОН, the National Certification Centre (NCA) and 1414 never ask for your EDS password or an SMS code. Questions: **1414**.`,
      paraphrases: [
        'lost my flash drive with my EDS',
        'forgot my EDS password',
        'how to revoke my digital signature',
        'someone stole my ECP, how do I block it',
        'a stranger knows my signature password',
      ],
    },
  },
  {
    key: 'ncalayer-not-working',
    audience: 'public',
    tags: ['эцп', 'ncalayer', 'ошибки', 'egov'],
    items: ['S16.C03.I005', 'S16.C03.I003'],
    ru: {
      title: 'NCALayer не запускается или eGov не видит ЭЦП',
      body: `**NCALayer** — программа НУЦ РК, через которую браузер работает с ключами ЭЦП. Без неё не получится войти на eGov по ЭЦП и подписать заявку на компьютере.

**Что проверить по порядку:**
1. NCALayer **запущен**: значок должен быть в трее (рядом с часами). Если нет — запустите программу и обновите страницу.
2. Версия **актуальная**: скачайте свежую с **pki.gov.kz** и переустановите.
3. Браузер обновлён; попробуйте другой браузер или окно без расширений.
4. Антивирус или корпоративный брандмауэр не блокирует NCALayer — добавьте его в исключения.
5. Выбираете **правильный файл ключа** и срок ЭЦП не истёк. Ошибка пароля — проверьте раскладку и Caps Lock.
6. Перезагрузите компьютер после установки или обновления.

**Быстрая альтернатива:** войдите через **QR-код** и приложение **eGov Mobile** или используйте **SMS-пароль** — для многих услуг ЭЦП на компьютере не нужна.

**Если ничего не помогло,** запишите текст ошибки и сделайте скриншот, затем обратитесь в поддержку НУЦ (pki.gov.kz) или в **1414**.`,
      paraphrases: [
        'не запускается нкалеер',
        'ошибка при подключении к ncalayer',
        'егов не видит мою эцп',
        'почему не получается подписать заявку эцп',
        'NCALayer не работает на маке',
      ],
    },
    kk: {
      title: 'NCALayer іске қосылмайды немесе eGov ЭЦҚ-ны көрмейді',
      body: `**NCALayer** — ҚР ҰКО бағдарламасы, ол арқылы браузер ЭЦҚ кілттерімен жұмыс істейді. Онсыз компьютерде eGov-қа ЭЦҚ арқылы кіру және өтінімге қол қою мүмкін емес.

**Ретімен тексеріңіз:**
1. NCALayer **іске қосылған ба**: белгішесі сағат жанындағы трейде болуы керек. Болмаса, бағдарламаны іске қосып, бетті жаңартыңыз.
2. Нұсқасы **жаңа ма**: **pki.gov.kz** сайтынан соңғы нұсқасын жүктеп, қайта орнатыңыз.
3. Браузер жаңартылған ба; басқа браузерді немесе кеңейтулерсіз терезені байқап көріңіз.
4. Антивирус немесе брандмауэр NCALayer-ді бұғаттамай ма — оны ерекшеліктерге қосыңыз.
5. **Дұрыс кілт файлын** таңдадыңыз ба, ЭЦҚ мерзімі өтпеді ме. Пароль қатесі болса — пернетақта тілін және Caps Lock-ты тексеріңіз.
6. Орнатқаннан немесе жаңартқаннан кейін компьютерді қайта іске қосыңыз.

**Жылдам балама:** **QR-код** және **eGov Mobile** қосымшасы арқылы кіріңіз немесе **SMS-парольді** пайдаланыңыз — көп қызметке компьютердегі ЭЦҚ қажет емес.

**Ештеңе көмектеспесе,** қате мәтінін жазып, скриншот жасаңыз да, ҰКО қолдауына (pki.gov.kz) немесе **1414**-ке хабарласыңыз.`,
      paraphrases: [
        'NCALayer қосылмайды',
        'eGov менің ЭЦҚ-мды көрмейді',
        'ncalayer қатесі шығады, не істеймін',
        'өтінімге ЭЦҚ-мен қол қоя алмаймын',
      ],
    },
    en: {
      title: 'NCALayer will not start or eGov cannot see your EDS',
      body: `**NCALayer** is the National Certification Centre (NCA) program that lets your browser work with EDS keys. Without it you cannot sign in to eGov with an EDS or sign a request on a computer.

**Check in this order:**
1. NCALayer **is running**: its icon should be in the system tray (next to the clock). If not, start the program and reload the page.
2. The version **is current**: download the latest one from **pki.gov.kz** and reinstall.
3. Your browser is up to date; try another browser or a window without extensions.
4. An antivirus or corporate firewall is not blocking NCALayer — add it to the exceptions.
5. You are choosing the **right key file** and the EDS has not expired. Password error — check the keyboard layout and Caps Lock.
6. Restart the computer after installing or updating.

**Quick alternative:** sign in with a **QR code** and the **eGov Mobile** app, or use a **one-time SMS password** — many services do not need an EDS on a computer.

**If nothing helps,** write down the error text and take a screenshot, then contact NCA support (pki.gov.kz) or **1414**.`,
      paraphrases: [
        'ncalayer will not open',
        'egov does not see my digital signature',
        'error connecting to NCALayer',
        'cannot sign my application with EDS',
        'NCALayer not working on Mac',
      ],
    },
  },
  {
    key: 'egov-mobile-qr-sign-in',
    audience: 'public',
    tags: ['egov mobile', 'вход', 'qr-код', 'эцп'],
    items: ['S16.C03.I011'],
    ru: {
      title: 'eGov Mobile: вход по QR-коду и подписание заявок с телефона',
      body: `Приложение **eGov Mobile** (App Store, Google Play) позволяет получать госуслуги с телефона и входить на сайт eGov.kz без ЭЦП на компьютере.

**Первый вход в приложение:**
1. Установите eGov Mobile из официального магазина приложений.
2. Войдите по **ЭЦП**, **SMS-паролю** (номер должен быть в базе мобильных граждан) или по **биометрии**.
3. Придумайте короткий код или включите вход по отпечатку/лицу на телефоне.

**Вход на egov.kz через QR-код:**
1. На сайте нажмите **Войти** и выберите вход по **QR-коду**.
2. В eGov Mobile откройте сканер QR и наведите камеру на код на экране.
3. Подтвердите вход в приложении — сайт откроет ваш личный кабинет.

Так же, через QR и приложение, можно **подписать заявку**, поданную на сайте, если для услуги предлагается этот способ подписи.

**Если не работает:** обновите приложение, проверьте интернет и дату/время на телефоне, переустановите приложение. Скачивайте его только из официальных магазинов. Помощь — **1414**.`,
      paraphrases: [
        'как войти в егов через qr код',
        'как подписать заявку через телефон без эцп',
        'егов мобайл не заходит',
        'можно ли пользоваться еговом только с телефона',
        'где сканер qr в egov mobile',
      ],
    },
    kk: {
      title: 'eGov Mobile: QR-код арқылы кіру және телефоннан өтінімге қол қою',
      body: `**eGov Mobile** қосымшасы (App Store, Google Play) мемлекеттік қызметтерді телефоннан алуға және компьютерде ЭЦҚ-сыз eGov.kz сайтына кіруге мүмкіндік береді.

**Қосымшаға алғаш кіру:**
1. eGov Mobile-ды ресми қосымшалар дүкенінен орнатыңыз.
2. **ЭЦҚ**, **SMS-пароль** (нөмір мобильдік азаматтар базасында болуы керек) немесе **биометрия** арқылы кіріңіз.
3. Қысқа код ойлап табыңыз немесе телефондағы саусақ ізі/бет арқылы кіруді қосыңыз.

**egov.kz сайтына QR-код арқылы кіру:**
1. Сайтта **Кіру** батырмасын басып, **QR-код** арқылы кіруді таңдаңыз.
2. eGov Mobile-да QR сканерін ашып, камераны экрандағы кодқа бағыттаңыз.
3. Қосымшада кіруді растаңыз — сайт жеке кабинетіңізді ашады.

Осылайша, QR мен қосымша арқылы сайтта берілген **өтінімге қол қоюға** болады, егер қызмет бұл тәсілді ұсынса.

**Жұмыс істемесе:** қосымшаны жаңартыңыз, интернетті және телефондағы күн/уақытты тексеріңіз, қосымшаны қайта орнатыңыз. Оны тек ресми дүкендерден жүктеңіз. Көмек — **1414**.`,
      paraphrases: [
        'eGov-қа QR-кодпен қалай кіремін',
        'телефон арқылы өтінімге қалай қол қоямын',
        'egov mobile ашылмай тұр',
        'ЭЦҚ-сыз телефоннан қызмет алуға бола ма',
      ],
    },
    en: {
      title: 'eGov Mobile: signing in with a QR code and signing requests on your phone',
      body: `The **eGov Mobile** app (App Store, Google Play) lets you use public services on your phone and sign in to egov.kz without a digital signature on your computer.

**First sign-in to the app:**
1. Install eGov Mobile from the official app store.
2. Sign in with your **EDS**, a **one-time SMS password** (your number must be in the Mobile Citizens Database) or **biometrics**.
3. Set a short passcode or enable fingerprint/face unlock on the phone.

**Signing in to egov.kz with a QR code:**
1. On the website, press **Sign in** and choose **QR code**.
2. In eGov Mobile, open the QR scanner and point the camera at the code on the screen.
3. Confirm in the app — the website opens your personal account.

In the same way you can **sign a request** submitted on the website, when the service offers QR signing.

**If it does not work:** update the app, check your internet connection and the phone's date and time, reinstall the app. Install it only from official stores. Help: **1414**.`,
      paraphrases: [
        'how to log in to egov with QR code',
        'can I use egov only from my phone',
        'sign an application without EDS on my computer',
        'egov mobile app will not let me in',
      ],
    },
  },
  {
    key: 'sms-password-mobile-citizens-database',
    audience: 'public',
    tags: ['смс', 'бмг', 'egov', 'вход'],
    items: ['S16.C03.I006'],
    ru: {
      title: 'SMS-пароль на eGov: как зарегистрироваться в базе мобильных граждан',
      body: `Одноразовый **SMS-пароль** заменяет ЭЦП во многих услугах eGov. Но код приходит только на номер, зарегистрированный в **базе мобильных граждан (БМГ)** на ваш ИИН.

**Как зарегистрировать номер в БМГ:**
1. **На eGov с ЭЦП:** в профиле личного кабинета откройте раздел с номером телефона, укажите номер и подтвердите его кодом из SMS.
2. **В ЦОН:** с удостоверением личности и телефоном — сотрудник внесёт номер в базу.
3. **Через банк:** некоторые банки позволяют зарегистрировать номер в БМГ в своём приложении или банкомате.

**Не приходит SMS-код?**
- убедитесь, что номер в БМГ актуален (после смены номера его нужно перерегистрировать);
- подождите 1–2 минуты и запросите код ещё раз, не чаще разрешённого;
- проверьте, не включена ли у оператора блокировка коротких/сервисных SMS;
- в роуминге и на иностранных номерах SMS могут не доходить.

**Никому не сообщайте SMS-код** — ни звонящим «из банка», ни «из 1414». Если код не приходит долго, обратитесь в **1414**.`,
      paraphrases: [
        'не приходит смс код от егов',
        'как привязать номер телефона к егов',
        'что такое бмг и как туда попасть',
        'поменял номер телефона, как обновить в егове',
        'можно ли получать справки без эцп по смс',
      ],
    },
    kk: {
      title: 'eGov-тағы SMS-пароль: мобильдік азаматтар базасына қалай тіркелуге болады',
      body: `Бір реттік **SMS-пароль** eGov-тағы көптеген қызметте ЭЦҚ-ның орнын басады. Бірақ код тек сіздің ЖСН-ға **мобильдік азаматтар базасында (МАБ)** тіркелген нөмірге келеді.

**Нөмірді МАБ-қа қалай тіркеуге болады:**
1. **eGov-та ЭЦҚ арқылы:** жеке кабинет профиліндегі телефон нөмірі бөлімін ашып, нөмірді көрсетіңіз де, SMS-кодпен растаңыз.
2. **ХҚКО-да:** жеке куәлік пен телефонмен барыңыз — қызметкер нөмірді базаға енгізеді.
3. **Банк арқылы:** кейбір банктер нөмірді МАБ-қа өз қосымшасында немесе банкоматында тіркеуге мүмкіндік береді.

**SMS-код келмей ме?**
- МАБ-тағы нөмірдің өзектілігін тексеріңіз (нөмір ауысса, қайта тіркеу керек);
- 1–2 минут күтіп, кодты қайта сұраңыз;
- операторда қысқа/сервистік SMS-ке тыйым қосылмағанын тексеріңіз;
- роумингте және шетелдік нөмірлерде SMS келмеуі мүмкін.

**SMS-кодты ешкімге айтпаңыз** — «банктен» немесе «1414-тен» қоңырау шалғандарға да. Код ұзақ келмесе, **1414**-ке хабарласыңыз.`,
      paraphrases: [
        'eGov-тан SMS код келмейді',
        'телефон нөмірін eGov-қа қалай байланыстырамын',
        'мобильдік азаматтар базасына қалай тіркелуге болады',
        'нөмірімді ауыстырдым, енді не істеу керек',
      ],
    },
    en: {
      title: 'SMS password on eGov: how to register in the Mobile Citizens Database',
      body: `A one-time **SMS password** replaces the EDS in many eGov services. But the code is only sent to a number registered to your IIN in the **Mobile Citizens Database (БМГ)**.

**How to register your number in the database:**
1. **On eGov with an EDS:** in your account profile, open the phone number section, enter the number and confirm it with the code from the SMS.
2. **At a Public Service Centre (ЦОН):** bring your ID card and phone — the officer adds the number to the database.
3. **Through a bank:** some banks let you register your number in the Mobile Citizens Database in their app or at an ATM.

**No SMS code?**
- make sure the number in the database is current (after changing your number you must register it again);
- wait 1–2 minutes and request the code again, no more often than allowed;
- check that your mobile operator has not blocked short/service SMS;
- SMS may not arrive when roaming or on foreign numbers.

**Never tell anyone your SMS code** — not callers "from the bank", not callers "from 1414". If the code does not arrive for a long time, contact **1414**.`,
      paraphrases: [
        'egov SMS code not coming',
        'how to link my phone number to egov',
        'what is the mobile citizens database',
        'changed my phone number, how to update it on egov',
        'can I get certificates by SMS without EDS',
      ],
    },
  },
  {
    key: 'egov-password-recovery',
    audience: 'public',
    tags: ['egov', 'пароль', 'вход'],
    items: ['S16.C03.I007'],
    ru: {
      title: 'Как восстановить пароль от eGov',
      body: `Если вы забыли пароль от личного кабинета egov.kz, его можно сменить самостоятельно за пару минут.

1. На **egov.kz** нажмите **Войти**, затем **«Забыли пароль?»**.
2. Введите **ИИН**.
3. Подтвердите личность одним из способов:
   - **ЭЦП** — выберите ключ и введите пароль от него;
   - **SMS-код** — придёт на номер, зарегистрированный в базе мобильных граждан.
4. Задайте новый пароль: не короче 8 символов, с буквами и цифрами, не совпадающий со старым.
5. Войдите с новым паролем.

**Проще всего** — вообще не вводить пароль: войти через **eGov Mobile** (биометрия или код) и **QR-код** на сайте.

**Если нет ни ЭЦП, ни номера в БМГ,** придите в ЦОН с удостоверением личности и зарегистрируйте номер в базе мобильных граждан — после этого восстановите пароль по SMS.

**Подозреваете, что в кабинет входил кто-то чужой?** Смените пароль, проверьте историю получения услуг и, при необходимости, отзовите ЭЦП. Помощь — **1414**.`,
      paraphrases: [
        'забыл пароль от егова',
        'как сбросить пароль egov kz',
        'не могу войти в личный кабинет егов',
        'восстановление пароля егов без эцп',
      ],
    },
    kk: {
      title: 'eGov паролін қалай қалпына келтіруге болады',
      body: `egov.kz жеке кабинетінің паролін ұмытсаңыз, оны бірнеше минутта өзіңіз ауыстыра аласыз.

1. **egov.kz** сайтында **Кіру**, содан кейін **«Құпиясөзді ұмыттыңыз ба?»** батырмасын басыңыз.
2. **ЖСН** енгізіңіз.
3. Жеке басыңызды мына тәсілдердің бірімен растаңыз:
   - **ЭЦҚ** — кілтті таңдап, оның паролін енгізіңіз;
   - **SMS-код** — мобильдік азаматтар базасында тіркелген нөмірге келеді.
4. Жаңа пароль қойыңыз: кемінде 8 таңба, әріптер мен сандар болсын, ескісімен сәйкес келмесін.
5. Жаңа парольмен кіріңіз.

**Ең оңайы** — парольді мүлдем енгізбеу: **eGov Mobile** (биометрия немесе код) және сайттағы **QR-код** арқылы кіру.

**ЭЦҚ да, МАБ-та нөмір де болмаса,** жеке куәлікпен ХҚКО-ға барып, нөміріңізді мобильдік азаматтар базасына тіркеңіз — содан кейін парольді SMS арқылы қалпына келтіресіз.

**Кабинетке бөтен адам кірді деп күдіктенсеңіз,** парольді ауыстырып, қызметтерді алу тарихын тексеріңіз, қажет болса ЭЦҚ-ны кері қайтарыңыз. Көмек — **1414**.`,
      paraphrases: [
        'eGov құпиясөзін ұмытып қалдым',
        'егов паролін қалай өзгертемін',
        'жеке кабинетке кіре алмай жүрмін',
        'ЭЦҚ-сыз парольді қалпына келтіруге бола ма',
      ],
    },
    en: {
      title: 'How to recover your eGov password',
      body: `If you forgot the password to your egov.kz account, you can reset it yourself in a couple of minutes.

1. On **egov.kz**, press **Sign in**, then **"Forgot password?"**.
2. Enter your **IIN** (individual identification number).
3. Confirm your identity in one of these ways:
   - **EDS** — choose your key and enter its password;
   - **SMS code** — sent to the number registered in the Mobile Citizens Database.
4. Set a new password: at least 8 characters, letters and digits, different from the old one.
5. Sign in with the new password.

**Easiest of all** is not to type a password: sign in with **eGov Mobile** (biometrics or passcode) and the **QR code** on the website.

**If you have neither an EDS nor a registered number,** visit a Public Service Centre (ЦОН) with your ID card and register your number in the Mobile Citizens Database, then reset the password by SMS.

**Suspect someone else used your account?** Change the password, review your history of services and revoke your EDS if needed. Help: **1414**.`,
      paraphrases: [
        'forgot my egov password',
        'how to reset egov.kz login',
        'cannot sign in to my egov account',
      ],
    },
  },
  {
    key: 'egov-biometric-sign-in',
    audience: 'public',
    tags: ['биометрия', 'egov mobile', 'вход'],
    items: ['S16.C03.I011'],
    ru: {
      title: 'Вход на eGov по биометрии (по лицу)',
      body: `В **eGov Mobile** можно войти и подтверждать некоторые действия с помощью **биометрии** — система сравнивает ваше селфи с фотографией из удостоверения личности. ЭЦП и SMS при этом не нужны.

**Как войти:**
1. Откройте eGov Mobile и выберите вход **по биометрии**.
2. Введите ИИН и дайте приложению доступ к камере.
3. Держите телефон на уровне лица и выполните подсказки на экране (моргнуть, повернуть голову).
4. После проверки откроется личный кабинет; затем можно включить быстрый вход по коду или отпечатку.

**Чтобы проверка прошла с первого раза:**
- хорошее ровное освещение, без яркого света сзади;
- без очков, маски и головного убора;
- лицо целиком в рамке, камера чистая.

**Если система вас не узнаёт,** попробуйте в другом месте и при другом свете. Если фото в удостоверении давнее или данные в базе неверные, используйте вход по **ЭЦП** или **SMS-паролю**, а при необходимости замените удостоверение в ЦОН.

Никогда не проходите биометрию по просьбе незнакомых людей — так мошенники получают доступ к чужим кабинетам. Помощь — **1414**.`,
      paraphrases: [
        'как войти в егов по лицу',
        'биометрия егов не проходит',
        'можно ли зайти в егов без эцп и смс',
        'егов не распознаёт лицо что делать',
      ],
    },
    kk: {
      title: 'eGov-қа биометрия (бет-әлпет) арқылы кіру',
      body: `**eGov Mobile**-ға **биометрия** арқылы кіріп, кейбір әрекеттерді растауға болады — жүйе селфиіңізді жеке куәліктегі фотосуретпен салыстырады. Бұл кезде ЭЦҚ мен SMS қажет емес.

**Қалай кіруге болады:**
1. eGov Mobile-ды ашып, **биометрия арқылы** кіруді таңдаңыз.
2. ЖСН енгізіп, қосымшаға камераны пайдалануға рұқсат беріңіз.
3. Телефонды бет деңгейінде ұстап, экрандағы нұсқауларды орындаңыз (көзді жыпылықтату, басты бұру).
4. Тексеруден кейін жеке кабинет ашылады; содан соң код немесе саусақ ізі арқылы жылдам кіруді қосуға болады.

**Тексеру бірден өтуі үшін:**
- жарық жақсы әрі біркелкі болсын, артта жарқын жарық болмасын;
- көзілдірік, бетперде және бас киім кимеңіз;
- бетіңіз толық рамкада болсын, камера таза болсын.

**Жүйе сізді танымаса,** басқа жерде, басқа жарықта қайталаңыз. Жеке куәліктегі сурет ескі болса немесе базадағы деректер қате болса, **ЭЦҚ** немесе **SMS-пароль** арқылы кіріңіз, қажет болса ХҚКО-да жеке куәлікті ауыстырыңыз.

Бейтаныс адамдардың өтініші бойынша биометриядан ешқашан өтпеңіз. Көмек — **1414**.`,
      paraphrases: [
        'eGov-қа бет арқылы қалай кіремін',
        'биометрия өтпей жатыр',
        'егов бетімді танымайды, не істеймін',
        'ЭЦҚ-сыз және SMS-сіз кіруге бола ма',
      ],
    },
    en: {
      title: 'How to sign in to eGov with biometrics (face recognition)',
      body: `In **eGov Mobile** you can sign in and confirm some actions with **biometrics** — the system compares your selfie with the photo from your ID card. No EDS or SMS is needed.

**How to sign in:**
1. Open eGov Mobile and choose sign-in **with biometrics**.
2. Enter your IIN and allow the app to use the camera.
3. Hold the phone at face level and follow the prompts on the screen (blink, turn your head).
4. After the check your personal account opens; you can then turn on quick sign-in with a passcode or fingerprint.

**To pass the check the first time:**
- good, even lighting, no bright light behind you;
- no glasses, mask or headwear;
- your whole face inside the frame, a clean camera lens.

**If the system does not recognise you,** try in another place and in different lighting. If the photo in your ID card is old or the data in the database is wrong, sign in with your **EDS** or a **one-time SMS password**, and if necessary replace your ID card at a Public Service Centre (ЦОН).

Never go through a biometric check at the request of strangers — this is how scammers get into other people's accounts. Help: **1414**.`,
      paraphrases: [
        'how to log in to egov with my face',
        'egov face check keeps failing',
        'can I get into egov without EDS or SMS',
        'egov does not recognise my face, what do I do',
      ],
    },
  },
  {
    key: 'digital-documents-egov-mobile',
    audience: 'public',
    tags: ['цифровые документы', 'egov mobile', 'удостоверение'],
    ru: {
      title: 'Цифровые документы в eGov Mobile: где показать вместо оригинала',
      body: `В разделе **«Цифровые документы»** приложения eGov Mobile хранятся электронные версии ваших документов: удостоверение личности, водительское удостоверение, техпаспорт автомобиля, свидетельства о рождении детей и другие.

**Как пользоваться:**
1. Войдите в **eGov Mobile** и откройте **«Цифровые документы»**.
2. Выберите документ — сведения подтягиваются из государственных баз данных.
3. Чтобы предъявить документ организации, используйте функцию предоставления доступа: организация получает сведения по **QR-коду** или **одноразовому коду**, который вы подтверждаете сами.

**Где принимают:** во многих госорганах, ЦОН, банках, у нотариусов, в гостиницах, на внутренних рейсах и поездах — правила конкретного места уточняйте заранее.

**Где не заменяют оригинал:** при пересечении государственной границы и в случаях, когда закон прямо требует бумажный или пластиковый документ.

**Важно:** скриншот документа не имеет силы — организация проверяет его через систему. Если документ не отображается или данные устарели, обновите приложение; если ошибка в самих данных — исправьте их через ЦОН. Вопросы — **1414**.`,
      paraphrases: [
        'можно ли показать удостоверение в телефоне',
        'цифровые документы егов где принимают',
        'забыл права дома, можно показать электронные',
        'как поделиться документом из egov mobile',
      ],
    },
    kk: {
      title: 'eGov Mobile-дағы цифрлық құжаттар: түпнұсқаның орнына қайда көрсетуге болады',
      body: `eGov Mobile қосымшасының **«Цифрлық құжаттар»** бөлімінде құжаттарыңыздың электрондық нұсқалары сақталады: жеке куәлік, жүргізуші куәлігі, көлікті тіркеу куәлігі, балалардың туу туралы куәліктері және басқалар.

**Қалай пайдалану керек:**
1. **eGov Mobile**-ға кіріп, **«Цифрлық құжаттар»** бөлімін ашыңыз.
2. Құжатты таңдаңыз — мәліметтер мемлекеттік дерекқорлардан алынады.
3. Құжатты ұйымға көрсету үшін қолжетімділік беру функциясын пайдаланыңыз: ұйым мәліметтерді **QR-код** немесе өзіңіз растайтын **бір реттік код** арқылы алады.

**Қайда қабылдайды:** көптеген мемлекеттік органдарда, ХҚКО-да, банктерде, нотариустарда, қонақүйлерде, ішкі рейстер мен пойыздарда — нақты жердің ережесін алдын ала нақтылаңыз.

**Түпнұсқаның орнын баспайды:** мемлекеттік шекарадан өткенде және заң қағаз немесе пластик құжатты тікелей талап ететін жағдайларда.

**Маңызды:** құжаттың скриншотының заңды күші жоқ — ұйым оны жүйе арқылы тексереді. Құжат көрінбесе немесе ескірсе, қосымшаны жаңартыңыз; деректердің өзінде қате болса, ХҚКО арқылы түзетіңіз. Сұрақтар — **1414**.`,
      paraphrases: [
        'жеке куәлікті телефоннан көрсетуге бола ма',
        'цифрлық құжаттарды қайда қабылдайды',
        'жүргізуші куәлігін үйде ұмытып кеттім, электронды нұсқасы жарай ма',
        'egov mobile-дан құжатты қалай бөлісемін',
      ],
    },
    en: {
      title: 'Digital documents in eGov Mobile: where can you show them instead of the original',
      body: `The **"Digital documents"** section of the eGov Mobile app holds electronic versions of your documents: ID card, driving licence, vehicle registration certificate, your children's birth certificates and others.

**How to use it:**
1. Sign in to **eGov Mobile** and open **"Digital documents"**.
2. Choose a document — the details are pulled from state databases.
3. To show a document to an organisation, use the share function: the organisation receives the details via a **QR code** or a **one-time code** that you confirm yourself.

**Where they are accepted:** at many government bodies, Public Service Centres (ЦОН), banks, notaries, hotels, on domestic flights and trains — check the rules of a particular place in advance.

**Where they do not replace the original:** when crossing the state border and where the law expressly requires a paper or plastic document.

**Important:** a screenshot of a document has no legal force — the organisation checks the document through the system. If a document is not shown or is out of date, update the app; if the data itself is wrong, have it corrected via a ЦОН. Questions: **1414**.`,
      paraphrases: [
        'can I show my ID card on my phone',
        'where are egov digital documents accepted',
        'left my driving licence at home, can I show the electronic one',
        'how to share a document from egov mobile',
        'is a screenshot of my ID valid',
      ],
    },
  },
  {
    key: 'residence-registration-permanent',
    audience: 'public',
    tags: ['регистрация', 'прописка', 'egov'],
    items: ['S16.C02.I008', 'S16.C02.I018'],
    ru: {
      title: 'Как прописаться (регистрация по месту жительства) через eGov',
      body: `Регистрация по месту жительства оформляется **онлайн**: на **egov.kz**, в **eGov Mobile** или в зоне самообслуживания ЦОН. Зарегистрироваться нужно в течение **10 календарных дней** после переезда.

**Что нужно:** ЭЦП и номер телефона, зарегистрированный в базе мобильных граждан. Если вы не собственник — согласие собственника жилья (и всех сособственников).

**Как подать:**
1. Войдите на eGov и найдите услугу **«Регистрация по месту жительства»**.
2. Укажите, собственник ли вы. Если нет — введите ИИН собственника и адрес; система найдёт жильё в реестре недвижимости.
3. Собственник получит запрос в личный кабинет и подтвердит согласие.
4. Подпишите заявку. Статус смотрите в **Истории получения услуг**.

**Дети:** до 14 лет ребёнок регистрируется по адресу родителей (законных представителей); за детей 14–16 лет заявку подают родители.

**Если не получается:** жильё не найдено в реестре (например, частный дом без зарегистрированных прав) или собственник не может подтвердить согласие онлайн — обратитесь в ЦОН за консультацией или в **1414**.`,
      paraphrases: [
        'как прописаться в квартире через егов',
        'прописка онлайн согласие собственника',
        'переехал, нужно поменять прописку',
        'сколько дней дают на регистрацию после переезда',
        'как прописать ребёнка',
      ],
    },
    kk: {
      title: 'eGov арқылы тұрғылықты жері бойынша қалай тіркелуге болады',
      body: `Тұрғылықты жері бойынша тіркеу **онлайн** рәсімделеді: **egov.kz** порталында, **eGov Mobile** қосымшасында немесе ХҚКО-дағы өзіне-өзі қызмет көрсету аймағында. Көшіп келгеннен кейін **10 күнтізбелік күн** ішінде тіркелу керек.

**Не қажет:** ЭЦҚ және мобильдік азаматтар базасында тіркелген телефон нөмірі. Меншік иесі болмасаңыз — тұрғын үй иесінің (және барлық ортақ меншік иелерінің) келісімі.

**Қалай беруге болады:**
1. eGov-қа кіріп, **«Тұрғылықты жері бойынша тіркеу»** қызметін табыңыз.
2. Меншік иесі екеніңізді немесе емес екеніңізді көрсетіңіз. Иесі болмасаңыз — иесінің ЖСН-ы мен мекенжайды енгізіңіз; жүйе тұрғын үйді жылжымайтын мүлік тізілімінен табады.
3. Меншік иесі сұрауды жеке кабинетінде алып, келісімін растайды.
4. Өтінімге қол қойыңыз. Мәртебесін **Қызметтерді алу тарихынан** қараңыз.

**Балалар:** 14 жасқа дейінгі бала ата-анасының (заңды өкілдерінің) мекенжайы бойынша тіркеледі; 14–16 жастағы балалар үшін өтінімді ата-анасы береді.

**Шықпаса:** тұрғын үй тізілімнен табылмаса (мысалы, құқығы тіркелмеген жеке үй) немесе иесі келісімді онлайн растай алмаса — кеңес алу үшін ХҚКО-ға немесе **1414**-ке хабарласыңыз.`,
      paraphrases: [
        'eGov арқылы пропискаға қалай тұрамын',
        'тіркеуге меншік иесінің келісімі қалай беріледі',
        'жаңа пәтерге көштім, тіркелуді қалай ауыстырамын',
        'баланы тұрғылықты жері бойынша қалай тіркеймін',
      ],
    },
    en: {
      title: 'How to register your place of residence on eGov',
      body: `Registration at the place of residence is done **online**: on **egov.kz**, in **eGov Mobile** or at a self-service area in a Public Service Centre (ЦОН). You should register within **10 calendar days** of moving.

**You need:** an EDS and a phone number registered in the Mobile Citizens Database. If you are not the owner, the consent of the owner (and all co-owners) is required.

**How to apply:**
1. Sign in to eGov and find the service **"Registration at the place of residence"**.
2. Say whether you are the owner. If not, enter the owner's IIN and the address; the system finds the property in the real estate register.
3. The owner receives the request in their personal account and confirms consent.
4. Sign the application. Track it in your **History of services**.

**Children:** under 14, a child is registered at the parents' (legal representatives') address; for children aged 14–16, parents apply on their behalf.

**If it fails:** the property is not in the register (for example, a private house without registered rights) or the owner cannot give consent online — ask at a ЦОН or call **1414**.`,
      paraphrases: [
        'how do I register my new address in Kazakhstan',
        'propiska online owner consent',
        'I moved to another flat, how to change my registration',
      ],
    },
  },
  {
    key: 'residence-registration-temporary',
    audience: 'public',
    tags: ['регистрация', 'временная регистрация', 'egov'],
    items: ['S16.C02.I008'],
    ru: {
      title: 'Временная регистрация: когда нужна и как оформить онлайн',
      body: `Если вы живёте не по месту постоянной регистрации — снимаете квартиру, учитесь, работаете или лечитесь в другом городе, — оформите **временную регистрацию**. Её можно сделать на срок до одного года.

**Как оформить:**
1. Войдите на **egov.kz** или в **eGov Mobile** и выберите услугу **«Временная регистрация по месту жительства»**.
2. Укажите срок регистрации (от 1 до 12 месяцев).
3. Если вы собственник — отметьте это и выберите адрес. Если нет — введите ИИН собственника и адрес.
4. Собственник (и сособственники) подтверждает согласие в своём личном кабинете.
5. Подпишите заявку ЭЦП; уведомление о результате придёт в личный кабинет.

**Важно для арендаторов и хозяев:** проживание без регистрации влечёт административную ответственность, в том числе для собственника, который сдаёт жильё. Договоритесь о регистрации при заключении договора аренды.

**Постоянная регистрация при этом сохраняется** — временная не снимает вас с учёта по основному адресу.

**Если собственник за границей или не пользуется eGov,** уточните возможные варианты в ЦОН или по номеру **1414**.`,
      paraphrases: [
        'нужна ли временная прописка если снимаю квартиру',
        'как сделать временную регистрацию студенту',
        'временная регистрация через егов',
        'на сколько можно оформить временную прописку',
      ],
    },
    kk: {
      title: 'Уақытша тіркеу: қашан қажет және онлайн қалай рәсімделеді',
      body: `Тұрақты тіркелген жеріңізде тұрмасаңыз — пәтер жалдасаңыз, басқа қалада оқысаңыз, жұмыс істесеңіз немесе емделсеңіз — **уақытша тіркеуді** рәсімдеңіз. Ол бір жылға дейінгі мерзімге жасалады.

**Қалай рәсімдеуге болады:**
1. **egov.kz** немесе **eGov Mobile**-ға кіріп, **«Тұрғылықты жері бойынша уақытша тіркеу»** қызметін таңдаңыз.
2. Тіркеу мерзімін көрсетіңіз (1 айдан 12 айға дейін).
3. Меншік иесі болсаңыз — соны белгілеп, мекенжайды таңдаңыз. Болмасаңыз — иесінің ЖСН-ы мен мекенжайды енгізіңіз.
4. Меншік иесі (және ортақ меншік иелері) келісімін өз жеке кабинетінде растайды.
5. Өтінімге ЭЦҚ-мен қол қойыңыз; нәтиже туралы хабарлама жеке кабинетке келеді.

**Жалға алушылар мен иелерге маңызды:** тіркеусіз тұру әкімшілік жауапкершілікке әкеледі, оның ішінде тұрғын үйді жалға беретін иесіне де. Жалдау шартын жасағанда тіркеу туралы келісіп алыңыз.

**Тұрақты тіркеу сақталады** — уақытша тіркеу негізгі мекенжайдағы есептен шығармайды.

**Иесі шетелде болса немесе eGov-ты пайдаланбаса,** мүмкін нұсқаларды ХҚКО-дан немесе **1414** арқылы нақтылаңыз.`,
      paraphrases: [
        'пәтер жалдап тұрсам уақытша тіркеу керек пе',
        'студентке уақытша тіркеуді қалай жасауға болады',
        'уақытша прописканы eGov арқылы рәсімдеу',
        'уақытша тіркеу қанша мерзімге беріледі',
      ],
    },
    en: {
      title: 'Temporary registration: when do you need it and how to apply online',
      body: `If you live somewhere other than your permanent registration address — you rent a flat, or study, work or receive medical treatment in another city — get a **temporary registration**. It can be issued for up to one year.

**How to apply:**
1. Sign in to **egov.kz** or **eGov Mobile** and choose the service **"Temporary registration at the place of residence"**.
2. Set the registration period (from 1 to 12 months).
3. If you are the owner, say so and choose the address. If not, enter the owner's IIN and the address.
4. The owner (and co-owners) confirm consent in their own personal account.
5. Sign the application with your EDS; the result is notified to your personal account.

**Important for tenants and landlords:** living without registration carries administrative liability, including for an owner who lets the property. Agree on registration when you sign the rental agreement.

**Your permanent registration stays** — temporary registration does not remove you from the records at your main address.

**If the owner is abroad or does not use eGov,** ask a Public Service Centre (ЦОН) or call **1414** about the options.`,
      paraphrases: [
        'do I need temporary registration if I rent a flat',
        'temporary propiska for a student',
        'temporary registration on egov',
        'how long can temporary registration last',
        'does my landlord have to register me',
      ],
    },
  },
  {
    key: 'id-card-replace',
    audience: 'public',
    tags: ['удостоверение личности', 'документы', 'цон'],
    items: ['S16.C02.I001', 'S16.C02.I011'],
    ru: {
      title: 'Как заменить удостоверение личности (истёк срок, смена фамилии, повреждение)',
      body: `Удостоверение личности обязательно для граждан РК с 16 лет. Заменить его нужно, если истёк срок действия, изменились фамилия, имя или другие данные, документ повреждён или найдены ошибки.

**Как заменить:**
1. Подайте заявление в **любом ЦОН** — прописка значения не имеет. Чтобы не ждать, забронируйте время онлайн.
2. Возьмите старое удостоверение и документы, подтверждающие изменения (например, свидетельство о браке — если они не подтягиваются из баз).
3. Оплатите **государственную пошлину** — сумма указана на странице услуги на egov.kz; оплатить можно в ЦОН, через eGov или приложение банка.
4. В ЦОН вас сфотографируют и снимут биометрические данные.
5. Когда документ будет готов, придёт SMS. Заберите его в том же ЦОН лично.

**Сроки** зависят от региона и указаны в описании услуги; ЦОН сообщит дату при приёме.

**Пока документ изготавливается,** используйте цифровое удостоверение в eGov Mobile, где его принимают.

**Задерживают выдачу?** Проверьте статус на eGov или по **1414**; при нарушении срока можно подать жалобу.`,
      paraphrases: [
        'истёк срок удостоверения личности куда идти',
        'как поменять удостоверение после замужества',
        'замена удостоверения личности сколько стоит',
        'можно ли поменять удостоверение не по прописке',
        'сколько делается новое удостоверение',
      ],
    },
    kk: {
      title: 'Жеке куәлікті қалай ауыстыруға болады (мерзімі өтті, тегі өзгерді, бүлінді)',
      body: `Жеке куәлік ҚР азаматтары үшін 16 жастан бастап міндетті. Жарамдылық мерзімі өтсе, тегі, аты немесе басқа деректері өзгерсе, құжат бүлінсе немесе қате табылса, оны ауыстыру керек.

**Қалай ауыстыруға болады:**
1. **Кез келген ХҚКО-ға** өтініш беріңіз — тіркелген жеріңіздің маңызы жоқ. Күтпеу үшін уақытты онлайн брондаңыз.
2. Ескі жеке куәлікті және өзгерістерді растайтын құжаттарды алыңыз (мысалы, неке туралы куәлік — егер деректер базадан алынбаса).
3. **Мемлекеттік бажды** төлеңіз — сомасы egov.kz сайтындағы қызмет бетінде көрсетілген; ХҚКО-да, eGov немесе банк қосымшасы арқылы төлеуге болады.
4. ХҚКО-да сізді суретке түсіріп, биометриялық деректеріңізді алады.
5. Құжат дайын болғанда SMS келеді. Оны сол ХҚКО-дан өзіңіз алыңыз.

**Мерзімі** өңірге байланысты, қызмет сипаттамасында көрсетілген; ХҚКО қабылдау кезінде күнін хабарлайды.

**Құжат дайындалып жатқанда** eGov Mobile-дағы цифрлық жеке куәлікті қабылдайтын жерлерде пайдаланыңыз.

**Беру кешіктірілсе,** мәртебесін eGov-тан немесе **1414** арқылы тексеріңіз; мерзім бұзылса, шағым беруге болады.`,
      paraphrases: [
        'жеке куәліктің мерзімі бітті, қайда барамын',
        'тұрмысқа шыққан соң жеке куәлікті қалай ауыстырамын',
        'жеке куәлікті ауыстыру қанша тұрады',
        'жаңа жеке куәлік қанша күнде дайын болады',
      ],
    },
    en: {
      title: 'How to replace your ID card (expired, new surname, damaged)',
      body: `An ID card is compulsory for citizens of Kazakhstan from the age of 16. It must be replaced if it has expired, your surname, first name or other details have changed, the document is damaged or errors are found in it.

**How to replace it:**
1. Apply at **any Public Service Centre (ЦОН)** — your registration address does not matter. Book a time slot online to avoid waiting.
2. Bring your old ID card and documents confirming the changes (for example, the marriage certificate — if this information is not pulled from the databases).
3. Pay the **state duty** — the amount is on the service page on egov.kz; you can pay at the ЦОН, via eGov or in a banking app.
4. Your photo and biometric data are taken at the ЦОН.
5. You get an SMS when the document is ready. Collect it in person at the same ЦОН.

**The processing time** depends on the region and is given in the service description; the ЦОН tells you the date when you apply.

**While the document is being made,** use the digital ID card in eGov Mobile where it is accepted.

**Is it taking too long?** Check the status on eGov or via **1414**; if the deadline is missed, you can file a complaint.`,
      paraphrases: [
        'my ID card expired, where do I go',
        'how to change my ID card after marriage',
        'how much does a new ID card cost',
        'can I replace my ID card in another city',
        'how long does a new ID card take',
      ],
    },
  },
  {
    key: 'id-card-lost',
    audience: 'public',
    tags: ['удостоверение личности', 'утеря', 'документы', 'цон'],
    items: ['S16.C02.I001', 'S16.C02.I029'],
    ru: {
      title: 'Потерял удостоверение личности: что делать',
      body: `Утерянное удостоверение нужно как можно скорее признать недействительным, чтобы им не воспользовались посторонние, и получить новое.

1. **Если документ украли,** сообщите в полицию (**102**).
2. Придите в **любой ЦОН** (лучше по предварительной записи) и сообщите об утере — заявление оформят на месте, старое удостоверение станет недействительным.
3. Если утерян и паспорт, скажите об этом сотруднику.
4. Оплатите **государственную пошлину** — размер указан на странице услуги на egov.kz.
5. Вас сфотографируют и снимут биометрические данные.
6. Получите новое удостоверение в ЦОН после SMS о готовности.

**Что взять:** любой документ с фото, если есть (паспорт, водительское удостоверение); если нет — личность установят по базам и биометрии.

**После получения нового документа:** сообщите новые данные в банк, работодателю, при необходимости перевыпустите ЭЦП.

**Нашли старое удостоверение?** Пользоваться им уже нельзя — сдайте его в ЦОН.

Вопросы о сроках и статусе — в **1414**.`,
      paraphrases: [
        'потерял удостоверение личности что делать',
        'украли документы, как восстановить удостоверение',
        'куда обращаться если утеряно удостоверение',
        'восстановление удостоверения личности сроки',
      ],
    },
    kk: {
      title: 'Жеке куәлікті жоғалттым: не істеу керек',
      body: `Жоғалған жеке куәлікті бөтен адамдар пайдаланбауы үшін оны тезірек жарамсыз деп тану және жаңасын алу қажет.

1. **Құжат ұрланса,** полицияға (**102**) хабарлаңыз.
2. **Кез келген ХҚКО-ға** (алдын ала жазылып) барып, жоғалғаны туралы хабарлаңыз — өтініш сол жерде рәсімделеді, ескі куәлік жарамсыз болады.
3. Паспорт та жоғалса, бұл туралы қызметкерге айтыңыз.
4. **Мемлекеттік бажды** төлеңіз — мөлшері egov.kz сайтындағы қызмет бетінде көрсетілген.
5. Сізді суретке түсіріп, биометриялық деректеріңізді алады.
6. Дайын болғаны туралы SMS келгеннен кейін жаңа куәлікті ХҚКО-дан алыңыз.

**Өзіңізбен бірге:** суреті бар кез келген құжат (паспорт, жүргізуші куәлігі); болмаса, жеке басыңыз дерекқорлар мен биометрия арқылы анықталады.

**Жаңа құжатты алғаннан кейін:** жаңа деректерді банкке, жұмыс берушіге хабарлаңыз, қажет болса ЭЦҚ-ны қайта шығарыңыз.

**Ескі куәлікті тауып алдыңыз ба?** Оны енді пайдалануға болмайды — ХҚКО-ға тапсырыңыз.

Мерзімі мен мәртебесі туралы сұрақтар — **1414**.`,
      paraphrases: [
        'жеке куәлігімді жоғалтып алдым, не істеймін',
        'құжаттарым ұрланды, куәлікті қалай қалпына келтіремін',
        'жоғалған жеке куәлік үшін қайда бару керек',
      ],
    },
    en: {
      title: 'Lost your ID card: what to do',
      body: `A lost ID card should be declared invalid as soon as possible so that nobody else can use it, and a new one issued.

1. **If it was stolen,** report it to the police (**102**).
2. Go to **any Public Service Centre (ЦОН)** — preferably with a booked slot — and report the loss. The application is filled in on the spot and the old card becomes invalid.
3. If your passport is lost too, tell the officer.
4. Pay the **state duty** — the amount is shown on the service page on egov.kz.
5. Your photo and biometric data are taken.
6. Collect the new card at the centre after the SMS saying it is ready.

**Bring:** any photo ID you still have (passport, driving licence). If you have none, your identity is checked against databases and biometrics.

**After you get the new card:** give the new details to your bank and employer, and re-issue your EDS if needed.

**Found the old card?** It can no longer be used — hand it in at a ЦОН.

Questions about terms and status: **1414**.`,
      paraphrases: [
        'I lost my Kazakh ID card',
        'my documents were stolen, how do I get a new ID',
        'where to go to replace a lost identity card',
      ],
    },
  },
  {
    key: 'passport-foreign-travel',
    audience: 'public',
    tags: ['паспорт', 'документы', 'цон'],
    items: ['S16.C02.I002', 'S16.C02.I012'],
    ru: {
      title: 'Как оформить паспорт гражданина РК для выезда за границу',
      body: `Паспорт гражданина РК нужен для поездок в страны, куда нельзя въехать по удостоверению личности. Его можно получить в любом возрасте, в том числе ребёнку.

**Как оформить:**
1. Запишитесь в **любой ЦОН** через «Бронирование электронной очереди».
2. Возьмите удостоверение личности (для ребёнка — свидетельство о рождении и документ родителя, который подаёт заявление).
3. Оплатите **государственную пошлину** — сумму смотрите на странице услуги на egov.kz; для детей и взрослых она может различаться.
4. В ЦОН вас сфотографируют и снимут биометрические данные (у детей — по возрасту).
5. Дождитесь SMS о готовности и заберите паспорт в ЦОН лично.

**Сроки** изготовления указаны в описании услуги. Планируйте поездку с запасом и не покупайте невозвратные билеты до получения паспорта.

**Заменить паспорт** нужно при окончании срока, смене данных, повреждении или утере. Об утере сообщите в ЦОН, при краже — в полицию.

**Выезд ребёнка** без родителей может потребовать нотариального согласия — уточните требования страны и перевозчика. Вопросы — **1414**.`,
      paraphrases: [
        'как сделать загранпаспорт в казахстане',
        'паспорт ребёнку где оформить',
        'сколько делается паспорт для выезда',
        'мне нужен паспорт для поездки, куда идти',
      ],
    },
    kk: {
      title: 'Шетелге шығу үшін ҚР азаматының паспортын қалай рәсімдеуге болады',
      body: `ҚР азаматының паспорты жеке куәлікпен кіруге болмайтын елдерге сапар үшін қажет. Оны кез келген жаста, оның ішінде балаға да алуға болады.

**Қалай рәсімдеуге болады:**
1. «Электрондық кезекті брондау» арқылы **кез келген ХҚКО-ға** жазылыңыз.
2. Жеке куәлікті алыңыз (бала үшін — туу туралы куәлік және өтініш беретін ата-ананың құжаты).
3. **Мемлекеттік бажды** төлеңіз — сомасын egov.kz сайтындағы қызмет бетінен қараңыз; балалар мен ересектер үшін әртүрлі болуы мүмкін.
4. ХҚКО-да сізді суретке түсіріп, биометриялық деректерді алады (балаларда — жасына қарай).
5. Дайын болғаны туралы SMS-ті күтіп, паспортты ХҚКО-дан өзіңіз алыңыз.

**Дайындау мерзімі** қызмет сипаттамасында көрсетілген. Сапарды уақыт қорымен жоспарлаңыз, паспортты алғанша қайтарылмайтын билет сатып алмаңыз.

**Паспортты ауыстыру** мерзімі біткенде, деректер өзгергенде, бүлінгенде немесе жоғалғанда қажет. Жоғалғаны туралы ХҚКО-ға, ұрланса — полицияға хабарлаңыз.

**Баланың** ата-анасыз шығуына нотариаттық келісім қажет болуы мүмкін — елдің және тасымалдаушының талаптарын нақтылаңыз. Сұрақтар — **1414**.`,
      paraphrases: [
        'шетелдік паспортты қалай жасатамын',
        'балаға паспорт қайда рәсімделеді',
        'паспорт қанша уақытта дайын болады',
        'сапарға паспорт керек, қайда барамын',
      ],
    },
    en: {
      title: 'How to get a Kazakhstan passport for travel abroad',
      body: `A passport of a citizen of Kazakhstan is needed for trips to countries you cannot enter with an ID card. It can be issued at any age, including to a child.

**How to apply:**
1. Book a slot at **any Public Service Centre (ЦОН)** through "Booking an electronic queue".
2. Bring your ID card (for a child — the birth certificate and the ID of the parent who applies).
3. Pay the **state duty** — see the amount on the service page on egov.kz; it may differ for children and adults.
4. Your photo and biometric data are taken at the ЦОН (for children — depending on age).
5. Wait for the SMS saying it is ready and collect the passport at the ЦОН in person.

**The production time** is given in the service description. Leave a margin when planning a trip and do not buy non-refundable tickets until you have the passport.

**The passport must be replaced** when it expires, your details change, or it is damaged or lost. Report a loss to a ЦОН, and a theft to the police.

**A child travelling** without parents may need notarised consent — check the requirements of the country and the carrier. Questions: **1414**.`,
      paraphrases: [
        'how to get a foreign travel passport in Kazakhstan',
        'where to apply for a passport for my child',
        'how long does it take to make a passport',
        'I need a passport for a trip, where do I go',
        'international passport for Kazakh citizens',
      ],
    },
  },
  {
    key: 'egov-service-error',
    audience: 'public',
    tags: ['egov', 'ошибки', 'госуслуги'],
    items: ['S16.C03.I009', 'S16.C03.I008'],
    ru: {
      title: 'eGov выдаёт ошибку при заказе услуги: что делать',
      body: `Ошибки на eGov чаще всего связаны с браузером, ЭЦП или временной недоступностью системы госоргана, который оказывает услугу.

**Что сделать самостоятельно:**
1. **Прочитайте текст ошибки.** «Сервис временно недоступен» или «нет ответа от источника» — сбой на стороне госоргана: повторите через 30–60 минут.
2. **Обновите страницу** и войдите заново; очистите кэш браузера или попробуйте другой браузер.
3. **Проверьте ЭЦП:** запущен ли NCALayer, не истёк ли срок ключа. Или подпишите через **eGov Mobile / QR** или **SMS-пароль**.
4. **Проверьте данные:** если услуга пишет «данные не найдены» или отказывает из-за несовпадения, возможно, ошибка в государственной базе — её исправляют через ЦОН.
5. **Посмотрите статус** заявки в **Истории получения услуг** — иногда заявка уже ушла, и повторно подавать не нужно.

**Если ошибка повторяется:** сделайте скриншот, запишите время и название услуги и обратитесь в контакт-центр **1414** или к онлайн-консультанту на egov.kz. Если услуга срочная, её можно получить в ЦОН.

Жителям Костаная по вопросам городских услуг акимата помогает центр **109**.`,
      paraphrases: [
        'егов выдает ошибку',
        'не могу заказать услугу на егове, пишет сервис недоступен',
        'что делать если егов не работает',
        'ошибка при подписании заявки на egov',
        'заявка зависла в обработке',
      ],
    },
    kk: {
      title: 'eGov қызметке тапсырыс бергенде қате шығарады: не істеу керек',
      body: `eGov-тағы қателер көбінесе браузерге, ЭЦҚ-ға немесе қызметті көрсететін мемлекеттік органның жүйесі уақытша қолжетімсіз болуына байланысты.

**Өзіңіз не істей аласыз:**
1. **Қате мәтінін оқыңыз.** «Сервис уақытша қолжетімсіз» немесе «көзден жауап жоқ» — мемлекеттік орган жағындағы ақау: 30–60 минуттан кейін қайталаңыз.
2. **Бетті жаңартып**, қайта кіріңіз; браузер кэшін тазалаңыз немесе басқа браузерді пайдаланыңыз.
3. **ЭЦҚ-ны тексеріңіз:** NCALayer іске қосылған ба, кілттің мерзімі өтпеді ме. Немесе **eGov Mobile / QR** не **SMS-пароль** арқылы қол қойыңыз.
4. **Деректерді тексеріңіз:** қызмет «деректер табылмады» деп жазса немесе сәйкессіздікке байланысты бас тартса, мемлекеттік базада қате болуы мүмкін — оны ХҚКО арқылы түзетеді.
5. **Өтінім мәртебесін** **Қызметтерді алу тарихынан** қараңыз — кейде өтінім жіберіліп қойған, қайта берудің қажеті жоқ.

**Қате қайталанса:** скриншот жасап, уақыты мен қызмет атауын жазып алыңыз да, **1414** байланыс орталығына немесе egov.kz сайтындағы онлайн-кеңесшіге жүгініңіз. Қызмет шұғыл болса, оны ХҚКО-дан алуға болады.

Қостанай тұрғындарына әкімдіктің қалалық қызметтері бойынша **109** орталығы көмектеседі.`,
      paraphrases: [
        'eGov қате шығарып жатыр',
        'қызметке тапсырыс бере алмаймын, сервис қолжетімсіз дейді',
        'егов істемей тұр, не істеуге болады',
        'өтінім өңделуде күйінде тұрып қалды',
      ],
    },
    en: {
      title: 'eGov shows an error when you order a service: what to do',
      body: `Errors on eGov are usually caused by the browser, the digital signature, or a temporary outage of the system of the government body that provides the service.

**What you can do yourself:**
1. **Read the message.** "Service temporarily unavailable" or "no response from the source" means an outage on the agency's side: try again in 30–60 minutes.
2. **Reload the page** and sign in again; clear the browser cache or try another browser.
3. **Check your EDS:** is NCALayer running, has the key expired? Or sign via **eGov Mobile / QR** or a **one-time SMS password**.
4. **Check your data:** if the service says "data not found" or refuses because of a mismatch, the state database may contain an error — it is corrected at a Public Service Centre (ЦОН).
5. **Check the status** in your **History of services** — sometimes the request has already been sent and you need not submit it again.

**If the error persists:** take a screenshot, note the time and the service name, and contact **1414** or the online assistant on egov.kz. If the service is urgent, you can get it at a ЦОН.

Residents of Kostanay can ask the city centre **109** about the akimat's local services.`,
      paraphrases: [
        'egov keeps giving me an error',
        'service temporarily unavailable on egov.kz',
        'my application is stuck in processing',
        'what to do when egov does not work',
      ],
    },
  },
  {
    key: 'contact-centre-1414',
    audience: 'public',
    tags: ['1414', 'консультация', 'госуслуги'],
    ru: {
      title: 'Единый контакт-центр 1414: по каким вопросам звонить',
      body: `**1414** — единый контакт-центр по вопросам государственных услуг и портала eGov.kz. Звонок с мобильных и городских телефонов в Казахстане бесплатный.

**По каким вопросам помогут:**
- какие документы нужны для услуги, где и как её получить;
- как войти на eGov, восстановить пароль, зарегистрировать номер в базе мобильных граждан;
- статус заявки, поданной на eGov или в ЦОН;
- режим работы и адреса ЦОН;
- заказ **выездного обслуживания** для тех, кто не может прийти в ЦОН сам;
- жалобы на нарушение сроков и качество госуслуг.

**Как подготовиться к звонку:**
1. Держите под рукой ИИН и номер заявки или расписки ЦОН.
2. Запишите точный текст ошибки, если она была.
3. Будьте готовы пройти идентификацию.

**Чего оператор 1414 не спросит никогда:** пароль от ЭЦП, пароль от eGov, SMS-код, данные банковской карты. Если «оператор 1414» просит это — положите трубку.

Вопросы благоустройства, ЖКХ и работы городских служб Костаная принимает городской центр **109**.`,
      paraphrases: [
        'телефон егов',
        'куда звонить по госуслугам',
        'что такое 1414',
        'как узнать статус заявки по телефону',
        'звонок на 1414 платный',
      ],
    },
    kk: {
      title: '1414 бірыңғай байланыс орталығы: қандай сұрақтар бойынша хабарласуға болады',
      body: `**1414** — мемлекеттік қызметтер және eGov.kz порталы бойынша бірыңғай байланыс орталығы. Қазақстан ішінде ұялы және қалалық телефоннан қоңырау шалу тегін.

**Қандай сұрақтарға көмектеседі:**
- қызметке қандай құжаттар керек, оны қайда және қалай алуға болады;
- eGov-қа кіру, парольді қалпына келтіру, нөмірді мобильдік азаматтар базасына тіркеу;
- eGov-та немесе ХҚКО-да берілген өтінімнің мәртебесі;
- ХҚКО жұмыс кестесі мен мекенжайлары;
- ХҚКО-ға өзі бара алмайтындарға **үйге барып қызмет көрсетуге** тапсырыс беру;
- мемлекеттік қызметтердің мерзімі мен сапасының бұзылуына шағымдар.

**Қоңырауға қалай дайындалу керек:**
1. ЖСН мен өтінімнің немесе ХҚКО қолхатының нөмірін дайындап қойыңыз.
2. Қате болса, оның нақты мәтінін жазып алыңыз.
3. Сәйкестендіруден өтуге дайын болыңыз.

**1414 операторы ешқашан сұрамайды:** ЭЦҚ паролін, eGov паролін, SMS-кодты, банк картасының деректерін. «1414 операторы» осыны сұраса — телефонды қойыңыз.

Қостанайдағы абаттандыру, ТКШ және қалалық қызметтер жұмысы бойынша сұрақтарды **109** қалалық орталығы қабылдайды.`,
      paraphrases: [
        'eGov-тың телефон нөмірі қандай',
        'мемлекеттік қызметтер бойынша қайда қоңырау шаламын',
        '1414-ке қоңырау шалу ақылы ма',
        'өтінім мәртебесін телефон арқылы білуге бола ма',
      ],
    },
    en: {
      title: 'The 1414 contact centre: what you can ask',
      body: `**1414** is the single contact centre for public services and the eGov.kz portal. Calls from mobile and landline phones within Kazakhstan are free.

**They can help with:**
- which documents a service needs, where and how to get it;
- signing in to eGov, resetting your password, registering your number in the Mobile Citizens Database;
- the status of a request submitted on eGov or at a Public Service Centre (ЦОН);
- opening hours and addresses of the centres;
- ordering a **home visit** for people who cannot come to a centre themselves;
- complaints about missed deadlines and the quality of public services.

**Before you call:**
1. Have your IIN and the request or receipt number ready.
2. Write down the exact error message, if any.
3. Be ready to confirm your identity.

**A 1414 operator will never ask for** your EDS password, eGov password, SMS code or bank card details. If a "1414 operator" asks for these, hang up.

Questions about streets, utilities and city services in Kostanay go to the city centre **109**.`,
      paraphrases: [
        'egov phone number Kazakhstan',
        'is calling 1414 free',
        'where can I call about public services',
      ],
    },
  },
  {
    key: 'driving-licence-replace',
    audience: 'public',
    tags: ['водительское удостоверение', 'документы', 'спеццон'],
    items: ['S16.C02.I003', 'S16.C02.I013'],
    ru: {
      title: 'Как заменить водительское удостоверение',
      body: `Водительское удостоверение меняют, когда истёк срок его действия (обычно 10 лет), изменились фамилия или имя, документ утерян или повреждён.

**Что нужно:**
- удостоверение личности;
- действующая **медицинская справка о допуске к управлению транспортом** — её оформляют в поликлинике, и сведения передаются в систему электронно;
- оплата **государственной пошлины** и стоимости бланка — суммы указаны на странице услуги на egov.kz.

**Как заменить:**
1. Пройдите медосмотр и убедитесь, что справка внесена в систему.
2. Подайте заявление в **спецЦОН** или ЦОН, где оказывают эту услугу (лучше по предварительной записи). Если для вашего случая доступна онлайн-заявка на **eGov**, на странице услуги будет кнопка заказа.
3. Оплатите пошлину — в ЦОН, через eGov или приложение банка.
4. Получите новое удостоверение в указанный срок.

**Пока ждёте,** цифровое водительское удостоверение доступно в **eGov Mobile** — его принимают при проверке на дороге.

**Отказали из-за медсправки?** Уточните в поликлинике, внесены ли данные. Адреса спецЦОН и сроки — на egov.kz или по **1414**.`,
      paraphrases: [
        'как поменять права когда закончился срок',
        'замена водительского удостоверения через егов',
        'потерял права что делать',
        'какая медсправка нужна для замены прав',
        'где поменять водительские права в костанае',
      ],
    },
    kk: {
      title: 'Жүргізуші куәлігін қалай ауыстыруға болады',
      body: `Жүргізуші куәлігі жарамдылық мерзімі өткенде (әдетте 10 жыл), тегі немесе аты өзгергенде, құжат жоғалғанда немесе бүлінгенде ауыстырылады.

**Не қажет:**
- жеке куәлік;
- жарамды **көлік құралын басқаруға рұқсат туралы медициналық анықтама** — оны емханада рәсімдейді, мәліметтер жүйеге электронды түрде беріледі;
- **мемлекеттік баж** бен бланк құнын төлеу — сомалары egov.kz сайтындағы қызмет бетінде көрсетілген.

**Қалай ауыстыруға болады:**
1. Медициналық тексеруден өтіп, анықтаманың жүйеге енгізілгеніне көз жеткізіңіз.
2. Бұл қызметті көрсететін **арнайы ХҚКО-ға** немесе ХҚКО-ға өтініш беріңіз (алдын ала жазылған дұрыс). Сіздің жағдайыңыз үшін **eGov**-та онлайн өтінім қолжетімді болса, қызмет бетінде тапсырыс батырмасы болады.
3. Бажды төлеңіз — ХҚКО-да, eGov немесе банк қосымшасы арқылы.
4. Жаңа куәлікті белгіленген мерзімде алыңыз.

**Күтіп жүргенде** **eGov Mobile**-дағы цифрлық жүргізуші куәлігін пайдалана аласыз — жолда тексергенде қабылданады.

**Медициналық анықтамаға байланысты бас тартты ма?** Емханадан деректердің енгізілгенін нақтылаңыз. Арнайы ХҚКО мекенжайлары мен мерзімдері — egov.kz сайтында немесе **1414** арқылы.`,
      paraphrases: [
        'жүргізуші куәлігінің мерзімі бітті, қалай ауыстырамын',
        'праваны eGov арқылы ауыстыруға бола ма',
        'жүргізуші куәлігімді жоғалттым',
        'куәлікті ауыстыруға қандай медициналық анықтама керек',
      ],
    },
    en: {
      title: 'How to replace your driving licence',
      body: `A driving licence is replaced when it has expired (usually after 10 years), your surname or first name has changed, or the document is lost or damaged.

**You need:**
- your ID card;
- a valid **medical certificate of fitness to drive** — it is issued at your polyclinic and the information is sent to the system electronically;
- payment of the **state duty** and the cost of the blank — the amounts are on the service page on egov.kz.

**How to replace it:**
1. Have the medical check-up and make sure the certificate has been entered into the system.
2. Apply at a **specialised Public Service Centre (спецЦОН)** or a ЦОН that provides this service (preferably with an appointment). If an online application on **eGov** is available for your case, the service page will have an order button.
3. Pay the duty — at the ЦОН, via eGov or in a banking app.
4. Get your new licence within the stated term.

**While you wait,** the digital driving licence is available in **eGov Mobile** — it is accepted at roadside checks.

**Refused because of the medical certificate?** Ask your polyclinic whether the data has been entered. Addresses of спецЦОН and the terms: on egov.kz or via **1414**.`,
      paraphrases: [
        'my driving licence expired, how to renew it',
        'replace driving license through egov',
        'lost my driver licence, what do I do',
        'what medical certificate do I need for a new license',
        'where to change my driving licence in Kostanay',
      ],
    },
  },
  {
    key: 'vehicle-registration',
    audience: 'public',
    tags: ['автомобиль', 'регистрация', 'спеццон'],
    items: ['S16.C02.I004', 'S16.C02.I014'],
    ru: {
      title: 'Как поставить автомобиль на учёт или переоформить после покупки',
      body: `После покупки автомобиль нужно зарегистрировать на нового владельца. Не откладывайте: срок для этого короткий, за просрочку предусмотрен штраф.

**Переоформление автомобиля, купленного в Казахстане:**
1. Оформите полис **обязательного страхования ГПО** владельцев транспорта на нового владельца.
2. Если продавец и покупатель пользуются eGov, сделку можно оформить **онлайн**: продавец создаёт заявку в **eGov Mobile** (или в приложении банка, где доступна такая услуга), покупатель подтверждает её, обе стороны подписывают, покупатель оплачивает сборы.
3. Если онлайн не подходит, обратитесь в **спецЦОН** вместе с продавцом или по доверенности.
4. Новый техпаспорт выдадут в спецЦОН; цифровая версия появится в eGov Mobile.

**Первичная регистрация** (новый автомобиль или ввезённый из-за рубежа) проводится только в спецЦОН: понадобятся документы о покупке и таможенном оформлении, подтверждение оплаты утилизационного платежа, осмотр машины.

**Сборы и пошлины** (регистрация, госномера) указаны на странице услуги и оплачиваются через eGov, банк или в спецЦОН.

Вопросы — **1414**.`,
      paraphrases: [
        'как переоформить машину после покупки',
        'переоформление авто онлайн через егов',
        'поставить на учёт машину из россии',
        'купил машину, что делать с регистрацией',
        'в какой цон идти для регистрации авто',
      ],
    },
    kk: {
      title: 'Көлікті сатып алғаннан кейін қалай тіркеуге немесе қайта рәсімдеуге болады',
      body: `Көлікті сатып алғаннан кейін оны жаңа иесінің атына тіркеу керек. Кешіктірмеңіз: мерзімі қысқа, кешіктірген үшін айыппұл қарастырылған.

**Қазақстанда сатып алынған көлікті қайта рәсімдеу:**
1. Жаңа иесінің атына көлік иелерінің **азаматтық-құқықтық жауапкершілігін міндетті сақтандыру** полисін рәсімдеңіз.
2. Сатушы мен сатып алушы eGov-ты пайдаланса, мәмілені **онлайн** жасауға болады: сатушы **eGov Mobile**-да (немесе мұндай қызмет бар банк қосымшасында) өтінім жасайды, сатып алушы оны растайды, екі тарап қол қояды, сатып алушы алымдарды төлейді.
3. Онлайн тәсіл сәйкес келмесе, сатушымен бірге немесе сенімхат бойынша **арнайы ХҚКО-ға** жүгініңіз.
4. Жаңа тіркеу куәлігін арнайы ХҚКО береді; цифрлық нұсқасы eGov Mobile-да пайда болады.

**Алғашқы тіркеу** (жаңа немесе шетелден әкелінген көлік) тек арнайы ХҚКО-да жүргізіледі: сатып алу және кедендік рәсімдеу құжаттары, кәдеге жарату төлемінің төленгенін растау және көлікті қарап-тексеру қажет.

**Алымдар мен баждар** (тіркеу, мемлекеттік нөмірлер) қызмет бетінде көрсетілген, eGov, банк арқылы немесе арнайы ХҚКО-да төленеді.

Сұрақтар — **1414**.`,
      paraphrases: [
        'көлікті сатып алған соң қалай қайта рәсімдеймін',
        'машинаны eGov арқылы онлайн қайта тіркеу',
        'шетелден әкелген көлікті есепке қою',
        'көлікті тіркеу үшін қай ХҚКО-ға бару керек',
      ],
    },
    en: {
      title: 'How to register a car or transfer ownership after buying it',
      body: `After you buy a car, it must be registered to the new owner. Do not delay: the deadline is short and late registration is fined.

**Transferring a car bought in Kazakhstan:**
1. Take out **compulsory motor third-party liability insurance** in the new owner's name.
2. If both seller and buyer use eGov, the transfer can be done **online**: the seller creates a request in **eGov Mobile** (or in a bank app that offers this service), the buyer confirms it, both sign, and the buyer pays the fees.
3. If online does not work for you, go to a **specialised Public Service Centre (спецЦОН)** together with the seller or with a power of attorney.
4. The new registration certificate is issued at the спецЦОН; a digital copy appears in eGov Mobile.

**First registration** (a new car or one imported from abroad) is done only at a спецЦОН: you need the purchase and customs documents, proof of the recycling fee, and an inspection of the vehicle.

**Fees** (registration, number plates) are shown on the service page and paid via eGov, a bank or at the спецЦОН.

Questions: **1414**.`,
      paraphrases: [
        'how to re-register a used car in Kazakhstan',
        'transfer car ownership online egov',
        'I bought a car, what do I do about registration',
        'register an imported car',
      ],
    },
  },
  {
    key: 'birth-registration-proactive',
    audience: 'public',
    tags: ['рождение', 'дети', 'пособия', 'проактивные услуги'],
    items: ['S16.C02.I005', 'S14.C01.I004', 'S16.C02.I015'],
    ru: {
      title: 'Рождение ребёнка: регистрация и пособия по SMS (проактивная услуга)',
      body: `После рождения ребёнка многие услуги оформляются **проактивно** — без походов в ЗАГС и ЦОН.

**Как это работает:**
1. Роддом вносит сведения о рождении в систему.
2. Маме (или отцу) приходит **SMS с номера 1414** с предложением оформить услуги.
3. Вы отвечаете на SMS или заходите в **eGov Mobile / egov.kz**, указываете имя ребёнка и другие сведения, даёте согласие.
4. Государство в одном пакете регистрирует рождение, присваивает ребёнку **ИИН**, регистрирует его по месту жительства родителей, назначает **единовременное пособие на рождение** и пособие **по уходу за ребёнком** и может поставить в **очередь в детский сад**.
5. Результаты приходят в личный кабинет; свидетельство о рождении доступно в «Цифровых документах».

**Что проверить:** номер мамы в базе мобильных граждан, актуальный банковский счёт для выплат, регистрация по месту жительства.

**Если SMS не пришло** или родители не в браке (нужно установление отцовства), подайте заявление на eGov или в ЦОН / ЗАГС. Бумажное свидетельство можно получить по запросу. Вопросы — **1414**.`,
      paraphrases: [
        'как зарегистрировать новорождённого',
        'пришло смс от 1414 про рождение ребёнка, что отвечать',
        'где получить свидетельство о рождении ребёнка',
        'как оформить пособие на рождение',
        'нужно ли идти в загс после роддома',
      ],
    },
    kk: {
      title: 'Баланың тууы: тіркеу және жәрдемақылар SMS арқылы (проактивті қызмет)',
      body: `Бала туғаннан кейін көптеген қызметтер **проактивті** түрде — АХАТ органы мен ХҚКО-ға бармай-ақ рәсімделеді.

**Қалай жұмыс істейді:**
1. Перзентхана туу туралы мәліметтерді жүйеге енгізеді.
2. Анасына (немесе әкесіне) қызметтерді рәсімдеу ұсынысымен **1414 нөмірінен SMS** келеді.
3. SMS-ке жауап бересіз немесе **eGov Mobile / egov.kz**-ке кіріп, баланың атын және басқа мәліметтерді көрсетіп, келісім бересіз.
4. Мемлекет бір пакетте туу фактісін тіркейді, балаға **ЖСН** береді, оны ата-анасының тұрғылықты жері бойынша тіркейді, **бала тууына байланысты біржолғы жәрдемақы** мен **бала күтіміне байланысты** жәрдемақы тағайындайды және **балабақшаға кезекке** қоюы мүмкін.
5. Нәтижелер жеке кабинетке келеді; туу туралы куәлік «Цифрлық құжаттар» бөлімінде қолжетімді.

**Тексеріңіз:** ананың нөмірі мобильдік азаматтар базасында бар ма, төлемдерге арналған банк шоты өзекті ме, тұрғылықты жері бойынша тіркеу бар ма.

**SMS келмесе** немесе ата-ана некеде болмаса (әкелікті анықтау қажет), eGov-та немесе ХҚКО / АХАТ органына өтініш беріңіз. Қағаз куәлікті сұрау бойынша алуға болады. Сұрақтар — **1414**.`,
      paraphrases: [
        'жаңа туған баланы қалай тіркеймін',
        '1414-тен бала туралы SMS келді, не деп жауап беремін',
        'туу туралы куәлікті қайдан аламын',
        'бала туғанға жәрдемақыны қалай рәсімдеймін',
      ],
    },
    en: {
      title: 'A new baby: birth registration and benefits by SMS (proactive service)',
      body: `After a child is born, many services are arranged **proactively**, without visits to the registry office or a Public Service Centre.

**How it works:**
1. The maternity hospital enters the birth into the system.
2. The mother (or father) receives an **SMS from 1414** offering to arrange the services.
3. You reply to the SMS or open **eGov Mobile / egov.kz**, enter the child's name and other details, and give consent.
4. In one package the state registers the birth, assigns the child an **IIN**, registers the child at the parents' address, grants the **one-time birth benefit** and the **childcare benefit**, and may put the child on the **kindergarten waiting list**.
5. The results arrive in your personal account; the birth certificate is available under "Digital documents".

**Check in advance:** the mother's number is in the Mobile Citizens Database, the bank account for payments is current, and your residence registration is in order.

**If no SMS arrives,** or the parents are not married (paternity must be established), apply on eGov or at a ЦОН / registry office. A paper certificate is available on request. Questions: **1414**.`,
      paraphrases: [
        'how to register a newborn in Kazakhstan',
        'I got an SMS from 1414 about my baby',
        'where do I get my child birth certificate',
        'how to apply for the birth allowance',
      ],
    },
  },
  {
    key: 'apostille-documents',
    audience: 'public',
    tags: ['апостиль', 'документы', 'заграница'],
    ru: {
      title: 'Апостиль на казахстанские документы для заграницы',
      body: `**Апостиль** — штамп, который подтверждает подлинность казахстанского официального документа для стран — участниц Гаагской конвенции. Страны, которые не участвуют в конвенции, обычно требуют консульскую легализацию.

**Кто ставит апостиль** зависит от вида документа:
- справка о несудимости — органы прокуратуры;
- свидетельства и справки ЗАГС, решения судов, нотариальные документы — органы юстиции;
- дипломы, аттестаты и другие документы об образовании — уполномоченный орган в сфере образования;
- архивные справки — органы, указанные на странице услуги.

**Как подать:**
1. На **egov.kz** найдите услугу апостилирования нужного вида документа; если онлайн-подача недоступна, обратитесь в **ЦОН**.
2. Приложите оригинал документа (или закажите электронную справку, если апостиль на неё ставится онлайн).
3. Оплатите **государственную пошлину** — размер на странице услуги.
4. Получите документ с апостилем в указанный срок.

**Перед подачей** уточните у принимающей стороны за рубежом, нужен ли перевод и должен ли он быть заверен до или после апостиля.

Апостиль ставится только на документы, выданные в Казахстане. Вопросы — **1414**.`,
      paraphrases: [
        'как поставить апостиль на диплом',
        'апостиль на справку о несудимости',
        'где сделать апостиль на свидетельство о рождении',
        'нужен апостиль для документов за границу',
      ],
    },
    kk: {
      title: 'Шетелге арналған қазақстандық құжаттарға апостиль қою',
      body: `**Апостиль** — Гаага конвенциясына қатысушы елдер үшін қазақстандық ресми құжаттың түпнұсқалығын растайтын мөртабан. Конвенцияға қатыспайтын елдер әдетте консулдық заңдастыруды талап етеді.

**Апостильді кім қояды** — құжат түріне байланысты:
- соттылық туралы анықтама — прокуратура органдары;
- АХАТ куәліктері мен анықтамалары, сот шешімдері, нотариаттық құжаттар — әділет органдары;
- дипломдар, аттестаттар және басқа да білім туралы құжаттар — білім саласындағы уәкілетті орган;
- мұрағат анықтамалары — қызмет бетінде көрсетілген органдар.

**Қалай беруге болады:**
1. **egov.kz** сайтында қажетті құжат түрін апостильдеу қызметін табыңыз; онлайн беру мүмкін болмаса, **ХҚКО-ға** жүгініңіз.
2. Құжаттың түпнұсқасын қоса беріңіз (немесе апостиль онлайн қойылатын болса, электрондық анықтамаға тапсырыс беріңіз).
3. **Мемлекеттік бажды** төлеңіз — мөлшері қызмет бетінде.
4. Апостиль қойылған құжатты белгіленген мерзімде алыңыз.

**Бермес бұрын** шетелдегі қабылдаушы тараптан аударма қажет пе және ол апостильге дейін немесе кейін куәландырылуы керек пе, нақтылаңыз.

Апостиль тек Қазақстанда берілген құжаттарға қойылады. Сұрақтар — **1414**.`,
      paraphrases: [
        'дипломға апостильді қалай қоямын',
        'соттылық туралы анықтамаға апостиль',
        'туу туралы куәлікке апостильді қайдан жасатамын',
        'шетелге құжаттарға апостиль керек',
      ],
    },
    en: {
      title: 'Apostille on Kazakh documents for use abroad',
      body: `An **apostille** is a stamp certifying that an official Kazakh document is genuine, for countries that are party to the Hague Convention. Countries outside the convention usually require consular legalisation instead.

**Who affixes the apostille** depends on the document:
- certificate of criminal record — the prosecutor's office;
- civil registry certificates, court decisions, notarial documents — the justice authorities;
- diplomas, school certificates and other education documents — the authorised education body;
- archive certificates — the bodies named on the service page.

**How to apply:**
1. On **egov.kz**, find the apostille service for your type of document; if online submission is not available, go to a Public Service Centre (ЦОН).
2. Provide the original document (or order an electronic certificate if the apostille can be added online).
3. Pay the **state duty** — the amount is on the service page.
4. Collect the apostilled document within the stated term.

**Before applying,** ask the receiving party abroad whether a translation is needed and whether it must be certified before or after the apostille.

Only Kazakh-issued documents qualify. Questions: **1414**.`,
      paraphrases: [
        'how to apostille a Kazakh diploma',
        'apostille on a police clearance certificate',
        'where to get an apostille on a birth certificate',
      ],
    },
  },
  {
    key: 'civil-status-repeat-certificates',
    audience: 'public',
    tags: ['загс', 'справки', 'свидетельство', 'egov'],
    items: ['S16.C01.I008', 'S16.C01.I007', 'S16.C01.I021', 'S16.C01.I020', 'S16.C02.I016'],
    ru: {
      title: 'Как получить справку или повторное свидетельство о рождении, браке, разводе',
      body: `Если свидетельство о рождении, браке, расторжении брака или смерти утеряно или нужна справка о таком событии, её можно заказать онлайн — при условии, что запись зарегистрирована в Казахстане.

**Электронная справка (быстро):**
1. На **egov.kz** или в **eGov Mobile** найдите услугу **«Выдача повторных свидетельств или справок о регистрации актов гражданского состояния»**.
2. Выберите вид записи (рождение, брак, расторжение брака, смерть и т. д.) и вид документа — справка.
3. Подпишите запрос ЭЦП или SMS-паролем. Справка придёт в **Историю получения услуг**, обычно сразу.

**Повторное свидетельство на бланке:**
1. Закажите его в той же услуге или в ЦОН / органе регистрации актов гражданского состояния (ЗАГС).
2. Оплатите **государственную пошлину** — размер указан на странице услуги.
3. Заберите свидетельство в выбранном органе в указанный срок.

**Кто может запросить:** сам человек, родители о детях, а также наследники или законные представители — с подтверждающими документами.

**Если запись не находится** (старая запись, регистрация за рубежом или ошибки в ФИО), обратитесь в ЗАГС по месту регистрации или в ЦОН. Вопросы — **1414**.`,
      paraphrases: [
        'потеряли свидетельство о рождении как восстановить',
        'справка о браке через егов',
        'где получить дубликат свидетельства о браке',
        'нужна справка о рождении для пособия',
        'повторное свидетельство о разводе',
      ],
    },
    kk: {
      title: 'Туу, неке, ажырасу туралы анықтаманы немесе қайталама куәлікті қалай алуға болады',
      body: `Туу, неке, некені бұзу немесе қайтыс болу туралы куәлік жоғалса немесе осындай оқиға туралы анықтама керек болса, оған онлайн тапсырыс беруге болады — егер жазба Қазақстанда тіркелген болса.

**Электрондық анықтама (жылдам):**
1. **egov.kz** немесе **eGov Mobile**-да **«Азаматтық хал актілерін тіркеу туралы қайталама куәліктер немесе анықтамалар беру»** қызметін табыңыз.
2. Жазба түрін (туу, неке, некені бұзу, қайтыс болу және т.б.) және құжат түрін — анықтаманы таңдаңыз.
3. Сұрауға ЭЦҚ немесе SMS-парольмен қол қойыңыз. Анықтама әдетте бірден **Қызметтерді алу тарихына** келеді.

**Бланктегі қайталама куәлік:**
1. Оған сол қызметте немесе ХҚКО / АХАТ органында тапсырыс беріңіз.
2. **Мемлекеттік бажды** төлеңіз — мөлшері қызмет бетінде көрсетілген.
3. Куәлікті белгіленген мерзімде таңдалған органнан алыңыз.

**Кім сұрай алады:** адамның өзі, балалар туралы — ата-анасы, сондай-ақ мұрагерлер немесе заңды өкілдер — растайтын құжаттармен.

**Жазба табылмаса** (ескі жазба, шетелде тіркелген немесе аты-жөнінде қате болса), тіркелген жердегі АХАТ органына немесе ХҚКО-ға жүгініңіз. Сұрақтар — **1414**.`,
      paraphrases: [
        'туу туралы куәлік жоғалды, қалай қалпына келтіремін',
        'неке туралы анықтаманы eGov-тан алу',
        'неке куәлігінің телнұсқасын қайдан аламын',
        'жәрдемақыға туу туралы анықтама керек',
      ],
    },
    en: {
      title: 'How to get a statement or a duplicate certificate of birth, marriage or divorce',
      body: `If your birth, marriage, divorce or death certificate is lost, or you need a statement about such an event, you can order it online — provided the record was registered in Kazakhstan.

**Electronic statement (fast):**
1. On **egov.kz** or in **eGov Mobile**, find the service **"Issuing repeat certificates or statements of civil status registration"**.
2. Choose the type of record (birth, marriage, divorce, death, etc.) and the type of document — a statement.
3. Sign the request with your EDS or an SMS password. The statement arrives in your **History of services**, usually at once.

**Duplicate certificate on an official form:**
1. Order it in the same service or at a Public Service Centre (ЦОН) / civil registry office (ЗАГС).
2. Pay the **state duty** — the amount is on the service page.
3. Collect the certificate at the chosen office within the stated term.

**Who can request it:** the person themselves, parents for their children, and heirs or legal representatives — with supporting documents.

**If the record cannot be found** (an old record, registration abroad or errors in the name), contact the registry office where it was registered or a ЦОН. Questions: **1414**.`,
      paraphrases: [
        'lost my birth certificate, how to get a new one',
        'marriage certificate through egov',
        'where to get a duplicate marriage certificate',
        'I need proof of my child birth for a benefit',
        'copy of divorce certificate',
      ],
    },
  },
  {
    key: 'marriage-registration-online',
    audience: 'public',
    tags: ['брак', 'загс', 'egov'],
    items: ['S16.C02.I006', 'S16.C02.I016'],
    ru: {
      title: 'Как подать заявление на регистрацию брака онлайн',
      body: `Заявление на регистрацию брака можно подать на **egov.kz** или в **eGov Mobile**, не приходя заранее в ЗАГС.

**Как подать:**
1. Один из будущих супругов входит на eGov и выбирает услугу **«Регистрация заключения брака (супружества)»**.
2. Указывает данные второго супруга (ИИН), выбирает **орган регистрации** (ЗАГС или Дворец бракосочетания), дату и время церемонии из свободных.
3. Указывает фамилии, которые супруги будут носить после брака.
4. Второй супруг получает уведомление и **подтверждает заявление** в своём личном кабинете.
5. Оплачивается **государственная пошлина** — размер на странице услуги.

**Сроки:** брак регистрируется, как правило, не раньше чем через месяц после подачи заявления. При уважительных причинах (например, беременность, рождение ребёнка) срок могут сократить — это решает орган регистрации.

**В день регистрации** приходите оба с удостоверениями личности. Свидетельство о браке выдадут на церемонии, а сведения появятся в базе и в eGov Mobile.

**После смены фамилии** нужно заменить удостоверение личности и другие документы. Вопросы — **1414** или выбранный ЗАГС.`,
      paraphrases: [
        'как подать заявление в загс через егов',
        'регистрация брака онлайн',
        'можно ли выбрать дату свадьбы на egov',
        'сколько ждать регистрацию брака после заявления',
        'мы хотим пожениться, что нужно',
      ],
    },
    kk: {
      title: 'Некені тіркеуге өтінішті онлайн қалай беруге болады',
      body: `Некені тіркеуге өтінішті АХАТ органына алдын ала бармай-ақ **egov.kz** немесе **eGov Mobile** арқылы беруге болады.

**Қалай беруге болады:**
1. Болашақ ерлі-зайыптылардың бірі eGov-қа кіріп, **«Некені (ерлі-зайыптылықты) тіркеу»** қызметін таңдайды.
2. Екінші жақтың деректерін (ЖСН) көрсетеді, **тіркеу органын** (АХАТ органы немесе Неке сарайы), бос күндердің ішінен салтанатты рәсімнің күні мен уақытын таңдайды.
3. Некеден кейін қандай тегін алатындарын көрсетеді.
4. Екінші жақ хабарлама алып, өз жеке кабинетінде **өтінішті растайды**.
5. **Мемлекеттік баж** төленеді — мөлшері қызмет бетінде.

**Мерзімі:** неке әдетте өтініш берілгеннен кейін бір айдан ерте емес тіркеледі. Дәлелді себептер болса (мысалы, жүктілік, баланың тууы) мерзімді қысқартуға болады — мұны тіркеу органы шешеді.

**Тіркеу күні** екеуіңіз де жеке куәліктеріңізбен келіңіз. Неке туралы куәлік салтанатты рәсімде беріледі, мәліметтер базада және eGov Mobile-да пайда болады.

**Тегіңіз өзгерсе,** жеке куәлікті және басқа құжаттарды ауыстыру керек. Сұрақтар — **1414** немесе таңдалған АХАТ органы.`,
      paraphrases: [
        'АХАТ-қа өтінішті eGov арқылы қалай беремін',
        'некені онлайн тіркеу',
        'той күнін eGov-та таңдауға бола ма',
        'үйленгіміз келеді, не керек',
      ],
    },
    en: {
      title: 'How to apply for marriage registration online',
      body: `You can apply to register a marriage on **egov.kz** or in **eGov Mobile** without visiting the registry office beforehand.

**How to apply:**
1. One of the future spouses signs in to eGov and chooses the service **"Registration of marriage"**.
2. They enter the other person's IIN, choose the **registry office** (ЗАГС or Wedding Palace) and a free date and time for the ceremony.
3. They state the surnames the spouses will use after marriage.
4. The other person receives a notification and **confirms the application** in their own account.
5. The **state duty** is paid — the amount is shown on the service page.

**Timing:** a marriage is normally registered no earlier than one month after the application. For good reasons (for example, pregnancy or the birth of a child) the office may shorten this period.

**On the day,** both of you come with your ID cards. The marriage certificate is handed over at the ceremony and the record appears in the database and in eGov Mobile.

**If you change your surname,** your ID card and other documents must be replaced. Questions: **1414** or the chosen registry office.`,
      paraphrases: [
        'how to register a marriage in Kazakhstan online',
        'can we choose the wedding date on egov',
        'how long after applying can we get married',
      ],
    },
  },
  {
    key: 'surname-change-documents',
    audience: 'public',
    tags: ['смена фамилии', 'документы', 'брак'],
    items: ['S16.C02.I028', 'S16.C02.I001'],
    ru: {
      title: 'Сменили фамилию: какие документы нужно поменять',
      body: `После регистрации брака, развода или перемены фамилии по заявлению данные в государственных базах меняются автоматически, но **документы на руках** нужно заменить.

**По порядку:**
1. **Удостоверение личности** — в первую очередь, в любом ЦОН; оплачивается государственная пошлина (размер — на странице услуги).
2. **Паспорт** для выезда за границу — если он у вас есть.
3. **ЭЦП** — в сертификате указаны ФИО, поэтому после получения нового удостоверения получите новую ЭЦП.
4. **Водительское удостоверение** — замена через спецЦОН / ЦОН.
5. **Банки, работодатель, медицинская организация** — сообщите новые данные.
6. **Техпаспорт автомобиля и документы на недвижимость** — уточните на странице услуги или в ЦОН, нужно ли их переоформлять в вашем случае.

**Перемена фамилии не в связи с браком** (например, взять фамилию отчима) оформляется отдельной услугой через ЗАГС или eGov — «Перемена имени, отчества, фамилии».

**Совет:** пока новое удостоверение не готово, старые документы с прежней фамилией не выбрасывайте — они могут понадобиться для подтверждения смены. Вопросы — **1414**.`,
      paraphrases: [
        'вышла замуж какие документы менять',
        'смена фамилии после свадьбы что делать',
        'нужно ли менять эцп после смены фамилии',
        'как поменять фамилию не через брак',
      ],
    },
    kk: {
      title: 'Тегіңізді ауыстырдыңыз ба: қандай құжаттарды ауыстыру керек',
      body: `Неке тіркелгеннен, ажырасқаннан немесе өтініш бойынша тегі ауыстырылғаннан кейін мемлекеттік базалардағы деректер автоматты түрде өзгереді, бірақ **қолыңыздағы құжаттарды** ауыстыру қажет.

**Ретімен:**
1. **Жеке куәлік** — бірінші кезекте, кез келген ХҚКО-да; мемлекеттік баж төленеді (мөлшері қызмет бетінде).
2. **Шетелге шығуға арналған паспорт** — егер болса.
3. **ЭЦҚ** — сертификатта аты-жөніңіз көрсетілген, сондықтан жаңа куәлікті алған соң жаңа ЭЦҚ алыңыз.
4. **Жүргізуші куәлігі** — арнайы ХҚКО / ХҚКО арқылы ауыстырылады.
5. **Банктер, жұмыс беруші, медициналық ұйым** — жаңа деректерді хабарлаңыз.
6. **Көліктің тіркеу куәлігі және жылжымайтын мүлік құжаттары** — сіздің жағдайыңызда қайта рәсімдеу қажет пе, қызмет бетінен немесе ХҚКО-дан нақтылаңыз.

**Некеге байланысты емес тегін ауыстыру** (мысалы, өгей әкесінің тегін алу) АХАТ органы немесе eGov арқылы «Атын, әкесінің атын, тегін ауыстыру» жеке қызметімен рәсімделеді.

**Кеңес:** жаңа куәлік дайын болғанша бұрынғы тегіңіз жазылған құжаттарды лақтырмаңыз — өзгерісті растау үшін керек болуы мүмкін. Сұрақтар — **1414**.`,
      paraphrases: [
        'тұрмысқа шықтым, қандай құжаттарды ауыстырамын',
        'тегімді өзгерттім, енді не істеу керек',
        'тегі өзгерсе ЭЦҚ-ны ауыстыру керек пе',
        'некесіз тегін қалай ауыстыруға болады',
      ],
    },
    en: {
      title: 'Changed your surname: which documents do you need to replace',
      body: `After a marriage, a divorce or a change of surname on application, your details in state databases change automatically, but the **documents you hold** must be replaced.

**In this order:**
1. **ID card** — first of all, at any Public Service Centre (ЦОН); a state duty is charged (the amount is on the service page).
2. **Passport** for travel abroad — if you have one.
3. **EDS** — the certificate contains your full name, so get a new EDS once you have the new ID card.
4. **Driving licence** — replaced at a спецЦОН / ЦОН.
5. **Banks, employer, medical organisation** — give them your new details.
6. **Vehicle registration certificate and property documents** — check on the service page or at a ЦОН whether they need to be re-issued in your case.

**A change of surname not related to marriage** (for example, taking a stepfather's surname) is a separate service through the registry office (ЗАГС) or eGov — "Change of first name, patronymic, surname".

**Tip:** until the new ID card is ready, do not throw away old documents in your former surname — you may need them to prove the change. Questions: **1414**.`,
      paraphrases: [
        'how to change surname after marriage',
        'I got married, which documents do I need to change',
        'do I need a new EDS after changing my name',
        'how to change my last name without getting married',
        'took my husband surname, what next',
      ],
    },
  },
  {
    key: 'death-registration',
    audience: 'public',
    tags: ['смерть', 'загс', 'пособия'],
    items: ['S16.C02.I007', 'S16.C02.I017'],
    ru: {
      title: 'Регистрация смерти и выплата на погребение: что делать родственникам',
      body: `Когда умирает близкий человек, документы оформляются в несколько шагов. Многое можно сделать онлайн.

1. **Медицинское свидетельство о смерти** выдаёт больница или поликлиника; сведения передаются в систему.
2. **Регистрация смерти** — на **egov.kz** / в **eGov Mobile** (ЭЦП) или в ЦОН, органе ЗАГС. Обычно заявление подают родственники или лицо, которое занимается похоронами. После регистрации выдаётся свидетельство о смерти; справку можно получить онлайн.
3. **Единовременная выплата на погребение** полагается, если умерший получал пенсию или некоторые виды пособий. Заявление подают в ЦОН или онлайн, если услуга доступна; понадобятся данные заявителя и банковский счёт.
4. **Наследство** оформляется у **нотариуса** по последнему месту жительства умершего; заявление нужно подать в течение **шести месяцев** со дня смерти.
5. **Пенсионные накопления в ЕНПФ** выплачиваются наследникам — через ЕНПФ после оформления наследства.

**Что взять с собой:** удостоверение личности заявителя, документы умершего (если есть).

Консультацию по документам даёт **1414**; по нотариальным вопросам — любой нотариус.`,
      paraphrases: [
        'как получить свидетельство о смерти',
        'умер отец, какие документы оформлять',
        'пособие на похороны как получить',
        'куда обращаться чтобы зарегистрировать смерть',
      ],
    },
    kk: {
      title: 'Қайтыс болуды тіркеу және жерлеуге арналған төлем: туыстарына не істеу керек',
      body: `Жақын адам қайтыс болғанда құжаттар бірнеше кезеңде рәсімделеді. Көп нәрсені онлайн жасауға болады.

1. **Қайтыс болу туралы медициналық куәлікті** аурухана немесе емхана береді; мәліметтер жүйеге беріледі.
2. **Қайтыс болуды тіркеу** — **egov.kz** / **eGov Mobile** (ЭЦҚ) арқылы немесе ХҚКО-да, АХАТ органында. Өтінішті әдетте туыстары немесе жерлеумен айналысатын адам береді. Тіркелгеннен кейін қайтыс болу туралы куәлік беріледі; анықтаманы онлайн алуға болады.
3. **Жерлеуге арналған біржолғы төлем** қайтыс болған адам зейнетақы немесе жәрдемақының кейбір түрлерін алған болса тағайындалады. Өтініш ХҚКО-ға немесе қызмет қолжетімді болса онлайн беріледі; өтініш берушінің деректері мен банк шоты қажет.
4. **Мұра** қайтыс болған адамның соңғы тұрғылықты жеріндегі **нотариуста** рәсімделеді; өтінішті қайтыс болған күннен бастап **алты ай** ішінде беру керек.
5. **БЖЗҚ-дағы зейнетақы жинақтары** мұрагерлерге мұра рәсімделгеннен кейін БЖЗҚ арқылы төленеді.

**Өзіңізбен бірге:** өтініш берушінің жеке куәлігі, қайтыс болған адамның құжаттары (болса).

Құжаттар бойынша кеңесті **1414** береді; нотариаттық мәселелер бойынша — кез келген нотариус.`,
      paraphrases: [
        'қайтыс болу туралы куәлікті қалай алуға болады',
        'әкем қайтыс болды, қандай құжаттарды рәсімдеу керек',
        'жерлеуге арналған жәрдемақыны қалай алуға болады',
        'қайтыс болуды тіркеу үшін қайда бару керек',
      ],
    },
    en: {
      title: 'Registering a death and the funeral allowance: what should relatives do',
      body: `When someone close dies, the paperwork takes several steps. Much of it can be done online.

1. **The medical death certificate** is issued by the hospital or polyclinic; the information is sent to the system.
2. **Registration of the death** — on **egov.kz** / in **eGov Mobile** (EDS) or at a Public Service Centre (ЦОН) or civil registry office (ЗАГС). The application is usually made by relatives or the person arranging the funeral. After registration a death certificate is issued; a statement can be obtained online.
3. **A one-time funeral allowance** is paid if the deceased received a pension or certain kinds of benefits. Apply at a ЦОН or online if the service is available; you will need the applicant's details and a bank account.
4. **Inheritance** is arranged with a **notary** at the deceased's last place of residence; the application must be made within **six months** of the date of death.
5. **Pension savings in the ENPF** are paid to the heirs — through the ENPF once the inheritance is formalised.

**What to bring:** the applicant's ID card and the deceased's documents (if available).

Advice on documents: **1414**; on notarial matters — any notary.`,
      paraphrases: [
        'how to get a death certificate',
        'my father died, what documents do I need',
        'how to get the funeral benefit',
        'where to register a death in Kazakhstan',
        'what to do when a relative dies',
      ],
    },
  },
  {
    key: 'family-composition-certificate',
    audience: 'public',
    tags: ['справки', 'состав семьи', 'egov'],
    items: ['S16.C01.I006', 'S16.C01.I019', 'S16.C01.I032'],
    ru: {
      title: 'Справка о составе семьи: где взять и чем её заменить',
      body: `Раньше справку о составе семьи выдавали КСК и жилищные организации. Сейчас для большинства госуслуг (адресная социальная помощь, жилищная помощь, очередь на жильё, пособия) она **не нужна**: госорганы сами получают сведения о членах семьи из государственных баз.

**Если организация всё же просит подтвердить состав семьи, подойдут:**
1. **Адресная справка** на каждого члена семьи — подтверждает, что вы зарегистрированы по одному адресу (eGov, бесплатно).
2. **Справки о рождении детей** и **справка о регистрации брака** — через услугу выдачи справок о регистрации актов гражданского состояния на eGov.
3. Для некоторых услуг есть отдельная форма сведений о составе семьи прямо в заявлении на eGov — её заполняют при подаче.

**Как действовать:**
1. Спросите у организации, какой именно документ и для чего нужен.
2. Закажите нужные справки на **egov.kz** или в **eGov Mobile** (ЭЦП или SMS-пароль).
3. Передайте PDF с QR-кодом — его подлинность проверяется без печати.

**Если вам отказывают в услуге** из-за отсутствия «справки о составе семьи», которой не существует в перечне документов, сошлитесь на стандарт услуги на egov.kz или обратитесь в **1414**.`,
      paraphrases: [
        'где взять справку о составе семьи',
        'справка о составе семьи через егов есть',
        'для асп нужна справка о составе семьи?',
        'требуют справку о составе семьи, а КСК уже нет',
      ],
    },
    kk: {
      title: 'Отбасы құрамы туралы анықтама: қайдан алуға болады және орнына не жарайды',
      body: `Бұрын отбасы құрамы туралы анықтаманы ПИК-тер мен тұрғын үй ұйымдары беретін. Қазір мемлекеттік қызметтердің көбіне (атаулы әлеуметтік көмек, тұрғын үй көмегі, тұрғын үй кезегі, жәрдемақылар) ол **қажет емес**: мемлекеттік органдар отбасы мүшелері туралы мәліметтерді мемлекеттік базалардан өздері алады.

**Ұйым бәрібір отбасы құрамын растауды сұраса, мыналар жарайды:**
1. Отбасының әр мүшесіне **мекенжай анықтамасы** — бір мекенжайда тіркелгеніңізді растайды (eGov, тегін).
2. **Балалардың туу туралы анықтамалары** мен **неке тіркелгені туралы анықтама** — eGov-тағы АХАТ жазбалары туралы анықтамалар беру қызметі арқылы.
3. Кейбір қызметтерде eGov-тағы өтініштің ішінде отбасы құрамы туралы жеке нысан бар.

**Қалай әрекет ету керек:**
1. Ұйымнан нақты қандай құжат және не үшін керек екенін сұраңыз.
2. Қажетті анықтамаларға **egov.kz** немесе **eGov Mobile** арқылы (ЭЦҚ немесе SMS-пароль) тапсырыс беріңіз.
3. QR-коды бар PDF-ті беріңіз — оның түпнұсқалығы мөрсіз тексеріледі.

**Құжаттар тізбесінде жоқ «отбасы құрамы туралы анықтама» болмағандықтан қызметтен бас тартса,** egov.kz сайтындағы қызмет стандартына сілтеме жасаңыз немесе **1414**-ке хабарласыңыз.`,
      paraphrases: [
        'отбасы құрамы туралы анықтаманы қайдан аламын',
        'eGov-та отбасы құрамы анықтамасы бар ма',
        'АӘК үшін отбасы құрамы туралы анықтама керек пе',
        'отбасы құрамы анықтамасын талап етіп жатыр, не істеймін',
      ],
    },
    en: {
      title: 'Certificate of family composition: where to get it and what to use instead',
      body: `A certificate of family composition used to be issued by housing co-operatives (КСК) and housing organisations. Today most public services (targeted social assistance, housing allowance, the housing queue, benefits) **do not need it**: government bodies get information about family members from state databases themselves.

**If an organisation still asks you to prove your family composition, these will do:**
1. An **address certificate** for each family member — it shows that you are registered at the same address (eGov, free).
2. **Statements of your children's births** and a **statement of marriage registration** — through the eGov service for statements of civil status registration.
3. Some services have a separate family composition form right in the eGov application — you fill it in when you apply.

**What to do:**
1. Ask the organisation exactly which document it needs and what for.
2. Order the statements you need on **egov.kz** or in **eGov Mobile** (EDS or SMS password).
3. Hand over the PDF with the QR code — its authenticity is checked without a stamp.

**If you are refused a service** for lack of a "certificate of family composition" that is not in the list of required documents, refer to the service standard on egov.kz or contact **1414**.`,
      paraphrases: [
        'where do I get a family composition certificate',
        'can I get a family certificate on egov',
        'do I need a family composition certificate for social assistance',
        'they want a family certificate but there is no KSK anymore',
        'how to prove who lives in my family',
      ],
    },
  },
  {
    key: 'pension-contributions-statement',
    audience: 'public',
    tags: ['енпф', 'пенсия', 'справки'],
    items: ['S16.C01.I005', 'S16.C01.I018', 'S16.C01.I031'],
    ru: {
      title: 'Как получить выписку ЕНПФ и справку о пенсионных отчислениях',
      body: `Есть два разных документа — выберите тот, что вам нужен.

**1. Выписка с индивидуального пенсионного счёта ЕНПФ** — показывает накопления, поступления взносов и инвестиционный доход.
- В **личном кабинете на enpf.kz** или в мобильном приложении ЕНПФ — вход по ЭЦП, eGov Mobile или паролю.
- На **egov.kz / eGov Mobile** — услуга получения выписки с индивидуального пенсионного счёта.
- В отделениях ЕНПФ — с удостоверением личности.
Выписку можно настроить и на регулярную отправку на электронную почту.

**2. Справка о перечисленных пенсионных взносах** — показывает, какие организации и за какие месяцы платили за вас взносы. Её часто просят банки, посольства и госорганы для подтверждения занятости.
- На **egov.kz / eGov Mobile** найдите «справка о пенсионных отчислениях», укажите период и подпишите запрос ЭЦП или SMS-паролем. Справка приходит в **Историю получения услуг**.

**Не видите взносов за какие-то месяцы?** Сначала спросите работодателя, перечислял ли он взносы. Если работодатель не платит, обратитесь в органы государственных доходов или в инспекцию труда. Вопросы по счёту — в ЕНПФ, по справке на eGov — **1414**.`,
      paraphrases: [
        'как посмотреть пенсионные накопления',
        'справка о пенсионных отчислениях для визы',
        'выписка енпф через егов',
        'работодатель не платит пенсионные взносы как проверить',
        'где взять справку о пенсионных взносах за полгода',
      ],
    },
    kk: {
      title: 'БЖЗҚ-дан үзінді көшірмені және зейнетақы аударымдары туралы анықтаманы қалай алуға болады',
      body: `Екі түрлі құжат бар — өзіңізге керегін таңдаңыз.

**1. БЖЗҚ-дағы жеке зейнетақы шотынан үзінді көшірме** — жинақтарды, жарналардың түсуін және инвестициялық табысты көрсетеді.
- **enpf.kz** сайтындағы **жеке кабинетте** немесе БЖЗҚ мобильді қосымшасында — ЭЦҚ, eGov Mobile немесе пароль арқылы кіру.
- **egov.kz / eGov Mobile**-да — жеке зейнетақы шотынан үзінді көшірме алу қызметі.
- БЖЗҚ бөлімшелерінде — жеке куәлікпен.
Үзінді көшірмені электрондық поштаға тұрақты жіберуге де баптауға болады.

**2. Аударылған зейнетақы жарналары туралы анықтама** — сіз үшін қандай ұйымдар қай айларға жарна төлегенін көрсетеді. Оны жұмыспен қамтылуды растау үшін банктер, елшіліктер және мемлекеттік органдар жиі сұрайды.
- **egov.kz / eGov Mobile**-да «зейнетақы аударымдары туралы анықтама» деп іздеп, кезеңді көрсетіңіз де, сұрауға ЭЦҚ немесе SMS-парольмен қол қойыңыз. Анықтама **Қызметтерді алу тарихына** келеді.

**Кейбір айлардың жарналары көрінбей ме?** Алдымен жұмыс берушіден жарна аударды ма, сұраңыз. Төлемесе, мемлекеттік кірістер органдарына немесе еңбек инспекциясына жүгініңіз. Шот бойынша сұрақтар — БЖЗҚ-ға, eGov-тағы анықтама бойынша — **1414**.`,
      paraphrases: [
        'зейнетақы жинағымды қалай көремін',
        'визаға зейнетақы аударымдары туралы анықтама керек',
        'БЖЗҚ үзінді көшірмесін eGov-тан алу',
        'жұмыс беруші зейнетақы жарнасын төлей ме, қалай тексеремін',
      ],
    },
    en: {
      title: 'How to get a pension fund (ENPF) statement and a certificate of pension contributions',
      body: `There are two different documents — pick the one you need.

**1. Statement of your individual pension account at the ENPF** (Unified Accumulative Pension Fund) — shows your savings, incoming contributions and investment income.
- In your **personal account on enpf.kz** or the ENPF mobile app — sign in with EDS, eGov Mobile or a password.
- On **egov.kz / eGov Mobile** — the service for a statement of the individual pension account.
- At ENPF offices — with your ID card.
You can also have the statement e-mailed to you regularly.

**2. Certificate of paid pension contributions** — shows which organisations paid contributions for you and for which months. Banks, embassies and government bodies often ask for it as proof of employment.
- On **egov.kz / eGov Mobile**, search for "pension contributions certificate", choose the period and sign with EDS or an SMS password. It arrives in your **History of services**.

**Missing months?** First ask your employer whether contributions were paid. If they were not, contact the state revenue authorities or the labour inspectorate. Account questions go to the ENPF; questions about the eGov certificate to **1414**.`,
      paraphrases: [
        'how to check my pension savings in Kazakhstan',
        'certificate of pension contributions for a visa',
        'ENPF statement on egov',
        'is my employer paying my pension contributions',
      ],
    },
  },
  {
    key: 'income-confirmation-certificates',
    audience: 'public',
    tags: ['справки', 'доход', 'egov'],
    ru: {
      title: 'Как подтвердить доход: какие справки можно получить онлайн',
      body: `Единой «справки о доходах» на eGov нет. Доход подтверждают разными документами — в зависимости от того, кто вы и кто спрашивает.

**Работаете по найму:**
1. **Справка с места работы** о должности и зарплате — у работодателя (бухгалтерия, отдел кадров).
2. **Справка о пенсионных отчислениях** на eGov — показывает, кто и за какие месяцы платил за вас взносы; по ней косвенно виден доход.

**Индивидуальный предприниматель:**
- **налоговая декларация** и сведения о доходах из **Кабинета налогоплательщика** (cabinet.salyk.kz) или eGov;
- справка об отсутствии налоговой задолженности.

**Пенсионер или получатель пособия:**
- сведения о назначенной пенсии или пособии — на eGov или в ЦОН;
- выписка по счёту из банка, куда приходят выплаты.

**Для визы или кредита** часто дополнительно просят **банковскую выписку** о движении средств — её дают в приложении банка.

**Для госуслуг** (АСП, жилищная помощь, очередь на жильё) доход обычно проверяют **по базам автоматически** — справки приносить не нужно, если стандарт услуги не требует иного.

Не уверены, какой документ подойдёт, — уточните у организации, которая его просит. Вопросы по справкам eGov — **1414**.`,
      paraphrases: [
        'где взять справку о доходах',
        'справка о зарплате через егов',
        'как ип подтвердить доход',
        'какая справка нужна для визы о доходах',
      ],
    },
    kk: {
      title: 'Табысты қалай растауға болады: қандай анықтамаларды онлайн алуға болады',
      body: `eGov-та бірыңғай «табыс туралы анықтама» жоқ. Табыс сіздің кім екеніңізге және кім сұрайтынына қарай әртүрлі құжаттармен расталады.

**Жалдамалы жұмыс істесеңіз:**
1. Лауазымыңыз бен жалақыңыз туралы **жұмыс орнынан анықтама** — жұмыс берушіде (бухгалтерия, кадр бөлімі).
2. eGov-тағы **зейнетақы аударымдары туралы анықтама** — сіз үшін кім және қай айларға жарна төлегенін көрсетеді; ол арқылы табыс жанама түрде көрінеді.

**Жеке кәсіпкер:**
- **салық декларациясы** және **Салық төлеушінің кабинетіндегі** (cabinet.salyk.kz) немесе eGov-тағы табыс туралы мәліметтер;
- салық берешегінің жоқтығы туралы анықтама.

**Зейнеткер немесе жәрдемақы алушы:**
- тағайындалған зейнетақы немесе жәрдемақы туралы мәліметтер — eGov-та немесе ХҚКО-да;
- төлемдер түсетін банктен шот бойынша үзінді көшірме.

**Визаға немесе несиеге** көбіне қосымша **банк үзінді көшірмесін** сұрайды.

**Мемлекеттік қызметтерде** (АӘК, тұрғын үй көмегі, тұрғын үй кезегі) табыс әдетте **базалар бойынша автоматты түрде** тексеріледі — қызмет стандарты басқаны талап етпесе, анықтама әкелудің қажеті жоқ.

Қай құжат жарайтынын білмесеңіз, оны сұрап отырған ұйымнан нақтылаңыз. eGov анықтамалары бойынша — **1414**.`,
      paraphrases: [
        'табыс туралы анықтаманы қайдан аламын',
        'жалақы туралы анықтама eGov-та бар ма',
        'жеке кәсіпкер табысын қалай растайды',
        'визаға табыс туралы қандай анықтама керек',
      ],
    },
    en: {
      title: 'How to prove your income: which certificates can you get online',
      body: `There is no single "income certificate" on eGov. Income is proven with different documents, depending on who you are and who is asking.

**Employed:**
1. **A certificate from your workplace** stating your position and salary — from the employer (accounts or HR department).
2. **A certificate of pension contributions** on eGov — shows who paid contributions for you and for which months; it indirectly reflects your income.

**Individual entrepreneur:**
- your **tax return** and income details from the **Taxpayer's Cabinet** (cabinet.salyk.kz) or eGov;
- a certificate of no tax debt.

**Pensioner or benefit recipient:**
- details of the pension or benefit granted — on eGov or at a Public Service Centre (ЦОН);
- a statement of the bank account where the payments arrive.

**For a visa or a loan** you are often also asked for a **bank statement** of account transactions — you get it in your banking app.

**For public services** (targeted social assistance, housing allowance, the housing queue) income is usually checked **automatically in the databases** — you do not need to bring certificates unless the service standard says otherwise.

Not sure which document will do? Ask the organisation that requests it. Questions about eGov certificates: **1414**.`,
      paraphrases: [
        'where do I get proof of income',
        'salary certificate through egov',
        'how can a sole trader prove income',
        'what income document do I need for a visa',
        'income statement for a bank loan',
      ],
    },
  },
  {
    key: 'property-tax-payment',
    audience: 'public',
    tags: ['налоги', 'налог на имущество', 'оплата'],
    items: ['S16.C05.I001', 'S16.C05.I003', 'S15.C01.I017'],
    ru: {
      title: 'Налог на имущество, землю и транспорт: как узнать сумму и оплатить',
      body: `Налоги физических лиц на квартиру или дом, земельный участок и автомобиль **рассчитывают органы государственных доходов** — декларацию подавать не нужно.

**Как узнать сумму:**
1. Войдите на **egov.kz** или в **eGov Mobile** — в разделе налогов видны начисления по вашему ИИН.
2. Или откройте **Кабинет налогоплательщика** (cabinet.salyk.kz).
3. Начисления видны и в приложениях банков в разделе «Налоги».

**Как оплатить:**
1. На eGov выберите начисление и оплатите картой через платёжный шлюз.
2. Или в приложении банка: раздел «Налоги» → поиск по ИИН → оплата.
3. Или в отделении банка с удостоверением личности.

**Срок:** имущественные налоги за год платят **не позднее 1 октября следующего года**. После срока начисляется пеня, а долг может привести к ограничению операций по счетам.

**После оплаты** платёж отражается в лицевом счёте обычно в течение нескольких дней — сохраните квитанцию.

**Сумма неверная?** (продали квартиру или машину, неверная площадь, льгота не учтена) — обратитесь в управление государственных доходов по месту нахождения имущества или через Кабинет налогоплательщика с подтверждающими документами. Консультации — **1414**.`,
      paraphrases: [
        'как оплатить налог на квартиру',
        'до какого числа платить налог на имущество',
        'где посмотреть налог на машину и землю',
        'пришёл налог на проданную квартиру что делать',
        'можно ли оплатить налоги через каспи',
      ],
    },
    kk: {
      title: 'Мүлік, жер және көлік салығы: соманы қалай білуге және төлеуге болады',
      body: `Жеке тұлғалардың пәтерге немесе үйге, жер учаскесіне және көлікке салынатын салықтарын **мемлекеттік кірістер органдары есептейді** — декларация тапсырудың қажеті жоқ.

**Соманы қалай білуге болады:**
1. **egov.kz** немесе **eGov Mobile**-ға кіріңіз — салықтар бөлімінде ЖСН бойынша есептеулер көрінеді.
2. Немесе **Салық төлеушінің кабинетін** (cabinet.salyk.kz) ашыңыз.
3. Есептеулер банк қосымшаларының «Салықтар» бөлімінде де көрінеді.

**Қалай төлеуге болады:**
1. eGov-та есептеуді таңдап, төлем шлюзі арқылы картамен төлеңіз.
2. Немесе банк қосымшасында: «Салықтар» → ЖСН бойынша іздеу → төлеу.
3. Немесе банк бөлімшесінде жеке куәлікпен.

**Мерзімі:** мүлік салықтары жыл үшін **келесі жылдың 1 қазанынан кешіктірілмей** төленеді. Мерзім өткен соң өсімпұл есептеледі, ал берешек шоттағы операцияларды шектеуге әкелуі мүмкін.

**Төлегеннен кейін** төлем дербес шотта әдетте бірнеше күн ішінде көрінеді — түбіртекті сақтаңыз.

**Сома дұрыс емес пе?** (пәтерді немесе көлікті саттыңыз, аудан қате, жеңілдік ескерілмеген) — растайтын құжаттармен мүлік орналасқан жердегі мемлекеттік кірістер басқармасына немесе Салық төлеушінің кабинеті арқылы жүгініңіз. Кеңес — **1414**.`,
      paraphrases: [
        'пәтер салығын қалай төлеймін',
        'мүлік салығын қай күнге дейін төлеу керек',
        'көлік пен жер салығын қайдан көремін',
        'сатылған пәтерге салық келді, не істеймін',
      ],
    },
    en: {
      title: 'Property, land and vehicle tax: how to check the amount and pay',
      body: `Taxes that individuals pay on a flat or house, a land plot and a car are **calculated by the state revenue authorities** — you do not file a return.

**How to check the amount:**
1. Sign in to **egov.kz** or **eGov Mobile** — the tax section shows charges for your IIN.
2. Or open the **Taxpayer's Cabinet** (cabinet.salyk.kz).
3. Charges are also visible in banking apps under "Taxes".

**How to pay:**
1. On eGov, choose the charge and pay by card through the payment gateway.
2. Or in a banking app: "Taxes" → search by IIN → pay.
3. Or at a bank branch with your ID card.

**Deadline:** property taxes for a year are due **by 1 October of the following year**. After that, late-payment interest accrues and a debt may lead to restrictions on your bank accounts.

**After paying,** the payment usually shows on your tax account within a few days — keep the receipt.

**Wrong amount?** (you sold the flat or car, the area is wrong, an exemption was not applied) — contact the state revenue office where the property is located, or use the Taxpayer's Cabinet, with supporting documents. Advice: **1414**.`,
      paraphrases: [
        'how to pay property tax in Kazakhstan',
        'when is the deadline for car tax',
        'where can I see my land tax',
        'I got a tax bill for a flat I sold',
      ],
    },
  },
  {
    key: 'transport-tax',
    audience: 'public',
    tags: ['налоги', 'транспортный налог', 'автомобиль'],
    items: ['S16.C05.I002', 'S16.C05.I003'],
    ru: {
      title: 'Транспортный налог: кто платит, когда и что делать при ошибке',
      body: `Транспортный налог платит **владелец, на которого автомобиль зарегистрирован**. Сумму рассчитывают органы государственных доходов по данным регистрации: она зависит от вида транспорта и объёма двигателя.

**Как проверить и оплатить:**
1. На **egov.kz**, в **eGov Mobile** или в приложении банка откройте раздел налогов — начисление видно по ИИН.
2. Оплатите онлайн или в банке **не позднее 1 октября** года, следующего за налоговым.

**Продали машину?** Налог считается за месяцы, когда автомобиль числился за вами. Если после продажи начисления продолжаются, проверьте, переоформил ли покупатель машину: пока регистрация не изменена, налог идёт на вас.

**Машина утилизирована или угнана?** Нужно снять её с учёта в спецЦОН (при угоне — с документами из полиции), иначе налог продолжит начисляться.

**Льготы** положены отдельным категориям граждан (например, участникам и ветеранам, людям с инвалидностью — по определённым условиям). Список и условия уточняйте в органах государственных доходов.

**Неверное начисление** исправляют в управлении государственных доходов по месту жительства — лично или через Кабинет налогоплательщика. Вопросы — **1414**.`,
      paraphrases: [
        'продал машину а налог приходит',
        'до какого числа платить налог на авто',
        'как узнать транспортный налог по иину',
        'есть ли льготы по транспортному налогу',
      ],
    },
    kk: {
      title: 'Көлік салығы: кім төлейді, қашан және қате болса не істеу керек',
      body: `Көлік салығын **көлік атына тіркелген иесі** төлейді. Соманы мемлекеттік кірістер органдары тіркеу деректері бойынша есептейді: ол көлік түріне және қозғалтқыш көлеміне байланысты.

**Қалай тексеріп, төлеуге болады:**
1. **egov.kz**, **eGov Mobile** немесе банк қосымшасында салықтар бөлімін ашыңыз — есептеу ЖСН бойынша көрінеді.
2. Салық кезеңінен кейінгі жылдың **1 қазанынан кешіктірмей** онлайн немесе банкте төлеңіз.

**Көлікті саттыңыз ба?** Салық көлік сізде тіркелген айлар үшін есептеледі. Сатқаннан кейін де есептеу келе берсе, сатып алушы көлікті қайта рәсімдеді ме, тексеріңіз: тіркеу өзгермейінше салық сізге есептеледі.

**Көлік кәдеге жаратылды ма немесе айдап әкетілді ме?** Оны арнайы ХҚКО-да есептен шығару керек (айдап әкетілсе — полиция құжаттарымен), әйтпесе салық есептеле береді.

**Жеңілдіктер** азаматтардың жекелеген санаттарына (мысалы, қатысушылар мен ардагерлерге, мүгедектігі бар адамдарға — белгілі бір шарттармен) беріледі. Тізімі мен шарттарын мемлекеттік кірістер органдарынан нақтылаңыз.

**Қате есептеуді** тұрғылықты жердегі мемлекеттік кірістер басқармасы түзетеді — өзіңіз барып немесе Салық төлеушінің кабинеті арқылы. Сұрақтар — **1414**.`,
      paraphrases: [
        'көлікті саттым, бірақ салық келіп жатыр',
        'көлік салығын қай күнге дейін төлеймін',
        'ЖСН бойынша көлік салығын қалай білемін',
        'көлік салығы бойынша жеңілдік бар ма',
      ],
    },
    en: {
      title: 'Vehicle tax: who pays, when, and what to do if the charge is wrong',
      body: `Vehicle (transport) tax is paid by **the owner in whose name the vehicle is registered**. The amount is calculated by the state revenue authorities from the registration data: it depends on the type of vehicle and the engine size.

**How to check and pay:**
1. On **egov.kz**, in **eGov Mobile** or in a banking app, open the tax section — the charge is shown by your IIN.
2. Pay online or at a bank **no later than 1 October** of the year following the tax year.

**Sold the car?** The tax is charged for the months the car was registered to you. If charges continue after the sale, check whether the buyer has re-registered the car: until the registration changes, the tax is charged to you.

**Car scrapped or stolen?** It must be deregistered at a specialised Public Service Centre (спецЦОН) (if stolen, with documents from the police); otherwise the tax keeps being charged.

**Exemptions** apply to certain groups of citizens (for example, war participants and veterans, people with disabilities — under certain conditions). Check the list and conditions with the state revenue authorities.

**A wrong charge** is corrected by the state revenue office where you live — in person or through the Taxpayer's Cabinet. Questions: **1414**.`,
      paraphrases: [
        'I sold my car but still get the tax',
        'deadline for paying car tax',
        'how to check my vehicle tax by IIN',
        'are there exemptions from transport tax',
        'my car was stolen, do I still pay tax on it',
      ],
    },
  },
  {
    key: 'tax-debt-certificate',
    audience: 'public',
    tags: ['налоги', 'справки', 'задолженность'],
    items: ['S16.C01.I011', 'S16.C01.I024', 'S16.C05.I004'],
    ru: {
      title: 'Как получить справку об отсутствии налоговой задолженности',
      body: `Справку об отсутствии (наличии) задолженности по налогам и другим обязательным платежам часто просят при выезде за границу на работу, участии в тендерах, оформлении ипотеки или визы.

**Как получить онлайн:**
1. Войдите на **egov.kz** или в **eGov Mobile**.
2. Найдите услугу «Сведения об отсутствии (наличии) задолженности, учёт по которой ведётся в органах государственных доходов».
3. Подпишите запрос ЭЦП или SMS-паролем.
4. Сведения придут в **Историю получения услуг** — обычно сразу. Услуга бесплатная.

Также справку можно получить в **Кабинете налогоплательщика** (cabinet.salyk.kz) или в ЦОН.

**Если в справке есть долг:**
1. Посмотрите, по какому налогу и за какой период он числится.
2. Оплатите его на eGov или в приложении банка.
3. Через несколько дней, когда платёж отразится, закажите справку снова.

**Если долга быть не должно** (вы платили, но платёж не учтён, или начисление ошибочное), обратитесь в управление государственных доходов с квитанцией — лично или через Кабинет налогоплательщика.

Вопросы по услуге — **1414**.`,
      paraphrases: [
        'справка об отсутствии налоговой задолженности где взять',
        'как проверить есть ли долг по налогам',
        'справка что нет долгов по налогам для визы',
        'оплатил налог а в справке долг',
      ],
    },
    kk: {
      title: 'Салық берешегінің жоқтығы туралы анықтаманы қалай алуға болады',
      body: `Салықтар мен басқа да міндетті төлемдер бойынша берешектің жоқ (бар) екені туралы анықтаманы шетелге жұмысқа шыққанда, тендерлерге қатысқанда, ипотека немесе виза рәсімдегенде жиі сұрайды.

**Онлайн қалай алуға болады:**
1. **egov.kz** немесе **eGov Mobile**-ға кіріңіз.
2. «Мемлекеттік кірістер органдарында есепке алынатын берешектің жоқ (бар) екені туралы мәліметтер» қызметін табыңыз.
3. Сұрауға ЭЦҚ немесе SMS-парольмен қол қойыңыз.
4. Мәліметтер **Қызметтерді алу тарихына** келеді — әдетте бірден. Қызмет тегін.

Анықтаманы **Салық төлеушінің кабинетінен** (cabinet.salyk.kz) немесе ХҚКО-дан да алуға болады.

**Анықтамада берешек болса:**
1. Қай салық бойынша және қай кезеңге есептелгенін қараңыз.
2. Оны eGov-та немесе банк қосымшасында төлеңіз.
3. Бірнеше күннен кейін, төлем көрінгенде, анықтамаға қайта тапсырыс беріңіз.

**Берешек болмауы керек болса** (төледіңіз, бірақ төлем ескерілмеген немесе есептеу қате), түбіртекпен мемлекеттік кірістер басқармасына — өзіңіз барып немесе Салық төлеушінің кабинеті арқылы жүгініңіз.

Қызмет бойынша сұрақтар — **1414**.`,
      paraphrases: [
        'салық берешегі жоқ туралы анықтаманы қайдан аламын',
        'салық бойынша қарызым бар ма, қалай тексеремін',
        'визаға салық қарызы жоқ туралы анықтама',
        'салықты төледім, бірақ анықтамада қарыз тұр',
      ],
    },
    en: {
      title: 'How to get a certificate of no tax debt',
      body: `A certificate of the absence (or presence) of debts on taxes and other mandatory payments is often requested when you go abroad to work, take part in tenders, take out a mortgage or apply for a visa.

**How to get it online:**
1. Sign in to **egov.kz** or **eGov Mobile**.
2. Find the service "Information on the absence (presence) of debts recorded by the state revenue authorities".
3. Sign the request with your EDS or an SMS password.
4. The information arrives in your **History of services**, usually at once. The service is free.

You can also get the certificate in the **Taxpayer's Cabinet** (cabinet.salyk.kz) or at a Public Service Centre (ЦОН).

**If the certificate shows a debt:**
1. See which tax and which period it is for.
2. Pay it on eGov or in a banking app.
3. A few days later, when the payment is reflected, order the certificate again.

**If there should be no debt** (you paid but the payment was not credited, or the charge is wrong), contact the state revenue office with the receipt — in person or through the Taxpayer's Cabinet.

Questions about the service: **1414**.`,
      paraphrases: [
        'where to get a certificate that I have no tax debts',
        'how to check if I owe any taxes',
        'no tax arrears certificate for a visa',
        'I paid the tax but the certificate still shows a debt',
        'tax clearance certificate Kazakhstan',
      ],
    },
  },
  {
    key: 'bank-account-restricted-tax-debt',
    audience: 'public',
    tags: ['налоги', 'задолженность', 'арест счёта'],
    items: ['S16.C05.I005', 'S16.C05.I004'],
    ru: {
      title: 'Счёт заблокирован за долг: как узнать причину и снять ограничение',
      body: `Если банк сообщает, что по вашему счёту **приостановлены расходные операции** или наложен арест, сначала выясните, кто наложил ограничение.

**1. Органы государственных доходов** — за неоплаченные налоги.
- Проверьте долг на **egov.kz**, в **eGov Mobile** или в Кабинете налогоплательщика.
- Оплатите задолженность и пеню.
- После того как платёж поступит, ограничение снимается — обычно в течение нескольких рабочих дней. Если оно осталось, обратитесь в управление государственных доходов с квитанцией.

**2. Частный или государственный судебный исполнитель** — по кредитам, алиментам, штрафам и другим долгам по исполнительным документам.
- Проверьте исполнительные производства по ИИН в открытом **реестре должников** или через eGov.
- Свяжитесь с указанным исполнителем, уточните сумму и оплатите её; исполнитель выносит постановление о снятии ареста.

**3. Сам банк** — например, по внутренним проверкам. Причину объяснит банк.

**Важно:** с арестованного счёта нельзя списывать социальные выплаты и пособия в пределах, установленных законом; если их списали, обратитесь к исполнителю или в банк. Консультации по госуслугам — **1414**.`,
      paraphrases: [
        'арестовали карту за налоги что делать',
        'как снять арест со счёта',
        'банк заблокировал счёт из-за долга',
        'как узнать кто наложил арест на счёт',
      ],
    },
    kk: {
      title: 'Шот берешек үшін бұғатталды: себебін қалай білуге және шектеуді алуға болады',
      body: `Банк сіздің шотыңыз бойынша **шығыс операциялары тоқтатылғанын** немесе тыйым салынғанын хабарласа, алдымен шектеуді кім қойғанын анықтаңыз.

**1. Мемлекеттік кірістер органдары** — төленбеген салықтар үшін.
- Берешекті **egov.kz**, **eGov Mobile** немесе Салық төлеушінің кабинетінен тексеріңіз.
- Берешек пен өсімпұлды төлеңіз.
- Төлем түскеннен кейін шектеу алынады — әдетте бірнеше жұмыс күні ішінде. Алынбаса, түбіртекпен мемлекеттік кірістер басқармасына жүгініңіз.

**2. Жеке немесе мемлекеттік сот орындаушысы** — несиелер, алименттер, айыппұлдар және атқарушылық құжаттар бойынша басқа да берешектер үшін.
- Атқарушылық іс жүргізулерді ЖСН бойынша ашық **борышкерлер тізілімінен** немесе eGov арқылы тексеріңіз.
- Көрсетілген орындаушымен байланысып, соманы нақтылап, төлеңіз; орындаушы тыйымды алу туралы қаулы шығарады.

**3. Банктің өзі** — мысалы, ішкі тексерулер бойынша. Себебін банк түсіндіреді.

**Маңызды:** тыйым салынған шоттан әлеуметтік төлемдер мен жәрдемақыларды заңда белгіленген шекте өндіріп алуға болмайды; егер өндірілсе, орындаушыға немесе банкке жүгініңіз. Мемлекеттік қызметтер бойынша кеңес — **1414**.`,
      paraphrases: [
        'салық үшін картама тыйым салынды, не істеймін',
        'шоттан тыйымды қалай алуға болады',
        'банк шотымды қарыз үшін бұғаттады',
        'шотқа кім тыйым салғанын қалай білемін',
      ],
    },
    en: {
      title: 'Bank account blocked over a debt: how to find out why and lift the restriction',
      body: `If your bank tells you that **outgoing transactions are suspended** on your account or that it has been seized, first find out who imposed the restriction.

**1. The state revenue authorities** — for unpaid taxes.
- Check the debt on **egov.kz**, in **eGov Mobile** or in the Taxpayer's Cabinet.
- Pay the debt and the late-payment interest.
- Once the payment arrives, the restriction is lifted — usually within a few working days. If it remains, contact the state revenue office with the receipt.

**2. A private or state bailiff (enforcement officer)** — for loans, alimony, fines and other debts under enforcement documents.
- Check enforcement proceedings by IIN in the public **register of debtors** or via eGov.
- Contact the bailiff named there, confirm the amount and pay it; the bailiff issues an order lifting the seizure.

**3. The bank itself** — for example, because of internal checks. The bank will explain the reason.

**Important:** social payments and benefits cannot be taken from a seized account within the limits set by law; if they were taken, contact the bailiff or the bank. Advice on public services: **1414**.`,
      paraphrases: [
        'my card was frozen for unpaid taxes',
        'how to remove the arrest from my bank account',
        'bank blocked my account because of a debt',
        'how to find out who froze my account',
        'bailiff seized my account, what now',
      ],
    },
  },
  {
    key: 'iin-for-foreigners',
    audience: 'public',
    tags: ['иин', 'иностранцы', 'цон'],
    ru: {
      title: 'ИИН для иностранца: как получить в Казахстане',
      body: `**Индивидуальный идентификационный номер (ИИН)** нужен иностранцу, чтобы открыть счёт в банке, зарегистрировать SIM-карту, работать, учиться, купить недвижимость или получить госуслуги.

**Кто получает автоматически:** иностранцы, которым выдан вид на жительство, — ИИН присваивается вместе с ним.

**Как получить ИИН в остальных случаях:**
1. Обратитесь в **любой ЦОН** (удобнее по предварительной записи).
2. Возьмите **паспорт** иностранного гражданина. Как правило, нужен и его **нотариально засвидетельствованный перевод** на казахский или русский язык — уточните требования в ЦОН заранее.
3. Заполните заявление на месте; сотрудник проверит документы.
4. Получите **свидетельство (уведомление) об ИИН**. Срок указан в стандарте услуги на egov.kz; часто ИИН присваивают быстро.

**Для лиц без гражданства** — с документом лица без гражданства.

**ИИН присваивается один раз и не меняется,** даже если вы сменили паспорт. При смене паспорта сообщите новые данные в ЦОН, чтобы избежать ошибок в базах.

Вопросы о процедуре — в ЦОН или по номеру **1414** (звонок из Казахстана).`,
      paraphrases: [
        'как иностранцу получить иин',
        'где оформить иин гражданину россии',
        'нужен иин для открытия счёта в банке',
        'сколько делается иин для иностранца',
      ],
    },
    kk: {
      title: 'Шетелдікке ЖСН: Қазақстанда қалай алуға болады',
      body: `**Жеке сәйкестендіру нөмірі (ЖСН)** шетелдікке банкте шот ашу, SIM-картаны тіркеу, жұмыс істеу, оқу, жылжымайтын мүлік сатып алу немесе мемлекеттік қызметтер алу үшін қажет.

**Автоматты түрде кім алады:** тұруға ықтиярхат берілген шетелдіктер — ЖСН онымен бірге беріледі.

**Басқа жағдайларда ЖСН-ды қалай алуға болады:**
1. **Кез келген ХҚКО-ға** жүгініңіз (алдын ала жазылған ыңғайлы).
2. Шетел азаматының **паспортын** алыңыз. Әдетте оның қазақ немесе орыс тіліне **нотариат куәландырған аудармасы** да қажет — талаптарды ХҚКО-дан алдын ала нақтылаңыз.
3. Өтінішті сол жерде толтырыңыз; қызметкер құжаттарды тексереді.
4. **ЖСН туралы куәлікті (хабарламаны)** алыңыз. Мерзімі egov.kz сайтындағы қызмет стандартында көрсетілген; көбіне ЖСН тез беріледі.

**Азаматтығы жоқ адамдарға** — азаматтығы жоқ адамның құжатымен.

**ЖСН бір рет беріледі және өзгермейді,** тіпті паспортыңызды ауыстырсаңыз да. Паспорт ауысса, базаларда қате болмауы үшін жаңа деректерді ХҚКО-ға хабарлаңыз.

Рәсім туралы сұрақтар — ХҚКО-да немесе **1414** нөмірі арқылы (Қазақстаннан қоңырау).`,
      paraphrases: [
        'шетел азаматы ЖСН-ды қалай алады',
        'Ресей азаматына ЖСН қайда рәсімделеді',
        'банк шотын ашуға ЖСН керек',
        'шетелдікке ЖСН қанша уақытта беріледі',
      ],
    },
    en: {
      title: 'IIN for foreigners: how to get one in Kazakhstan',
      body: `An **individual identification number (IIN)** is what a foreigner needs to open a bank account, register a SIM card, work, study, buy property or use public services.

**Who gets it automatically:** foreigners who receive a residence permit — the IIN is assigned together with the permit.

**How to get an IIN otherwise:**
1. Go to **any Public Service Centre (ЦОН)** — booking a slot in advance is easier.
2. Bring your **passport**. As a rule you also need a **notarised translation** of it into Kazakh or Russian — check the requirements with the centre beforehand.
3. Fill in the application on site; the officer checks your documents.
4. Receive the **IIN certificate (notice)**. The term is set in the service standard on egov.kz; the number is often assigned quickly.

**Stateless persons** apply with their stateless person's document.

**An IIN is assigned once and never changes,** even if you get a new passport. When your passport changes, give the new details to a ЦОН to avoid mismatches in the databases.

Questions: any ЦОН or **1414** (from a Kazakhstan phone).`,
      paraphrases: [
        'how can a foreigner get an IIN in Kazakhstan',
        'I need an IIN to open a bank account',
        'where to apply for IIN as a Russian citizen',
        'how long does it take to get an IIN',
      ],
    },
  },
  {
    key: 'kindergarten-queue',
    audience: 'public',
    tags: ['детский сад', 'очередь', 'дети', 'egov'],
    items: ['S12.C01.I001', 'S12.C01.I002', 'S12.C01.I003'],
    ru: {
      title: 'Как поставить ребёнка в очередь в детский сад и узнать номер',
      body: `Очередь в государственные детские сады (и частные сады с госзаказом) ведётся **в электронном виде**. Встать в неё можно сразу после рождения ребёнка — иногда это происходит автоматически при проактивной регистрации рождения.

**Как встать в очередь:**
1. Войдите на **egov.kz** или в **eGov Mobile**.
2. Найдите услугу «Постановка на очередь детей дошкольного возраста для направления в дошкольные организации».
3. Выберите ребёнка, желаемые детские сады и год поступления; если есть право на **льготу** (многодетная семья, инвалидность и др.), укажите это.
4. Подпишите заявление ЭЦП или SMS-паролем.

**Как узнать номер в очереди:** в личном кабинете eGov по ИИН ребёнка или на региональном портале очереди в детсады.

**Когда подошла очередь,** придёт уведомление о **направлении** в детский сад. Подтвердите его и отнесите документы в сад в срок, указанный в уведомлении, — иначе направление аннулируют.

**Если номер не двигается** или очередь сбросилась, обратитесь в отдел образования города. Жители Костаная могут задать вопрос через центр **109**; по работе портала — **1414**.`,
      paraphrases: [
        'как встать в очередь в садик',
        'узнать номер очереди в детский сад по иин',
        'пришло направление в детский сад что делать',
        'очередь в сад не двигается',
        'можно ли поменять садик в очереди',
      ],
    },
    kk: {
      title: 'Баланы балабақшаға кезекке қалай қоюға және кезек нөмірін білуге болады',
      body: `Мемлекеттік балабақшаларға (және мемлекеттік тапсырысы бар жеке балабақшаларға) кезек **электрондық түрде** жүргізіледі. Оған бала туғаннан кейін бірден тұруға болады — кейде бұл туу фактісін проактивті тіркеу кезінде автоматты түрде жасалады.

**Кезекке қалай тұруға болады:**
1. **egov.kz** немесе **eGov Mobile**-ға кіріңіз.
2. «Мектепке дейінгі ұйымдарға жолдама беру үшін мектепке дейінгі жастағы балаларды кезекке қою» қызметін табыңыз.
3. Баланы, қалаған балабақшаларды және бару жылын таңдаңыз; **жеңілдікке** құқығыңыз болса (көпбалалы отбасы, мүгедектік және т.б.), оны көрсетіңіз.
4. Өтінішке ЭЦҚ немесе SMS-парольмен қол қойыңыз.

**Кезек нөмірін қалай білуге болады:** eGov жеке кабинетінде баланың ЖСН-ы бойынша немесе балабақшаға кезектің өңірлік порталында.

**Кезек жеткенде** балабақшаға **жолдама** туралы хабарлама келеді. Оны растап, құжаттарды хабарламада көрсетілген мерзімде балабақшаға апарыңыз — әйтпесе жолдама жойылады.

**Нөмір жылжымаса** немесе кезек түсіп қалса, қалалық білім бөліміне жүгініңіз. Қостанай тұрғындары **109** орталығы арқылы сұрақ қоя алады; портал жұмысы бойынша — **1414**.`,
      paraphrases: [
        'балабақшаға кезекке қалай тұрамын',
        'балабақша кезегінің нөмірін ЖСН бойынша білу',
        'балабақшаға жолдама келді, не істеу керек',
        'балабақша кезегі жылжымай тұр',
      ],
    },
    en: {
      title: 'How to put your child on the kindergarten waiting list and check the place',
      body: `The waiting list for state kindergartens (and private ones with state-funded places) is kept **electronically**. You can join it right after the child is born — sometimes this happens automatically with proactive birth registration.

**How to join:**
1. Sign in to **egov.kz** or **eGov Mobile**.
2. Find the service for placing preschool children on the waiting list for kindergartens.
3. Choose the child, preferred kindergartens and the year of entry; if you are entitled to **priority** (large family, disability, etc.), say so.
4. Sign with your EDS or an SMS password.

**How to check your place:** in your eGov account by the child's IIN, or on the regional kindergarten queue portal.

**When your turn comes,** you are notified of a **referral** to a kindergarten. Confirm it and take the documents to the kindergarten within the time given in the notice, or the referral is cancelled.

**If your number does not move** or the place was lost, contact the city education department. Kostanay residents can ask via the city centre **109**; portal issues: **1414**.`,
      paraphrases: [
        'how to register my child for kindergarten in Kazakhstan',
        'check kindergarten queue number by IIN',
        'we got a kindergarten referral, what next',
        'how to enrol a child in nursery school',
      ],
    },
  },
  {
    key: 'school-first-grade-enrolment',
    audience: 'public',
    tags: ['школа', 'первый класс', 'дети', 'egov'],
    items: ['S12.C02.I021', 'S12.C02.I023'],
    ru: {
      title: 'Как записать ребёнка в первый класс через eGov',
      body: `В первый класс принимают детей, которым **до начала учебного года исполняется 6 лет**. Заявление можно подать онлайн — в сроки приёмной кампании, которые объявляет управление образования (обычно весной и летом).

**Как подать:**
1. Войдите на **egov.kz** или в **eGov Mobile** и найдите услугу приёма документов для зачисления в школу (начальное образование).
2. Выберите ребёнка и школу. Школы обязаны в первую очередь принимать детей, которые живут на **закреплённой за школой территории** — проверьте, к какой школе относится ваш адрес.
3. Прикрепите или укажите нужные сведения (медицинские документы ребёнка — в том виде, как требует стандарт услуги).
4. Подпишите заявление ЭЦП или SMS-паролем.
5. Следите за статусом в **Истории получения услуг**; результат — уведомление о зачислении или мотивированный отказ.

**Медицинские документы** (паспорт здоровья, сведения о прививках) оформите в поликлинике заранее — перед началом приёмной кампании очереди больше.

**Отказали в школе по месту жительства** или нет мест? Обратитесь в городской отдел образования. В Костанае вопрос можно оставить через центр **109**. Технические вопросы по eGov — **1414**.`,
      paraphrases: [
        'как записать в первый класс онлайн',
        'когда начинается приём в первый класс',
        'не берут в школу по прописке',
        'какие документы нужны в первый класс',
        'ребёнку 6 лет, можно ли в школу',
      ],
    },
    kk: {
      title: 'Баланы бірінші сыныпқа eGov арқылы қалай жазуға болады',
      body: `Бірінші сыныпқа **оқу жылы басталғанға дейін 6 жасқа толатын** балалар қабылданады. Өтінішті білім басқармасы жариялайтын қабылдау науқанының мерзімінде (әдетте көктем мен жазда) онлайн беруге болады.

**Қалай беруге болады:**
1. **egov.kz** немесе **eGov Mobile**-ға кіріп, мектепке (бастауыш білім) қабылдау үшін құжаттарды қабылдау қызметін табыңыз.
2. Баланы және мектепті таңдаңыз. Мектептер ең алдымен **мектепке бекітілген аумақта** тұратын балаларды қабылдауға міндетті — мекенжайыңыз қай мектепке жататынын тексеріңіз.
3. Қажетті мәліметтерді тіркеңіз немесе көрсетіңіз (баланың медициналық құжаттары — қызмет стандарты талап ететін түрде).
4. Өтінішке ЭЦҚ немесе SMS-парольмен қол қойыңыз.
5. Мәртебесін **Қызметтерді алу тарихынан** қадағалаңыз; нәтижесі — қабылдау туралы хабарлама немесе дәлелді бас тарту.

**Медициналық құжаттарды** (денсаулық паспорты, екпелер туралы мәліметтер) емханада алдын ала рәсімдеңіз — қабылдау науқаны алдында кезек көбейеді.

**Тұрғылықты жердегі мектеп қабылдамады ма** немесе орын жоқ па? Қалалық білім бөліміне жүгініңіз. Қостанайда сұрақты **109** орталығы арқылы қалдыруға болады. eGov бойынша техникалық сұрақтар — **1414**.`,
      paraphrases: [
        'баланы бірінші сыныпқа онлайн қалай жазамын',
        'бірінші сыныпқа қабылдау қашан басталады',
        'тіркелген жер бойынша мектепке алмай жатыр',
        'бірінші сыныпқа қандай құжаттар керек',
      ],
    },
    en: {
      title: 'How to enrol your child in first grade through eGov',
      body: `Children who **turn 6 before the start of the school year** are admitted to first grade. You can apply online during the admission campaign announced by the education department (usually in spring and summer).

**How to apply:**
1. Sign in to **egov.kz** or **eGov Mobile** and find the service for accepting documents for admission to school (primary education).
2. Choose the child and the school. Schools must first admit children who live in the **catchment area assigned to the school** — check which school your address belongs to.
3. Attach or provide the required information (the child's medical documents — in the form the service standard requires).
4. Sign the application with your EDS or an SMS password.
5. Follow the status in your **History of services**; the result is a notice of enrolment or a reasoned refusal.

**Medical documents** (health passport, vaccination records) — get them from your polyclinic in advance; queues are longer just before the admission campaign starts.

**Refused at your local school** or no places? Contact the city education department. In Kostanay you can raise the issue via the city centre **109**. Technical questions about eGov: **1414**.`,
      paraphrases: [
        'how to sign up for first grade online',
        'when does first grade registration start',
        'the school near our home will not take my child',
        'what documents are needed for first grade',
        'my child is 6, can he start school',
      ],
    },
  },
  {
    key: 'real-estate-certificate',
    audience: 'public',
    tags: ['недвижимость', 'справки', 'egov'],
    items: ['S16.C01.I003', 'S16.C01.I004', 'S16.C01.I016', 'S16.C01.I017'],
    ru: {
      title: 'Справка о наличии или отсутствии недвижимости: как получить на eGov',
      body: `На eGov можно получить два вида справок о недвижимости.

**1. Справка о зарегистрированных правах (обременениях) на недвижимое имущество и его технических характеристиках** — по конкретному объекту: кто собственник, есть ли залог или арест, площадь. Нужна при продаже, ипотеке, у нотариуса.

**2. Справка о наличии или отсутствии недвижимого имущества** — о том, есть ли у человека жильё и другая недвижимость по всей стране. Нужна для очереди на жильё, жилищной помощи, программ «Отбасы банка».

**Как получить:**
1. Войдите на **egov.kz** или в **eGov Mobile**.
2. В поиске введите название нужной справки и нажмите **Заказать услугу онлайн**.
3. Для справки по объекту укажите его адрес или кадастровый номер.
4. Подпишите запрос ЭЦП или SMS-паролем — справка придёт в **Историю получения услуг**, обычно за несколько минут.

**Сведения о чужой недвижимости** выдаются только в случаях, предусмотренных законом.

**Если в справке ошибка** (нет вашей квартиры, неверная площадь, старый арест) — обратитесь в ЦОН: сведения регистра недвижимости ведёт Госкорпорация «Правительство для граждан». Арест снимает орган, который его наложил. Вопросы — **1414**.`,
      paraphrases: [
        'справка об отсутствии жилья для очереди',
        'как получить справку о недвижимости онлайн',
        'справка есть ли на квартире арест или залог',
        'справка что у меня нет квартиры',
        'в справке не отображается моя квартира',
      ],
    },
    kk: {
      title: 'Жылжымайтын мүліктің бар немесе жоқ екені туралы анықтама: eGov-тан қалай алуға болады',
      body: `eGov-тан жылжымайтын мүлік туралы анықтаманың екі түрін алуға болады.

**1. Жылжымайтын мүлікке тіркелген құқықтар (ауыртпалықтар) және оның техникалық сипаттамалары туралы анықтама** — нақты объект бойынша: меншік иесі кім, кепіл немесе тыйым бар ма, ауданы. Сату, ипотека кезінде, нотариусқа керек.

**2. Жылжымайтын мүліктің бар немесе жоқ екені туралы анықтама** — адамның бүкіл ел бойынша тұрғын үйі мен басқа мүлкі бар-жоғы туралы. Тұрғын үй кезегіне, тұрғын үй көмегіне, «Отбасы банк» бағдарламаларына керек.

**Қалай алуға болады:**
1. **egov.kz** немесе **eGov Mobile**-ға кіріңіз.
2. Іздеу жолына қажетті анықтаманың атауын жазып, **Қызметке онлайн тапсырыс беру** батырмасын басыңыз.
3. Объект бойынша анықтама үшін оның мекенжайын немесе кадастрлық нөмірін көрсетіңіз.
4. Сұрауға ЭЦҚ немесе SMS-парольмен қол қойыңыз — анықтама әдетте бірнеше минутта **Қызметтерді алу тарихына** келеді.

**Бөтен адамның мүлкі туралы мәліметтер** тек заңда көзделген жағдайларда беріледі.

**Анықтамада қате болса** (пәтеріңіз жоқ, аудан қате, ескі тыйым тұр) — ХҚКО-ға жүгініңіз: жылжымайтын мүлік тіркелімін «Азаматтарға арналған үкімет» мемлекеттік корпорациясы жүргізеді. Сұрақтар — **1414**.`,
      paraphrases: [
        'кезекке тұру үшін баспанам жоқ туралы анықтама',
        'жылжымайтын мүлік туралы анықтаманы онлайн алу',
        'пәтерде тыйым немесе кепіл бар ма, қалай тексеремін',
        'анықтамада пәтерім көрсетілмей тұр',
      ],
    },
    en: {
      title: 'Certificate of owning (or not owning) real estate: how to get it on eGov',
      body: `eGov issues two kinds of real estate certificates.

**1. Certificate of registered rights (encumbrances) to a property and its technical details** — for a specific property: who the owner is, whether there is a mortgage or seizure, the floor area. Needed for a sale, a mortgage or a notary.

**2. Certificate of owning or not owning real estate** — whether a person owns housing or other property anywhere in the country. Needed for the housing waiting list, housing allowance and Otbasy Bank programmes.

**How to get it:**
1. Sign in to **egov.kz** or **eGov Mobile**.
2. Search for the certificate you need and press **Order the service online**.
3. For a property certificate, enter the address or cadastral number.
4. Sign with your EDS or an SMS password — the certificate arrives in your **History of services**, usually within minutes.

**Information about someone else's property** is only given where the law allows it.

**If the certificate is wrong** (your flat is missing, wrong area, an old seizure) — go to a Public Service Centre (ЦОН): the real estate register is kept by the State Corporation "Government for Citizens". Questions: **1414**.`,
      paraphrases: [
        'certificate that I own no housing in Kazakhstan',
        'how to check if a flat has a mortgage or seizure',
        'real estate certificate online egov',
      ],
    },
  },
  {
    key: 'real-estate-rights-registration',
    audience: 'public',
    tags: ['недвижимость', 'техпаспорт', 'регистрация прав'],
    items: ['S16.C02.I009', 'S16.C02.I010', 'S16.C02.I019', 'S16.C02.I020'],
    ru: {
      title: 'Регистрация права собственности и техпаспорт на квартиру или дом',
      body: `Право собственности на недвижимость возникает с момента **государственной регистрации** в регистре недвижимости, который ведёт Госкорпорация «Правительство для граждан».

**Купили квартиру у другого человека:**
1. Сделку удостоверяет **нотариус**; он проверяет сведения по базам.
2. Как правило, нотариус сам направляет документы на регистрацию в электронном виде — ходить в ЦОН не нужно.
3. Через несколько рабочих дней проверьте результат: закажите на eGov **справку о зарегистрированных правах**.

**Новостройка, наследство, решение суда, дом на своей земле:** подайте заявление на регистрацию в **ЦОН** или на eGov (если услуга доступна онлайн), приложив правоустанавливающие документы. Оплатите сбор — размер на странице услуги.

**Технический паспорт** нужен для новых объектов, после перепланировки или реконструкции и по требованию банка или нотариуса:
1. Закажите услугу в ЦОН или на eGov.
2. Специалист Госкорпорации приедет на замеры.
3. Оплатите работы по тарифу и получите техпаспорт.

**Если регистрацию приостановили или отказали,** в уведомлении указана причина и что донести. Вопросы — **1414**.`,
      paraphrases: [
        'как зарегистрировать квартиру после покупки',
        'где заказать техпаспорт на дом',
        'нужно ли идти в цон после сделки у нотариуса',
        'как оформить право собственности на новостройку',
        'техпаспорт после перепланировки',
      ],
    },
    kk: {
      title: 'Пәтерге немесе үйге меншік құқығын тіркеу және техникалық паспорт',
      body: `Жылжымайтын мүлікке меншік құқығы «Азаматтарға арналған үкімет» мемлекеттік корпорациясы жүргізетін тіркелімде **мемлекеттік тіркелген** сәттен бастап туындайды.

**Пәтерді басқа адамнан сатып алсаңыз:**
1. Мәмілені **нотариус** куәландырады; ол мәліметтерді базалар бойынша тексереді.
2. Әдетте нотариус құжаттарды тіркеуге өзі электрондық түрде жібереді — ХҚКО-ға барудың қажеті жоқ.
3. Бірнеше жұмыс күнінен кейін нәтижені тексеріңіз: eGov-тан **тіркелген құқықтар туралы анықтамаға** тапсырыс беріңіз.

**Жаңа үй, мұра, сот шешімі, өз жеріңіздегі үй:** құқық белгілейтін құжаттарды қоса беріп, тіркеуге **ХҚКО-да** немесе eGov-та (қызмет онлайн қолжетімді болса) өтініш беріңіз. Алымды төлеңіз — мөлшері қызмет бетінде.

**Техникалық паспорт** жаңа объектілерге, қайта жоспарлаудан немесе реконструкциядан кейін және банк немесе нотариус талап еткенде қажет:
1. Қызметке ХҚКО-да немесе eGov-та тапсырыс беріңіз.
2. Мемлекеттік корпорацияның маманы өлшеуге келеді.
3. Жұмыстарды тариф бойынша төлеп, техникалық паспортты алыңыз.

**Тіркеу тоқтатылса немесе бас тартылса,** хабарламада себебі және не жеткізу керегі көрсетіледі. Сұрақтар — **1414**.`,
      paraphrases: [
        'пәтерді сатып алғаннан кейін қалай тіркеймін',
        'үйге техпаспортты қайдан тапсырыс беремін',
        'нотариустан кейін ХҚКО-ға бару керек пе',
        'жаңа үйге меншік құқығын қалай рәсімдеймін',
      ],
    },
    en: {
      title: 'How to register ownership and get a technical passport for a flat or house',
      body: `Ownership of real estate arises from the moment of **state registration** in the real estate register kept by the State Corporation "Government for Citizens".

**Bought a flat from another person:**
1. The transaction is certified by a **notary**, who checks the information in the databases.
2. As a rule, the notary sends the documents for registration electronically — you do not need to go to a Public Service Centre (ЦОН).
3. After a few working days, check the result: order a **certificate of registered rights** on eGov.

**New build, inheritance, court decision, a house on your own land:** apply for registration at a **ЦОН** or on eGov (if the service is available online), attaching the title documents. Pay the fee — the amount is on the service page.

**A technical passport** is needed for new properties, after replanning or reconstruction, and when a bank or notary asks for it:
1. Order the service at a ЦОН or on eGov.
2. A State Corporation specialist comes to take measurements.
3. Pay for the work at the set rate and receive the technical passport.

**If registration is suspended or refused,** the notice gives the reason and what you need to provide. Questions: **1414**.`,
      paraphrases: [
        'how to register a flat after buying it',
        'where to order a technical passport for a house',
        'do I need to go to CON after the deal at the notary',
        'how to register ownership of a new build apartment',
        'tech passport after redoing the layout',
      ],
    },
  },
  {
    key: 'land-plot-documents',
    audience: 'public',
    tags: ['земля', 'земельный участок', 'документы'],
    items: ['S15.C01.I018', 'S15.C01.I006', 'S15.C01.I007', 'S15.C01.I008'],
    ru: {
      title: 'Документы на земельный участок: идентификационный документ и кадастровый номер',
      body: `Главный документ на участок — **идентификационный документ на земельный участок**. В нём указаны кадастровый номер, площадь, целевое назначение, делимость и ограничения. Его изготавливает Госкорпорация «Правительство для граждан».

**Когда он нужен:** после решения акимата о предоставлении участка, при выкупе, разделе или объединении участков, изменении целевого назначения, утере старого документа.

**Как получить:**
1. Подайте заявление в **ЦОН** или на **egov.kz**, если услуга доступна онлайн.
2. Приложите правоустанавливающий документ (решение акимата, договор, свидетельство о наследстве), если сведений о нём нет в базах.
3. Оплатите работы по тарифу.
4. Получите документ в указанный срок; право на участок регистрируется в регистре недвижимости.

**Как проверить участок:** по кадастровому номеру на **публичной кадастровой карте** можно увидеть границы и назначение; сведения о правах и обременениях — в справке о зарегистрированных правах на eGov.

**Спор о границах с соседом** решается через земельную инспекцию или суд; вопросы предоставления и изменения назначения земли — к отделу земельных отношений акимата. В Костанае обратиться можно через центр **109**.`,
      paraphrases: [
        'как получить идентификационный документ на землю',
        'где узнать кадастровый номер участка',
        'потерял документы на участок',
        'как оформить землю под домом',
      ],
    },
    kk: {
      title: 'Жер учаскесіне құжаттар: сәйкестендіру құжаты және кадастрлық нөмір',
      body: `Учаскенің негізгі құжаты — **жер учаскесінің сәйкестендіру құжаты**. Онда кадастрлық нөмір, аудан, нысаналы мақсат, бөлінетіні және шектеулер көрсетіледі. Оны «Азаматтарға арналған үкімет» мемлекеттік корпорациясы дайындайды.

**Қашан қажет:** әкімдік учаске беру туралы шешім шығарғаннан кейін, сатып алу, учаскелерді бөлу немесе біріктіру, нысаналы мақсатты өзгерту кезінде, ескі құжат жоғалғанда.

**Қалай алуға болады:**
1. **ХҚКО-ға** немесе қызмет онлайн қолжетімді болса **egov.kz** порталына өтініш беріңіз.
2. Құқық белгілейтін құжатты (әкімдік шешімі, шарт, мұраға құқық туралы куәлік) қоса беріңіз, егер ол туралы мәліметтер базаларда болмаса.
3. Жұмыстарды тариф бойынша төлеңіз.
4. Құжатты белгіленген мерзімде алыңыз; құқық тіркелімде тіркеледі.

**Учаскені қалай тексеруге болады:** кадастрлық нөмір бойынша **жария кадастрлық картада** шекаралары мен мақсатын көруге болады; құқықтар мен ауыртпалықтар туралы мәліметтер — eGov-тағы тіркелген құқықтар туралы анықтамада.

**Көршімен шекара дауы** жер инспекциясы немесе сот арқылы шешіледі; жер беру және мақсатын өзгерту мәселелері — әкімдіктің жер қатынастары бөліміне. Қостанайда **109** орталығы арқылы жүгінуге болады.`,
      paraphrases: [
        'жерге сәйкестендіру құжатын қалай аламын',
        'учаскенің кадастрлық нөмірін қайдан білемін',
        'жер құжаттарым жоғалды',
        'үйдің астындағы жерді қалай рәсімдеймін',
      ],
    },
    en: {
      title: 'Land plot documents: how to get the identification document and cadastral number',
      body: `The main document for a plot is the **identification document for the land plot**. It gives the cadastral number, area, designated purpose, divisibility and restrictions. It is prepared by the State Corporation "Government for Citizens".

**When you need it:** after the akimat decides to grant you a plot, when buying out, dividing or merging plots, when changing the designated purpose, or when the old document is lost.

**How to get it:**
1. Apply at a **Public Service Centre (ЦОН)** or on **egov.kz**, if the service is available online.
2. Attach the title document (akimat decision, contract, certificate of inheritance) if it is not in the databases.
3. Pay for the work at the set rate.
4. Receive the document within the stated term; the right to the plot is registered in the real estate register.

**How to check a plot:** by the cadastral number on the **public cadastral map** you can see its boundaries and purpose; information on rights and encumbrances is in the certificate of registered rights on eGov.

**A boundary dispute with a neighbour** is settled through the land inspectorate or the court; questions of granting land and changing its purpose go to the akimat's land relations department. In Kostanay you can contact it via the city centre **109**.`,
      paraphrases: [
        'how to get the identification document for my land',
        'where to find the cadastral number of a plot',
        'lost the documents for my land plot',
        'how to register the land under my house',
        'boundary dispute with my neighbour',
      ],
    },
  },
  {
    key: 'land-plot-izhs-queue',
    audience: 'public',
    tags: ['земля', 'ижс', 'очередь', 'акимат'],
    items: ['S15.C01.I001', 'S15.C01.I011'],
    ru: {
      title: 'Как встать в очередь на земельный участок под ИЖС и узнать свой номер',
      body: `Гражданин Казахстана имеет право **один раз бесплатно** получить земельный участок для индивидуального жилищного строительства (ИЖС). Участки распределяет **местный исполнительный орган (акимат)** по мере их подготовки, в порядке очереди.

**Как встать в очередь:**
1. Войдите на **egov.kz** или в **eGov Mobile**.
2. Найдите услугу о предоставлении земельного участка для индивидуального жилищного строительства.
3. Выберите населённый пункт (город или район) и подпишите заявление ЭЦП.
4. Система проверит, не получали ли вы бесплатный участок ранее; результат и номер в очереди придут в личный кабинет.

**Как узнать номер в очереди:** в личном кабинете eGov или на портале/в списках, которые публикует акимат.

**Когда подойдёт очередь,** вам предложат участок; после согласия акимат принимает решение, а затем оформляется **идентификационный документ** и регистрируется право.

**Важно:** сохраняйте актуальный номер телефона и адрес — по ним с вами связываются. Очередь может двигаться годами: это зависит от того, сколько участков акимат подготовит с инженерными сетями.

Вопросы о движении очереди в Костанае — в отдел земельных отношений через центр **109**.`,
      paraphrases: [
        'как получить бесплатную землю под дом',
        'очередь на участок ижс номер',
        'как встать в очередь на землю через егов',
        'когда дадут участок по очереди',
      ],
    },
    kk: {
      title: 'ЖТҚ үшін жер учаскесіне кезекке қалай тұруға және нөміріңізді білуге болады',
      body: `Қазақстан азаматының жеке тұрғын үй құрылысы (ЖТҚ) үшін жер учаскесін **бір рет тегін** алуға құқығы бар. Учаскелерді **жергілікті атқарушы орган (әкімдік)** дайындалуына қарай кезек тәртібімен бөледі.

**Кезекке қалай тұруға болады:**
1. **egov.kz** немесе **eGov Mobile**-ға кіріңіз.
2. Жеке тұрғын үй құрылысы үшін жер учаскесін беру қызметін табыңыз.
3. Елді мекенді (қаланы немесе ауданды) таңдап, өтінішке ЭЦҚ-мен қол қойыңыз.
4. Жүйе бұрын тегін учаске алмағаныңызды тексереді; нәтиже мен кезектегі нөмір жеке кабинетке келеді.

**Кезек нөмірін қалай білуге болады:** eGov жеке кабинетінде немесе әкімдік жариялайтын порталда/тізімдерде.

**Кезек жеткенде** сізге учаске ұсынылады; келісім бергеннен кейін әкімдік шешім қабылдайды, содан соң **сәйкестендіру құжаты** рәсімделіп, құқық тіркеледі.

**Маңызды:** телефон нөміріңіз бен мекенжайыңызды өзекті ұстаңыз — сізбен солар арқылы байланысады. Кезек жылдар бойы жылжуы мүмкін: бұл әкімдік инженерлік желілері бар қанша учаске дайындайтынына байланысты.

Қостанайдағы кезектің жылжуы туралы сұрақтар — **109** орталығы арқылы жер қатынастары бөліміне.`,
      paraphrases: [
        'үй салуға тегін жерді қалай аламын',
        'ЖТҚ учаскесіне кезектегі нөмірімді қалай білемін',
        'eGov арқылы жерге кезекке тұру',
        'кезек бойынша учаскені қашан береді',
      ],
    },
    en: {
      title: 'How to join the queue for a free plot for building a house (IZhS)',
      body: `A citizen of Kazakhstan is entitled to receive a land plot for individual housing construction (IZhS) **free of charge once**. Plots are allocated by the **local executive body (akimat)** in queue order as they are prepared.

**How to join the queue:**
1. Sign in to **egov.kz** or **eGov Mobile**.
2. Find the service for granting a land plot for individual housing construction.
3. Choose the locality (city or district) and sign with your EDS.
4. The system checks that you have not had a free plot before; the result and your place in the queue arrive in your personal account.

**How to check your number:** in your eGov account, or on the portal or lists published by the akimat.

**When your turn comes,** you are offered a plot; once you agree, the akimat issues a decision, then the **identification document** is prepared and the right is registered.

**Important:** keep your phone number and address current — that is how you are contacted. The queue can take years, depending on how many serviced plots the akimat prepares.

Questions about the queue in Kostanay: the land relations department via the city centre **109**.`,
      paraphrases: [
        'how to get free land for a house in Kazakhstan',
        'check my place in the land plot queue',
        'apply for an IZhS plot on egov',
      ],
    },
  },
  {
    key: 'military-registration',
    audience: 'public',
    tags: ['воинский учёт', 'приписка', 'документы'],
    ru: {
      title: 'Воинский учёт: приписка, постановка на учёт при переезде',
      body: `Воинский учёт ведут **местные органы военного управления** — управления (отделы) по делам обороны города или района.

**Приписка к призывному участку.** Юноши проходят её в год, когда им исполняется **17 лет**, — по повестке или обратившись самостоятельно. Возьмите удостоверение личности или свидетельство о рождении, фотографии и документы об учёбе; будет медицинская комиссия.

**Переезд.** Призывники и военнообязанные (мужчины, а также женщины с военно-учётными специальностями) при смене места жительства должны **встать на учёт по новому адресу**. Обычно после регистрации по месту жительства нужно явиться в управление по делам обороны с удостоверением личности и военным билетом или приписным свидетельством. Если в вашем регионе услуга доступна онлайн, она будет на egov.kz.

**Утерян военный билет** — обратитесь в управление по делам обороны по месту учёта для получения дубликата.

**Отсрочка от призыва** (учёба, семейные обстоятельства, здоровье) оформляется через призывную комиссию — документы подают в управление по делам обороны.

Адреса и часы приёма в Костанае уточните в управлении по делам обороны города; общие вопросы — **1414**.`,
      paraphrases: [
        'как встать на воинский учёт после переезда',
        'приписка в 17 лет куда идти',
        'потерял военный билет что делать',
        'нужно ли сниматься с воинского учёта при переезде',
      ],
    },
    kk: {
      title: 'Әскери есеп: шақыру учаскесіне тіркеу, көшкенде есепке тұру',
      body: `Әскери есепті **жергілікті әскери басқару органдары** — қаланың немесе ауданның қорғаныс істері жөніндегі басқармалары (бөлімдері) жүргізеді.

**Шақыру учаскесіне тіркеу.** Жасөспірімдер одан **17 жасқа** толатын жылы өтеді — шақыру қағазы бойынша немесе өздері жүгініп. Жеке куәлікті немесе туу туралы куәлікті, фотосуреттерді және оқу туралы құжаттарды алыңыз; медициналық комиссия болады.

**Көшу.** Әскерге шақырылушылар мен әскери міндеттілер (ер адамдар, сондай-ақ әскери-есептік мамандығы бар әйелдер) тұрғылықты жерін ауыстырғанда **жаңа мекенжай бойынша есепке тұруға** міндетті. Әдетте тұрғылықты жері бойынша тіркелгеннен кейін қорғаныс істері жөніндегі басқармаға жеке куәлікпен және әскери билетпен немесе тіркеу куәлігімен келу керек. Онлайн тәсіл болса, ол egov.kz сайтында.

**Әскери билет жоғалса** — телнұсқа алу үшін есепте тұрған жердегі қорғаныс істері жөніндегі басқармаға жүгініңіз.

**Әскерге шақырудан кейінге қалдыру** (оқу, отбасылық жағдай, денсаулық) шақыру комиссиясы арқылы рәсімделеді — құжаттар қорғаныс істері жөніндегі басқармаға беріледі.

Қабылдау уақытын қаланың қорғаныс істері жөніндегі басқармасынан нақтылаңыз; жалпы сұрақтар — **1414**.`,
      paraphrases: [
        'көшкеннен кейін әскери есепке қалай тұрамын',
        '17 жаста шақыру учаскесіне тіркелу үшін қайда барамын',
        'әскери билетімді жоғалттым',
        'әскери есептен шығу керек пе',
      ],
    },
    en: {
      title: 'Military registration: how to register at 17 and after moving',
      body: `Military registration is kept by the **local military administration bodies** — the city or district defence affairs departments.

**Pre-conscription registration (приписка).** Young men go through it in the year they turn **17** — when summoned or on their own initiative. Bring your ID card or birth certificate, photographs and documents on your education; there will be a medical board.

**Moving.** Conscripts and those liable for military service (men, and women with military occupational specialties) must **register at the new address** when they change their place of residence. Usually, after registering your residence, you report to the defence affairs department with your ID card and your military ID or registration certificate (приписное свидетельство). If the service is available online in your region, it will be on egov.kz.

**Lost your military ID?** Contact the defence affairs department where you are registered to get a duplicate.

**Deferment from conscription** (studies, family circumstances, health) is granted through the conscription commission — documents are submitted to the defence affairs department.

Check the addresses and office hours in Kostanay with the city defence affairs department; general questions: **1414**.`,
      paraphrases: [
        'how to register with the military office after moving',
        'where to go for military registration at 17',
        'lost my military ID, what to do',
        'do I need to deregister from the military office when I move',
        'how to get a deferment from the army',
      ],
    },
  },
  {
    key: 'application-status-egov',
    audience: 'public',
    tags: ['статус заявки', 'egov', 'цон', 'сроки'],
    items: ['S16.C02.I025'],
    ru: {
      title: 'Как узнать статус заявки на госуслугу',
      body: `**Заявка подана на eGov или в eGov Mobile:**
1. Откройте **Личный кабинет → История получения услуг**.
2. Найдите заявку: статус «В обработке», «Исполнено» или «Отказано». Результат или мотивированный отказ можно открыть там же.
3. Уведомления приходят также по SMS и в приложение.

**Заявка подана в ЦОН:**
1. Номер заявки указан в **расписке**, которую вам выдали.
2. Проверьте статус на **egov.kz** (сервис проверки статуса заявки, поданной в ЦОН) или позвоните в **1414**.
3. Когда документ готов, приходит SMS — забирайте его в том ЦОН, где подавали.

**Срок оказания** каждой услуги указан в её стандарте на странице услуги.

**Если срок прошёл, а результата нет:**
1. Уточните статус в 1414 — иногда заявка ждёт ваших действий (подтверждения, оплаты, дополнительных документов).
2. Если вина госоргана, подайте **жалобу на нарушение сроков** через 1414 или систему **eOtinish** (eotinish.kz) — её рассматривает орган, оказывающий услугу, или вышестоящий орган.

Для городских услуг акимата в Костанае жалобу можно оставить и через центр **109**.`,
      paraphrases: [
        'как проверить статус заявления в цон',
        'где посмотреть мою заявку на егове',
        'заявка долго в обработке что делать',
        'прошёл срок а документа нет',
        'как узнать готов ли мой документ',
      ],
    },
    kk: {
      title: 'Мемлекеттік қызметке берілген өтінімнің мәртебесін қалай білуге болады',
      body: `**Өтінім eGov-та немесе eGov Mobile-да берілсе:**
1. **Жеке кабинет → Қызметтерді алу тарихы** бөлімін ашыңыз.
2. Өтінімді табыңыз: мәртебесі «Өңделуде», «Орындалды» немесе «Бас тартылды». Нәтижені немесе дәлелді бас тартуды сол жерден ашуға болады.
3. Хабарламалар SMS арқылы және қосымшаға да келеді.

**Өтінім ХҚКО-да берілсе:**
1. Өтінім нөмірі сізге берілген **қолхатта** көрсетілген.
2. Мәртебені **egov.kz** сайтында (ХҚКО-да берілген өтінім мәртебесін тексеру сервисі) тексеріңіз немесе **1414**-ке қоңырау шалыңыз.
3. Құжат дайын болғанда SMS келеді — оны өтініш берген ХҚКО-дан алыңыз.

**Әр қызметтің көрсетілу мерзімі** қызмет бетіндегі стандартта көрсетілген.

**Мерзім өтсе, бірақ нәтиже болмаса:**
1. Мәртебені 1414-тен нақтылаңыз — кейде өтінім сіздің әрекетіңізді (растауды, төлемді, қосымша құжаттарды) күтіп тұрады.
2. Кінә мемлекеттік органда болса, 1414 немесе **eOtinish** (eotinish.kz) жүйесі арқылы **мерзімнің бұзылуына шағым** беріңіз — оны қызметті көрсететін орган немесе жоғары тұрған орган қарайды.

Қостанайда әкімдіктің қалалық қызметтері бойынша шағымды **109** орталығы арқылы да қалдыруға болады.`,
      paraphrases: [
        'ХҚКО-дағы өтінімнің мәртебесін қалай тексеремін',
        'eGov-тағы өтінімімді қайдан көремін',
        'өтінім ұзақ өңделіп жатыр, не істеймін',
        'құжатым дайын ба, қалай білемін',
      ],
    },
    en: {
      title: 'How to check the status of a public service request',
      body: `**Submitted on eGov or in eGov Mobile:**
1. Open **Personal account → History of services**.
2. Find the request: its status is "Processing", "Completed" or "Refused". The result or the reasoned refusal opens from there.
3. Notifications also come by SMS and in the app.

**Submitted at a Public Service Centre (ЦОН):**
1. The request number is on the **receipt** you were given.
2. Check the status on **egov.kz** (the status check for requests submitted at a ЦОН) or call **1414**.
3. When the document is ready you get an SMS — collect it at the centre where you applied.

**The processing time** of each service is set in its standard on the service page.

**If the deadline has passed and there is no result:**
1. Check with 1414 — sometimes the request is waiting for you (a confirmation, payment or extra documents).
2. If the agency is at fault, file a **complaint about the missed deadline** via 1414 or the **eOtinish** system (eotinish.kz); it is reviewed by the agency providing the service or its superior body.

In Kostanay, complaints about the akimat's local services can also be left via the city centre **109**.`,
      paraphrases: [
        'how do I check my application status at CON',
        'where can I see my request on egov',
        'the deadline passed and my document is not ready',
      ],
    },
  },
  {
    key: 'personal-data-error-database',
    audience: 'public',
    tags: ['ошибки', 'персональные данные', 'цон'],
    items: ['S16.C03.I010'],
    ru: {
      title: 'Ошибка в моих данных в государственной базе: как исправить',
      body: `Если eGov показывает неверные ФИО, дату рождения, адрес или чужую недвижимость, услуги могут выдавать отказ «данные не совпадают». Исправлять нужно **в источнике** — там, откуда пришли сведения.

**Определите, где ошибка:**
1. **ФИО, дата рождения, данные удостоверения** — государственная база «Физические лица». Обратитесь в ЦОН с удостоверением личности и документом, подтверждающим правильные данные.
2. **Ошибка в записи о рождении, браке, смерти** — её исправляет орган регистрации актов гражданского состояния (ЗАГС); заявление подают в ЗАГС или через ЦОН/eGov. После исправления записи обновятся и другие данные.
3. **Адрес регистрации** — через услугу регистрации по месту жительства.
4. **Недвижимость, земля** — регистр недвижимости: обращение в ЦОН с правоустанавливающими документами.
5. **Налоги, пенсионные взносы** — органы государственных доходов, ЕНПФ или работодатель.

**Что взять:** удостоверение личности и документ, где данные указаны правильно (свидетельство о рождении, браке, решение суда и т. п.).

**После исправления** подождите обновления баз и повторите заказ услуги. Не знаете, какая база ошибается, — спросите в **1414**.`,
      paraphrases: [
        'в егове неправильно написана фамилия',
        'ошибка в дате рождения в базе',
        'данные не совпадают с удостоверением что делать',
        'как исправить ошибку в персональных данных',
      ],
    },
    kk: {
      title: 'Мемлекеттік базадағы деректерімде қате бар: қалай түзетуге болады',
      body: `eGov аты-жөніңізді, туған күніңізді, мекенжайыңызды қате көрсетсе немесе бөтен мүлікті көрсетсе, қызметтер «деректер сәйкес келмейді» деп бас тартуы мүмкін. Қатені **дереккөзде** — мәлімет алынған жерде түзету керек.

**Қате қай жерде екенін анықтаңыз:**
1. **Аты-жөні, туған күні, куәлік деректері** — «Жеке тұлғалар» мемлекеттік дерекқоры. Жеке куәлікпен және дұрыс деректерді растайтын құжатпен ХҚКО-ға жүгініңіз.
2. **Туу, неке, қайтыс болу туралы жазбадағы қате** — оны азаматтық хал актілерін тіркеу органы түзетеді; өтініш АХАТ органына немесе ХҚКО/eGov арқылы беріледі. Жазба түзетілгеннен кейін басқа деректер де жаңарады.
3. **Тіркелген мекенжай** — тұрғылықты жері бойынша тіркеу қызметі арқылы.
4. **Жылжымайтын мүлік, жер** — жылжымайтын мүлік тіркелімі: құқық белгілейтін құжаттармен ХҚКО-ға жүгіну.
5. **Салықтар, зейнетақы жарналары** — мемлекеттік кірістер органдары, БЖЗҚ немесе жұмыс беруші.

**Өзіңізбен бірге:** жеке куәлік және деректер дұрыс көрсетілген құжат (туу, неке туралы куәлік, сот шешімі және т.б.).

**Түзетілгеннен кейін** базалардың жаңаруын күтіңіз де, қызметке қайта тапсырыс беріңіз. Қай база қате екенін білмесеңіз — **1414**-тен сұраңыз.`,
      paraphrases: [
        'eGov-та тегім қате жазылған',
        'базада туған күнім қате',
        'деректер жеке куәлікпен сәйкес келмейді, не істеймін',
        'жеке деректердегі қатені қалай түзетемін',
      ],
    },
    en: {
      title: 'An error in my data in a state database: how to fix it',
      body: `If eGov shows a wrong name, date of birth, address or someone else's property, services may refuse with "data do not match". The error must be corrected **at the source** — where the information came from.

**Find out where the error is:**
1. **Name, date of birth, ID card details** — the state database "Individuals". Go to a Public Service Centre (ЦОН) with your ID card and a document confirming the correct details.
2. **An error in a birth, marriage or death record** — corrected by the civil registry office (ЗАГС); apply to the ЗАГС or via a ЦОН/eGov. Once the record is corrected, your other data is updated too.
3. **Registered address** — through the residence registration service.
4. **Real estate, land** — the real estate register: apply at a ЦОН with the title documents.
5. **Taxes, pension contributions** — the state revenue authorities, the ENPF or your employer.

**What to bring:** your ID card and a document showing the correct details (birth or marriage certificate, court decision, etc.).

**After the correction,** wait for the databases to update and order the service again. Not sure which database is wrong? Ask **1414**.`,
      paraphrases: [
        'my surname is spelled wrong on egov',
        'wrong date of birth in the database',
        'data does not match my ID card, what to do',
        'how to correct my personal data',
        'egov shows a flat that is not mine',
      ],
    },
  },
  {
    key: 'state-duty-payment',
    audience: 'public',
    tags: ['госпошлина', 'оплата', 'egov'],
    items: ['S16.C03.I012'],
    ru: {
      title: 'Как оплатить государственную пошлину онлайн',
      body: `Государственная пошлина взимается за многие услуги: удостоверение личности, паспорт, водительское удостоверение, регистрацию брака и другие. Её размер рассчитывается в **МРП** (месячных расчётных показателях) и **указан на странице каждой услуги** на egov.kz — ориентируйтесь на него.

**Способы оплаты:**
1. **Внутри услуги на eGov** — при подаче заявки система предложит оплатить картой через платёжный шлюз электронного правительства; платёж автоматически привяжется к заявке.
2. **В приложении банка** — раздел «Госуслуги» или «Платежи → Государственная пошлина»: выберите вид пошлины, укажите ИИН.
3. **В ЦОН** — через платёжные терминалы или кассы банков в здании.
4. **В отделении банка** — по реквизитам, указанным на странице услуги.

**Важно:**
- сохраните квитанцию (электронную или бумажную) до получения результата;
- при оплате по реквизитам проверьте назначение платежа и код бюджетной классификации — иначе платёж могут не найти;
- от уплаты пошлины освобождаются отдельные категории граждан — перечень приведён на странице услуги.

**Заплатили лишнее или дважды?** Вернуть излишне уплаченную сумму можно по заявлению в органы государственных доходов. Вопросы — **1414**.`,
      paraphrases: [
        'как оплатить госпошлину через каспи',
        'где оплатить пошлину за удостоверение',
        'сколько стоит госпошлина',
        'оплатил пошлину дважды как вернуть',
        'госпошлина онлайн егов',
      ],
    },
    kk: {
      title: 'Мемлекеттік бажды онлайн қалай төлеуге болады',
      body: `Мемлекеттік баж көптеген қызмет үшін алынады: жеке куәлік, паспорт, жүргізуші куәлігі, некені тіркеу және басқалар. Оның мөлшері **АЕК** (айлық есептік көрсеткіш) бойынша есептеледі және egov.kz сайтындағы **әр қызметтің бетінде көрсетілген** — соған сүйеніңіз.

**Төлеу тәсілдері:**
1. **eGov-тағы қызметтің ішінде** — өтінім беру кезінде жүйе электрондық үкіметтің төлем шлюзі арқылы картамен төлеуді ұсынады; төлем өтінімге автоматты түрде байланады.
2. **Банк қосымшасында** — «Мемлекеттік қызметтер» немесе «Төлемдер → Мемлекеттік баж» бөлімі: баж түрін таңдап, ЖСН көрсетіңіз.
3. **ХҚКО-да** — ғимараттағы төлем терминалдары немесе банк кассалары арқылы.
4. **Банк бөлімшесінде** — қызмет бетінде көрсетілген деректемелер бойынша.

**Маңызды:**
- нәтижені алғанша түбіртекті (электрондық немесе қағаз) сақтаңыз;
- деректемелер бойынша төлегенде төлем мақсаты мен бюджеттік сыныптама кодын тексеріңіз — қате болса, төлем табылмайды;
- азаматтардың жекелеген санаттары бажды төлеуден босатылады — тізбесі қызмет бетінде.

**Артық немесе екі рет төледіңіз бе?** Артық төленген соманы мемлекеттік кірістер органдарына өтініш беру арқылы қайтаруға болады. Сұрақтар — **1414**.`,
      paraphrases: [
        'мемлекеттік бажды Kaspi арқылы қалай төлеймін',
        'жеке куәлік үшін бажды қайда төлеймін',
        'мемлекеттік баж қанша тұрады',
        'бажды екі рет төлеп қойдым, қалай қайтарамын',
      ],
    },
    en: {
      title: 'How to pay the state duty online',
      body: `A state duty is charged for many services: issuing an ID card or passport, a driving licence, registering a marriage, repeat certificates and more. It is calculated in **MCI units** (monthly calculation index) and **shown on the page of each service** on egov.kz — go by that figure.

**Ways to pay:**
1. **Inside the service on eGov** — when you submit, the system offers card payment through the e-government payment gateway; the payment is linked to the request automatically.
2. **In a banking app** — "Public services" or "Payments → State duty": choose the type of duty and enter your IIN.
3. **At a Public Service Centre (ЦОН)** — through payment terminals or bank desks in the building.
4. **At a bank branch** — using the payment details on the service page.

**Important:**
- keep the receipt (electronic or paper) until you get the result;
- when paying by bank details, check the payment purpose and budget classification code — otherwise the payment may not be found;
- some groups of citizens are exempt — the list is on the service page.

**Paid too much or twice?** The overpayment can be refunded on application to the state revenue authorities. Questions: **1414**.`,
      paraphrases: [
        'how to pay the state fee in Kazakhstan',
        'pay state duty for ID card online',
        'I paid the duty twice, how to get a refund',
      ],
    },
  },
  {
    key: 'psychiatric-narcological-certificates',
    audience: 'public',
    tags: ['справки', 'медицинские справки', 'egov'],
    items: ['S16.C01.I012', 'S16.C01.I013', 'S16.C01.I025', 'S16.C01.I026'],
    ru: {
      title: 'Справка из психоневрологического и наркологического диспансера онлайн',
      body: `Справки о том, состоит ли человек на учёте в психоневрологической или наркологической организации, часто требуют при приёме на работу (в школы, охрану, транспорт), для разрешения на оружие, при усыновлении и опеке.

**Как получить:**
1. Войдите на **egov.kz** или в **eGov Mobile**.
2. Найдите услугу «Выдача справки с психоневрологической организации» или «…с наркологической организации» — это две отдельные услуги.
3. Подпишите запрос ЭЦП или SMS-паролем.
4. Справка придёт в **Историю получения услуг**, обычно за несколько минут. Услуга бесплатная.

Справка подписана ЭЦП и имеет QR-код, поэтому идти в диспансер за печатью не нужно.

**Когда всё-таки нужен визит:** если вам нужна не справка об учёте, а **медицинское освидетельствование** или заключение врача (например, для водительского удостоверения часть осмотров проходит у специалистов) — это оформляется в медицинской организации.

**Если в справке ошибочно указано, что вы состоите на учёте,** обратитесь в соответствующий диспансер по месту жительства с удостоверением личности — там проверят основания и при необходимости исправят сведения. Вопросы по услуге — **1414**.`,
      paraphrases: [
        'справка из психдиспансера через егов',
        'где взять справку из наркологии для работы',
        'справка что не состою на учёте',
        'нужно ли идти в диспансер за справкой',
      ],
    },
    kk: {
      title: 'Психоневрологиялық және наркологиялық диспансерден анықтаманы онлайн алу',
      body: `Адамның психоневрологиялық немесе наркологиялық ұйымда есепте тұратыны не тұрмайтыны туралы анықтамаларды жұмысқа орналасқанда (мектепке, күзетке, көлікке), қару алуға рұқсат үшін, бала асырап алу мен қорғаншылық кезінде жиі талап етеді.

**Қалай алуға болады:**
1. **egov.kz** немесе **eGov Mobile**-ға кіріңіз.
2. «Психоневрологиялық ұйымнан анықтама беру» немесе «…наркологиялық ұйымнан» қызметін табыңыз — бұл екі бөлек қызмет.
3. Сұрауға ЭЦҚ немесе SMS-парольмен қол қойыңыз.
4. Анықтама әдетте бірнеше минутта **Қызметтерді алу тарихына** келеді. Қызмет тегін.

Анықтамаға ЭЦҚ қойылған және QR-коды бар, сондықтан мөр үшін диспансерге барудың қажеті жоқ.

**Қашан бару керек:** есеп туралы анықтама емес, **медициналық куәландыру** немесе дәрігер қорытындысы қажет болса (мысалы, жүргізуші куәлігі үшін тексерудің бір бөлігі мамандарда өтеді) — бұл медициналық ұйымда рәсімделеді.

**Анықтамада есепте тұрасыз деп қате көрсетілсе,** жеке куәлікпен тұрғылықты жердегі тиісті диспансерге жүгініңіз — онда негізін тексеріп, қажет болса мәліметтерді түзетеді. Қызмет бойынша сұрақтар — **1414**.`,
      paraphrases: [
        'психдиспансерден анықтаманы eGov арқылы алу',
        'жұмысқа наркологиядан анықтама қайдан аламын',
        'есепте тұрмаймын деген анықтама керек',
        'анықтама үшін диспансерге бару керек пе',
      ],
    },
    en: {
      title: 'How to get a certificate from the psychiatric or drug treatment (narcological) clinic online',
      body: `Certificates stating whether a person is registered with a psychoneurological (mental health) or narcological (drug treatment) organisation are often required when you take a job (in schools, security, transport), for a firearms permit, and for adoption and guardianship.

**How to get them:**
1. Sign in to **egov.kz** or **eGov Mobile**.
2. Find the service "Issuing a certificate from a psychoneurological organisation" or "…from a narcological organisation" — these are two separate services.
3. Sign the request with your EDS or an SMS password.
4. The certificate arrives in your **History of services**, usually within minutes. The service is free.

The certificate is signed electronically and has a QR code, so you do not need to go to the dispensary for a stamp.

**When you do need a visit:** if you need not a certificate about registration but a **medical examination** or a doctor's report (for example, for a driving licence some examinations are done by specialists) — this is arranged at a medical organisation.

**If the certificate wrongly says you are registered,** go to the relevant dispensary where you live with your ID card — they will check the grounds and correct the information if necessary. Questions about the service: **1414**.`,
      paraphrases: [
        'certificate from the mental health clinic on egov',
        'where to get a drug clinic certificate for work',
        'certificate that I am not registered with a psychiatrist',
        'do I have to go to the dispensary for the certificate',
        'narcology certificate online',
      ],
    },
  },
  {
    key: 'individual-entrepreneur-registration',
    audience: 'public',
    tags: ['ип', 'бизнес', 'налоги', 'egov'],
    items: ['S16.C05.I006', 'S16.C05.I007'],
    ru: {
      title: 'Как открыть и закрыть ИП онлайн',
      body: `Зарегистрироваться индивидуальным предпринимателем можно за несколько минут — без визита в налоговую.

**Как открыть ИП:**
1. Войдите на **egov.kz** или в **eGov Mobile** и найдите услугу «Уведомление о начале деятельности в качестве индивидуального предпринимателя». Эту услугу предлагают и приложения ряда банков.
2. Укажите вид деятельности и адрес.
3. Выберите **налоговый режим**. С 2026 года действует новый Налоговый кодекс, поэтому условия режимов изменились — сверьтесь с сайтом КГД, Кабинетом налогоплательщика или проконсультируйтесь с бухгалтером.
4. Подпишите уведомление ЭЦП. Регистрация обычно проходит в течение дня, услуга бесплатная.

**После регистрации:** откройте счёт для бизнеса, следите за сроками отчётности и платежей (за себя — пенсионные и социальные взносы, взносы ОСМС).

**Как закрыть ИП:**
1. Сдайте ликвидационную налоговую отчётность и погасите все долги по налогам и взносам.
2. Подайте **уведомление о прекращении деятельности** на eGov или в Кабинете налогоплательщика.
3. Дождитесь проверки и снятия с учёта — статус виден в личном кабинете.

Консультации по налогам — органы государственных доходов; вопросы к акимату в Костанае — через центр **109**.`,
      paraphrases: [
        'как открыть ип через егов',
        'регистрация ип онлайн бесплатно',
        'как закрыть ип без долгов',
        'какой налоговый режим выбрать для ип',
        'можно ли открыть ип через приложение банка',
      ],
    },
    kk: {
      title: 'ЖК-ны онлайн қалай ашуға және жабуға болады',
      body: `Жеке кәсіпкер ретінде бірнеше минутта — салық органына бармай-ақ тіркелуге болады.

**ЖК-ны қалай ашуға болады:**
1. **egov.kz** немесе **eGov Mobile**-ға кіріп, «Жеке кәсіпкер ретінде қызметтің басталғаны туралы хабарлама» қызметін табыңыз. Бұл қызметті бірқатар банктердің қосымшалары да ұсынады.
2. Қызмет түрі мен мекенжайды көрсетіңіз.
3. **Салық режимін** таңдаңыз. 2026 жылдан бастап жаңа Салық кодексі күшіне енді, сондықтан режимдердің шарттары өзгерді — МКК сайтынан немесе бухгалтерден нақтылаңыз.
4. Хабарламаға ЭЦҚ-мен қол қойыңыз. Тіркеу әдетте бір күн ішінде өтеді, қызмет тегін.

**Тіркелгеннен кейін:** бизнеске арналған шот ашыңыз, есептілік пен төлемдердің мерзімдерін қадағалаңыз (өзіңіз үшін — зейнетақы және әлеуметтік жарналар, МӘМС жарналары).

**ЖК-ны қалай жабуға болады:**
1. Таратылатын салық есептілігін тапсырып, салықтар мен жарналар бойынша барлық берешекті өтеңіз.
2. eGov-та немесе Салық төлеушінің кабинетінде **қызметті тоқтату туралы хабарлама** беріңіз.
3. Тексеру мен есептен шығаруды күтіңіз — мәртебесі жеке кабинетте көрінеді.

Салық бойынша кеңес — мемлекеттік кірістер органдары; Қостанайда әкімдікке сұрақтар — **109** орталығы арқылы.`,
      paraphrases: [
        'eGov арқылы ЖК қалай ашамын',
        'жеке кәсіпкерлікті онлайн тегін тіркеу',
        'ЖК-ны қалай жабамын',
        'ЖК үшін қандай салық режимін таңдау керек',
      ],
    },
    en: {
      title: 'How to open and close a sole proprietorship (IP) online',
      body: `You can register as an individual entrepreneur (IP) in a few minutes without visiting the tax office.

**How to open:**
1. Sign in to **egov.kz** or **eGov Mobile** and find the service "Notification of starting activity as an individual entrepreneur". Several banking apps offer it too.
2. Enter the type of activity and the address.
3. Choose a **tax regime**. A new Tax Code has applied since 2026 and the regimes' conditions have changed — check the State Revenue Committee site or the Taxpayer's Cabinet, or ask an accountant.
4. Sign the notification with your EDS. Registration usually completes within a day and is free.

**After registering:** open a business account and keep track of reporting and payment deadlines (for yourself: pension and social contributions, health insurance contributions).

**How to close:**
1. File the liquidation tax return and pay off all tax and contribution debts.
2. Submit a **notification of termination of activity** on eGov or in the Taxpayer's Cabinet.
3. Wait for the check and deregistration — the status shows in your account.

Tax advice: the state revenue authorities. Questions to the akimat in Kostanay: the city centre **109**.`,
      paraphrases: [
        'how to register as a sole trader in Kazakhstan',
        'open IP online through egov',
        'how do I close my individual entrepreneur status',
      ],
    },
  },
  {
    key: 'con-home-visit-service',
    audience: 'public',
    tags: ['цон', 'выездное обслуживание', 'инвалидность'],
    items: ['S16.C02.I027'],
    ru: {
      title: 'Выездное обслуживание ЦОН на дому: кто может заказать',
      body: `Если человек по состоянию здоровья не может прийти в ЦОН, сотрудник Госкорпорации «Правительство для граждан» может приехать к нему домой и принять документы.

**Кто может воспользоваться:** прежде всего люди с инвалидностью **первой и второй групп**, а также граждане, которые из-за болезни не могут передвигаться самостоятельно. Точный перечень категорий и услуг, доступных на дому, уточните при заказе.

**Какие услуги обычно оказывают на дому:** оформление удостоверения личности, назначение пенсии и пособий, регистрация по месту жительства и другие услуги, где нужна личная подпись или фотографирование.

**Как заказать:**
1. Позвоните в единый контакт-центр **1414**.
2. Назовите ИИН человека, адрес, нужную услугу и контактный телефон.
3. Согласуйте дату и время визита.
4. Подготовьте документы по перечню, который вам назовут; если за услугу положена государственная пошлина, её нужно оплатить.

**Совет:** многие справки (адресная, о пенсионных отчислениях, о недвижимости) родственники могут получить онлайн через eGov от имени самого человека только с его ЭЦП или SMS-паролем; в остальных случаях нужна нотариальная доверенность.

Вопросы — **1414**.`,
      paraphrases: [
        'может ли цон приехать на дом',
        'бабушка лежачая как поменять ей удостоверение',
        'выездной цон для инвалидов',
        'как вызвать сотрудника цона домой',
      ],
    },
    kk: {
      title: 'ХҚКО-ның үйге барып қызмет көрсетуі: кім тапсырыс бере алады',
      body: `Адам денсаулығына байланысты ХҚКО-ға келе алмаса, «Азаматтарға арналған үкімет» мемлекеттік корпорациясының қызметкері оның үйіне барып, құжаттарды қабылдай алады.

**Кім пайдалана алады:** ең алдымен **бірінші және екінші топтағы** мүгедектігі бар адамдар, сондай-ақ ауруына байланысты өздігінен жүре алмайтын азаматтар. Санаттар мен үйде көрсетілетін қызметтердің нақты тізбесін тапсырыс беру кезінде нақтылаңыз.

**Үйде әдетте көрсетілетін қызметтер:** жеке куәлікті рәсімдеу, зейнетақы мен жәрдемақы тағайындау, тұрғылықты жері бойынша тіркеу және жеке қолы немесе суретке түсу қажет басқа да қызметтер.

**Қалай тапсырыс беруге болады:**
1. **1414** бірыңғай байланыс орталығына қоңырау шалыңыз.
2. Адамның ЖСН-ын, мекенжайын, қажетті қызметті және байланыс телефонын айтыңыз.
3. Келу күні мен уақытын келісіңіз.
4. Сізге айтылатын тізбе бойынша құжаттарды дайындаңыз; қызмет үшін мемлекеттік баж қарастырылса, оны төлеу керек.

**Кеңес:** көптеген анықтамаларды (мекенжай, зейнетақы аударымдары, жылжымайтын мүлік туралы) туыстары адамның өз атынан eGov арқылы тек оның ЭЦҚ-сымен немесе SMS-паролімен ала алады; басқа жағдайларда нотариаттық сенімхат қажет.

Сұрақтар — **1414**.`,
      paraphrases: [
        'ХҚКО қызметкері үйге келе ме',
        'төсек тартып жатқан әжеме жеке куәлікті қалай ауыстырамын',
        'мүгедектігі бар адамдарға үйге барып қызмет көрсету',
        'ХҚКО-ны үйге қалай шақыруға болады',
      ],
    },
    en: {
      title: 'Public Service Centre (ЦОН) home visits: who can order one',
      body: `If a person cannot come to a Public Service Centre (ЦОН) for health reasons, an officer of the State Corporation "Government for Citizens" can come to their home and accept the documents.

**Who can use it:** first of all people with **group I and II disabilities**, and citizens who cannot move around on their own because of illness. Check the exact list of categories and of the services available at home when you order.

**Services usually provided at home:** issuing an ID card, granting pensions and benefits, residence registration and other services that need a personal signature or a photo.

**How to order:**
1. Call the single contact centre **1414**.
2. Give the person's IIN, the address, the service needed and a contact phone number.
3. Agree on the date and time of the visit.
4. Prepare the documents from the list you are given; if a state duty is charged for the service, it must be paid.

**Tip:** relatives can get many certificates (address, pension contributions, real estate) online on eGov in the person's own name only with that person's EDS or SMS password; in other cases a notarised power of attorney is needed.

Questions: **1414**.`,
      paraphrases: [
        'can CON come to my home',
        'my grandmother is bedridden, how to replace her ID card',
        'home service for disabled people',
        'how to call a service centre officer to the house',
        'my elderly mother cannot get to CON',
      ],
    },
  },
  {
    key: 'con-complaint',
    audience: 'public',
    tags: ['цон', 'жалоба', 'качество услуг'],
    items: ['S16.C02.I023', 'S16.C02.I024', 'S16.C02.I022', 'S16.C02.I025'],
    ru: {
      title: 'Как пожаловаться на ЦОН: грубость, очередь, потерянные документы, нарушение сроков',
      body: `ЦОНы входят в Госкорпорацию «Правительство для граждан». Жалобу на их работу можно подать несколькими способами.

**Сразу на месте:**
1. Обратитесь к **руководителю ЦОН** или администратору зала — многие вопросы решаются сразу.
2. Оцените обслуживание на терминале или по SMS-опросу после визита.

**Письменно или по телефону:**
1. **1414** — жалоба будет зарегистрирована, вам сообщат номер.
2. **eOtinish** (eotinish.kz) или раздел обращений на eGov — выберите филиал Госкорпорации вашей области. Ответ придёт в личный кабинет.

**Что указать в жалобе:** дату и время, адрес ЦОН, номер талона или расписки, услугу, что произошло. Если знаете — номер окна или имя сотрудника.

**Если потеряли ваши документы** или срок оказания услуги прошёл, приложите расписку — она подтверждает, что документы были приняты. Госорган обязан ответить и восстановить нарушенное право.

**Не согласны с ответом** — можно обжаловать в вышестоящий орган (филиал → центральный аппарат Госкорпорации) или в суд.

Жители Костаная могут оставить обращение и через центр **109** — его передадут по назначению.`,
      paraphrases: [
        'куда жаловаться на цон',
        'нагрубил сотрудник цона',
        'цон потерял мои документы',
        'как написать жалобу на задержку документов',
        'очень долгая очередь в цоне кому сказать',
      ],
    },
    kk: {
      title: 'ХҚКО жұмысына қалай шағымдануға болады: дөрекілік, кезек, жоғалған құжаттар, мерзімнің бұзылуы',
      body: `ХҚКО-лар «Азаматтарға арналған үкімет» мемлекеттік корпорациясының құрамына кіреді. Олардың жұмысына шағымды бірнеше тәсілмен беруге болады.

**Сол жерде бірден:**
1. **ХҚКО басшысына** немесе зал әкімшісіне жүгініңіз — көп мәселе бірден шешіледі.
2. Қызмет көрсетуді терминалда немесе келгеннен кейінгі SMS-сауалнамада бағалаңыз.

**Жазбаша немесе телефон арқылы:**
1. **1414** — шағым тіркеліп, сізге нөмірі хабарланады.
2. **eOtinish** (eotinish.kz) немесе eGov-тағы өтініштер бөлімі — облысыңыздағы Мемлекеттік корпорация филиалын таңдаңыз. Жауап жеке кабинетке келеді.

**Шағымда не көрсету керек:** күні мен уақыты, ХҚКО мекенжайы, талонның немесе қолхаттың нөмірі, қызмет, не болғаны. Білсеңіз — терезе нөмірі немесе қызметкердің аты.

**Құжаттарыңыз жоғалса** немесе қызмет көрсету мерзімі өтсе, қолхатты қоса тіркеңіз — ол құжаттардың қабылданғанын растайды. Мемлекеттік орган жауап беруге және бұзылған құқықты қалпына келтіруге міндетті.

**Жауаппен келіспесеңіз** — жоғары тұрған органға (филиал → Мемлекеттік корпорацияның орталық аппараты) немесе сотқа шағымдануға болады.

Қостанай тұрғындары өтінішті **109** орталығы арқылы да қалдыра алады — ол тиісті жерге жіберіледі.`,
      paraphrases: [
        'ХҚКО үстінен қайда шағымданамын',
        'ХҚКО қызметкері дөрекі сөйледі',
        'ХҚКО құжаттарымды жоғалтып алды',
        'құжаттың кешіктірілгені туралы шағым қалай жазамын',
      ],
    },
    en: {
      title: 'How to complain about a Public Service Centre: rudeness, queues, lost documents, missed deadlines',
      body: `Public Service Centres (ЦОН) are part of the State Corporation "Government for Citizens". You can complain about their work in several ways.

**On the spot:**
1. Speak to the **head of the ЦОН** or the hall administrator — many issues are resolved at once.
2. Rate the service on the terminal or in the SMS survey after your visit.

**In writing or by phone:**
1. **1414** — your complaint is registered and you are given its number.
2. **eOtinish** (eotinish.kz) or the appeals section on eGov — choose the State Corporation branch for your region. The reply arrives in your personal account.

**What to include:** the date and time, the ЦОН address, the ticket or receipt number, the service and what happened. If you know them, the window number or the officer's name.

**If your documents were lost** or the service deadline has passed, attach the receipt — it proves the documents were accepted. The agency must reply and restore your violated right.

**Disagree with the reply?** You can appeal to a higher body (branch → head office of the State Corporation) or to court.

Kostanay residents can also leave an appeal via the city centre **109** — it will be passed on to the right place.`,
      paraphrases: [
        'where to complain about CON',
        'the staff at the service centre were rude to me',
        'CON lost my documents',
        'how to write a complaint about delayed documents',
        'very long queue at the service centre, who do I tell',
      ],
    },
  },
  {
    key: 'egov-fraud-sms-code',
    audience: 'public',
    tags: ['мошенничество', 'безопасность', 'смс', 'egov'],
    ru: {
      title: 'Мошенники от имени eGov, 1414 или ЦОН: как не потерять доступ и деньги',
      body: `Мошенники звонят от имени «службы 1414», «eGov», «ЦОН», банка или полиции и просят назвать **SMS-код**, пароль от ЭЦП или пройти биометрию. С этим кодом они входят в ваш кабинет eGov, оформляют ЭЦП или кредиты на ваше имя.

**Запомните:**
- сотрудники госорганов, ЦОН и 1414 **никогда** не просят SMS-коды, пароли и данные карты;
- SMS с кодом от eGov предназначен только вам — текст сообщения это прямо говорит;
- «обновление ЭЦП», «сверка данных», «подтверждение номера» по звонку — типичные предлоги;
- не устанавливайте по просьбе звонящего программы удалённого доступа.

**Если вы уже сообщили код или пароль:**
1. Сразу смените пароль eGov и проверьте **Историю получения услуг**.
2. Отзовите ЭЦП, если она могла попасть к мошенникам.
3. Позвоните в свой банк и заблокируйте карты.
4. Проверьте, не оформлены ли на вас займы, и установите **добровольный запрет на получение займов** — услуга доступна на eGov.
5. Заявите в полицию — **102**.

Подозрительный звонок «от 1414»? Положите трубку и сами перезвоните на **1414**.`,
      paraphrases: [
        'звонили из 1414 и просили код из смс',
        'мошенники получили доступ к егову что делать',
        'сказал код из смс незнакомцу',
        'как поставить запрет на кредиты через егов',
      ],
    },
    kk: {
      title: 'eGov, 1414 немесе ХҚКО атынан алаяқтар: қолжетімділік пен ақшаны қалай жоғалтпауға болады',
      body: `Алаяқтар «1414 қызметі», «eGov», «ХҚКО», банк немесе полиция атынан қоңырау шалып, **SMS-кодты**, ЭЦҚ паролін айтуды немесе биометриядан өтуді сұрайды. Осы кодпен олар eGov кабинетіңізге кіріп, сіздің атыңызға ЭЦҚ немесе несие рәсімдейді.

**Есте сақтаңыз:**
- мемлекеттік органдардың, ХҚКО мен 1414 қызметкерлері SMS-кодты, парольді және карта деректерін **ешқашан** сұрамайды;
- eGov-тан келген кодты SMS тек сізге арналған — хабарлама мәтінінде мұны тікелей жазады;
- қоңырау арқылы «ЭЦҚ-ны жаңарту», «деректерді салыстыру», «нөмірді растау» — әдеттегі сылтаулар;
- қоңырау шалушының өтініші бойынша қашықтан қол жеткізу бағдарламаларын орнатпаңыз.

**Кодты немесе парольді айтып қойсаңыз:**
1. eGov паролін бірден ауыстырып, **Қызметтерді алу тарихын** тексеріңіз.
2. ЭЦҚ алаяқтардың қолына түсуі мүмкін болса, оны кері қайтарыңыз.
3. Банкке хабарласып, карталарды бұғаттаңыз.
4. Атыңызға қарыз рәсімделмегенін тексеріп, **қарыз алудан ерікті бас тартуды** орнатыңыз — қызмет eGov-та қолжетімді.
5. Полицияға хабарлаңыз — **102**.

«1414-тен» күдікті қоңырау келді ме? Телефонды қойып, **1414**-ке өзіңіз қайта қоңырау шалыңыз.`,
      paraphrases: [
        '1414-тен қоңырау шалып SMS кодын сұрады',
        'алаяқтар eGov-ыма кіріп алды, не істеймін',
        'бейтаныс адамға SMS кодты айтып қойдым',
        'eGov арқылы несие алуға тыйымды қалай қоямын',
      ],
    },
    en: {
      title: 'Scammers posing as eGov, 1414 or a service centre: how to protect yourself',
      body: `Scammers call pretending to be "1414", "eGov", a Public Service Centre, a bank or the police and ask for your **SMS code**, your EDS password, or a biometric check. With that code they enter your eGov account and obtain a digital signature or loans in your name.

**Remember:**
- staff of government bodies, service centres and 1414 **never** ask for SMS codes, passwords or card details;
- an eGov SMS code is meant for you only — the message says so;
- "updating your EDS", "verifying your data" or "confirming your number" over the phone are typical pretexts;
- never install remote-access apps at a caller's request.

**If you have already shared a code or password:**
1. Change your eGov password at once and check your **History of services**.
2. Revoke your EDS if it may have been compromised.
3. Call your bank and block your cards.
4. Check whether loans were taken in your name and set a **voluntary ban on borrowing** — the service is on eGov.
5. Report it to the police — **102**.

Suspicious call "from 1414"? Hang up and call **1414** back yourself.`,
      paraphrases: [
        'someone from 1414 asked for my SMS code',
        'scammers got into my egov account',
        'how to block loans in my name in Kazakhstan',
      ],
    },
  },
  {
    key: 'health-insurance-status',
    audience: 'public',
    tags: ['осмс', 'медицинское страхование', 'egov'],
    items: ['S11.C05.I001', 'S11.C05.I002'],
    ru: {
      title: 'Как проверить статус в ОСМС и оплатить взносы',
      body: `От статуса в системе **обязательного социального медицинского страхования (ОСМС)** зависит, какую медицинскую помощь вы получаете бесплатно сверх гарантированного объёма.

**Как проверить статус:**
1. На **egov.kz** или в **eGov Mobile** — услуга проверки статуса застрахованности в ОСМС.
2. На сайте или в приложении **Фонда социального медицинского страхования** (ФСМС).
3. По телефону контакт-центра ФСМС **1406**.

**Кто застрахован:**
- наёмные работники — взносы платит работодатель;
- ИП и самозанятые — платят сами;
- **льготные категории** (дети, пенсионеры, беременные, люди с инвалидностью, зарегистрированные безработные, студенты и др.) — за них платит государство.

**Если статус «не застрахован»:**
1. Работаете по найму — спросите работодателя о перечислениях взносов.
2. Не работаете и не относитесь к льготникам — оплачивайте взносы самостоятельно: через **eGov**, приложение банка или кассу банка, по своему ИИН. Размер взноса указан на сайте ФСМС.
3. Статус обновляется после поступления платежа — проверьте через несколько дней.

**Отказали в помощи из-за статуса,** хотя вы застрахованы, — обратитесь в ФСМС (**1406**) или в управление здравоохранения.`,
      paraphrases: [
        'как проверить застрахован ли я в осмс',
        'как оплатить осмс самому',
        'статус не застрахован что делать',
        'кто платит медстраховку за безработных',
      ],
    },
    kk: {
      title: 'МӘМС-тегі мәртебені қалай тексеруге және жарналарды төлеуге болады',
      body: `**Міндетті әлеуметтік медициналық сақтандыру (МӘМС)** жүйесіндегі мәртебеңізге кепілдік берілген көлемнен тыс қандай медициналық көмекті тегін алатыныңыз байланысты.

**Мәртебені қалай тексеруге болады:**
1. **egov.kz** немесе **eGov Mobile**-да — МӘМС-те сақтандырылу мәртебесін тексеру қызметі.
2. **Әлеуметтік медициналық сақтандыру қорының** (ӘМСҚ) сайтында немесе қосымшасында.
3. ӘМСҚ байланыс орталығының **1406** телефоны арқылы.

**Кім сақтандырылған:**
- жалдамалы жұмыскерлер — жарнаны жұмыс беруші төлейді;
- ЖК және өзін-өзі жұмыспен қамтығандар — өздері төлейді;
- **жеңілдікті санаттар** (балалар, зейнеткерлер, жүкті әйелдер, мүгедектігі бар адамдар және т.б.) — олар үшін мемлекет төлейді.

**Мәртебе «сақтандырылмаған» болса:**
1. Жалдамалы жұмыс істесеңіз — жұмыс берушіден жарналардың аударылуын сұраңыз.
2. Жұмыс істемесеңіз және жеңілдікті санатқа жатпасаңыз — жарналарды ЖСН бойынша **eGov**, банк қосымшасы немесе банк кассасы арқылы өзіңіз төлеңіз. Жарна мөлшері ӘМСҚ сайтында көрсетілген.
3. Мәртебе төлем түскен соң жаңарады.

**Сақтандырылған болсаңыз да, мәртебеге байланысты көмектен бас тартса,** ӘМСҚ-ға (**1406**) немесе денсаулық сақтау басқармасына жүгініңіз.`,
      paraphrases: [
        'МӘМС-те сақтандырылғанымды қалай тексеремін',
        'МӘМС жарнасын өзім қалай төлеймін',
        'мәртебем сақтандырылмаған деп тұр, не істеймін',
        'жұмыссыздар үшін медициналық сақтандыруды кім төлейді',
      ],
    },
    en: {
      title: 'How to check your compulsory health insurance (OSMS) status and pay contributions',
      body: `Your status in **compulsory social health insurance (OSMS, ОСМС)** determines which medical care you receive free of charge beyond the guaranteed package.

**How to check your status:**
1. On **egov.kz** or in **eGov Mobile** — the service for checking your OSMS insurance status.
2. On the website or in the app of the **Social Health Insurance Fund** (FSMS, ФСМС).
3. By phone at the FSMS contact centre **1406**.

**Who is insured:**
- employees — the employer pays the contributions;
- individual entrepreneurs and the self-employed — pay them themselves;
- **exempt categories** (children, pensioners, pregnant women, people with disabilities, registered unemployed, students, etc.) — the state pays for them.

**If your status is "not insured":**
1. If you are employed, ask your employer about the contributions paid.
2. If you do not work and are not in an exempt category, pay the contributions yourself: via **eGov**, a banking app or a bank cash desk, using your IIN. The contribution amount is on the FSMS website.
3. The status updates after the payment arrives — check again in a few days.

**Refused care because of your status** although you are insured? Contact the FSMS (**1406**) or the health department.`,
      paraphrases: [
        'how to check if I have health insurance',
        'how to pay OSMS myself',
        'my status says not insured, what to do',
        'who pays medical insurance for the unemployed',
        'am I covered by compulsory medical insurance',
      ],
    },
  },
  {
    key: 'retirement-pension-application',
    audience: 'public',
    tags: ['пенсия', 'проактивные услуги', 'енпф'],
    items: ['S14.C03.I011', 'S14.C03.I012'],
    ru: {
      title: 'Как оформить пенсию по возрасту (в том числе по SMS)',
      body: `Пенсия по возрасту в Казахстане складывается из нескольких частей: **базовая пенсия** и **солидарная пенсия** (при стаже до 1998 года) назначаются через Госкорпорацию «Правительство для граждан», а **выплаты из накоплений** — через **ЕНПФ**.

**Проактивно, по SMS:**
1. Незадолго до достижения пенсионного возраста приходит **SMS с номера 1414** с предложением оформить пенсию.
2. Ответьте согласием и укажите банковский счёт для выплат (или подтвердите заявку в eGov Mobile).
3. Решение о назначении придёт в личный кабинет и по SMS.

**Если SMS не пришло:** подайте заявление на **egov.kz / eGov Mobile** или в ЦОН. Если стаж до 1998 года не подтверждается базами, возьмите трудовую книжку или архивные справки.

**Выплаты из ЕНПФ:** заявление подаётся в ЕНПФ (онлайн в личном кабинете на enpf.kz, через eGov или в отделении), часто одновременно с назначением пенсии.

**Пенсионный возраст** для мужчин — 63 года; для женщин он ниже и меняется по утверждённому графику, свой возраст выхода на пенсию можно посчитать на сайте ЕНПФ или уточнить в 1414.

**Не согласны с размером** — запросите расчёт и обратитесь за перерасчётом в отделение Госкорпорации через ЦОН. Вопросы — **1414**.`,
      paraphrases: [
        'как оформить пенсию по возрасту',
        'пришло смс про пенсию от 1414',
        'какие документы нужны для пенсии',
        'не засчитали стаж до 1998 года',
        'во сколько лет выход на пенсию у женщин',
      ],
    },
    kk: {
      title: 'Жасына байланысты зейнетақыны қалай рәсімдеуге болады (оның ішінде SMS арқылы)',
      body: `Қазақстанда жасына байланысты зейнетақы бірнеше бөліктен тұрады: **базалық зейнетақы** мен **ынтымақты зейнетақы** (1998 жылға дейін еңбек өтілі болса) «Азаматтарға арналған үкімет» мемлекеттік корпорациясы арқылы тағайындалады, ал **жинақтардан төлемдер** — **БЖЗҚ** арқылы.

**Проактивті түрде, SMS арқылы:**
1. Зейнеткерлік жасқа толуға аз уақыт қалғанда зейнетақыны рәсімдеу ұсынысымен **1414 нөмірінен SMS** келеді.
2. Келісім беріп, төлемдерге арналған банк шотын көрсетіңіз (немесе өтінімді eGov Mobile-да растаңыз).
3. Тағайындау туралы шешім жеке кабинетке және SMS арқылы келеді.

**SMS келмесе:** **egov.kz / eGov Mobile** арқылы немесе ХҚКО-да өтініш беріңіз. 1998 жылға дейінгі еңбек өтілі базалармен расталмаса, еңбек кітапшасын немесе мұрағат анықтамаларын алыңыз.

**БЖЗҚ-дан төлемдер:** өтініш БЖЗҚ-ға (enpf.kz, eGov немесе бөлімше арқылы) беріледі, көбіне зейнетақы тағайындаумен бір мезгілде.

**Зейнеткерлік жас** ерлер үшін — 63 жас; әйелдер үшін ол төменірек және бекітілген кесте бойынша өзгереді, өз жасыңызды БЖЗҚ сайтында есептеуге немесе 1414-тен нақтылауға болады.

**Мөлшерімен келіспесеңіз** — ХҚКО арқылы қайта есептеуге жүгініңіз. Сұрақтар — **1414**.`,
      paraphrases: [
        'жасына байланысты зейнетақыны қалай рәсімдеймін',
        '1414-тен зейнетақы туралы SMS келді',
        'зейнетақыға қандай құжаттар керек',
        '1998 жылға дейінгі еңбек өтілі есептелмеді',
      ],
    },
    en: {
      title: 'How to apply for an old-age pension (including by SMS)',
      body: `An old-age pension in Kazakhstan is made up of several parts: the **basic pension** and the **solidarity pension** (for work experience before 1998) are granted through the State Corporation "Government for Citizens", and **payments from savings** through the **ENPF**.

**Proactively, by SMS:**
1. Shortly before you reach pension age, you receive an **SMS from 1414** offering to arrange your pension.
2. Reply with your consent and give the bank account for payments (or confirm the application in eGov Mobile).
3. The decision arrives in your personal account and by SMS.

**If no SMS arrives:** apply on **egov.kz / eGov Mobile** or at a Public Service Centre (ЦОН). If your work experience before 1998 is not confirmed by the databases, bring your employment record book or archive certificates.

**Payments from the ENPF:** apply to the ENPF (online in your account on enpf.kz, via eGov or at a branch), often at the same time as the pension is granted.

**Pension age** for men is 63; for women it is lower and changes according to an approved schedule — you can work out your retirement age on the ENPF website or ask 1414.

**Disagree with the amount?** Request the calculation and apply for a recalculation to the State Corporation branch via a ЦОН. Questions: **1414**.`,
      paraphrases: [
        'how to apply for a retirement pension',
        'got an SMS from 1414 about my pension',
        'what documents do I need for a pension',
        'my work years before 1998 were not counted',
        'what is the retirement age for women in Kazakhstan',
      ],
    },
  },
  {
    key: 'large-family-benefit',
    audience: 'public',
    tags: ['многодетные', 'пособия', 'дети'],
    items: ['S14.C01.I003', 'S14.C03.I001', 'S14.C01.I011', 'S14.C01.I025'],
    ru: {
      title: 'Пособие многодетным семьям и «Алтын алқа»: как оформить',
      body: `**Пособие многодетным семьям** назначается семьям, в которых воспитывается **четыре и более** несовершеннолетних детей (включая обучающихся очно — до возраста, установленного законом). Отдельно существует выплата **многодетным матерям**, награждённым подвесками «Алтын алқа», «Күміс алқа» или ранее получившим звание «Мать-героиня».

**Как оформить:**
1. Подайте заявление на **egov.kz / eGov Mobile** (ЭЦП или SMS-пароль) или в ЦОН.
2. Укажите детей и банковский счёт для выплат. Сведения о детях система берёт из баз; документы на детей, рождённых за рубежом, могут потребоваться отдельно.
3. Решение придёт в личный кабинет; выплаты перечисляются ежемесячно.

Пособие многодетным назначается **независимо от дохода семьи**. Размеры пособий зависят от числа детей и ежегодно пересматриваются — актуальные суммы указаны на egov.kz.

**Статус многодетной семьи** дает и другие меры поддержки (например, приоритет в очереди на жильё или в детский сад, льготы на проезд — в зависимости от решения местного акимата).

**Задержка или отказ** — причина указана в решении; обращайтесь в отделение Госкорпорации через ЦОН или в **1414**. О местных льготах в Костанае — центр **109**.`,
      paraphrases: [
        'как оформить пособие многодетным',
        'алтын алқа как получить выплату',
        'положено ли пособие если четверо детей',
        'не пришло пособие многодетной семье',
      ],
    },
    kk: {
      title: 'Көпбалалы отбасыларға жәрдемақы және «Алтын алқа»: қалай рәсімдеуге болады',
      body: `**Көпбалалы отбасыларға жәрдемақы** **төрт және одан да көп** кәмелетке толмаған балаларды тәрбиелеп отырған отбасыларға тағайындалады (күндізгі оқитындарды қоса — заңда белгіленген жасқа дейін). Сонымен қатар «Алтын алқа», «Күміс алқа» алқаларымен марапатталған немесе бұрын «Батыр ана» атағын алған **көпбалалы аналарға** жеке төлем бар.

**Қалай рәсімдеуге болады:**
1. **egov.kz / eGov Mobile** арқылы (ЭЦҚ немесе SMS-пароль) немесе ХҚКО-да өтініш беріңіз.
2. Балаларды және төлемдерге арналған банк шотын көрсетіңіз. Балалар туралы мәліметтерді жүйе базалардан алады; шетелде туған балалардың құжаттары жеке қажет болуы мүмкін.
3. Шешім жеке кабинетке келеді; төлемдер ай сайын аударылады.

Көпбалалы отбасыларға жәрдемақы **отбасының табысына қарамастан** тағайындалады. Мөлшері балалар санына байланысты, өзекті сомалар egov.kz сайтында.

**Көпбалалы отбасы мәртебесі** басқа да қолдау шараларын береді (әкімдік шешіміне қарай кезектердегі басымдық, жол жүру жеңілдіктері).

**Кешіктірілсе немесе бас тартылса** — себебі шешімде көрсетілген; ХҚКО арқылы Мемлекеттік корпорация бөлімшесіне немесе **1414**-ке жүгініңіз. Қостанайдағы жергілікті жеңілдіктер туралы — **109** орталығы.`,
      paraphrases: [
        'көпбалалы отбасына жәрдемақыны қалай рәсімдеймін',
        'Алтын алқа төлемін қалай аламын',
        'төрт балам бар, жәрдемақы бола ма',
        'көпбалалы жәрдемақы келмей жатыр',
      ],
    },
    en: {
      title: 'Large family benefit and "Altyn Alqa": how to apply',
      body: `**The large family benefit** is granted to families raising **four or more** minor children (including those in full-time education — up to the age set by law). There is a separate payment for **mothers of large families** awarded the "Altyn Alqa" or "Kumis Alqa" pendants or who earlier received the title "Mother Heroine".

**How to apply:**
1. Apply on **egov.kz / eGov Mobile** (EDS or SMS password) or at a Public Service Centre (ЦОН).
2. List the children and give the bank account for payments. The system takes the children's details from the databases; documents for children born abroad may be required separately.
3. The decision arrives in your personal account; payments are made monthly.

The large family benefit is granted **regardless of family income**. The amounts depend on the number of children and are reviewed every year — current amounts are on egov.kz.

**Large family status** also brings other support (for example, priority in the housing or kindergarten queue, travel discounts — depending on the decision of the local akimat).

**Delay or refusal** — the reason is given in the decision; contact the State Corporation branch via a ЦОН or **1414**. About local benefits in Kostanay — the city centre **109**.`,
      paraphrases: [
        'how to apply for the large family allowance',
        'how to get the Altyn Alka payment',
        'do we get a benefit with four children',
        'large family benefit did not arrive',
        'payments for mothers of many children',
      ],
    },
  },
  {
    key: 'notary-power-of-attorney',
    audience: 'public',
    tags: ['нотариус', 'доверенность', 'документы'],
    ru: {
      title: 'Нотариус: доверенность, согласие на выезд ребёнка, проверка доверенности',
      body: `Некоторые действия требуют **нотариального удостоверения**: доверенности, согласие на выезд ребёнка за границу, сделки с недвижимостью, наследство.

**Как оформить доверенность:**
1. Выберите любого нотариуса (не обязательно по месту жительства).
2. Возьмите **удостоверение личности** и данные того, кому выдаёте доверенность (ФИО, ИИН). Для имущества — сведения об объекте; нотариус проверит многое по государственным базам сам.
3. Оплатите услуги нотариуса по установленным тарифам — стоимость зависит от вида действия.

**Согласие на выезд ребёнка** оформляет родитель, который не едет с ребёнком. Уточните требования страны въезда и перевозчика: иногда нужен перевод или апостиль.

**Как проверить доверенность:** все нотариальные действия регистрируются в **Единой нотариальной информационной системе**. Подлинность доверенности можно проверить по её реквизитам через сервисы нотариальной палаты или у любого нотариуса.

**Отменить доверенность** можно у нотариуса — сообщите об этом и поверенному, и организациям, где она могла быть использована.

**Многие справки для нотариуса** (о недвижимости, адресная) он получает сам из баз. Вопросы по госуслугам — **1414**.`,
      paraphrases: [
        'как сделать доверенность у нотариуса',
        'согласие на выезд ребёнка за границу где оформить',
        'как проверить подлинность доверенности',
        'как отменить доверенность',
      ],
    },
    kk: {
      title: 'Нотариус: сенімхат, баланың шетелге шығуына келісім, сенімхатты тексеру',
      body: `Кейбір әрекеттер **нотариаттық куәландыруды** талап етеді: сенімхаттар, баланың шетелге шығуына келісім, жылжымайтын мүлікпен мәмілелер, мұра.

**Сенімхатты қалай рәсімдеуге болады:**
1. Кез келген нотариусты таңдаңыз (міндетті түрде тұрғылықты жер бойынша емес).
2. **Жеке куәлікті** және сенімхат берілетін адамның деректерін (аты-жөні, ЖСН) алыңыз. Көп нәрсені нотариус базалардан өзі тексереді.
3. Нотариус қызметтерін белгіленген тарифтер бойынша төлеңіз — құны әрекет түріне байланысты.

**Баланың шығуына келісімді** баламен бірге бармайтын ата-ана рәсімдейді. Кіру елінің және тасымалдаушының талаптарын нақтылаңыз: кейде аударма немесе апостиль қажет.

**Сенімхатты қалай тексеруге болады:** барлық нотариаттық әрекеттер **Бірыңғай нотариаттық ақпараттық жүйеде** тіркеледі. Сенімхаттың түпнұсқалығын оның деректемелері бойынша нотариаттық палата сервистері арқылы немесе кез келген нотариустан тексеруге болады.

**Сенімхатты нотариуста жоюға болады** — бұл туралы сенім білдірілген адамға хабарлаңыз.

**Нотариусқа қажетті көптеген анықтамаларды** (жылжымайтын мүлік, мекенжай туралы) ол базалардан өзі алады. Мемлекеттік қызметтер бойынша сұрақтар — **1414**.`,
      paraphrases: [
        'нотариуста сенімхатты қалай жасатамын',
        'баланың шетелге шығуына келісімді қайда рәсімдеймін',
        'сенімхаттың түпнұсқалығын қалай тексеремін',
        'сенімхатты қалай жоямын',
      ],
    },
    en: {
      title: 'How to get a power of attorney or consent for a child to travel at a notary, and how to check one',
      body: `Some actions require **notarisation**: powers of attorney, consent for a child to travel abroad, real estate transactions, inheritance.

**How to get a power of attorney:**
1. Choose any notary (not necessarily where you live).
2. Bring your **ID card** and the details of the person you are giving the power of attorney to (full name, IIN). For property — details of the property; the notary checks much of it in state databases.
3. Pay the notary's fees at the established rates — the cost depends on the type of notarial act.

**Consent for a child to travel** is given by the parent who is not travelling with the child. Check the requirements of the destination country and the carrier: sometimes a translation or an apostille is needed.

**How to check a power of attorney:** all notarial acts are registered in the **Unified Notarial Information System**. You can check that a power of attorney is genuine by its details through the notary chamber's services or at any notary.

**To revoke a power of attorney,** go to a notary — and tell both the attorney and the organisations where it might have been used.

**Many certificates the notary needs** (real estate, address) the notary gets from the databases directly. Questions about public services: **1414**.`,
      paraphrases: [
        'how to make a power of attorney at a notary',
        'where to get consent for my child to travel abroad',
        'how to check if a power of attorney is real',
        'how to cancel a power of attorney',
        'notarised letter of consent for child travel',
      ],
    },
  },
  {
    key: 'city-centre-109-public-services',
    audience: 'public',
    tags: ['109', 'обращения', 'госуслуги', 'акимат'],
    items: ['S17.C05.I003', 'S17.C05.I004'],
    ru: {
      title: 'Чем поможет городской центр 109 по вопросам госуслуг',
      body: `**109** — городской центр обращений акимата Костаная. Он принимает жалобы и вопросы о работе городских служб и передаёт их ответственным исполнителям, контролируя сроки.

**С чем обращаться в 109:**
- услуги и решения **акимата и его отделов**: очередь в детский сад, очередь на жильё, земельные участки, жилищная помощь и адресная социальная помощь, школьные вопросы;
- задержка ответа на ваше обращение в акимат или несогласие с ответом;
- если не знаете, куда обратиться, — оператор подскажет или перенаправит.

**Что лучше решать через 1414 и ЦОН:**
- вход на eGov, ЭЦП, SMS-пароли, ошибки портала;
- удостоверение личности, паспорт, регистрация по месту жительства, справки eGov;
- статус заявок, поданных в ЦОН, и жалобы на работу ЦОН.

**Как обратиться в 109:**
1. Позвоните по номеру **109**.
2. Или оставьте обращение на городском портале или через чат-бот **Kenes**.
3. Опишите проблему, адрес и контакты; сохраните номер обращения — по нему можно узнать статус.

Операторы 109 не имеют доступа к вашему кабинету eGov и **никогда не просят SMS-коды и пароли**.`,
      paraphrases: [
        'что такое 109 в костанае',
        'куда звонить по поводу очереди в садик в костанае',
        'чем отличается 109 от 1414',
        'можно ли через 109 пожаловаться на акимат',
      ],
    },
    kk: {
      title: '109 қалалық орталығы мемлекеттік қызметтер бойынша немен көмектеседі',
      body: `**109** — Қостанай қаласы әкімдігінің өтініштер орталығы. Ол қалалық қызметтердің жұмысы туралы шағымдар мен сұрақтарды қабылдап, жауапты орындаушыларға жібереді және мерзімін бақылайды.

**109-ға немен жүгінуге болады:**
- **әкімдік пен оның бөлімдерінің** қызметтері мен шешімдері: балабақша кезегі, тұрғын үй кезегі, жер учаскелері, тұрғын үй көмегі және атаулы әлеуметтік көмек, мектеп мәселелері;
- әкімдікке берген өтінішіңізге жауаптың кешіктірілуі немесе жауаппен келіспеу;
- қайда жүгінерін білмесеңіз — оператор кеңес береді немесе тиісті жерге бағыттайды.

**1414 және ХҚКО арқылы шешкен дұрыс:**
- eGov-қа кіру, ЭЦҚ, SMS-парольдер, портал қателері;
- жеке куәлік, паспорт, тұрғылықты жері бойынша тіркеу, eGov анықтамалары;
- ХҚКО-да берілген өтінімдердің мәртебесі және ХҚКО жұмысына шағымдар.

**109-ға қалай жүгінуге болады:**
1. **109** нөміріне қоңырау шалыңыз.
2. Немесе өтінішті қалалық порталда немесе **Kenes** чат-боты арқылы қалдырыңыз.
3. Мәселені, мекенжайды және байланыс деректерін сипаттаңыз; өтініш нөмірін сақтаңыз — ол арқылы мәртебесін білуге болады.

109 операторларының eGov кабинетіңізге қолжетімділігі жоқ және олар **SMS-код пен парольді ешқашан сұрамайды**.`,
      paraphrases: [
        'Қостанайдағы 109 деген не',
        'балабақша кезегі бойынша қайда қоңырау шаламын',
        '109 пен 1414-тің айырмашылығы қандай',
        '109 арқылы әкімдікке шағымдануға бола ма',
      ],
    },
    en: {
      title: 'How the city centre 109 can help with public services',
      body: `**109** is the appeals centre of the Kostanay city akimat. It takes complaints and questions about city services, passes them to the responsible departments and keeps track of deadlines.

**Contact 109 about:**
- services and decisions of the **akimat and its departments**: the kindergarten queue, the housing queue, land plots, housing allowance and targeted social assistance, school matters;
- a late reply to your appeal to the akimat, or disagreement with a reply;
- anything where you do not know whom to ask — the operator will advise or redirect you.

**Better handled by 1414 and Public Service Centres (ЦОН):**
- signing in to eGov, digital signatures, SMS passwords, portal errors;
- ID cards, passports, residence registration, eGov certificates;
- the status of requests submitted at a ЦОН and complaints about ЦОН staff.

**How to contact 109:**
1. Call **109**.
2. Or leave an appeal on the city portal or through the **Kenes** chatbot.
3. Describe the problem, the address and your contacts; keep the appeal number to check its status.

109 operators have no access to your eGov account and **never ask for SMS codes or passwords**.`,
      paraphrases: [
        'what is 109 in Kostanay',
        'difference between 109 and 1414',
        'where to complain about the akimat in Kostanay',
      ],
    },
  },
  {
    key: 'internal-egov-error-consultation',
    audience: 'internal',
    tags: ['операторам', 'egov', 'ошибки', 'консультация'],
    items: ['S16.C03.I009', 'S16.C03.I003', 'S16.C03.I006'],
    ru: {
      title: 'Операторам: как консультировать заявителя по ошибке eGov',
      body: `Цель — за 3–5 минут понять тип проблемы, дать рабочий совет и не обещать того, что зависит не от акимата.

**1. Уточните (по порядку):**
- какая услуга, где подавали (сайт, eGov Mobile, приложение банка);
- **точный текст ошибки** — попросите прочитать дословно;
- чем подписывает: ЭЦП на компьютере, QR, SMS, биометрия;
- когда началось, повторяется ли.

**2. Определите тип и ответьте:**
- **Техника на стороне заявителя** (NCALayer, браузер, истёкшая ЭЦП, не приходит SMS) — шаги из статей базы знаний; предложите вход через eGov Mobile / QR.
- **«Сервис недоступен», нет ответа от источника** — сбой госоргана: повторить позже, срочное — через ЦОН.
- **«Данные не найдены / не совпадают»** — ошибка в базе: исправление в ЦОН или ЗАГС.
- **Мотивированный отказ** — это решение госоргана, а не ошибка: объясните, где читать причину и как обжаловать.

**3. Зафиксируйте** обращение в Jauap с кодом каталога (S16.C03…), текстом ошибки и временем. Не просите и не записывайте пароли, SMS-коды, файлы ключей; не подключайтесь удалённо к компьютеру заявителя.

**4. Если не решилось** — направьте в **1414** или к онлайн-консультанту egov.kz; массовые сбои — по статье об эскалации.`,
      paraphrases: [
        'что отвечать если у заявителя ошибка на егове',
        'скрипт консультации по ошибкам egov',
        'заявитель не может подписать заявку, как помочь',
        'как классифицировать обращение про ошибку портала',
      ],
    },
    kk: {
      title: 'Операторларға: өтініш берушіге eGov қатесі бойынша қалай кеңес беру керек',
      body: `Мақсат — 3–5 минутта мәселе түрін түсініп, нақты кеңес беру.

**1. Ретімен нақтылаңыз:**
- қандай қызмет, қайда берді (сайт, eGov Mobile, банк қосымшасы);
- **қатенің нақты мәтіні** — сөзбе-сөз оқып беруін сұраңыз;
- немен қол қояды: компьютердегі ЭЦҚ, QR, SMS, биометрия;
- қашан басталды, қайталана ма.

**2. Түрін анықтап, жауап беріңіз:**
- **Өтініш беруші жағындағы техника** (NCALayer, браузер, мерзімі өткен ЭЦҚ, SMS келмейді) — білім қоры мақалаларындағы қадамдар; eGov Mobile / QR арқылы кіруді ұсыныңыз.
- **«Сервис қолжетімсіз», көзден жауап жоқ** — мемлекеттік органның ақауы: кейінірек қайталау, шұғыл болса — ХҚКО арқылы.
- **«Деректер табылмады / сәйкес келмейді»** — базадағы қате: ХҚКО-да немесе АХАТ органында түзету.
- **Дәлелді бас тарту** — бұл қате емес, мемлекеттік органның шешімі: себебі мен шағымдану тәртібін түсіндіріңіз.

**3. Өтінішті** Jauap-та каталог кодымен (S16.C03…), қате мәтінімен және уақытымен тіркеңіз. Парольдерді, SMS-кодтарды, кілт файлдарын сұрамаңыз және жазбаңыз; өтініш берушінің компьютеріне қашықтан қосылмаңыз.

**4. Шешілмесе** — **1414**-ке немесе egov.kz онлайн-кеңесшісіне бағыттаңыз; жаппай ақаулар — эскалация туралы мақала бойынша.`,
      paraphrases: [
        'өтініш берушіде eGov қатесі болса не деп жауап беремін',
        'eGov қателері бойынша кеңес беру сценарийі',
        'өтініш беруші өтінімге қол қоя алмайды, қалай көмектесемін',
      ],
    },
    en: {
      title: 'For operators: how to advise a caller about an eGov error',
      body: `The goal: identify the problem type in 3–5 minutes and give advice that works, without promising what depends on others.

**1. Ask, in this order:**
- which service, where it was submitted (website, eGov Mobile, banking app);
- **the exact error text** — word for word;
- how they sign: EDS on a computer, QR, SMS, biometrics;
- when it started, whether it repeats.

**2. Identify the type and respond:**
- **Caller-side technical issue** (NCALayer, browser, expired EDS, no SMS) — give the steps from the knowledge base articles; suggest eGov Mobile / QR sign-in.
- **"Service unavailable", no response from the source** — agency outage: try later; if urgent, go to a Public Service Centre.
- **"Data not found / mismatch"** — database error: corrected at a ЦОН or the registry office.
- **Reasoned refusal** — a decision, not an error: explain the reason and how to appeal.

**3. Record** the appeal in Jauap with the catalogue code (S16.C03…), the error text and the time. Never ask for passwords, SMS codes or key files, and never connect remotely to a caller's computer.

**4. If unresolved,** refer to **1414** or the egov.kz online assistant; for mass failures, follow the escalation article.`,
      paraphrases: [
        'operator script for egov errors',
        'caller cannot sign an egov request, what do I say',
        'how to classify an appeal about a portal error',
      ],
    },
  },
  {
    key: 'internal-escalation-is-support',
    audience: 'internal',
    tags: ['операторам', 'эскалация', 'egov', 'сбои'],
    items: ['S16.C03.I008', 'S16.C03.I009'],
    ru: {
      title: 'Операторам: когда эскалировать сбой в поддержку информационной системы',
      body: `Большинство вопросов по eGov решаются консультацией и направлением в 1414. Эскалация нужна, когда проблема **не индивидуальная** или касается **систем акимата**.

**Эскалируйте старшему смены, если:**
1. **Массовый сбой:** три и более заявителя за час сообщают об одной и той же ошибке в одной услуге.
2. **Сбой региональной системы**, которую ведёт акимат или его подведомственные организации (очередь в детсады, на жильё и т. п.).
3. **Ошибка в данных акимата** (неверный номер в очереди, пропавшая заявка) — это не исправит ни 1414, ни ЦОН.
4. Есть признаки **мошенничества** или утечки персональных данных.

**Что передать в эскалации:**
- услугу и канал (сайт, eGov Mobile, региональный портал);
- точный текст ошибки, время первого и последнего обращения;
- количество обращений и их номера в Jauap;

**Куда уходит:** старший смены передаёт в службу поддержки владельца системы — ответственный отдел акимата, региональный филиал Госкорпорации или оператора eGov (АО «НИТ») через 1414 — по действующему регламенту центра.

**Заявителю** скажите, что проблема зафиксирована, и дайте обходной путь (ЦОН, позже, другой канал). Не называйте сроки исправления, которых не знаете.`,
      paraphrases: [
        'когда эскалировать сбой егов',
        'много звонков про одну ошибку в сервисе что делать',
        'куда передавать сбой очереди в детсад',
        'массовый сбой портала порядок действий оператора',
      ],
    },
    kk: {
      title: 'Операторларға: ақпараттық жүйе ақауын қолдау қызметіне қашан жеткізу керек',
      body: `eGov бойынша сұрақтардың көбі кеңес беру және 1414-ке бағыттау арқылы шешіледі. Мәселе **жеке емес** болса немесе **әкімдік жүйелеріне** қатысты болса, эскалация қажет.

**Ауысым аға маманына жеткізіңіз, егер:**
1. **Жаппай ақау:** бір сағатта үш және одан көп өтініш беруші бір қызметтегі бірдей қате туралы хабарласа.
2. Әкімдік немесе оның ведомстволық ұйымдары жүргізетін **өңірлік жүйедегі ақау** (балабақша, тұрғын үй кезегі және т.б.).
3. **Әкімдік деректеріндегі қате** (кезектегі нөмір қате, өтінім жоғалған) — мұны 1414 те, ХҚКО да түзете алмайды.
4. **Алаяқтық** немесе дербес деректердің таралу белгілері бар.

**Эскалацияда не беру керек:**
- қызмет және арна (сайт, eGov Mobile, өңірлік портал);
- қатенің нақты мәтіні, алғашқы және соңғы өтініштің уақыты;
- өтініштер саны және олардың Jauap-тағы нөмірлері;

**Қайда жіберіледі:** ауысым аға маманы жүйе иесінің қолдау қызметіне — әкімдіктің жауапты бөліміне, Мемлекеттік корпорацияның өңірлік филиалына немесе 1414 арқылы eGov операторына («ҰАТ» АҚ) жібереді.

**Өтініш берушіге** мәселенің тіркелгенін айтып, айналма жолды ұсыныңыз (ХҚКО, кейінірек, басқа арна). Өзіңіз білмейтін түзету мерзімдерін айтпаңыз.`,
      paraphrases: [
        'eGov ақауын қашан эскалациялау керек',
        'бір қате туралы көп қоңырау түсіп жатыр, не істеймін',
        'балабақша кезегі жүйесінің ақауын қайда жіберемін',
      ],
    },
  },
  {
    key: 'internal-con-complaints-routing',
    audience: 'internal',
    tags: ['операторам', 'цон', 'жалоба', 'маршрутизация'],
    items: ['S16.C02.I023', 'S16.C02.I024', 'S16.C02.I025', 'S16.C02.I022'],
    ru: {
      title: 'Операторам: куда направлять жалобы на ЦОН и нарушение сроков госуслуг',
      body: `ЦОНы — это **Госкорпорация «Правительство для граждан»**, а не акимат, но жалобу мы всё равно регистрируем.

**Как действовать:**
1. **Зарегистрируйте обращение** в Jauap с кодом из раздела S16.C02 (грубость — I023, утеря документов — I024, нарушение срока — I025, очередь — I022). Запишите адрес ЦОН, дату и время, номер талона или расписки, услугу.
2. **Определите исполнителя:**
   - работа ЦОН, персонал, очереди, утеря документов — региональный филиал Госкорпорации;
   - нарушение срока услуги, которую оказывает **отдел акимата** (земля, жильё, детсады, соцпомощь), — ответственный отдел акимата, даже если заявление принимал ЦОН;
   - нарушение срока услуги центрального госоргана — этот госорган; заявителю параллельно рекомендуйте **1414** или **eOtinish**.
3. **Сообщите заявителю** номер обращения и срок ответа. Обращения рассматриваются в сроки, установленные Административным процедурно-процессуальным кодексом (общий срок — 15 рабочих дней, может быть продлён с уведомлением заявителя).
4. **Утеря документов** — приоритет: попросите сохранить расписку и отметьте срочность.

**Не делайте:** не оценивайте действия сотрудников ЦОН и не обещайте наказания.`,
      paraphrases: [
        'куда направлять жалобу на цон',
        'жалоба на грубость в цоне какой код',
        'нарушен срок госуслуги кто исполнитель',
        'цон это акимат или нет',
      ],
    },
    kk: {
      title: 'Операторларға: ХҚКО жұмысына және мемлекеттік қызмет мерзімінің бұзылуына шағымдарды қайда жіберу керек',
      body: `ХҚКО-лар — әкімдік емес, **«Азаматтарға арналған үкімет» мемлекеттік корпорациясы**. Бірақ шағымды бәрібір тіркейміз.

**Қалай әрекет ету керек:**
1. Өтінішті Jauap-та S16.C02 бөлімінің кодымен **тіркеңіз** (дөрекілік — I023, құжаттардың жоғалуы — I024, мерзімнің бұзылуы — I025, кезек — I022). ХҚКО мекенжайын, күні мен уақытын, талонның немесе қолхаттың нөмірін, қызметті жазыңыз.
2. **Орындаушыны анықтаңыз:**
   - ХҚКО жұмысы, қызметкерлер, кезектер, құжаттардың жоғалуы — Мемлекеттік корпорацияның өңірлік филиалы;
   - **әкімдік бөлімі** көрсететін қызмет мерзімінің бұзылуы (жер, тұрғын үй, балабақша, әлеуметтік көмек) — өтінішті ХҚКО қабылдаса да, әкімдіктің жауапты бөлімі;
   - орталық мемлекеттік орган қызметі мерзімінің бұзылуы — сол орган; өтініш берушіге қатар **1414** немесе **eOtinish** ұсыныңыз.
3. Өтініш берушіге өтініш нөмірі мен жауап мерзімін **хабарлаңыз**. Өтініштер Әкімшілік рәсімдік-процестік кодексте белгіленген мерзімде қаралады (жалпы мерзім — 15 жұмыс күні, ұзартылуы мүмкін).
4. **Құжаттардың жоғалуы** — басымдық: қолхатты сақтауды сұрап, шұғылдығын белгілеңіз.

**Жасамаңыз:** ХҚКО қызметкерлерінің әрекетіне баға бермеңіз, жазалауды уәде етпеңіз.`,
      paraphrases: [
        'ХҚКО үстінен түскен шағымды қайда жіберу керек',
        'ХҚКО-дағы дөрекілікке шағым қандай кодпен тіркеледі',
        'мемлекеттік қызмет мерзімі бұзылды, орындаушы кім',
      ],
    },
  },
  {
    key: 'internal-personal-data-safety-calls',
    audience: 'internal',
    tags: ['операторам', 'персональные данные', 'мошенничество', 'безопасность'],
    ru: {
      title: 'Операторам: персональные данные и мошенничество в разговорах о госуслугах',
      body: `Заявители часто готовы продиктовать всё, лишь бы им помогли. Наша задача — помочь, **не собирая лишнего**.

**Никогда не просите и не записывайте:**
- SMS-коды, пароли от eGov и ЭЦП, файлы ключей;
- данные банковских карт;
- фото удостоверения личности через личные мессенджеры.
Если заявитель начинает диктовать код — остановите его и объясните, почему так нельзя.

**Что можно записать в обращение:** ФИО, контактный телефон, адрес (если проблема к нему привязана), услугу и текст ошибки. ИИН — только если без него исполнитель не сможет найти заявку, и только в поле обращения, а не в тексте.

**Не сообщайте по телефону** сведения о третьих лицах (кто прописан в квартире, чья очередь впереди, данные соседей) — даже если звонящий представляется родственником.

**Если заявитель сообщает о мошенничестве** (назвал код, в кабинете чужие заявки, оформлены займы):
1. Посоветуйте сразу сменить пароль eGov, отозвать ЭЦП, позвонить в банк.
2. Рекомендуйте установить добровольный запрет на займы через eGov и обратиться в полицию (**102**).
3. Зарегистрируйте обращение и отметьте признак мошенничества — при повторяющейся схеме сообщите старшему смены.`,
      paraphrases: [
        'можно ли записывать иин заявителя',
        'заявитель диктует код из смс что делать',
        'звонящий просит сказать кто прописан в квартире',
        'как действовать если заявителя обманули мошенники',
      ],
    },
    kk: {
      title: 'Операторларға: мемлекеттік қызметтер туралы әңгімелердегі дербес деректер және алаяқтық',
      body: `Өтініш берушілер көмек алу үшін бәрін айтып беруге дайын. Біздің міндет — **артық ештеңе жинамай** көмектесу.

**Ешқашан сұрамаңыз және жазбаңыз:**
- SMS-кодтарды, eGov пен ЭЦҚ парольдерін, кілт файлдарын;
- банк карталарының деректерін;
- жеке мессенджерлер арқылы жеке куәліктің суретін.
Өтініш беруші кодты айта бастаса — тоқтатып, неге болмайтынын түсіндіріңіз.

**Өтінішке не жазуға болады:** аты-жөні, байланыс телефоны, мекенжай (мәселе соған байланысты болса), қызмет және қате мәтіні. ЖСН — тек онсыз орындаушы өтінімді таба алмаса және тек өтініштің арнайы өрісіне, мәтінге емес.

**Телефон арқылы** үшінші тұлғалар туралы мәліметтерді (пәтерде кім тіркелген, кезекте кім алда, көршілердің деректері) **айтпаңыз** — қоңырау шалушы өзін туысы деп таныстырса да.

**Өтініш беруші алаяқтық туралы хабарласа** (кодты айтып қойған, кабинетте бөтен өтінімдер, қарыздар рәсімделген):
1. eGov паролін бірден ауыстыруға, ЭЦҚ-ны кері қайтаруға, банкке қоңырау шалуға кеңес беріңіз.
2. eGov арқылы қарыз алуға ерікті тыйым қоюды және полицияға (**102**) жүгінуді ұсыныңыз.
3. Өтінішті тіркеп, алаяқтық белгісін қойыңыз — схема қайталанса, ауысым аға маманына хабарлаңыз.`,
      paraphrases: [
        'өтініш берушінің ЖСН-ын жазуға бола ма',
        'өтініш беруші SMS кодты айтып жатыр, не істеймін',
        'пәтерде кім тіркелгенін айтуды сұрап жатыр',
        'өтініш берушіні алаяқтар алдаса қалай әрекет етемін',
      ],
    },
  },
  {
    key: 'internal-egov-quick-answers',
    audience: 'internal',
    tags: ['операторам', 'шаблоны ответов', 'egov', 'госуслуги'],
    ru: {
      title: 'Операторам: короткие ответы на частые вопросы о госуслугах',
      body: `Для подробностей откройте публичную статью и отправьте заявителю ссылку.

1. **«Где взять адресную справку / справку о несудимости / о недвижимости?»** — «На egov.kz или в eGov Mobile, бесплатно, обычно за несколько минут. Подписать можно ЭЦП или SMS-кодом».
2. **«Нет ЭЦП, что делать?»** — «Можно войти по SMS-паролю, если номер зарегистрирован в базе мобильных граждан, или по биометрии в eGov Mobile. Номер регистрируют в ЦОН».
3. **«Сколько стоит / какая пошлина?»** — «Точная сумма — на странице услуги на egov.kz».
4. **«Когда работает ЦОН?»** — «Обычно в будни с 9 до 18, дежурные ЦОНы — дольше и в субботу до 13. Точный график — на egov.kz или по 1414».
5. **«Где моя заявка?»** — «В личном кабинете eGov, раздел „История получения услуг“; для заявок в ЦОН — по номеру расписки на egov.kz или по 1414».
6. **«Очередь в детсад / на жильё / на землю не двигается»** — вопрос акимата: регистрируем в Jauap и направляем в отдел.
7. **«Звонили из 1414 и просят код»** — «Это мошенники. Положите трубку, никому не называйте код».

**Правило:** не называйте суммы, сроки и номера телефонов, которых нет в статьях базы знаний; кроме **1414**, **109** и экстренных номеров.`,
      paraphrases: [
        'шаблоны ответов по егову для операторов',
        'что быстро ответить про адресную справку',
        'как ответить на вопрос о стоимости госпошлины',
        'типовые ответы по госуслугам',
      ],
    },
    kk: {
      title: 'Операторларға: мемлекеттік қызметтер туралы жиі қойылатын сұрақтарға қысқа жауаптар',
      body: `Толығырақ — жария мақаланы ашып, сілтемесін жіберіңіз.

1. **«Мекенжай анықтамасын қайдан аламын?»** — «egov.kz немесе eGov Mobile-да, тегін, әдетте бірнеше минутта. ЭЦҚ немесе SMS-кодпен қол қоюға болады».
2. **«ЭЦҚ жоқ, не істеймін?»** — «Нөміріңіз мобильдік азаматтар базасында тіркелген болса, SMS-пароль арқылы немесе eGov Mobile-да биометрия арқылы кіруге болады. Нөмірді ХҚКО-да тіркейді».
3. **«Қанша тұрады / баж қандай?»** — «Нақты сомасы — egov.kz сайтындағы қызмет бетінде».
4. **«ХҚКО қашан жұмыс істейді?»** — «Әдетте жұмыс күндері 9-дан 18-ге дейін, кезекші ХҚКО-лар — ұзағырақ және сенбіде 13-ке дейін. Нақты кестесі — egov.kz сайтында немесе 1414 арқылы».
5. **«Өтінімім қайда?»** — «eGov жеке кабинетінде, „Қызметтерді алу тарихы“ бөлімінде; ХҚКО-дағы өтінімдер үшін — egov.kz сайтында қолхат нөмірі бойынша немесе 1414 арқылы».
6. **«Балабақша / тұрғын үй / жер кезегі жылжымайды»** — әкімдік мәселесі: Jauap-та тіркеп, бөлімге жібереміз.
7. **«1414-тен қоңырау шалып, код сұрап жатыр»** — «Бұл алаяқтар. Телефонды қойыңыз, кодты ешкімге айтпаңыз».

**Ереже:** мақалаларда жоқ сомаларды, мерзімдерді және нөмірлерді айтпаңыз (**1414**, **109** және шұғыл нөмірлерден басқа).`,
      paraphrases: [
        'операторларға eGov бойынша жауап үлгілері',
        'мекенжай анықтамасы туралы қысқа жауап',
        'мемлекеттік баж құны туралы сұраққа қалай жауап беремін',
      ],
    },
  },
];
