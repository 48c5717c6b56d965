// Demo knowledge base: social support, health, education, employment, business, transport and
// roads, public order and civic participation. Written by hand for the demo city (Kostanay-like
// appeals centre 109). Amounts and thresholds change every year, so the texts send people to the
// body that sets them instead of quoting figures.

import type { DemoKbArticle } from './types.ts';

export const SOCIAL_ARTICLES: DemoKbArticle[] = [
  // ─── Social support ────────────────────────────────────────────────────────────────────────
  {
    key: 'targeted-social-assistance',
    audience: 'public',
    tags: ['асп', 'пособия', 'малообеспеченные', 'соцзащита'],
    items: ['S14.C01.I001', 'S14.C01.I012', 'S14.C01.I023'],
    ru: {
      title: 'Адресная социальная помощь (АСП): кто может получить и как оформить',
      body: `**Адресная социальная помощь (АСП)** — ежемесячная выплата семьям, у которых среднедушевой доход ниже черты бедности, установленной в регионе. Размер зависит от доходов и состава семьи; действующие пороги уточняйте в отделе занятости и социальных программ.

**Как оформить**
1. Подайте заявление на **eGov.kz** с ЭЦП («Социальное обеспечение» → «Назначение адресной социальной помощи») или лично в отделе занятости и социальных программ, в сёлах — у акима сельского округа.
2. Укажите состав семьи и все доходы. Большая часть сведений о доходах, имуществе и регистрации подтягивается из государственных баз.
3. Трудоспособные члены семьи заключают **социальный контракт** и участвуют в мерах содействия занятости.
4. Участковая комиссия может посетить семью и составить акт обследования.

**Документы:** удостоверение личности, сведения о доходах, которых нет в базах (например, алименты по расписке), реквизиты банковского счёта.

**Если отказали** — причина указывается в решении. Его можно обжаловать в управлении координации занятости и социальных программ области или в суде.

**Где спросить:** отдел занятости и социальных программ акимата, 109, 1414.`,
      paraphrases: [
        'как получить асп',
        'мы малоимущая семья, какая помощь положена',
        'куда подавать на адресную помощь',
        'почему не пришла асп в этом месяце',
        'пособие для бедных семей как оформить',
      ],
    },
    kk: {
      title: 'Атаулы әлеуметтік көмек (АӘК): кімге беріледі және қалай ресімделеді',
      body: `**Атаулы әлеуметтік көмек (АӘК)** — жан басына шаққандағы орташа табысы өңірде белгіленген кедейлік шегінен төмен отбасыларға ай сайын төленетін көмек. Мөлшері отбасының табысы мен құрамына байланысты; қолданыстағы шектерді жұмыспен қамту бөлімінен нақтылаңыз.

**Қалай ресімдеуге болады**
1. **eGov.kz** порталында ЭЦҚ арқылы өтініш беріңіз («Әлеуметтік қамсыздандыру» → «Атаулы әлеуметтік көмек тағайындау») немесе жұмыспен қамту бөліміне, ауылда — ауылдық округ әкіміне жеке барыңыз.
2. Отбасы құрамы мен барлық табысты көрсетіңіз. Табыс, мүлік және тіркеу туралы мәліметтердің көбі мемлекеттік дерекқорлардан алынады.
3. Еңбекке қабілетті отбасы мүшелері **әлеуметтік келісімшарт** жасасып, жұмыспен қамтуға жәрдемдесу шараларына қатысады.
4. Учаскелік комиссия отбасыға барып, тексеруі мүмкін.

**Құжаттар:** жеке куәлік, дерекқорда жоқ табыс туралы мәліметтер (мысалы, қолхат бойынша алимент), банк шотының деректемелері.

**Бас тартылса** — себебі шешімде жазылады. Оған облыстық жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасына немесе сотқа шағым беруге болады.

**Қайда сұрауға болады:** әкімдіктің жұмыспен қамту және әлеуметтік бағдарламалар бөлімі, 109, 1414.`,
      paraphrases: [
        'АӘК қалай алуға болады',
        'аз қамтылған отбасыға қандай көмек бар',
        'атаулы көмекке қайда өтініш береміз',
        'атаулы көмек осы айда неге түспеді',
      ],
    },
    en: {
      title: 'Targeted social assistance (ASP): who is eligible and how to apply',
      body: `**Targeted social assistance (ASP)** is a monthly payment for families whose average income per person is below the poverty line set for the region. The amount depends on the family's income and size; ask the employment and social programmes department for the current thresholds.

**How to apply**
1. Apply on **eGov.kz** with a digital signature (Social security → Targeted social assistance), or in person at the city employment and social programmes department; in villages, at the rural district akim's office.
2. List all family members and all income. Most data on income, property and registration is pulled from state databases.
3. Family members able to work sign a **social contract** and take part in employment support (job search, training, work).
4. A local commission may visit the family and write an inspection report.

**Documents:** ID card, proof of any income not in the databases, bank account details.

**If refused**, the decision gives the reason. You can appeal to the regional employment and social programmes office or to court.

**Where to ask:** the akimat's employment and social programmes department, 109, 1414.`,
      paraphrases: [
        'how do I get ASP benefit',
        'low income family what help can we get',
        'where to apply for targeted assistance',
        'my ASP payment did not come this month',
      ],
    },
  },
  {
    key: 'childbirth-and-childcare-benefits',
    audience: 'public',
    tags: ['пособия', 'рождение', 'декрет', 'семья'],
    items: ['S14.C01.I004', 'S14.C01.I005', 'S14.C01.I015', 'S14.C01.I026', 'S14.C01.I027'],
    ru: {
      title: 'Пособие на рождение ребёнка и по уходу за ребёнком: как оформить',
      body: `После рождения ребёнка семья может получить несколько выплат:
- **единовременное пособие на рождение** — от государства, всем независимо от дохода;
- **пособие по уходу за ребёнком** — неработающим родителям до достижения ребёнком одного года;
- **социальные выплаты из ГФСС** — работающим родителям, за которых платились социальные отчисления: по беременности и родам и по уходу за ребёнком до полутора лет.

**Как оформить**
1. Зарегистрируйте рождение: чаще всего это делается прямо в роддоме, затем на телефон приходит SMS с 1414.
2. Ответьте согласием на SMS — пособия назначаются **проактивно**. Либо воспользуйтесь комплексной услугой «Рождение ребёнка» на **eGov.kz**: регистрация рождения, пособия и очередь в детский сад в одной заявке.
3. Выплату по беременности и родам работающая мама оформляет по больничному листу через работодателя.

**Документы:** удостоверение личности, реквизиты банковского счёта. Размеры пособий зависят от МРП и, для выплат ГФСС, от дохода.

**Если выплата задерживается** — проверьте статус заявки на eGov, затем обратитесь в ЦОН или по 1414.`,
      paraphrases: [
        'родила ребенка какие выплаты положены',
        'как оформить декретные',
        'пособие до полутора лет куда подавать',
        'единовременка на рождение не пришла',
        'я не работаю, дадут ли пособие по уходу',
      ],
    },
    kk: {
      title: 'Бала тууға және бала күтіміне байланысты жәрдемақы: қалай ресімдеу керек',
      body: `Бала туылғаннан кейін отбасы бірнеше төлем ала алады:
- **бала тууына байланысты біржолғы жәрдемақы** — мемлекеттен, табысқа қарамастан барлығына;
- **бала күтімі бойынша жәрдемақы** — жұмыс істемейтін ата-анаға бала бір жасқа толғанға дейін;
- **МӘСҚ-тан әлеуметтік төлемдер** — әлеуметтік аударымдар төленген жұмыс істейтін ата-анаға: жүктілік пен босануға байланысты және бала бір жарым жасқа толғанға дейін күтімі бойынша.

**Қалай ресімдеуге болады**
1. Баланың тууын тіркеңіз: көбіне бұл перзентхананың өзінде жасалады, содан кейін телефонға 1414-тен SMS келеді.
2. SMS-ке келісім беріңіз — жәрдемақылар **проактивті** тағайындалады. Немесе **eGov.kz** порталындағы «Бала тууы» кешенді қызметін пайдаланыңыз: туу тіркеу, жәрдемақылар және балабақша кезегі бір өтініште.
3. Жүктілік пен босануға байланысты төлемді жұмыс істейтін ана еңбекке уақытша жарамсыздық парағы бойынша жұмыс беруші арқылы ресімдейді.

**Құжаттар:** жеке куәлік, банк шотының деректемелері. Жәрдемақы мөлшері АЕК-ке, ал МӘСҚ төлемдері табысқа байланысты.

**Төлем кешіксе** — eGov-та өтінім мәртебесін тексеріп, ХҚКО-ға немесе 1414-ке хабарласыңыз.`,
      paraphrases: [
        'бала тудым қандай төлемдер бар',
        'декреттік ақшаны қалай рәсімдеймін',
        'бір жарым жасқа дейінгі жәрдемақыға қайда өтініш беремін',
        'балаға біржолғы жәрдемақы келмеді',
      ],
    },
    en: {
      title: 'Birth grant and childcare benefits: how to apply',
      body: `After a child is born, the family can receive several payments:
- **a one-off birth grant** — from the state, for everyone regardless of income;
- **childcare allowance** — for parents who do not work, until the child turns one;
- **social payments from the State Social Insurance Fund (GFSS)** — for working parents on whose behalf social contributions were paid: for pregnancy and childbirth, and for childcare until the child is one and a half.

**How to apply**
1. Register the birth: most often this is done right at the maternity hospital, and then an SMS from 1414 arrives on your phone.
2. Reply to the SMS with your consent — the benefits are granted **proactively**. Or use the all-in-one service “Birth of a child” on **eGov.kz**: birth registration, benefits and a kindergarten queue place in one application.
3. A working mother applies for the pregnancy and childbirth payment with her sick-leave certificate through her employer.

**Documents:** ID card, bank account details. Benefit amounts depend on the MRP (monthly calculation index) and, for GFSS payments, on income.

**If a payment is late**, check the application status on eGov, then contact a Public Service Centre (ЦОН) or call 1414.`,
      paraphrases: [
        'I just had a baby what payments can I get',
        'child benefit after birth',
        'how to apply for maternity pay',
        'childcare payment until 1.5 years where to apply',
        'the one-off birth payment has not come',
        'I am not working can I get childcare benefit',
      ],
    },
  },
  {
    key: 'disability-assessment-mse',
    audience: 'public',
    tags: ['инвалидность', 'мсэ', 'соцзащита', 'здоровье'],
    items: ['S14.C02.I019', 'S14.C02.I020'],
    ru: {
      title: 'Как установить инвалидность (МСЭ): порядок и сроки',
      body: `Инвалидность устанавливает **медико-социальная экспертиза (МСЭ)** — подразделение Департамента Комитета труда, социальной защиты и миграции по области. Сейчас освидетельствование в большинстве случаев проходит **без личного визита**: документы передаются из поликлиники в электронном виде.

**Порядок**
1. Обратитесь к участковому врачу в поликлинике прикрепления. Он назначит обследования и консультации специалистов.
2. Врачебно-консультационная комиссия (ВКК) поликлиники оформляет **направление на МСЭ** и отправляет его в информационную систему.
3. МСЭ рассматривает документы и выносит решение: группа инвалидности (I, II, III) или категория «ребёнок с инвалидностью», срок переосвидетельствования, процент утраты трудоспособности.
4. Вместе с решением составляется **индивидуальная программа абилитации и реабилитации (ИПР)** — по ней выдаются технические средства и услуги.

**Документы:** удостоверение личности; медицинские документы собирает поликлиника. Если вы хотите очное освидетельствование, укажите это врачу.

**Если не согласны с решением** — обжалуйте его в отделе методологии и контроля МСЭ департамента, затем в суде.

**Где спросить:** ваша поликлиника, 1414, 109.`,
      paraphrases: [
        'как оформить инвалидность',
        'куда идти на мсэ',
        'дали третью группу а я не согласен',
        'нужно ли самому ехать на комиссию по инвалидности',
        'как продлить инвалидность ребенку',
      ],
    },
    kk: {
      title: 'Мүгедектікті қалай белгілеуге болады (МӘС): тәртібі мен мерзімі',
      body: `Мүгедектікті облыс бойынша Еңбек, әлеуметтік қорғау және көші-қон комитеті департаментінің **медициналық-әлеуметтік сараптамасы (МӘС)** белгілейді. Қазір куәландыру көп жағдайда **адамның өзі келмей-ақ** өтеді: құжаттар емханадан электронды түрде жіберіледі.

**Тәртібі**
1. Бекітілген емханадағы учаскелік дәрігерге барыңыз. Ол қажетті тексерулер мен мамандардың кеңесін тағайындайды.
2. Емхананың дәрігерлік-консультациялық комиссиясы (ДКК) **МӘС-ке жолдама** ресімдеп, ақпараттық жүйеге жібереді.
3. МӘС құжаттарды қарап, шешім шығарады: мүгедектік тобы (I, II, III) немесе «мүгедектігі бар бала» санаты, қайта куәландыру мерзімі, еңбекке қабілеттіліктен айырылу пайызы.
4. Шешіммен бірге **абилитация мен оңалтудың жеке бағдарламасы (ЖБ)** жасалады — техникалық құралдар мен қызметтер соған сәйкес беріледі.

**Құжаттар:** жеке куәлік; медициналық құжаттарды емхана жинайды. Сараптамадан өзіңіз қатысып өткіңіз келсе, дәрігерге айтыңыз.

**Шешімге келіспесеңіз** — департаменттің МӘС әдіснама және бақылау бөліміне, одан кейін сотқа шағымданыңыз.

**Қайда сұрауға болады:** емханаңыз, 1414, 109.`,
      paraphrases: [
        'мүгедектікті қалай рәсімдеймін',
        'МӘС комиссиясына қайда барамын',
        'үшінші топ берді, келіспеймін',
        'балаға мүгедектікті қалай ұзартамын',
      ],
    },
    en: {
      title: 'How to get a disability status (medical and social assessment)',
      body: `Disability is established by the **medical and social assessment service (MSE)** of the regional Department of the Committee for Labour, Social Protection and Migration. In most cases the assessment now takes place **without a personal visit**: the clinic sends the documents electronically.

**Steps**
1. See your GP at the polyclinic you are attached to. They will order tests and specialist consultations.
2. The clinic's medical advisory commission issues a **referral to MSE** and sends it through the information system.
3. MSE reviews the case and decides: disability group (I, II or III) or "child with a disability", the date of the next review, and the percentage of lost working capacity.
4. An **individual habilitation and rehabilitation programme (IPR)** is drawn up with the decision; technical aids and services are provided under it.

**Documents:** ID card; the clinic collects the medical records. If you want to attend the assessment in person, tell your doctor.

**If you disagree**, appeal to the methodology and control unit of MSE at the regional department, then to court.

**Where to ask:** your polyclinic, 1414, 109.`,
      paraphrases: [
        'how to apply for disability status',
        'where is the disability commission',
        'I was given group three and I disagree',
        'do I have to go to the assessment in person',
      ],
    },
  },
  {
    key: 'disability-allowances-and-carer',
    audience: 'public',
    tags: ['инвалидность', 'пособия', 'уход', 'соцзащита'],
    items: ['S14.C01.I006', 'S14.C01.I008', 'S14.C01.I017', 'S14.C01.I019', 'S14.C01.I028', 'S14.C01.I030'],
    ru: {
      title: 'Пособие по инвалидности и пособие по уходу за человеком с инвалидностью',
      body: `После установления инвалидности назначаются выплаты:
- **государственное социальное пособие по инвалидности** — из бюджета, независимо от стажа;
- **социальная выплата ГФСС на случай утраты трудоспособности** — если за человека платились социальные отчисления;
- **пособие лицу, осуществляющему уход** за человеком с инвалидностью первой группы, и **пособие родителям** (опекунам), воспитывающим ребёнка с инвалидностью.

**Как оформить**
1. После решения МСЭ обычно приходит **SMS с 1414** с предложением назначить пособие — ответьте согласием.
2. Если SMS не пришло, подайте заявление на **eGov.kz** или в ЦОН.
3. Пособие по уходу оформляет человек, который ухаживает; нужен документ о родстве или решение об опеке, если сведений нет в базах.

**Документы:** удостоверение личности, реквизиты банковского счёта.

Размер пособий зависит от группы инвалидности и прожиточного минимума и пересматривается ежегодно.

**Если выплату не назначили или она задерживается** — проверьте статус на eGov, обратитесь в ЦОН или по 1414. Отказ можно обжаловать в Департаменте Комитета труда, социальной защиты и миграции по области.`,
      paraphrases: [
        'какие выплаты по инвалидности положены',
        'как оформить пособие по уходу за инвалидом',
        'мама ухаживает за ребенком инвалидом что ей платят',
        'пособие по инвалидности не пришло',
      ],
    },
    kk: {
      title: 'Мүгедектігі бойынша жәрдемақы және мүгедектігі бар адамды күтуге арналған жәрдемақы',
      body: `Мүгедектік белгіленгеннен кейін мынадай төлемдер тағайындалады:
- **мүгедектігі бойынша мемлекеттік әлеуметтік жәрдемақы** — бюджеттен, еңбек өтіліне қарамастан;
- **еңбек ету қабілетінен айырылу жағдайына МӘСҚ-тан әлеуметтік төлем** — егер адам үшін әлеуметтік аударымдар төленген болса;
- бірінші топтағы мүгедектігі бар адамды **күтіп-бағатын адамға жәрдемақы** және мүгедектігі бар баланы тәрбиелеп отырған **ата-анаға** (қорғаншыға) жәрдемақы.

**Қалай ресімдеуге болады**
1. МӘС шешімінен кейін әдетте **1414-тен SMS** келеді — келісім жіберіңіз.
2. SMS келмесе, **eGov.kz** порталында немесе ХҚКО-да өтініш беріңіз.
3. Күтім жәрдемақысын күтім жасайтын адам ресімдейді; дерекқорда мәлімет болмаса, туыстықты растайтын құжат немесе қорғаншылық туралы шешім керек.

**Құжаттар:** жеке куәлік, банк шотының деректемелері.

Жәрдемақы мөлшері мүгедектік тобына және ең төмен күнкөріс деңгейіне байланысты, жыл сайын қайта қаралады.

**Төлем тағайындалмаса немесе кешіксе** — eGov-та мәртебені тексеріп, ХҚКО-ға не 1414-ке хабарласыңыз. Бас тартуға облыс бойынша Еңбек, әлеуметтік қорғау және көші-қон комитетінің департаментіне шағымдануға болады.`,
      paraphrases: [
        'мүгедектікке қандай төлем бар',
        'мүгедекті күткені үшін жәрдемақы қалай алынады',
        'мүгедек баланы бағып отырған анаға не төленеді',
        'мүгедектік жәрдемақысы түспеді',
      ],
    },
    en: {
      title: 'Disability benefit and carer allowance: what is paid and how to apply',
      body: `Once a disability has been established, these payments are granted:
- **state social disability benefit** — from the budget, regardless of length of service;
- **a social payment from the State Social Insurance Fund (GFSS) for loss of working capacity** — if social contributions were paid for the person;
- **an allowance for the person caring** for someone with a group I disability, and **an allowance for parents** (guardians) raising a child with a disability.

**How to apply**
1. After the MSE decision an **SMS from 1414** usually arrives offering to assign the benefit — reply with your consent.
2. If no SMS comes, apply on **eGov.kz** or at a Public Service Centre (ЦОН).
3. The carer allowance is applied for by the person who provides the care; a document proving kinship or a guardianship decision is needed if this information is not in the databases.

**Documents:** ID card, bank account details.

The amount depends on the disability group and the subsistence minimum and is reviewed every year.

**If the payment has not been assigned or is late**, check the status on eGov, contact a ЦОН or call 1414. A refusal can be appealed to the regional Department of the Committee for Labour, Social Protection and Migration.`,
      paraphrases: [
        'what payments do I get with a disability',
        'how to get carer allowance for looking after a disabled person',
        'mum looks after a disabled child what is she paid',
        'my disability benefit did not come',
      ],
    },
  },
  {
    key: 'disability-technical-aids-portal',
    audience: 'public',
    tags: ['инвалидность', 'реабилитация', 'техсредства', 'санаторий'],
    items: ['S14.C02.I001', 'S14.C02.I002', 'S14.C02.I003', 'S14.C02.I006', 'S14.C02.I008', 'S14.C02.I009', 'S14.C02.I010'],
    ru: {
      title: 'Коляска, слуховой аппарат, протезы, санаторий для людей с инвалидностью: как получить',
      body: `Технические средства реабилитации, протезно-ортопедические изделия, гигиенические средства и санаторно-курортное лечение предоставляются бесплатно **по индивидуальной программе абилитации и реабилитации (ИПР)**, которую составляет МСЭ.

**Как получить**
1. Убедитесь, что нужное средство записано в вашей ИПР. Если нет — обратитесь к врачу для внесения изменений через МСЭ.
2. Зайдите на **Портал социальных услуг** (вход через eGov) и выберите товар или услугу у зарегистрированного поставщика. За вас может сделать это родственник по доверенности или специалист отдела занятости и социальных программ.
3. Поставщик передаёт изделие, оплату ему производит государство. Можно выбрать более дорогую модель, доплатив разницу.
4. Санаторно-курортное лечение выбирается на том же портале в пределах срока, указанного в ИПР.

**Документы:** удостоверение личности; ИПР подтягивается из базы.

**Если средство не выдают долго** — уточните статус на портале, обратитесь в отдел занятости и социальных программ или в Департамент Комитета труда, социальной защиты и миграции по области.

**Где спросить:** отдел занятости и социальных программ, 109, 1414.`,
      paraphrases: [
        'как получить инвалидную коляску бесплатно',
        'слуховой аппарат по ипр где взять',
        'портал социальных услуг как выбрать протез',
        'подгузники для лежачего инвалида бесплатно',
        'путевка в санаторий инвалиду',
      ],
    },
    kk: {
      title: 'Мүгедектігі бар адамдарға арба, есту аппараты, протез, шипажай: қалай алуға болады',
      body: `Оңалтудың техникалық құралдары, протездік-ортопедиялық бұйымдар, гигиеналық құралдар және санаторий-курорттық емделу МӘС жасайтын **абилитация мен оңалтудың жеке бағдарламасы (ЖБ)** бойынша тегін беріледі.

**Қалай алуға болады**
1. Қажетті құрал ЖБ-ға енгізілгеніне көз жеткізіңіз. Енгізілмесе, МӘС арқылы өзгерту үшін дәрігерге барыңыз.
2. **Әлеуметтік қызметтер порталына** (eGov арқылы кіресіз) кіріп, тіркелген жеткізушіден тауар немесе қызмет таңдаңыз. Мұны сенімхат бойынша туысыңыз немесе жұмыспен қамту бөлімінің маманы жасай алады.
3. Жеткізуші бұйымды береді, ақысын мемлекет төлейді. Қымбатырақ үлгіні таңдап, айырмасын өзіңіз төлеуге болады.
4. Санаторий-курорттық емделу де сол порталда ЖБ-да көрсетілген мерзім ішінде таңдалады.

**Құжаттар:** жеке куәлік; ЖБ дерекқордан алынады.

**Құрал ұзақ берілмесе** — порталдан мәртебесін қарап, жұмыспен қамту және әлеуметтік бағдарламалар бөліміне немесе облыс бойынша Еңбек, әлеуметтік қорғау және көші-қон комитетінің департаментіне хабарласыңыз.

**Қайда сұрауға болады:** жұмыспен қамту бөлімі, 109, 1414.`,
      paraphrases: [
        'мүгедектер арбасын тегін қалай аламын',
        'есту аппаратын ЖБ бойынша қайдан аламын',
        'әлеуметтік қызметтер порталында протез қалай таңдаймын',
        'мүгедекке шипажайға жолдама',
      ],
    },
    en: {
      title: 'Wheelchair, hearing aid, prosthesis, sanatorium for people with disabilities: how to get them',
      body: `Technical rehabilitation aids, prosthetic and orthopaedic devices, hygiene products and sanatorium treatment are provided free of charge **under the individual habilitation and rehabilitation programme (IPR)** drawn up by MSE (the medical and social assessment service).

**How to get them**
1. Make sure the item you need is written into your IPR. If it is not, see your doctor to have the IPR amended through MSE.
2. Go to the **Social Services Portal** (sign in through eGov) and choose a product or service from a registered supplier. A relative with a power of attorney or a specialist from the employment and social programmes department can do this for you.
3. The supplier hands over the item, and the state pays the supplier. You can choose a more expensive model and pay the difference yourself.
4. Sanatorium treatment is chosen on the same portal within the period stated in the IPR.

**Documents:** ID card; the IPR is pulled from the database.

**If the item takes too long**, check the status on the portal, contact the employment and social programmes department or the regional Department of the Committee for Labour, Social Protection and Migration.

**Where to ask:** employment and social programmes department, 109, 1414.`,
      paraphrases: [
        'how to get a free wheelchair',
        'where do I get a hearing aid under my IPR',
        'how to choose a prosthesis on the social services portal',
        'free adult diapers for a bedridden disabled person',
        'sanatorium trip for a disabled person',
      ],
    },
  },
  {
    key: 'social-taxi-assistant-sign-language',
    audience: 'public',
    tags: ['инвалидность', 'соцтакси', 'помощник', 'соцзащита'],
    items: ['S14.C02.I004', 'S14.C02.I005', 'S14.C02.I007', 'S14.C02.I013', 'S14.C02.I014', 'S14.C02.I016'],
    ru: {
      title: 'Социальное такси, индивидуальный помощник и сурдопереводчик',
      body: `Людям с инвалидностью по ИПР положены услуги:
- **индивидуальный помощник** — для людей с первой группой инвалидности, которым трудно передвигаться;
- **специалист жестового языка (сурдопереводчик)** — для людей с нарушениями слуха, определённое число часов в год;
- **социальное такси** — поездки в поликлинику, на реабилитацию, в госорганы для тех, кто не может пользоваться общественным транспортом.

**Как оформить**
1. Проверьте, что услуга указана в вашей ИПР.
2. Помощника и сурдопереводчика выберите на **Портале социальных услуг** (через eGov) или подайте заявление в отделе занятости и социальных программ.
3. Социальное такси организует акимат города. Чтобы попасть в список пользователей, обратитесь в отдел занятости и социальных программ; поездку заказывают заранее через диспетчерскую службу, её номер дадут при регистрации или по 109.

**Документы:** удостоверение личности, ИПР (берётся из базы).

**Если услугу не оказывают или задерживают** — сообщите в отдел занятости и социальных программ или по 109, укажите дату и номер заказа.`,
      paraphrases: [
        'как заказать социальное такси',
        'положен ли помощник инвалиду первой группы',
        'как вызвать сурдопереводчика',
        'соцтакси не приехало',
      ],
    },
    kk: {
      title: 'Әлеуметтік такси, жеке көмекші және ымдау тілі маманы',
      body: `Мүгедектігі бар адамдарға ЖБ бойынша мынадай қызметтер беріледі:
- **жеке көмекші** — жүріп-тұруы қиын бірінші топтағы мүгедектігі бар адамдарға;
- **ымдау тілі маманы (сурдоаудармашы)** — есту қабілеті бұзылған адамдарға, жылына белгілі бір сағат;
- **әлеуметтік такси** — қоғамдық көлікті пайдалана алмайтындарға емханаға, оңалтуға, мемлекеттік органдарға бару үшін.

**Қалай ресімдеуге болады**
1. Қызмет ЖБ-да көрсетілгенін тексеріңіз.
2. Көмекшіні және ымдау тілі маманын **Әлеуметтік қызметтер порталынан** (eGov арқылы) таңдаңыз немесе жұмыспен қамту және әлеуметтік бағдарламалар бөліміне өтініш беріңіз.
3. Әлеуметтік таксиді қала әкімдігі ұйымдастырады. Пайдаланушылар тізіміне ену үшін жұмыспен қамту бөліміне барыңыз; сапарға диспетчерлік қызмет арқылы алдын ала тапсырыс беріледі, оның нөмірін тіркеу кезінде немесе 109 арқылы айтады.

**Құжаттар:** жеке куәлік, ЖБ (дерекқордан алынады).

**Қызмет көрсетілмесе немесе кешіктірілсе** — жұмыспен қамту бөліміне немесе 109-ға хабарлаңыз, күні мен тапсырыс нөмірін көрсетіңіз.`,
      paraphrases: [
        'әлеуметтік таксиді қалай шақырамын',
        'бірінші топ мүгедегіне көмекші бере ме',
        'сурдоаудармашыны қалай шақыруға болады',
        'әлеуметтік такси келмей қалды',
      ],
    },
    en: {
      title: 'Social taxi, personal assistant and sign language interpreter',
      body: `People with disabilities are entitled to these services under their IPR (individual rehabilitation programme):
- **a personal assistant** — for people with a group I disability who have difficulty getting around;
- **a sign language specialist (interpreter)** — for people with hearing impairments, a set number of hours per year;
- **a social taxi** — trips to the polyclinic, rehabilitation or government offices for people who cannot use public transport.

**How to apply**
1. Check that the service is listed in your IPR.
2. Choose an assistant and a sign language interpreter on the **Social Services Portal** (through eGov), or apply to the employment and social programmes department.
3. The social taxi is organised by the city akimat. To be added to the list of users, contact the employment and social programmes department; trips are booked in advance through the dispatch service, whose number you are given when you register or by calling 109.

**Documents:** ID card, IPR (taken from the database).

**If the service is not provided or is delayed**, report it to the employment and social programmes department or 109, giving the date and the booking number.`,
      paraphrases: [
        'how do I book a social taxi',
        'can someone with group 1 disability get a personal assistant',
        'how to get a sign language interpreter',
        'the social taxi never came',
      ],
    },
  },
  {
    key: 'survivor-benefit',
    audience: 'public',
    tags: ['пособия', 'кормилец', 'гфсс', 'семья'],
    items: ['S14.C01.I007', 'S14.C01.I018', 'S14.C01.I029', 'S14.C03.I013'],
    ru: {
      title: 'Пособие по случаю потери кормильца: кому положено и как оформить',
      body: `Если умер член семьи, который содержал близких, иждивенцы могут получать две выплаты:
- **государственное социальное пособие по случаю потери кормильца** — из бюджета;
- **социальную выплату ГФСС** — если за умершего платились социальные отчисления.

**Кто считается иждивенцем:** дети до 18 лет (учащиеся очно — до окончания учёбы, но не старше 23 лет), дети с инвалидностью, а также в ряде случаев супруг или другой родственник, который ухаживает за детьми умершего до трёх лет.

**Как оформить**
1. Подайте заявление в ЦОН или на **eGov.kz**. От имени несовершеннолетних обращается родитель или опекун.
2. Приложите документы, которых нет в базах.
3. Решение принимает Госкорпорация «Правительство для граждан», выплата поступает на банковский счёт.

**Документы:** удостоверение личности заявителя, свидетельства о рождении детей и о смерти кормильца (если сведений нет в базе), справка с места учёбы для детей старше 18 лет, реквизиты счёта.

Размер зависит от числа иждивенцев и, для выплаты ГФСС, от доходов умершего.

**Вопросы и обжалование:** ЦОН, 1414; отказ можно обжаловать в Департаменте Комитета труда, социальной защиты и миграции по области.`,
      paraphrases: [
        'муж умер какие выплаты положены детям',
        'как оформить пособие по потере кормильца',
        'выплата из гфсс за умершего отца',
        'до какого возраста платят по потере кормильца',
      ],
    },
    kk: {
      title: 'Асыраушысынан айырылу жағдайы бойынша жәрдемақы: кімге беріледі, қалай ресімделеді',
      body: `Отбасын асырап отырған адам қайтыс болса, оның асырауындағылар екі төлем ала алады:
- **асыраушысынан айырылу жағдайы бойынша мемлекеттік әлеуметтік жәрдемақы** — бюджеттен;
- **МӘСҚ-тан әлеуметтік төлем** — егер қайтыс болған адам үшін әлеуметтік аударымдар төленсе.

**Асырауындағы адамдар:** 18 жасқа дейінгі балалар (күндізгі бөлімде оқитындар оқу біткенше, бірақ 23 жасқа дейін), мүгедектігі бар балалар, кейбір жағдайларда марқұмның үш жасқа дейінгі балаларын бағып отырған туысы.

**Қалай ресімдеуге болады**
1. ХҚКО-ға немесе **eGov.kz** порталына өтініш беріңіз. Кәмелетке толмағандардың атынан ата-анасы немесе қорғаншысы жүгінеді.
2. Шешімді «Азаматтарға арналған үкімет» мемлекеттік корпорациясы қабылдайды, төлем банк шотына түседі.

**Құжаттар:** өтініш берушінің жеке куәлігі, балалардың туу туралы және асыраушының қайтыс болуы туралы куәліктер (дерекқорда болмаса), 18 жастан асқан балаларға оқу орнынан анықтама, шот деректемелері.

Мөлшері асырауындағылар санына, ал МӘСҚ төлемі марқұмның табысына байланысты.

**Сұрақтар мен шағым:** ХҚКО, 1414; бас тартуға облыс бойынша Еңбек, әлеуметтік қорғау және көші-қон комитетінің департаментіне шағымдануға болады.`,
      paraphrases: [
        'күйеуім қайтыс болды балаларға қандай төлем бар',
        'асыраушысынан айырылу жәрдемақысын қалай рәсімдеймін',
        'әкесі қайтыс болған балаға МӘСҚ төлемі',
        'асыраушысынан айырылғаны үшін қай жасқа дейін төлейді',
      ],
    },
    en: {
      title: 'Loss of breadwinner benefit: who is eligible and how to apply',
      body: `If a family member who supported the family dies, the dependants can receive two payments:
- **the state social benefit for loss of a breadwinner** — from the budget;
- **a social payment from the State Social Insurance Fund (GFSS)** — if social contributions were paid for the deceased.

**Who counts as a dependant:** children under 18 (full-time students until they finish their studies, but no older than 23), children with disabilities, and in some cases a spouse or another relative who looks after the deceased's children under three.

**How to apply**
1. Apply at a Public Service Centre (ЦОН) or on **eGov.kz**. A parent or guardian applies on behalf of minors.
2. Attach any documents that are not in the databases.
3. The decision is made by the State Corporation “Government for Citizens”; the payment goes to a bank account.

**Documents:** the applicant's ID card, the children's birth certificates and the breadwinner's death certificate (if not in the database), a certificate from the place of study for children over 18, bank details.

The amount depends on the number of dependants and, for the GFSS payment, on the deceased's income.

**Questions and appeals:** ЦОН, 1414; a refusal can be appealed to the regional Department of the Committee for Labour, Social Protection and Migration.`,
      paraphrases: [
        'my husband died what payments do the kids get',
        'how to apply for loss of breadwinner benefit',
        'GFSS payment after the father died',
        'until what age is the survivor benefit paid',
      ],
    },
  },
  {
    key: 'home-care-elderly-social-services',
    audience: 'public',
    tags: ['пожилые', 'уход', 'соцуслуги', 'соцзащита'],
    items: ['S14.C02.I023', 'S14.C02.I024'],
    ru: {
      title: 'Социальный работник на дому и дом для престарелых: как оформить уход за пожилым человеком',
      body: `Одиноким пожилым людям и людям с инвалидностью, которые не могут сами себя обслуживать, акимат предоставляет **специальные социальные услуги**: помощь на дому (покупка продуктов и лекарств, уборка, сопровождение к врачу, оплата коммунальных услуг) или проживание в **медико-социальном учреждении** (доме-интернате для престарелых).

**Как оформить**
1. Обратитесь в отдел занятости и социальных программ или подайте заявление через ЦОН / eGov. Заявление может подать родственник или сосед от имени пожилого человека с его согласия.
2. Специалисты проведут **оценку потребности** в услугах: придут домой, оценят состояние и условия жизни.
3. Врач поликлиники выдаёт заключение о состоянии здоровья.
4. По результатам человеку назначается обслуживание на дому или направление в учреждение.

**Документы:** удостоверение личности, медицинское заключение, при необходимости — заключение МСЭ.

Услуги на дому для малообеспеченных бесплатны; для остальных может взиматься плата по тарифам, утверждённым акиматом.

**Если пожилой человек остался без помощи прямо сейчас** — звоните 109, при угрозе жизни — 103 или 112.`,
      paraphrases: [
        'как оформить соцработника для бабушки',
        'одинокий пенсионер не может сам ходить в магазин',
        'как устроить пожилого в дом престарелых',
        'бесплатный уход на дому для инвалида',
        'соседка старушка живет одна, нужна помощь',
      ],
    },
    kk: {
      title: 'Үйге келетін әлеуметтік қызметкер және қарттар үйі: егде адамға күтімді қалай ресімдеуге болады',
      body: `Өзіне-өзі қызмет көрсете алмайтын жалғызілікті қарттар мен мүгедектігі бар адамдарға әкімдік **арнаулы әлеуметтік қызметтер** көрсетеді: үйде көмек (азық-түлік пен дәрі сатып әкелу, жинау, дәрігерге ертіп бару, коммуналдық төлемдерді төлеу) немесе **медициналық-әлеуметтік мекемеде** (қарттарға арналған интернат-үйде) тұру.

**Қалай ресімдеуге болады**
1. Жұмыспен қамту және әлеуметтік бағдарламалар бөліміне жүгініңіз немесе ХҚКО / eGov арқылы өтініш беріңіз. Қарт адамның келісімімен өтінішті туысы немесе көршісі бере алады.
2. Мамандар қызметтерге **қажеттілікті бағалайды**: үйге келіп, денсаулығы мен тұрмыс жағдайын қарайды.
3. Емхана дәрігері денсаулық жағдайы туралы қорытынды береді.
4. Нәтижесінде үйде қызмет көрсету немесе мекемеге жолдама тағайындалады.

**Құжаттар:** жеке куәлік, медициналық қорытынды, қажет болса — МӘС қорытындысы.

Аз қамтылғандарға үйдегі қызметтер тегін; басқаларға әкімдік бекіткен тарифтер бойынша ақы алынуы мүмкін.

**Қарт адам дәл қазір көмексіз қалса** — 109-ға, өмірге қауіп төнсе — 103 немесе 112-ге қоңырау шалыңыз.`,
      paraphrases: [
        'әжеме әлеуметтік қызметкерді қалай рәсімдеймін',
        'жалғыз зейнеткер дүкенге өзі бара алмайды',
        'қартты қарттар үйіне қалай орналастырамын',
        'мүгедекке үйде тегін күтім',
      ],
    },
    en: {
      title: 'Home social worker or care home: how to arrange care for an elderly person',
      body: `For older people living alone and people with disabilities who cannot look after themselves, the akimat provides **special social services**: help at home (buying food and medicines, cleaning, going with them to the doctor, paying utility bills) or a place in a **medical and social institution** (a residential care home for older people).

**How to apply**
1. Contact the employment and social programmes department or apply through a Public Service Centre (ЦОН) / eGov. A relative or neighbour can apply on the older person's behalf, with their consent.
2. Specialists carry out a **needs assessment**: they visit the home and assess the person's condition and living conditions.
3. A polyclinic doctor issues a report on the person's health.
4. Based on the results, the person is given home care or a referral to an institution.

**Documents:** ID card, medical report, and if needed the MSE (disability assessment) report.

Home services are free for low-income people; others may be charged at rates approved by the akimat.

**If an older person has been left without help right now**, call 109; if their life is at risk, call 103 or 112.`,
      paraphrases: [
        'how to get a social worker for my grandmother',
        'elderly pensioner living alone cannot go to the shop',
        'how to put an elderly relative in a care home',
        'free home care for a disabled person',
        'old lady next door lives alone and needs help',
      ],
    },
  },
  {
    key: 'utility-housing-assistance',
    audience: 'public',
    tags: ['жилищная помощь', 'коммуналка', 'субсидии', 'малообеспеченные'],
    items: ['S14.C01.I002', 'S14.C01.I010', 'S14.C01.I013', 'S14.C01.I024'],
    ru: {
      title: 'Жилищная помощь: компенсация части расходов на коммунальные услуги',
      body: `**Жилищная помощь** — выплата малообеспеченным семьям, у которых расходы на содержание жилья и коммунальные услуги превышают предельную долю от дохода семьи. Эту долю и порядок расчёта утверждает **городской маслихат**, поэтому условия отличаются по регионам.

**Кто может получить:** собственники или наниматели единственного жилья, зарегистрированные по этому адресу.

**Как оформить**
1. Подайте заявление на **eGov.kz**, в ЦОН или в отделе занятости и социальных программ.
2. Приложите квитанции за коммунальные услуги и взносы на содержание дома (ОСИ, КСК) за прошедший период.
3. Отдел рассчитает сумму; помощь назначается на период, установленный правилами маслихата (как правило, квартал), затем заявление подаётся повторно.

**Документы:** удостоверение личности, сведения о доходах семьи (часть берётся из баз), квитанции за коммунальные услуги, договор найма — для арендаторов, реквизиты счёта.

**Если отказали** — уточните причину: чаще всего это превышение дохода или долги по коммунальным платежам без графика погашения. Отказ можно обжаловать в управлении координации занятости и социальных программ области.

**Вопросы:** отдел занятости и социальных программ, 109.`,
      paraphrases: [
        'как получить субсидию на коммуналку',
        'компенсация за коммунальные услуги пенсионеру',
        'жилищная помощь документы',
        'не хватает денег платить за квартиру, есть ли помощь',
      ],
    },
    kk: {
      title: 'Тұрғын үй көмегі: коммуналдық қызметтер шығынының бір бөлігін өтеу',
      body: `**Тұрғын үй көмегі** — тұрғын үйді күтіп-ұстауға және коммуналдық қызметтерге жұмсалатын шығыны отбасы табысының шекті үлесінен асатын аз қамтылған отбасыларға берілетін төлем. Бұл үлесті және есептеу тәртібін **қалалық мәслихат** бекітеді, сондықтан шарттар өңірге қарай әртүрлі.

**Кім ала алады:** сол мекенжайда тіркелген жалғыз тұрғын үйдің меншік иелері немесе жалға алушылары.

**Қалай ресімдеуге болады**
1. **eGov.kz** порталында, ХҚКО-да немесе жұмыспен қамту және әлеуметтік бағдарламалар бөлімінде өтініш беріңіз.
2. Өткен кезеңдегі коммуналдық қызметтер мен үйді күтіп-ұстау жарналарының (ПИБ, ПКК) түбіртектерін қоса беріңіз.
3. Бөлім соманы есептейді; көмек мәслихат ережелерінде белгіленген кезеңге (әдетте тоқсанға) тағайындалады, кейін өтініш қайта беріледі.

**Құжаттар:** жеке куәлік, отбасы табысы туралы мәліметтер (бір бөлігі дерекқордан алынады), коммуналдық түбіртектер, жалға алушыларға — жалдау шарты, шот деректемелері.

**Бас тартылса** — себебін нақтылаңыз: көбіне табыстың шектен асуы немесе өтеу кестесі жоқ коммуналдық қарыз. Шешімге облыстық басқармаға шағымдануға болады.

**Сұрақтар:** жұмыспен қамту бөлімі, 109.`,
      paraphrases: [
        'коммуналдық төлемге субсидия қалай аламын',
        'зейнеткерге коммуналдық қызметке өтемақы',
        'тұрғын үй көмегіне қандай құжат керек',
        'пәтерақы төлеуге ақша жетпейді, көмек бар ма',
      ],
    },
    en: {
      title: 'Housing assistance: help with utility bills for low-income families',
      body: `**Housing assistance** is a payment to low-income families whose spending on housing maintenance and utilities exceeds a set share of the family's income. The share and the calculation rules are approved by the **city maslikhat**, so conditions differ between regions.

**Who can get it:** owners or tenants of their only home (including rented municipal housing) who are registered at that address.

**How to apply**
1. Apply on **eGov.kz**, at a Public Service Centre (ЦОН) or at the employment and social programmes department.
2. Attach utility bills and building maintenance fee receipts (OSI, KSK) for the past period.
3. The department calculates the amount. Assistance is granted for the period set by local rules (usually a quarter), then you apply again.

**Documents:** ID card, family income details (partly taken from databases), utility bills, tenancy agreement for tenants, bank details.

**If refused**, ask for the reason: most often the income is too high, or there are utility debts without a repayment schedule. You can appeal to the regional employment and social programmes office.

**Questions:** employment and social programmes department, 109.`,
      paraphrases: [
        'how to get a subsidy for utility bills',
        'help paying for heating and water for a pensioner',
        'documents for housing assistance',
        'cannot afford my utility bills is there any help',
      ],
    },
  },
  {
    key: 'family-crisis-help',
    audience: 'public',
    tags: ['семья', 'насилие', 'трудная ситуация', 'соцзащита'],
    items: ['S14.C03.I002', 'S14.C03.I008', 'S14.C03.I009'],
    ru: {
      title: 'Семья в трудной жизненной ситуации и бытовое насилие: куда обращаться',
      body: `**Если есть угроза жизни или вас бьют прямо сейчас — звоните 102 или 112.** Полиция обязана приехать, зарегистрировать заявление и может вынести обидчику **защитное предписание**.

**Куда ещё обратиться**
1. **Участковый инспектор полиции** — заявление о бытовом насилии, профилактическая беседа, меры к обидчику.
2. **Кризисный центр** — временное убежище для женщин с детьми, психологическая и юридическая помощь. Адрес подскажут по 109 или в отделе занятости и социальных программ.
3. **Отдел занятости и социальных программ** — разовая социальная помощь семьям в трудной жизненной ситуации (пожар, болезнь, потеря кормильца, освобождение из мест лишения свободы). Виды помощи и условия утверждает маслихат.
4. **Отдел образования (орган опеки)** — если ребёнок остался без присмотра или родители не исполняют обязанности.

**Для разовой помощи нужны:** удостоверение личности, документ, подтверждающий ситуацию (справка о пожаре, выписка из больницы и т. п.), реквизиты счёта.

Если вы видите ребёнка без присмотра или слышите у соседей крики о помощи — не ждите, звоните 102.

**Консультация:** 109 (звонок бесплатный, можно не называть себя).`,
      paraphrases: [
        'муж бьет куда обратиться',
        'дом сгорел помощь от государства',
        'у соседей кричит ребенок что делать',
        'есть ли кризисный центр для женщин',
        'семья осталась без средств помогите',
      ],
    },
    kk: {
      title: 'Қиын өмірлік жағдайдағы отбасы және тұрмыстық зорлық-зомбылық: қайда жүгіну керек',
      body: `**Өміріңізге қауіп төнсе немесе дәл қазір соққы көрсеңіз — 102 немесе 112-ге қоңырау шалыңыз.** Полиция келіп, арызды тіркеуге міндетті және құқық бұзушыға **қорғау нұсқамасын** шығара алады.

**Тағы қайда жүгінуге болады**
1. **Учаскелік полиция инспекторы** — тұрмыстық зорлық-зомбылық туралы арыз, профилактикалық әңгіме, құқық бұзушыға шара қолдану.
2. **Дағдарыс орталығы** — балалы әйелдерге уақытша баспана, психологиялық және заң көмегі. Мекенжайын 109 арқылы немесе жұмыспен қамту бөлімінен біле аласыз.
3. **Жұмыспен қамту және әлеуметтік бағдарламалар бөлімі** — қиын өмірлік жағдайдағы отбасыларға біржолғы әлеуметтік көмек (өрт, ауру, асыраушыдан айырылу, бас бостандығынан айыру орнынан босау). Көмек түрлері мен шарттарын мәслихат бекітеді.
4. **Білім бөлімі (қорғаншылық органы)** — бала қараусыз қалса немесе ата-анасы міндетін атқармаса.

**Біржолғы көмек үшін:** жеке куәлік, жағдайды растайтын құжат (өрт туралы анықтама, ауруханадан үзінді және т.б.), шот деректемелері.

Қараусыз қалған баланы көрсеңіз немесе көршіден көмек сұраған айқай естісеңіз — күтпеңіз, 102-ге хабарлаңыз.

**Кеңес:** 109 (қоңырау тегін, атыңызды айтпауға болады).`,
      paraphrases: [
        'күйеуім ұрады қайда барамын',
        'үйіміз өртеніп кетті мемлекеттен көмек',
        'көршінің баласы жылап айқайлап жатыр не істеймін',
        'әйелдерге арналған дағдарыс орталығы бар ма',
      ],
    },
    en: {
      title: 'Family in a difficult situation or domestic violence: where to get help',
      body: `**If your life is in danger or you are being beaten right now, call 102 or 112.** The police must come, register your report and may issue the abuser a **protective order**.

**Where else to turn**
1. **Local police inspector** — a report of domestic violence, a preventive talk, measures against the abuser.
2. **Crisis centre** — temporary shelter for women with children, psychological and legal help. Call 109 or ask the employment and social programmes department for the address.
3. **Employment and social programmes department** — one-off social assistance for families in a difficult situation (fire, illness, loss of a breadwinner, release from prison). The types of help and the conditions are approved by the maslikhat.
4. **Education department (guardianship authority)** — if a child has been left without supervision or the parents are not fulfilling their duties.

**For one-off assistance you need:** ID card, a document confirming the situation (fire certificate, hospital discharge summary, etc.), bank details.

If you see a child left without supervision or hear neighbours screaming for help, do not wait — call 102.

**Advice:** 109 (the call is free, and you do not have to give your name).`,
      paraphrases: [
        'my husband beats me where can I go',
        'our house burned down is there help from the state',
        'a child is screaming next door what should I do',
        'is there a crisis centre for women',
        'our family has no money left please help',
      ],
    },
  },
  {
    key: 'one-off-social-help-holidays',
    audience: 'public',
    tags: ['соцпомощь', 'праздники', 'маслихат', 'льготники'],
    items: ['S14.C01.I009', 'S14.C01.I020', 'S14.C01.I031'],
    ru: {
      title: 'Единовременная социальная помощь к праздникам и памятным датам',
      body: `Кроме республиканских пособий, акимат выплачивает **социальную помощь отдельным категориям граждан** из местного бюджета: к Дню Победы, Дню пожилых людей, Дню памяти воинов-интернационалистов, Дню инвалидов и другим датам. Перечень категорий, поводы и размеры ежегодно утверждает **решение городского маслихата** — текст публикуется на сайте акимата и в «Әділет».

**Как получить**
1. Большинству получателей помощь назначается **без заявления** — по спискам из баз данных (ветераны, люди с инвалидностью, получатели пособий).
2. Если вы относитесь к категории из решения маслихата, но выплату не получили, подайте заявление в отдел занятости и социальных программ.
3. Деньги перечисляются на банковский счёт, обычно в месяц праздника.

**Документы:** удостоверение личности, документ, подтверждающий категорию (удостоверение ветерана, справка МСЭ и т. п.), реквизиты счёта.

**Если выплаты нет** — уточните в отделе занятости и социальных программ, включены ли вы в список, и при необходимости подайте заявление. Сроки и суммы по телефону 109 подскажут по действующему решению маслихата.`,
      paraphrases: [
        'будут ли выплаты ветеранам к 9 мая',
        'почему не пришла помощь ко дню пожилых',
        'разовая выплата инвалидам на праздник',
        'кому положена единовременка от акимата',
      ],
    },
    kk: {
      title: 'Мерекелер мен атаулы күндерге біржолғы әлеуметтік көмек',
      body: `Республикалық жәрдемақылардан бөлек, әкімдік жергілікті бюджеттен **азаматтардың жекелеген санаттарына әлеуметтік көмек** төлейді: Жеңіс күніне, Қарттар күніне, Ауғанстаннан әскер шығарылған күнге, Мүгедектер күніне және басқа даталарға. Санаттар тізбесін, себептер мен мөлшерлерді жыл сайын **қалалық мәслихаттың шешімі** бекітеді — мәтіні әкімдік сайтында және «Әділет» жүйесінде жарияланады.

**Қалай алуға болады**
1. Көпшілікке көмек **өтінішсіз** — дерекқордағы тізімдер бойынша тағайындалады (ардагерлер, мүгедектігі бар адамдар, жәрдемақы алушылар).
2. Мәслихат шешіміндегі санатқа жатсаңыз, бірақ төлем алмасаңыз, жұмыспен қамту және әлеуметтік бағдарламалар бөліміне өтініш беріңіз.
3. Ақша банк шотына, әдетте мереке айында аударылады.

**Құжаттар:** жеке куәлік, санатты растайтын құжат (ардагер куәлігі, МӘС анықтамасы және т.б.), шот деректемелері.

**Төлем болмаса** — жұмыспен қамту бөлімінен тізімге енгеніңізді нақтылап, қажет болса өтініш беріңіз. Мерзімі мен сомасын 109 телефоны арқылы қолданыстағы мәслихат шешімі бойынша айтады.`,
      paraphrases: [
        '9 мамырға ардагерлерге төлем бола ма',
        'қарттар күніне көмек неге келмеді',
        'мүгедектерге мерекеге біржолғы төлем',
        'әкімдіктен біржолғы көмек кімге беріледі',
      ],
    },
    en: {
      title: 'One-off social assistance for holidays and memorial dates',
      body: `Besides national benefits, the akimat pays **social assistance to certain categories of citizens** from the local budget: for Victory Day, the Day of Older Persons, the Day of Remembrance of internationalist soldiers, the Day of Persons with Disabilities and other dates. The list of categories, the occasions and the amounts are approved every year by a **decision of the city maslikhat**; the text is published on the akimat website and in the “Adilet” legal database.

**How to get it**
1. Most recipients get the assistance **without applying** — from lists drawn from databases (veterans, people with disabilities, benefit recipients).
2. If you belong to a category in the maslikhat decision but did not receive the payment, apply to the employment and social programmes department.
3. The money is transferred to your bank account, usually in the month of the holiday.

**Documents:** ID card, a document confirming your category (veteran's certificate, MSE certificate, etc.), bank details.

**If there is no payment**, ask the employment and social programmes department whether you are on the list and apply if necessary. The 109 line can tell you the dates and amounts under the current maslikhat decision.`,
      paraphrases: [
        'will veterans get a payment for 9 May',
        'why did I not get the payment for the day of older persons',
        'one-off holiday payment for disabled people',
        'who gets the one-off payment from the akimat',
      ],
    },
  },
  // ─── Pensions, veterans, housing for vulnerable groups ─────────────────────────────────────
  {
    key: 'pension-savings-check-recalculation',
    audience: 'public',
    tags: ['пенсия', 'енпф', 'перерасчёт', 'взносы'],
    items: ['S14.C03.I012', 'S13.C02.I017'],
    ru: {
      title: 'Как проверить пенсионные накопления и добиться перерасчёта пенсии',
      body: `**Проверить накопления и взносы** можно бесплатно:
1. В личном кабинете на сайте или в приложении **ЕНПФ** — выписка с индивидуального пенсионного счёта.
2. На **eGov.kz** — справка о поступлении и движении средств.
3. В мобильных приложениях ряда банков второго уровня.

В выписке видно, за какие месяцы работодатель перечислил обязательные пенсионные взносы. **Если взносов нет, хотя вы работали официально** — сначала обратитесь к работодателю, затем в налоговый орган (департамент государственных доходов) и в трудовую инспекцию отдела занятости.

**Перерасчёт назначенной пенсии**
- Ежегодно с 1 января пенсии и базовая выплата **индексируются автоматически** — заявления не нужно.
- Если нашлись документы о стаже, который не учли (архивная справка, справка о службе в армии, о периоде ухода за ребёнком), подайте заявление на перерасчёт в ЦОН с этими документами.
- Решение приходит в сроки, установленные стандартом государственной услуги; результат виден на eGov.

**Если не согласны с расчётом** — обжалуйте решение в Департаменте Комитета труда, социальной защиты и миграции по области или в суде.

**Вопросы:** 1414, ЦОН.`,
      paraphrases: [
        'как посмотреть сколько денег в енпф',
        'работодатель не платит пенсионные взносы',
        'пенсию посчитали неправильно что делать',
        'нашла архивную справку, пересчитают пенсию?',
        'когда будет индексация пенсии',
      ],
    },
    kk: {
      title: 'Зейнетақы жинағын қалай тексеруге және зейнетақыны қайта есептеуге болады',
      body: `**Жинақ пен жарналарды** тегін тексеруге болады:
1. **БЖЗҚ** сайтындағы немесе қосымшасындағы жеке кабинетте — жеке зейнетақы шотынан үзінді көшірме.
2. **eGov.kz** порталында — қаражаттың түсуі мен қозғалысы туралы анықтама.
3. Кейбір екінші деңгейдегі банктердің мобильді қосымшаларында.

Үзінді көшірмеде жұмыс беруші міндетті зейнетақы жарналарын қай айларға аударғаны көрінеді. **Ресми жұмыс істесеңіз де жарна болмаса** — алдымен жұмыс берушіге, содан кейін мемлекеттік кірістер департаментіне және жұмыспен қамту бөлімінің еңбек инспекциясына жүгініңіз.

**Тағайындалған зейнетақыны қайта есептеу**
- Жыл сайын 1 қаңтардан бастап зейнетақы мен базалық төлем **автоматты түрде индекстеледі** — өтініш керек емес.
- Есепке алынбаған өтіл туралы құжат табылса (мұрағат анықтамасы, әскерде қызмет еткені, бала күтімі кезеңі туралы анықтама), сол құжаттармен ХҚКО-ға қайта есептеу туралы өтініш беріңіз.
- Шешім мемлекеттік қызмет стандартында белгіленген мерзімде шығады; нәтижесі eGov-та көрінеді.

**Есептеуге келіспесеңіз** — облыс бойынша Еңбек, әлеуметтік қорғау және көші-қон комитетінің департаментіне немесе сотқа шағымданыңыз.

**Сұрақтар:** 1414, ХҚКО.`,
      paraphrases: [
        'БЖЗҚ-дағы ақшамды қалай көремін',
        'жұмыс беруші зейнетақы жарнасын аудармайды',
        'зейнетақы дұрыс есептелмеді не істеу керек',
        'зейнетақы қашан индекстеледі',
      ],
    },
    en: {
      title: 'How to check your pension savings and get your pension recalculated',
      body: `**You can check your savings and contributions** free of charge:
1. In your personal account on the website or app of the **ENPF (unified pension fund)** — a statement of your individual pension account.
2. On **eGov.kz** — a certificate of payments into and movements on the account.
3. In the mobile apps of a number of commercial banks.

The statement shows for which months your employer transferred compulsory pension contributions. **If contributions are missing although you worked officially**, first contact your employer, then the tax authority (the state revenue department) and the labour inspectorate of the employment department.

**Recalculating a pension already granted**
- Every year from 1 January, pensions and the basic payment are **indexed automatically** — no application is needed.
- If you find documents about work periods that were not counted (an archive certificate, a certificate of army service or of a period of childcare), apply for a recalculation at a Public Service Centre (ЦОН) with these documents.
- The decision comes within the time set by the public service standard; the result is visible on eGov.

**If you disagree with the calculation**, appeal the decision to the regional Department of the Committee for Labour, Social Protection and Migration or to court.

**Questions:** 1414, ЦОН.`,
      paraphrases: [
        'how do I see how much money I have in ENPF',
        'my employer is not paying my pension contributions',
        'my pension was calculated wrong what can I do',
        'found an old archive certificate will they recalculate my pension',
        'when will pensions go up',
      ],
    },
  },
  {
    key: 'pension-years-of-service',
    audience: 'public',
    tags: ['пенсия', 'выслуга', 'военные', 'полиция'],
    ru: {
      title: 'Пенсия за выслугу лет: военнослужащим, сотрудникам полиции и спецорганов',
      body: `**Пенсионные выплаты за выслугу лет** получают уволенные со службы военнослужащие, сотрудники органов внутренних дел, специальных государственных, правоохранительных органов и органов гражданской защиты. Их назначает **не ЦОН, а пенсионное подразделение того ведомства**, где вы служили: Министерства обороны, МВД, КНБ, МЧС и других.

**Как оформить**
1. При увольнении кадровая служба рассчитывает **выслугу лет** по послужному списку и сообщает, есть ли право на пенсию.
2. Подайте заявление (рапорт) о назначении пенсии в пенсионное или финансовое подразделение своего ведомства по месту жительства.
3. После назначения выплаты производит Госкорпорация «Правительство для граждан» на банковский счёт.

**Документы:** удостоверение личности, выписка из приказа об увольнении, расчёт выслуги лет, денежный аттестат, реквизиты банковского счёта; при переезде из другой области — пенсионное дело.

Требуемая выслуга и порядок расчёта зависят от даты поступления на службу и периодически меняются — уточняйте у кадровой службы.

**Если отказали или неверно посчитали выслугу** — обжалуйте в вышестоящем подразделении ведомства или в суде. Общие вопросы — 1414.`,
      paraphrases: [
        'как полицейскому оформить пенсию за выслугу',
        'пенсия военным после увольнения куда обращаться',
        'выслуга лет не засчитали годы службы',
        'переехал в другую область, как перевести военную пенсию',
      ],
    },
    kk: {
      title: 'Еңбек сіңірген жылдары үшін зейнетақы: әскери қызметшілерге, полиция мен арнаулы органдар қызметкерлеріне',
      body: `**Еңбек сіңірген жылдары үшін зейнетақы төлемдерін** қызметтен босатылған әскери қызметшілер, ішкі істер, арнаулы мемлекеттік, құқық қорғау және азаматтық қорғау органдарының қызметкерлері алады. Оны **ХҚКО емес, сіз қызмет еткен ведомствоның** — Қорғаныс министрлігі, ІІМ, ҰҚК, ТЖМ және басқалардың зейнетақы бөлімшесі тағайындайды.

**Қалай ресімдеуге болады**
1. Қызметтен босатылған кезде кадр қызметі қызмет тізімі бойынша **еңбек сіңірген жылдарын** есептеп, зейнетақыға құқығыңыз бар-жоғын хабарлайды.
2. Тұрғылықты жеріңіз бойынша өз ведомствоңыздың зейнетақы немесе қаржы бөлімшесіне зейнетақы тағайындау туралы өтініш (баянат) беріңіз.
3. Тағайындалғаннан кейін төлемді «Азаматтарға арналған үкімет» мемлекеттік корпорациясы банк шотына аударады.

**Құжаттар:** жеке куәлік, босату туралы бұйрықтан үзінді, еңбек сіңірген жылдарының есебі, ақшалай аттестат, банк шотының деректемелері; басқа облыстан көшсеңіз — зейнетақы ісі.

Талап етілетін еңбек сіңірген жылдары қызметке кірген күнге байланысты — кадр қызметінен нақтылаңыз.

**Бас тартылса немесе дұрыс есептелмесе** — ведомствоның жоғары тұрған бөлімшесіне немесе сотқа шағымданыңыз. Жалпы сұрақтар — 1414.`,
      paraphrases: [
        'полиция қызметкері еңбек сіңірген жылы үшін зейнетақыны қалай рәсімдейді',
        'әскериге босағаннан кейін зейнетақы қайда барамын',
        'қызмет жылдарым есептелмей қалды',
        'басқа облысқа көштім әскери зейнетақыны қалай ауыстырамын',
      ],
    },
    en: {
      title: 'Long-service pension for military, police and special services staff',
      body: `**Long-service pension payments** go to people discharged from military service and to former staff of the internal affairs bodies, special state bodies, law enforcement and civil protection bodies. They are granted **not by a Public Service Centre (ЦОН) but by the pension unit of the agency** where you served: the Ministry of Defence, the Ministry of Internal Affairs, the National Security Committee (KNB), the Ministry of Emergency Situations and others.

**How to apply**
1. On discharge, the HR service calculates your **length of service** from your service record and tells you whether you are entitled to a pension.
2. Submit an application (report) for a pension to the pension or finance unit of your agency where you live.
3. Once the pension is granted, the State Corporation “Government for Citizens” pays it to your bank account.

**Documents:** ID card, an extract from the discharge order, the calculation of your length of service, your pay certificate, bank account details; if you moved from another region, your pension file.

The required length of service and the calculation rules depend on when you joined the service and change from time to time — check with the HR service.

**If you were refused or your length of service was calculated wrongly**, appeal to a higher unit of the agency or to court. General questions: 1414.`,
      paraphrases: [
        'how does a police officer get a long service pension',
        'military pension after discharge where do I apply',
        'some of my years of service were not counted',
        'moved to another region how do I transfer my military pension',
      ],
    },
  },
  {
    key: 'special-social-payment-hazardous-work',
    audience: 'public',
    tags: ['вредные условия', 'гфсс', 'выплаты', 'пенсия'],
    items: ['S14.C03.I013'],
    ru: {
      title: 'Специальная социальная выплата работникам вредных производств',
      body: `**Специальная социальная выплата (ССВ)** назначается из Государственного фонда социального страхования (ГФСС) людям, которые работали во вредных условиях труда и ещё не достигли пенсионного возраста. Она позволяет уйти с вредной работы раньше и получать выплату до выхода на пенсию.

**Условия**
- работа по профессиям из списка производств с вредными условиями труда;
- за вас работодатель уплачивал **обязательные профессиональные пенсионные взносы (ОППВ)** — не менее количества месяцев, установленного законом;
- вы прекратили работу во вредных условиях.

**Как оформить**
1. Проверьте в выписке ЕНПФ, сколько месяцев ОППВ перечислено.
2. Подайте заявление в ЦОН или на **eGov.kz** (услуга «Назначение специальной социальной выплаты»).
3. Решение принимает ГФСС; выплата поступает ежемесячно на банковский счёт до достижения пенсионного возраста.

**Документы:** удостоверение личности, документ о трудовой деятельности (трудовой договор, выписка из приказа), реквизиты счёта.

Размер зависит от среднемесячного дохода, с которого платились ОППВ, и стажа.

**Если работодатель не платил ОППВ** — обратитесь в трудовую инспекцию и в департамент государственных доходов. Вопросы — 1414.`,
      paraphrases: [
        'ссв за вредность как оформить',
        'работал на шахте положена ли выплата до пенсии',
        'что такое оппв и зачем они',
        'выплата за вредный стаж куда подавать',
      ],
    },
    kk: {
      title: 'Зиянды өндірісте жұмыс істегендерге арнаулы әлеуметтік төлем',
      body: `**Арнаулы әлеуметтік төлем (АӘТ)** зиянды еңбек жағдайында жұмыс істеген, бірақ әлі зейнеткерлік жасқа толмаған адамдарға Мемлекеттік әлеуметтік сақтандыру қорынан (МӘСҚ) тағайындалады. Ол зиянды жұмыстан ертерек кетіп, зейнетке шыққанға дейін төлем алуға мүмкіндік береді.

**Шарттары**
- еңбек жағдайы зиянды өндірістер тізіміндегі кәсіптер бойынша жұмыс;
- жұмыс беруші сіз үшін **міндетті кәсіптік зейнетақы жарналарын (МКЗЖ)** заңда белгіленген айлар санынан кем емес төлеген;
- зиянды жағдайдағы жұмысты тоқтаттыңыз.

**Қалай ресімдеуге болады**
1. БЖЗҚ үзінді көшірмесінен МКЗЖ қанша ай аударылғанын тексеріңіз.
2. ХҚКО-ға немесе **eGov.kz** порталына өтініш беріңіз («Арнаулы әлеуметтік төлем тағайындау» қызметі).
3. Шешімді МӘСҚ қабылдайды; төлем зейнеткерлік жасқа толғанға дейін ай сайын банк шотына түседі.

**Құжаттар:** жеке куәлік, еңбек қызметі туралы құжат (еңбек шарты, бұйрықтан үзінді), шот деректемелері.

Мөлшері МКЗЖ төленген орташа айлық табысқа және өтілге байланысты.

**Жұмыс беруші МКЗЖ төлемесе** — еңбек инспекциясына және мемлекеттік кірістер департаментіне жүгініңіз. Сұрақтар — 1414.`,
      paraphrases: [
        'зияндылық үшін төлемді қалай рәсімдеймін',
        'шахтада істедім зейнетке дейін төлем бар ма',
        'МКЗЖ деген не',
        'зиянды өтіл үшін төлемге қайда өтініш беремін',
      ],
    },
    en: {
      title: 'Special social payment for people who worked in hazardous jobs',
      body: `**The special social payment (SSP)** is granted by the State Social Insurance Fund (GFSS) to people who worked in harmful working conditions and have not yet reached pension age. It lets you leave hazardous work earlier and receive a payment until you retire.

**Conditions**
- you worked in occupations on the list of jobs with harmful working conditions;
- your employer paid **compulsory occupational pension contributions (OPPV)** for you for at least the number of months set by law;
- you have stopped working in harmful conditions.

**How to apply**
1. Check in your ENPF (unified pension fund) statement how many months of OPPV were paid.
2. Apply at a Public Service Centre (ЦОН) or on **eGov.kz** (the “Granting a special social payment” service).
3. GFSS makes the decision; the payment goes to your bank account every month until you reach pension age.

**Documents:** ID card, a document on your employment (employment contract, extract from an order), bank details.

The amount depends on the average monthly income on which OPPV were paid and on your length of service.

**If your employer did not pay OPPV**, contact the labour inspectorate and the state revenue department. Questions: 1414.`,
      paraphrases: [
        'how to get the payment for hazardous work',
        'I worked in a mine can I get paid before my pension',
        'what are OPPV contributions',
        'where to apply for the harmful work payment',
      ],
    },
  },
  {
    key: 'veterans-benefits',
    audience: 'public',
    tags: ['ветераны', 'льготы', 'соцзащита'],
    items: ['S14.C03.I010'],
    ru: {
      title: 'Льготы и поддержка ветеранов',
      body: `Закон «О ветеранах» выделяет несколько категорий: **ветераны Великой Отечественной войны** и приравненные к ним, **ветераны боевых действий на территории других государств** (в том числе Афганистана), ветераны труда и другие. Льготы зависят от категории.

**Что может полагаться**
- ежемесячные выплаты через Госкорпорацию;
- внеочередная медицинская помощь, санаторно-курортное лечение;
- жильё из госфонда в первоочередном порядке — для отдельных категорий;
- бесплатный или льготный проезд в городском транспорте, помощь на оплату коммунальных услуг, выплаты к памятным датам — **по решению маслихата**.

**Как оформить**
1. Получите **удостоверение ветерана**: ветеранам боевых действий его выдаёт местный орган военного управления (управление по делам обороны).
2. Ежемесячные выплаты назначаются через ЦОН или eGov.
3. По местным льготам обратитесь в отдел занятости и социальных программ акимата.

**Документы:** удостоверение личности, удостоверение ветерана, реквизиты счёта.

**Вопросы:** отдел занятости и социальных программ, городской совет ветеранов, 109, 1414.`,
      paraphrases: [
        'какие льготы у афганцев',
        'как получить удостоверение ветерана боевых действий',
        'бесплатный проезд ветеранам',
        'положена ли квартира ветерану',
        'выплата участнику боевых действий',
      ],
    },
    kk: {
      title: 'Ардагерлерге берілетін жеңілдіктер мен қолдау',
      body: `«Ардагерлер туралы» Заң бірнеше санатты белгілейді: **Ұлы Отан соғысының ардагерлері** және оларға теңестірілгендер, **басқа мемлекеттердің аумағындағы ұрыс қимылдарының ардагерлері** (оның ішінде Ауғанстан), еңбек ардагерлері және басқалар. Жеңілдіктер санатқа байланысты.

**Не берілуі мүмкін**
- Мемлекеттік корпорация арқылы ай сайынғы төлемдер;
- кезексіз медициналық көмек, санаторий-курорттық емделу;
- жекелеген санаттарға — мемлекеттік қордан бірінші кезекте тұрғын үй;
- қалалық көлікте тегін немесе жеңілдікпен жүру, коммуналдық төлемге көмек, атаулы күндерге төлем — **мәслихат шешімі бойынша**.

**Қалай ресімдеуге болады**
1. **Ардагер куәлігін** алыңыз: ұрыс қимылдарының ардагерлеріне оны жергілікті әскери басқару органы (қорғаныс істері жөніндегі басқарма) береді.
2. Ай сайынғы төлемдер ХҚКО немесе eGov арқылы тағайындалады.
3. Жергілікті жеңілдіктер бойынша әкімдіктің жұмыспен қамту және әлеуметтік бағдарламалар бөліміне барыңыз.

**Құжаттар:** жеке куәлік, ардагер куәлігі, шот деректемелері.

**Сұрақтар:** жұмыспен қамту бөлімі, қалалық ардагерлер кеңесі, 109, 1414.`,
      paraphrases: [
        'ауған соғысы ардагерлеріне қандай жеңілдік бар',
        'ұрыс қимылдары ардагерінің куәлігін қалай аламын',
        'ардагерлерге тегін жол жүру',
        'ардагерге пәтер беріле ме',
      ],
    },
    en: {
      title: 'Benefits and support for veterans',
      body: `The Law “On Veterans” sets out several categories: **veterans of the Great Patriotic War**, people treated as equal to them, **veterans of combat operations in other countries** (including Afghanistan), labour veterans and others. The benefits depend on the category.

**What may be available**
- monthly state payments through the State Corporation;
- priority medical care and sanatorium treatment;
- state housing out of turn or with priority, for certain categories;
- free or discounted city public transport, help with utility bills and payments on memorial dates — **by decision of the local maslikhat**.

**How to apply**
1. Get a **veteran's certificate**: for combat veterans it is issued by the local defence affairs department.
2. Monthly payments are assigned through a Public Service Centre (ЦОН) or eGov.
3. For local benefits, contact the akimat's employment and social programmes department.

**Documents:** ID card, veteran's certificate, bank details.

**Questions:** employment and social programmes department, the city veterans' council, 109, 1414.`,
      paraphrases: [
        'what benefits do Afghanistan veterans get',
        'how to get a combat veteran certificate',
        'free bus travel for veterans',
        'can a veteran get a flat from the state',
      ],
    },
  },
  {
    key: 'social-housing-queue-vulnerable',
    audience: 'public',
    tags: ['жильё', 'очередь', 'арендное жильё', 'соцзащита'],
    items: ['S02.C01.I001', 'S02.C01.I004', 'S02.C01.I021', 'S02.C01.I022'],
    ru: {
      title: 'Очередь на жильё и арендное жильё для социально уязвимых семей',
      body: `Жильё из коммунального фонда и **арендное жильё без права выкупа** предоставляется гражданам, признанным нуждающимися. Прежде всего это социально уязвимые слои: многодетные и неполные семьи, семьи с детьми с инвалидностью, люди с инвалидностью, дети-сироты, ветераны и др.

**Условия:** у вас и членов семьи нет жилья в собственности в этом населённом пункте (или площадь ниже нормы), для ряда категорий — доход ниже установленного порога.

**Как встать на учёт**
1. Подайте заявление на **eGov.kz** (услуга «Постановка на учёт и очерёдность граждан, нуждающихся в жилище…») или в ЦОН.
2. Выберите категорию и список (социально уязвимые, многодетные и т. д.).
3. Решение о постановке принимает отдел жилищных отношений акимата; номер в очереди виден на eGov и в **Единой базе учёта нуждающихся** на сайте «Отбасы банка».

**Документы:** удостоверение личности, документ о категории (справка МСЭ и т. п.); сведения о жилье и доходах берутся из баз.

Раз в год сведения **подтверждаются**, иначе вас могут снять с учёта.

Некоторые категории могут вместо жилья получать **жилищные выплаты** на аренду в частном секторе.

**Вопросы:** отдел жилищных отношений, 109.`,
      paraphrases: [
        'как встать в очередь на квартиру многодетным',
        'где посмотреть свой номер в очереди на жилье',
        'инвалиду дают арендное жилье?',
        'сняли с очереди на жилье почему',
        'выплаты на аренду квартиры многодетным',
      ],
    },
    kk: {
      title: 'Әлеуметтік осал отбасыларға арналған тұрғын үй кезегі және жалға берілетін тұрғын үй',
      body: `Коммуналдық қордан тұрғын үй және **сатып алу құқығынсыз жалға берілетін тұрғын үй** мұқтаж деп танылған азаматтарға беріледі. Ең алдымен бұл — әлеуметтік осал топтар: көп балалы және толық емес отбасылар, мүгедектігі бар балалары бар отбасылар, мүгедектігі бар адамдар, жетім балалар, ардагерлер және т.б.

**Шарттары:** сізде және отбасы мүшелеріңізде осы елді мекенде меншікте тұрғын үй жоқ (немесе аумағы нормадан аз), кейбір санаттарда — табыс белгіленген шектен төмен.

**Есепке қалай тұруға болады**
1. **eGov.kz** порталында («Тұрғын үйге мұқтаж азаматтарды есепке қою және кезекке тұрғызу» қызметі) немесе ХҚКО-да өтініш беріңіз.
2. Санат пен тізімді таңдаңыз.
3. Есепке қою туралы шешімді әкімдіктің тұрғын үй қатынастары бөлімі қабылдайды; кезектегі нөміріңіз eGov-та және «Отбасы банк» сайтындағы **мұқтаждарды есепке алудың бірыңғай базасында** көрінеді.

**Құжаттар:** жеке куәлік, санатты растайтын құжат (МӘС анықтамасы және т.б.); қалған мәліметтер дерекқордан алынады.

Жылына бір рет мәліметтер **расталады**, әйтпесе есептен шығарылуыңыз мүмкін.

Кейбір санаттар жеке секторда жалдауға **тұрғын үй төлемдерін** ала алады.

**Сұрақтар:** тұрғын үй қатынастары бөлімі, 109.`,
      paraphrases: [
        'көп балалы отбасы пәтер кезегіне қалай тұрады',
        'тұрғын үй кезегіндегі нөмірімді қайдан көремін',
        'мүгедекке жалдамалы пәтер бере ме',
        'көп балалыларға пәтер жалдауға төлем',
      ],
    },
    en: {
      title: 'Housing waiting list and rental housing for socially vulnerable families',
      body: `Housing from the municipal stock and **rental housing without the right to buy** is provided to citizens recognised as being in need of housing. First of all these are socially vulnerable groups: large and single-parent families, families with children with disabilities, people with disabilities, orphans, veterans and others.

**Conditions:** you and your family members own no housing in this town (or its floor area is below the norm); for some categories, income must be below the set threshold.

**How to join the waiting list**
1. Apply on **eGov.kz** (the service “Registration and queueing of citizens in need of housing…”) or at a Public Service Centre (ЦОН).
2. Choose the category and the list (socially vulnerable, large families, etc.).
3. The decision to register you is made by the akimat's housing relations department; your number in the queue is shown on eGov and in the **Unified database of people in need of housing** on the Otbasy Bank website.

**Documents:** ID card, a document confirming your category (MSE certificate, etc.); information on housing and income is taken from databases.

Once a year your information must be **confirmed**, otherwise you may be taken off the list.

Some categories can receive **housing payments** to rent in the private sector instead of housing.

**Questions:** housing relations department, 109.`,
      paraphrases: [
        'how can a large family get on the housing list',
        'where can I see my number in the housing queue',
        'can a disabled person get a rental flat from the state',
        'why was I taken off the housing queue',
        'help with rent for large families',
      ],
    },
  },
  {
    key: 'homeless-person-help',
    audience: 'public',
    tags: ['бездомные', 'ночлежка', 'соцзащита'],
    items: ['S14.C03.I003', 'S14.C03.I004'],
    ru: {
      title: 'Бездомный человек на улице: как помочь и куда обратиться',
      body: `Людям без определённого места жительства помогает **центр социальной адаптации** (ночлежка) при акимате: там дают ночлег, питание, одежду, помогают восстановить документы, оформить пособия и найти работу.

**Если вы видите человека на улице**
1. **Человек без сознания, замерзает, ранен** — сразу звоните **103** или **112**. Зимой это вопрос жизни: не проходите мимо.
2. Если человек в сознании, но ему некуда идти, — позвоните **109**: оператор передаст информацию в центр социальной адаптации и подскажет, может ли выехать патруль.
3. Если человек ведёт себя агрессивно или нарушает порядок — звоните **102**.

**Если без жилья остались вы сами**
1. Обратитесь в центр социальной адаптации — адрес и время приёма подскажут по 109. Документы для заселения не обязательны.
2. Специалисты помогут восстановить удостоверение личности через ЦОН и встать на учёт в центре занятости.
3. Отдел занятости и социальных программ может оказать разовую социальную помощь.

**Что взять, если есть:** любые документы, справку об освобождении, медицинские документы.

**Вопросы:** 109, отдел занятости и социальных программ.`,
      paraphrases: [
        'на остановке спит бомж, на улице мороз',
        'куда отвести бездомного человека',
        'есть ли в городе ночлежка',
        'освободился из колонии, жить негде',
      ],
    },
    kk: {
      title: 'Көшедегі баспанасыз адам: қалай көмектесуге және қайда жүгінуге болады',
      body: `Белгілі бір тұрғылықты жері жоқ адамдарға әкімдік жанындағы **әлеуметтік бейімдеу орталығы** көмектеседі: онда түнеуге орын, тамақ, киім береді, құжаттарды қалпына келтіруге, жәрдемақы ресімдеуге және жұмыс табуға көмектеседі.

**Көшеде осындай адамды көрсеңіз**
1. **Адам есінен танып жатса, үсіп жатса, жараланса** — бірден **103** немесе **112**-ге қоңырау шалыңыз. Қыста бұл — өмір мен өлім мәселесі: жанынан өтіп кетпеңіз.
2. Адам есін білсе, бірақ баратын жері жоқ болса — **109**-ға хабарласыңыз: оператор ақпаратты әлеуметтік бейімдеу орталығына береді.
3. Адам агрессия көрсетсе немесе тәртіп бұзса — **102**-ге хабарласыңыз.

**Баспанасыз өзіңіз қалсаңыз**
1. Әлеуметтік бейімдеу орталығына барыңыз — мекенжайы мен қабылдау уақытын 109 арқылы біле аласыз. Орналасу үшін құжат міндетті емес.
2. Мамандар ХҚКО арқылы жеке куәлікті қалпына келтіруге және жұмыспен қамту орталығында есепке тұруға көмектеседі.
3. Жұмыспен қамту және әлеуметтік бағдарламалар бөлімі біржолғы әлеуметтік көмек көрсете алады.

**Болса, алыңыз:** кез келген құжат, босату туралы анықтама, медициналық құжаттар.

**Сұрақтар:** 109, жұмыспен қамту бөлімі.`,
      paraphrases: [
        'аялдамада үйсіз адам ұйықтап жатыр, сыртта аяз',
        'баспанасыз адамды қайда апаруға болады',
        'қалада түнейтін орын бар ма',
        'колониядан шықтым, тұратын жерім жоқ',
      ],
    },
    en: {
      title: 'Homeless person on the street: how to help and where to turn',
      body: `People with no fixed place of residence are helped by the akimat's **social adaptation centre** (night shelter): it provides a bed for the night, food and clothing, and helps people restore their documents, apply for benefits and find work.

**If you see someone on the street**
1. **The person is unconscious, freezing or injured** — call **103** or **112** at once. In winter this is a matter of life and death: do not walk past.
2. If the person is conscious but has nowhere to go, call **109**: the operator will pass the information to the social adaptation centre and tell you whether a patrol can come out.
3. If the person is aggressive or is disturbing public order, call **102**.

**If you yourself have been left without a home**
1. Go to the social adaptation centre — call 109 for the address and opening hours. You do not need documents to be admitted.
2. Staff will help you restore your ID card through a Public Service Centre (ЦОН) and register with the employment centre.
3. The employment and social programmes department can provide one-off social assistance.

**Bring, if you have them:** any documents, a certificate of release, medical records.

**Questions:** 109, employment and social programmes department.`,
      paraphrases: [
        'homeless man sleeping at the bus stop and it is freezing',
        'where can I take a homeless person',
        'is there a homeless shelter in the city',
        'just got out of prison and have nowhere to live',
      ],
    },
  },
  {
    key: 'job-loss-payment-gfss',
    audience: 'public',
    tags: ['безработица', 'гфсс', 'выплаты', 'занятость'],
    items: ['S13.C01.I006'],
    ru: {
      title: 'Выплата по потере работы из ГФСС: кто получает и как оформить',
      body: `Если вы потеряли работу, а работодатель платил за вас **социальные отчисления**, можно получать **социальную выплату на случай потери работы** из Государственного фонда социального страхования (ГФСС).

**Условия**
- вы уволены и не работаете;
- социальные отчисления за вас платились не меньше установленного законом количества месяцев за последние два года;
- вы **зарегистрированы как безработный** в центре занятости.

**Как оформить**
1. Зарегистрируйтесь безработным на **Enbek.kz**, через eGov или в карьерном центре (центре занятости).
2. Там же подайте заявление на выплату — центр передаст его в ГФСС.
3. Выплата поступает ежемесячно на банковский счёт; срок выплаты зависит от стажа участия в системе соцстрахования.

**Документы:** удостоверение личности, сведения о трудовой деятельности (из базы или трудовой договор), реквизиты счёта.

Пока вы получаете выплату, нужно соблюдать условия учёта в центре занятости: откликаться на предложенные вакансии и приходить по вызову. При трудоустройстве выплата прекращается.

Размер зависит от вашего среднего дохода за последние два года.

**Вопросы:** карьерный центр, 1414.`,
      paraphrases: [
        'меня сократили, есть ли пособие по безработице',
        'выплата гфсс при увольнении',
        'сколько месяцев платят после потери работы',
        'уволился по собственному, положена ли выплата',
      ],
    },
    kk: {
      title: 'МӘСҚ-тан жұмысынан айырылу жағдайына төлем: кім алады және қалай ресімделеді',
      body: `Жұмыстан айырылсаңыз, ал жұмыс беруші сіз үшін **әлеуметтік аударымдар** төлеген болса, Мемлекеттік әлеуметтік сақтандыру қорынан (МӘСҚ) **жұмысынан айырылу жағдайына әлеуметтік төлем** алуға болады.

**Шарттары**
- жұмыстан босатылдыңыз және жұмыс істемейсіз;
- соңғы екі жылда сіз үшін әлеуметтік аударымдар заңда белгіленген айлар санынан кем емес төленген;
- сіз жұмыспен қамту орталығында **жұмыссыз ретінде тіркелгенсіз**.

**Қалай ресімдеуге болады**
1. **Enbek.kz** порталында, eGov арқылы немесе мансап орталығында (жұмыспен қамту орталығында) жұмыссыз ретінде тіркеліңіз.
2. Сол жерде төлемге өтініш беріңіз — орталық оны МӘСҚ-қа жібереді.
3. Төлем ай сайын банк шотына түседі; төлем мерзімі әлеуметтік сақтандыру жүйесіне қатысу өтіліне байланысты.

**Құжаттар:** жеке куәлік, еңбек қызметі туралы мәліметтер (дерекқордан немесе еңбек шарты), шот деректемелері.

Төлем алып жүргенде жұмыспен қамту орталығындағы есепке алу шарттарын сақтау керек: ұсынылған бос орындарға жауап беру, шақырғанда келу. Жұмысқа орналасқанда төлем тоқтатылады.

Мөлшері соңғы екі жылдағы орташа табысыңызға байланысты.

**Сұрақтар:** мансап орталығы, 1414.`,
      paraphrases: [
        'мені қысқартты, жұмыссыздық жәрдемақысы бар ма',
        'жұмыстан шыққанда МӘСҚ төлемі',
        'жұмыстан айырылғаннан кейін неше ай төлейді',
        'өз еркіммен шықтым төлем бола ма',
      ],
    },
    en: {
      title: 'Job loss payment from the State Social Insurance Fund: who gets it and how to apply',
      body: `If you have lost your job and your employer paid **social contributions** for you, you can receive a **social payment for loss of employment** from the State Social Insurance Fund (GFSS).

**Conditions**
- you have been dismissed and are not working;
- social contributions were paid for you for at least the number of months set by law within the last two years;
- you are **registered as unemployed** at the employment centre.

**How to apply**
1. Register as unemployed on **Enbek.kz**, through eGov or at a career centre (employment centre).
2. Apply for the payment there as well — the centre forwards your application to GFSS.
3. The payment goes to your bank account every month; how long it is paid depends on how long you have been covered by social insurance.

**Documents:** ID card, employment details (from the database or your employment contract), bank details.

While you receive the payment, you must keep to the conditions of registration at the employment centre: respond to the vacancies offered and come when called. The payment stops when you find a job.

The amount depends on your average income over the last two years.

**Questions:** career centre, 1414.`,
      paraphrases: [
        'I was made redundant is there unemployment benefit',
        'I lost my job what payments can I get',
        'GFSS payment after being laid off',
        'how many months do they pay after losing a job',
        'I quit myself can I still get the payment',
      ],
    },
  },
  // ─── Health ────────────────────────────────────────────────────────────────────────────────
  {
    key: 'polyclinic-attachment-online',
    audience: 'public',
    tags: ['поликлиника', 'прикрепление', 'здоровье', 'онлайн'],
    items: ['S11.C01.I036'],
    ru: {
      title: 'Как прикрепиться к поликлинике онлайн или сменить поликлинику',
      body: `Чтобы получать бесплатную помощь участкового врача, нужно быть **прикреплённым к поликлинике** (организации первичной медико-санитарной помощи). Выбрать поликлинику можно самому.

**Когда можно сменить поликлинику**
- ежегодно в период **кампании свободного прикрепления** — с 15 сентября по 15 ноября;
- в любое время — при переезде на новое место жительства или если поликлиника прекратила работу.

**Как прикрепиться онлайн**
1. Зайдите на **eGov.kz** → «Здравоохранение» → «Прикрепление к медицинской организации, оказывающей первичную медико-санитарную помощь». Вход с ЭЦП или через SMS-пароль.
2. Выберите поликлинику и, если нужно, участок. Детей прикрепляет родитель или законный представитель.
3. Результат придёт в личный кабинет eGov; поликлиника может связаться с вами для уточнения адреса.

**Лично:** придите в регистратуру выбранной поликлиники с удостоверением личности и напишите заявление.

**Проверить, к какой поликлинике вы прикреплены,** можно на eGov или в регистратуре любой поликлиники.

**Если в прикреплении отказали** без законной причины — обратитесь к руководителю поликлиники, в управление здравоохранения области или по 109.`,
      paraphrases: [
        'как поменять поликлинику через егов',
        'переехала в другой район к какой поликлинике прикрепиться',
        'как узнать к какой поликлинике я прикреплен',
        'когда можно сменить поликлинику',
        'прикрепить новорожденного к поликлинике',
      ],
    },
    kk: {
      title: 'Емханаға онлайн қалай бекінуге немесе емхананы ауыстыруға болады',
      body: `Учаскелік дәрігердің тегін көмегін алу үшін **емханаға** (медициналық-санитариялық алғашқы көмек ұйымына) **бекіну** керек. Емхананы өзіңіз таңдай аласыз.

**Емхананы қашан ауыстыруға болады**
- жыл сайын **еркін бекіну науқаны** кезеңінде — 15 қыркүйектен 15 қарашаға дейін;
- кез келген уақытта — жаңа тұрғылықты жерге көшкенде немесе емхана жұмысын тоқтатқанда.

**Онлайн қалай бекінуге болады**
1. **eGov.kz** → «Денсаулық сақтау» → «Медициналық-санитариялық алғашқы көмек көрсететін медициналық ұйымға бекіту» қызметіне кіріңіз. ЭЦҚ немесе SMS-құпиясөз арқылы кіресіз.
2. Емхананы және қажет болса учаскені таңдаңыз. Балаларды ата-анасы немесе заңды өкілі бекітеді.
3. Нәтиже eGov жеке кабинетіне келеді; мекенжайды нақтылау үшін емхана сізбен хабарласуы мүмкін.

**Жеке өзіңіз:** таңдаған емхананың тіркеу бөліміне жеке куәлікпен келіп, өтініш жазыңыз.

**Қай емханаға бекітілгеніңізді** eGov-та немесе кез келген емхананың тіркеу бөлімінде тексеруге болады.

**Заңды себепсіз бекітуден бас тартса** — емхана басшысына, облыстық денсаулық сақтау басқармасына немесе 109-ға хабарласыңыз.`,
      paraphrases: [
        'емхананы eGov арқылы қалай ауыстырамын',
        'басқа ауданға көштім қай емханаға тіркелемін',
        'қай емханаға тіркелгенімді қалай білемін',
        'жаңа туған баланы емханаға тіркеу',
      ],
    },
    en: {
      title: 'How to register with a polyclinic online or change your polyclinic',
      body: `To get free care from a family doctor you must be **registered (attached) with a polyclinic** — a primary health care provider. You choose the polyclinic yourself.

**When you can change polyclinic**
- every year during the **free registration campaign**, 15 September to 15 November;
- at any time if you move to a new address or the polyclinic closes.

**How to register online**
1. Go to **eGov.kz** → Health → “Attachment to a primary health care organisation”. Sign in with a digital signature or an SMS one-time password.
2. Choose the polyclinic and, if needed, the catchment area. A parent or legal guardian registers a child.
3. The result appears in your eGov account; the polyclinic may call you to confirm your address.

**In person:** go to the reception desk of the chosen polyclinic with your ID card and fill in an application.

**To check which polyclinic you are attached to**, use eGov or ask at any polyclinic reception.

**If registration is refused** without a lawful reason, contact the head of the polyclinic, the regional health department or call 109.`,
      paraphrases: [
        'how do I change my clinic on eGov',
        'I moved to another district which polyclinic do I go to',
        'how to find out which clinic I am registered at',
        'register my newborn baby with a clinic',
      ],
    },
  },
  {
    key: 'doctor-appointment-booking',
    audience: 'public',
    tags: ['поликлиника', 'запись к врачу', 'здоровье'],
    items: ['S11.C01.I001', 'S11.C01.I002', 'S11.C01.I011', 'S11.C01.I021', 'S11.C01.I033', 'S11.C01.I044'],
    ru: {
      title: 'Как записаться к врачу в поликлинике',
      body: `Записаться к участковому врачу (терапевту, педиатру, врачу общей практики) можно несколькими способами:
1. **Онлайн на eGov.kz** — услуга «Запись на приём к врачу» (вход с ЭЦП или SMS-паролем).
2. **Через мобильное приложение** медицинской информационной системы, которой пользуется ваша поликлиника (например, Damumed).
3. **По телефону колл-центра или в регистратуре** своей поликлиники.

**К узким специалистам** (кардиолог, невролог, эндокринолог и др.) в рамках бесплатной помощи нужно **направление** участкового врача. Без направления приём будет платным.

**Что взять:** удостоверение личности (или его цифровую копию в eGov Mobile). Записаться можно только в поликлинику, к которой вы прикреплены.

**Если талонов нет или не дозвониться**
- обратитесь в **службу поддержки пациентов** поликлиники (кабинет или телефон указаны на сайте и стендах) — там обязаны решить вопрос с записью;
- при острой боли, температуре, травме идите в кабинет неотложной помощи поликлиники без записи;
- если поликлиника не реагирует, сообщите в 109 или в управление здравоохранения области.`,
      paraphrases: [
        'как взять талон к терапевту',
        'нет талонов к кардиологу что делать',
        'не могу дозвониться в регистратуру',
        'запись к врачу через егов',
        'нужно ли направление к неврологу',
      ],
    },
    kk: {
      title: 'Емханада дәрігердің қабылдауына қалай жазылуға болады',
      body: `Учаскелік дәрігерге (терапевт, педиатр, жалпы практика дәрігері) бірнеше жолмен жазылуға болады:
1. **eGov.kz арқылы онлайн** — «Дәрігердің қабылдауына жазылу» қызметі (ЭЦҚ немесе SMS-құпиясөзбен кіресіз).
2. Емханаңыз пайдаланатын медициналық ақпараттық жүйенің **мобильді қосымшасы арқылы** (мысалы, Damumed).
3. Емхананың **колл-орталығына қоңырау шалып немесе тіркеу бөлімі** арқылы.

**Тар бейінді мамандарға** (кардиолог, невропатолог, эндокринолог және т.б.) тегін көмек аясында учаскелік дәрігердің **жолдамасы** керек. Жолдамасыз қабылдау ақылы болады.

**Не алу керек:** жеке куәлік (немесе eGov Mobile-дағы цифрлық көшірмесі). Тек өзіңіз бекітілген емханаға жазыла аласыз.

**Талон болмаса немесе телефон көтерілмесе**
- емхананың **пациенттерді қолдау қызметіне** хабарласыңыз (кабинеті мен телефоны сайтта және стендтерде көрсетілген) — жазылу мәселесін шешуге міндетті;
- қатты ауырсыну, қызу, жарақат кезінде емхананың шұғыл көмек кабинетіне жазылусыз барыңыз;
- емхана жауап бермесе, 109-ға немесе облыстық денсаулық сақтау басқармасына хабарлаңыз.`,
      paraphrases: [
        'терапевтке талонды қалай аламын',
        'кардиологқа талон жоқ не істеймін',
        'тіркеу бөліміне телефон соға алмай жүрмін',
        'eGov арқылы дәрігерге жазылу',
      ],
    },
    en: {
      title: 'How to book an appointment with a doctor at your polyclinic',
      body: `You can book your family doctor (GP, paediatrician, therapist) in several ways:
1. **Online on eGov.kz** — the “Appointment with a doctor” service (sign in with a digital signature or an SMS password).
2. **In the mobile app** of the medical information system your polyclinic uses (for example, Damumed).
3. **By phone** through the polyclinic call centre, or at the reception desk.

**Specialists** (cardiologist, neurologist, endocrinologist and others) need a **referral** from your GP to be seen free of charge. Without a referral the visit is paid.

**Bring:** your ID card (or its digital copy in eGov Mobile). You can only book at the polyclinic you are registered with.

**If there are no slots or nobody answers the phone**
- contact the polyclinic's **patient support service** (its office and phone are on the website and notice boards); they must sort out your appointment;
- with acute pain, fever or an injury, go to the polyclinic's urgent care room without booking;
- if the polyclinic does not respond, call 109 or contact the regional health department.`,
      paraphrases: [
        'how to get an appointment with a GP',
        'no free slots for the cardiologist',
        'the clinic never answers the phone',
        'do I need a referral to see a specialist',
      ],
    },
  },
  {
    key: 'home-doctor-visit',
    audience: 'public',
    tags: ['поликлиника', 'вызов врача', 'здоровье'],
    items: ['S11.C01.I034', 'S11.C01.I035'],
    ru: {
      title: 'Вызов врача на дом: когда и как',
      body: `Врача из поликлиники вызывают на дом, если человек **не может сам прийти на приём**: высокая температура, обострение хронической болезни, состояние после выписки из стационара, маломобильность, болеющий ребёнок.

**Как вызвать**
1. Позвоните в колл-центр или регистратуру своей поликлиники, обычно в первой половине дня, либо оставьте вызов в мобильном приложении поликлиники.
2. Назовите ИИН, адрес, возраст и жалобы, оставьте номер телефона.
3. Врач или фельдшер придёт в течение дня; время зависит от загрузки участка.

Новорождённых и детей до года участковая служба посещает по графику **патронажа**, отдельно вызывать не нужно.

**Когда звонить не в поликлинику, а в 103:** потеря сознания, боль в груди, признаки инсульта (перекос лица, слабость в руке, нарушение речи), сильное кровотечение, затруднённое дыхание, судороги.

**Если врач не пришёл по вызову** — позвоните в поликлинику ещё раз и обратитесь в службу поддержки пациентов. Если вопрос не решён, сообщите в 109 с датой и временем вызова.`,
      paraphrases: [
        'как вызвать врача на дом ребенку',
        'у бабушки температура, врач придет домой?',
        'вызвали терапевта а он так и не пришел',
        'до скольки принимают вызовы на дом',
      ],
    },
    kk: {
      title: 'Дәрігерді үйге шақыру: қашан және қалай',
      body: `Емхана дәрігері үйге адам **қабылдауға өзі бара алмаған** жағдайда шақырылады: қызу жоғары, созылмалы аурудың асқынуы, стационардан шыққаннан кейінгі жағдай, қозғалысы шектеулі адам, ауырып жатқан бала.

**Қалай шақыруға болады**
1. Емханаңыздың колл-орталығына немесе тіркеу бөліміне, әдетте түске дейін қоңырау шалыңыз немесе емхананың мобильді қосымшасында шақыру қалдырыңыз.
2. ЖСН, мекенжай, жас пен шағымдарды айтып, телефон нөміріңізді қалдырыңыз.
3. Дәрігер немесе фельдшер күн ішінде келеді; уақыты учаскенің жүктемесіне байланысты.

Жаңа туған нәрестелер мен бір жасқа дейінгі балаларға учаскелік қызмет **патронаж** кестесі бойынша келеді, бөлек шақырудың қажеті жоқ.

**Емханаға емес, 103-ке қашан хабарласу керек:** есінен тану, кеуде тұсының ауыруы, инсульт белгілері (беттің қисаюы, қолдың әлсіреуі, сөйлеудің бұзылуы), қатты қан кету, тыныс алудың қиындауы, құрысу.

**Дәрігер шақыру бойынша келмесе** — емханаға қайта қоңырау шалып, пациенттерді қолдау қызметіне жүгініңіз. Мәселе шешілмесе, шақырудың күні мен уақытын көрсетіп, 109-ға хабарлаңыз.`,
      paraphrases: [
        'балаға дәрігерді үйге қалай шақырамын',
        'әжемнің қызуы көтерілді, дәрігер үйге келе ме',
        'терапевт шақырдық бірақ келмеді',
        'үйге шақыруды сағат нешеге дейін қабылдайды',
      ],
    },
    en: {
      title: 'Calling a doctor to your home: when and how',
      body: `A polyclinic doctor is called out to your home if the patient **cannot come to the clinic themselves**: a high temperature, a flare-up of a chronic illness, the period after discharge from hospital, limited mobility, a sick child.

**How to call**
1. Phone your polyclinic's call centre or reception desk, usually in the first half of the day, or leave a request in the polyclinic's mobile app.
2. Give the IIN, address, age and symptoms, and leave a phone number.
3. A doctor or paramedic will come during the day; the time depends on how busy the area's team is.

Newborns and babies under one are visited by the local team on a **home-visit (patronage)** schedule; you do not need to call separately.

**When to call 103 instead of the polyclinic:** loss of consciousness, chest pain, signs of stroke (drooping face, arm weakness, slurred speech), heavy bleeding, difficulty breathing, seizures.

**If the doctor did not come**, call the polyclinic again and contact the patient support service. If the problem is not solved, report it to 109 with the date and time of your call.`,
      paraphrases: [
        'how to get a doctor to come home for my child',
        'grandma has a temperature will a doctor come to the house',
        'we called the GP and nobody came',
        'until what time can I request a home visit',
      ],
    },
  },
  {
    key: 'uninsured-medical-care-gobmp',
    audience: 'public',
    tags: ['осмс', 'гобмп', 'здоровье', 'бесплатная помощь'],
    items: ['S11.C05.I003'],
    ru: {
      title: 'Нет медицинской страховки: какую помощь окажут бесплатно',
      body: `Даже без статуса застрахованного в ОСМС каждый гражданин Казахстана получает **гарантированный объём бесплатной медицинской помощи (ГОБМП)**:
- скорую медицинскую помощь и экстренную госпитализацию;
- приём участкового врача, медсестры, базовые анализы в поликлинике прикрепления;
- лечение социально значимых заболеваний (туберкулёз, онкология, ВИЧ, сахарный диабет и др.) и лекарства по ним;
- профилактические прививки.

**Без страховки платными будут:** большинство консультаций узких специалистов, плановая госпитализация (кроме социально значимых болезней), КТ и МРТ, плановая реабилитация.

**Что делать, если вы не застрахованы**
1. Проверьте статус на eGov или по 1414 — возможно, работодатель просто задержал взносы.
2. Если вы не работаете — оплатите взносы как самостоятельный плательщик или зарегистрируйтесь безработным в центре занятости.
3. Если вы относитесь к льготной категории, а статуса нет, — обратитесь в ФСМС или ЦОН для исправления данных.

**Если в экстренной помощи отказали из-за отсутствия страховки** — это нарушение. Звоните 103, а затем сообщите в 109 или в управление здравоохранения области.`,
      paraphrases: [
        'нет страховки лечат бесплатно?',
        'что бесплатно без осмс',
        'отказали в приеме потому что не застрахован',
        'скорая приедет если нет страховки',
      ],
    },
    kk: {
      title: 'Медициналық сақтандыру жоқ: қандай көмек тегін көрсетіледі',
      body: `МӘМС-те сақтандырылған мәртебесі болмаса да, Қазақстанның әрбір азаматы **тегін медициналық көмектің кепілдік берілген көлемін (ТМККК)** алады:
- жедел медициналық жәрдем және шұғыл түрде ауруханаға жатқызу;
- бекітілген емханада учаскелік дәрігердің, мейірбикенің қабылдауы, негізгі талдаулар;
- әлеуметтік мәні бар ауруларды (туберкулез, онкология, АИТВ, қант диабеті және т.б.) емдеу және оларға дәрі-дәрмек;
- профилактикалық екпелер.

**Сақтандыру болмаса ақылы болады:** тар бейінді мамандардың көпшілігінің кеңесі, жоспарлы ауруханаға жатқызу (әлеуметтік мәні бар аурулардан басқа), КТ және МРТ, жоспарлы оңалту.

**Сақтандырылмаған болсаңыз не істеу керек**
1. Мәртебені eGov-та немесе 1414 арқылы тексеріңіз — мүмкін, жұмыс беруші жарнаны жай ғана кешіктірген шығар.
2. Жұмыс істемесеңіз — өз бетінше төлеуші ретінде жарна төлеңіз немесе жұмыспен қамту орталығында жұмыссыз ретінде тіркеліңіз.
3. Жеңілдікті санатқа жатсаңыз, бірақ мәртебе жоқ болса — деректерді түзету үшін ӘМСҚ-қа немесе ХҚКО-ға жүгініңіз.

**Сақтандыру жоқ деп шұғыл көмектен бас тартса** — бұл заң бұзушылық. 103-ке қоңырау шалып, кейін 109-ға немесе облыстық денсаулық сақтау басқармасына хабарлаңыз.`,
      paraphrases: [
        'сақтандыру жоқ тегін емдей ме',
        'МӘМС-сіз не тегін',
        'сақтандырылмағаным үшін қабылдамады',
        'сақтандыру болмаса жедел жәрдем келе ме',
      ],
    },
    en: {
      title: 'No health insurance: what medical care is free',
      body: `Even without insured status in compulsory social health insurance (OSMS), every citizen of Kazakhstan receives **guaranteed free medical care (GOBMP)**:
- emergency medical care and emergency hospital admission;
- appointments with the GP and nurse and basic tests at the polyclinic you are attached to;
- treatment of socially significant diseases (tuberculosis, cancer, HIV, diabetes and others) and medicines for them;
- preventive vaccinations.

**Without insurance you will have to pay for:** most consultations with specialists, planned hospital admission (except for socially significant diseases), CT and MRI scans, planned rehabilitation.

**What to do if you are not insured**
1. Check your status on eGov or by calling 1414 — your employer may simply have paid the contributions late.
2. If you do not work, pay the contributions yourself as a self-payer or register as unemployed at the employment centre.
3. If you belong to a preferential category but have no insured status, contact the Social Health Insurance Fund (FSMS) or a Public Service Centre (ЦОН) to have your data corrected.

**If you are refused emergency care because you have no insurance**, that is a violation. Call 103, then report it to 109 or the regional health department.`,
      paraphrases: [
        'no insurance will they treat me for free',
        'what is free without OSMS',
        'the clinic refused to see me because I am not insured',
        'will an ambulance come if I have no insurance',
      ],
    },
  },
  {
    key: 'free-medicines-outpatient',
    audience: 'public',
    tags: ['лекарства', 'бесплатные лекарства', 'аптека', 'здоровье'],
    items: ['S11.C04.I001', 'S11.C04.I002', 'S11.C04.I003', 'S11.C04.I005', 'S11.C04.I008'],
    ru: {
      title: 'Бесплатные лекарства по рецепту (амбулаторное лекарственное обеспечение)',
      body: `Людям с хроническими и социально значимыми заболеваниями (сахарный диабет, артериальная гипертензия, бронхиальная астма, онкология, эпилепсия и многие другие) лекарства выдаются **бесплатно** по **перечню**, утверждённому Министерством здравоохранения. Часть препаратов входит в ГОБМП, часть — в пакет ОСМС, поэтому для них важен статус застрахованного.

**Как получить**
1. Встаньте на **диспансерный учёт** у участкового врача или профильного специалиста в поликлинике прикрепления.
2. Врач выпишет **электронный рецепт** на препарат из перечня.
3. Получите лекарство в **аптеке, работающей по договору с ФСМС**: список аптек есть в поликлинике и на сайте ФСМС. Возьмите удостоверение личности.

Рецепт действует ограниченное время, поэтому не откладывайте получение.

**Если лекарства нет в аптеке или его не выписывают**
- попросите аптеку зафиксировать отсутствие и сообщите об этом врачу или в службу поддержки пациентов поликлиники;
- обратитесь в филиал ФСМС по области или в управление здравоохранения;
- сообщите в 109 или 1414 — укажите препарат, аптеку и дату.`,
      paraphrases: [
        'как получить бесплатный инсулин',
        'в аптеке нет бесплатного лекарства по рецепту',
        'врач не выписывает бесплатные таблетки от давления',
        'какие лекарства бесплатно диабетикам',
        'где список бесплатных лекарств',
      ],
    },
    kk: {
      title: 'Рецепт бойынша тегін дәрі-дәрмек (амбулаториялық дәрі-дәрмекпен қамтамасыз ету)',
      body: `Созылмалы және әлеуметтік мәні бар аурулары бар адамдарға (қант диабеті, артериялық гипертензия, бронх демікпесі, онкология, эпилепсия және басқалар) дәрі Денсаулық сақтау министрлігі бекіткен **тізбе** бойынша **тегін** беріледі. Дәрілердің бір бөлігі ТМККК-ге, бір бөлігі МӘМС пакетіне кіреді, сондықтан олар үшін сақтандыру мәртебесі маңызды.

**Қалай алуға болады**
1. Бекітілген емханада учаскелік дәрігерде немесе бейінді маманда **диспансерлік есепке** тұрыңыз.
2. Дәрігер тізбедегі препаратқа **электрондық рецепт** жазады.
3. Дәріні **ӘМСҚ-мен шарт жасасқан дәріханадан** алыңыз: дәріханалар тізімі емханада және ӘМСҚ сайтында бар. Жеке куәлікті ала барыңыз.

Рецепт шектеулі мерзімге жарамды, сондықтан алуды кейінге қалдырмаңыз.

**Дәріхананда дәрі болмаса немесе дәрігер жазбаса**
- дәріханадан дәрінің жоқтығын тіркеуді сұрап, бұл туралы дәрігерге немесе емхананың пациенттерді қолдау қызметіне хабарлаңыз;
- ӘМСҚ-тың облыстық филиалына немесе денсаулық сақтау басқармасына жүгініңіз;
- 109 немесе 1414-ке хабарласыңыз — препаратты, дәріхананы және күнді көрсетіңіз.`,
      paraphrases: [
        'тегін инсулинді қалай аламын',
        'дәріханада рецепт бойынша тегін дәрі жоқ',
        'дәрігер қан қысымына тегін дәрі жазбайды',
        'диабетиктерге қандай дәрі тегін',
      ],
    },
    en: {
      title: 'Free prescription medicines for outpatients',
      body: `People with chronic and socially significant diseases (diabetes, hypertension, asthma, cancer, epilepsy and many others) receive medicines **free of charge** from a **list** approved by the Ministry of Health. Some medicines are covered by the guaranteed free care package and some by OSMS insurance, so your insurance status matters for the latter.

**How to get them**
1. Register for **regular follow-up (dispensary care)** with your GP or a specialist at your polyclinic.
2. The doctor issues an **electronic prescription** for a medicine on the list.
3. Collect it at a **pharmacy contracted by the Social Health Insurance Fund (FSMS)**; the list of pharmacies is at the polyclinic and on the FSMS website. Bring your ID card.

Prescriptions are valid for a limited time, so do not put off collecting the medicine.

**If the pharmacy has no stock or the doctor will not prescribe**
- ask the pharmacy to record that the medicine is out of stock and tell your doctor or the polyclinic's patient support service;
- contact the regional FSMS branch or the health department;
- call 109 or 1414 with the medicine name, the pharmacy and the date.`,
      paraphrases: [
        'how to get free insulin',
        'pharmacy has no free medicine on my prescription',
        'which medicines are free for diabetics',
        'doctor refuses to prescribe free blood pressure pills',
      ],
    },
  },
  {
    key: 'ambulance-103-or-urgent-care',
    audience: 'public',
    tags: ['скорая помощь', '103', 'неотложная помощь', 'здоровье'],
    items: ['S11.C02.I001', 'S11.C02.I002', 'S11.C02.I003'],
    ru: {
      title: 'Скорая помощь 103 или неотложка из поликлиники: кого вызывать',
      body: `Звонки на **103** диспетчер сортирует по срочности.

**Скорая помощь выезжает немедленно**, если есть угроза жизни:
- потеря сознания, судороги;
- боль в груди, признаки инсульта (перекос лица, слабость в руке, нарушение речи);
- затруднённое дыхание, сильное кровотечение, тяжёлая травма, ожог;
- роды, отравление, высокая температура у младенца.

**Неотложная помощь поликлиники** приезжает при состояниях без угрозы жизни: температура у взрослого, обострение хронической болезни, повышенное давление без других тревожных признаков. Такой вызов диспетчер 103 передаёт в поликлинику прикрепления, врач или фельдшер приедет позже, чем скорая.

**Как вызвать**
1. Позвоните **103** (с мобильного можно также **112**).
2. Чётко назовите адрес, подъезд, этаж, код домофона, возраст больного и что случилось.
3. Не кладите трубку первым, выполняйте указания диспетчера, встретьте бригаду.

**Если скорая долго не едет** — перезвоните 103 и сообщите об ухудшении. Жалобы на работу скорой — в станцию скорой помощи, управление здравоохранения или по 109.`,
      paraphrases: [
        'когда вызывать скорую а когда участкового',
        'скорая не едет уже час',
        'диспетчер сказал ждать врача из поликлиники',
        'с мобильного какой номер скорой',
        'высокая температура у ребенка вызывать 103?',
      ],
    },
    kk: {
      title: 'Жедел жәрдем 103 әлде емхананың шұғыл көмегі: кімді шақыру керек',
      body: `**103**-ке түскен қоңырауларды диспетчер шұғылдығына қарай бөледі.

**Жедел жәрдем бірден шығады**, егер өмірге қауіп болса:
- есінен тану, құрысу;
- кеуде тұсының ауыруы, инсульт белгілері (беттің қисаюы, қолдың әлсіреуі, сөйлеудің бұзылуы);
- тыныс алудың қиындауы, қатты қан кету, ауыр жарақат, күйік;
- босану, улану, нәрестенің қызуы қатты көтерілуі.

**Емхананың шұғыл көмегі** өмірге қауіп жоқ жағдайларда келеді: ересек адамның қызуы, созылмалы аурудың асқынуы, басқа қауіпті белгісіз қан қысымының көтерілуі. Мұндай шақыруды 103 диспетчері бекітілген емханаға береді, дәрігер немесе фельдшер жедел жәрдемге қарағанда кешірек келеді.

**Қалай шақыруға болады**
1. **103**-ке (ұялы телефоннан **112**-ге де) қоңырау шалыңыз.
2. Мекенжайды, подъезді, қабатты, домофон кодын, науқастың жасын және не болғанын анық айтыңыз.
3. Тұтқаны бірінші қоймаңыз, диспетчердің нұсқауын орындаңыз, бригаданы қарсы алыңыз.

**Жедел жәрдем ұзақ келмесе** — 103-ке қайта қоңырау шалып, жағдайдың нашарлағанын айтыңыз. Жедел жәрдем жұмысына шағым — жедел жәрдем станциясына, денсаулық сақтау басқармасына немесе 109-ға.`,
      paraphrases: [
        'жедел жәрдемді қашан, учаскелік дәрігерді қашан шақыру керек',
        'жедел жәрдем бір сағаттан бері келмей жатыр',
        'диспетчер емханадан дәрігер күтіңіз деді',
        'баланың қызуы жоғары 103-ке қоңырау шалу керек пе',
      ],
    },
    en: {
      title: 'Ambulance 103 or urgent care from the polyclinic: which to call',
      body: `The **103** dispatcher sorts calls by urgency.

**An ambulance comes at once** when life is at risk:
- loss of consciousness, seizures;
- chest pain, signs of stroke (drooping face, arm weakness, slurred speech);
- difficulty breathing, heavy bleeding, serious injury or burn;
- childbirth, poisoning, high fever in a baby.

**Urgent care from the polyclinic** handles conditions without a threat to life: fever in an adult, a flare-up of a chronic illness, raised blood pressure without other alarming signs. The 103 dispatcher passes such calls to your polyclinic, and a doctor or paramedic arrives later than an ambulance would.

**How to call**
1. Dial **103** (from a mobile you can also dial **112**).
2. Clearly give the address, entrance, floor, door code, the patient's age and what happened.
3. Do not hang up first; follow the dispatcher's instructions and meet the crew.

**If the ambulance is late**, call 103 again and report any worsening. Complaints about the ambulance service go to the ambulance station, the health department or 109.`,
      paraphrases: [
        'when should I call an ambulance instead of the clinic',
        'the ambulance has not come for an hour',
        'emergency number from a mobile phone in Kazakhstan',
        'dispatcher told me to wait for a clinic doctor',
      ],
    },
  },
  {
    key: 'planned-hospitalization',
    audience: 'public',
    tags: ['госпитализация', 'операция', 'больница', 'здоровье'],
    items: ['S11.C03.I001', 'S11.C03.I002', 'S11.C03.I008'],
    ru: {
      title: 'Плановая госпитализация и очередь на операцию: как узнать свою очередь',
      body: `Плановое лечение в стационаре (операция, обследование, курс терапии) проводится через **Портал бюро госпитализации**. Самому записываться не нужно — направление оформляет врач.

**Порядок**
1. Участковый врач или специалист поликлиники выдаёт **направление на плановую госпитализацию** и регистрирует его на портале.
2. Вы можете выбрать стационар из тех, что оказывают нужную помощь, в том числе в другом городе.
3. Портал присваивает **код направления** и дату госпитализации. По коду можно следить за очередью на сайте портала.
4. В назначенный день приходите в стационар с удостоверением личности, направлением и результатами анализов, которые указал врач.

Плановая госпитализация в большинстве случаев входит в пакет **ОСМС** — проверьте статус застрахованного заранее. По социально значимым заболеваниям она бесплатна и без страховки.

**Высокотехнологичная помощь** (сложные операции на сердце, трансплантация и т. п.) назначается решением комиссии управления здравоохранения.

**Если дату переносят без объяснений или требуют оплату** — сообщите в управление здравоохранения области, филиал ФСМС или по 109.`,
      paraphrases: [
        'как узнать очередь на операцию',
        'код направления на госпитализацию где проверить',
        'долго ждать плановую операцию',
        'квота на операцию на сердце',
      ],
    },
    kk: {
      title: 'Жоспарлы ауруханаға жатқызу және ота кезегі: кезегіңізді қалай білуге болады',
      body: `Стационарда жоспарлы емдеу (ота, тексеру, ем курсы) **Емдеуге жатқызу бюросы порталы** арқылы жүргізіледі. Өзіңіз жазылудың қажеті жоқ — жолдаманы дәрігер ресімдейді.

**Тәртібі**
1. Учаскелік дәрігер немесе емхана маманы **жоспарлы емдеуге жатқызуға жолдама** беріп, оны порталда тіркейді.
2. Қажетті көмекті көрсететін стационарлардың ішінен, оның ішінде басқа қаладағысын таңдай аласыз.
3. Портал **жолдама кодын** және жатқызу күнін береді. Код бойынша кезекті портал сайтынан қадағалауға болады.
4. Белгіленген күні стационарға жеке куәлікпен, жолдамамен және дәрігер көрсеткен талдау нәтижелерімен келіңіз.

Жоспарлы емдеуге жатқызу көп жағдайда **МӘМС** пакетіне кіреді — сақтандыру мәртебесін алдын ала тексеріңіз. Әлеуметтік мәні бар аурулар бойынша ол сақтандырусыз да тегін.

**Жоғары технологиялық көмек** (жүрекке күрделі ота, транспланттау және т.б.) денсаулық сақтау басқармасы комиссиясының шешімімен тағайындалады.

**Күнді себепсіз ауыстырса немесе ақы талап етсе** — облыстық денсаулық сақтау басқармасына, ӘМСҚ филиалына немесе 109-ға хабарлаңыз.`,
      paraphrases: [
        'отаға кезекті қалай білемін',
        'емдеуге жатқызу жолдамасының кодын қайдан тексеремін',
        'жоспарлы отаны ұзақ күтеміз',
        'жүрекке отаға квота',
      ],
    },
    en: {
      title: 'Planned hospital admission and waiting for surgery: how to check your place in the queue',
      body: `Planned inpatient treatment (surgery, examination, a course of therapy) is arranged through the **Hospitalisation Bureau Portal**. You do not book it yourself — the doctor issues the referral.

**Steps**
1. Your GP or a polyclinic specialist issues a **referral for planned hospital admission** and registers it on the portal.
2. You can choose among the hospitals that provide the care you need, including ones in another city.
3. The portal assigns a **referral code** and an admission date. You can follow the queue on the portal website using the code.
4. On the set day, come to the hospital with your ID card, the referral and the test results your doctor specified.

In most cases planned hospital admission is covered by **compulsory social health insurance (OSMS)** — check your insured status in advance. For socially significant diseases it is free even without insurance.

**High-tech care** (complex heart surgery, transplants, etc.) is assigned by decision of a health department commission.

**If the date is moved without explanation or you are asked to pay**, report it to the regional health department, the Social Health Insurance Fund (FSMS) branch or 109.`,
      paraphrases: [
        'how do I find out my place in the queue for an operation',
        'where to check my hospital referral code',
        'waiting too long for a planned operation',
        'state quota for heart surgery',
      ],
    },
  },
  {
    key: 'complaint-about-clinic-or-doctor',
    audience: 'public',
    tags: ['жалоба', 'поликлиника', 'больница', 'здоровье'],
    items: ['S11.C01.I031', 'S11.C01.I032', 'S11.C03.I006', 'S11.C03.I007', 'S11.C01.I037'],
    ru: {
      title: 'Как пожаловаться на поликлинику, больницу или врача',
      body: `Жалобу лучше подавать **по ступеням** — так её рассмотрят быстрее.

1. **Служба поддержки пациентов** в самой поликлинике или больнице (есть в каждой медорганизации). Решает грубость, отказ в записи, очереди, потерю анализов. Можно обратиться устно или письменно.
2. **Руководитель медицинской организации** — письменное заявление, зарегистрируйте его и сохраните входящий номер.
3. **Управление здравоохранения области** — если внутри организации вопрос не решён.
4. **Филиал Фонда социального медицинского страхования (ФСМС)** — если с вас требуют деньги за услуги, положенные бесплатно по ГОБМП или ОСМС.
5. **Департамент Комитета медицинского и фармацевтического контроля** — качество лечения, подозрение на врачебную ошибку, лицензия.

Жалобу также можно подать через **eOtinish**, на eGov или по **109** — её перенаправят в нужный орган.

**Что указать:** ФИО пациента, ИИН, название организации, дату и суть случая, фамилию врача (если знаете), чего вы просите. Приложите чеки, выписки, фото.

Срок ответа — 15 рабочих дней; он может быть продлён, о чём вас обязаны уведомить.

Если причинён вред здоровью, вы также вправе обратиться в суд.`,
      paraphrases: [
        'куда жаловаться на врача',
        'в больнице требуют деньги за бесплатную операцию',
        'нахамили в регистратуре',
        'врачебная ошибка куда обращаться',
        'жалоба на поликлинику онлайн',
      ],
    },
    kk: {
      title: 'Емханаға, ауруханаға немесе дәрігерге қалай шағымдануға болады',
      body: `Шағымды **сатылап** берген дұрыс — солай тезірек қаралады.

1. Емхананың немесе аурухананың өзіндегі **пациенттерді қолдау қызметі** (әр медициналық ұйымда бар). Дөрекілік, жазудан бас тарту, кезек, талдаудың жоғалуы сияқты мәселелерді шешеді. Ауызша да, жазбаша да жүгінуге болады.
2. **Медициналық ұйым басшысы** — жазбаша өтініш; оны тіркетіп, кіріс нөмірін сақтаңыз.
3. **Облыстық денсаулық сақтау басқармасы** — ұйым ішінде мәселе шешілмесе.
4. **Әлеуметтік медициналық сақтандыру қорының (ӘМСҚ) филиалы** — ТМККК немесе МӘМС бойынша тегін болуға тиіс қызметке ақша талап етсе.
5. **Медициналық және фармацевтикалық бақылау комитетінің департаменті** — емдеу сапасы, дәрігерлік қате күдігі, лицензия.

Шағымды **eOtinish** арқылы, eGov-та немесе **109** арқылы да беруге болады — ол тиісті органға жіберіледі.

**Не көрсету керек:** пациенттің аты-жөні, ЖСН, ұйымның атауы, оқиғаның күні мен мәні, дәрігердің тегі (білсеңіз), не сұрайтыныңыз. Чектерді, үзінділерді, фотоларды қоса беріңіз.

Жауап беру мерзімі — 15 жұмыс күні; ол ұзартылуы мүмкін, бұл туралы сізге хабарлауға міндетті.

Денсаулыққа зиян келтірілсе, сотқа да жүгінуге құқығыңыз бар.`,
      paraphrases: [
        'дәрігерге қайда шағымданамын',
        'ауруханада тегін ота үшін ақша сұрап жатыр',
        'тіркеу бөлімінде дөрекі сөйледі',
        'дәрігердің қатесі үшін қайда бару керек',
      ],
    },
    en: {
      title: 'How to complain about a polyclinic, hospital or doctor',
      body: `It is best to complain **step by step** — that way your complaint is dealt with faster.

1. **The patient support service** at the polyclinic or hospital itself (every medical organisation has one). It deals with rudeness, refused appointments, queues, lost test results. You can contact it verbally or in writing.
2. **The head of the medical organisation** — a written complaint; have it registered and keep the incoming number.
3. **The regional health department** — if the issue was not resolved within the organisation.
4. **The branch of the Social Health Insurance Fund (FSMS)** — if you are asked to pay for services that should be free under guaranteed free medical care (GOBMP) or compulsory social health insurance (OSMS).
5. **The Department of the Committee for Medical and Pharmaceutical Control** — quality of treatment, a suspected medical error, licensing.

You can also complain through **eOtinish**, on eGov or via **109** — your complaint will be forwarded to the right body.

**What to include:** the patient's full name, IIN, the name of the organisation, the date and what happened, the doctor's surname (if you know it), and what you are asking for. Attach receipts, discharge summaries, photos.

The reply is due within 15 working days; the period may be extended, and you must be notified if it is.

If harm was done to your health, you also have the right to go to court.`,
      paraphrases: [
        'where can I complain about a doctor',
        'the hospital wants money for a free operation',
        'the receptionist at the clinic was rude to me',
        'medical error where do I report it',
        'complain about my polyclinic online',
      ],
    },
  },
  // ─── Education ─────────────────────────────────────────────────────────────────────────────
  {
    key: 'school-transfer',
    audience: 'public',
    tags: ['школа', 'перевод', 'образование'],
    items: ['S12.C02.I022'],
    ru: {
      title: 'Как перевести ребёнка в другую школу',
      body: `Перевести ребёнка в другую школу можно **в любое время учебного года** при наличии свободных мест — например, при переезде.

**Порядок**
1. Узнайте в новой школе, есть ли места в нужном классе.
2. Подайте заявление о приёме в новую школу — лично или через **eGov.kz**.
3. Новая школа сама запрашивает **личное дело** ученика из прежней школы; забирать его на руки не обязательно. Прежняя школа обязана передать документы без задержек.
4. После приказа о зачислении ребёнок приступает к учёбе; оценки за текущую четверть переносятся.

**Документы:** заявление родителя, удостоверение личности родителя, свидетельство о рождении ребёнка, медицинская карта и прививочная карта (их передаёт школьный медпункт), личное дело.

**Если отказали** — причиной может быть только отсутствие мест. Попросите письменный ответ и обратитесь в **отдел образования**, который поможет с местом в другой школе. Если прежняя школа не отдаёт документы, сообщите в отдел образования или по 109.`,
      paraphrases: [
        'как перевести ребенка в другую школу в середине года',
        'переезжаем, как перевестись в школу рядом с домом',
        'старая школа не отдает личное дело',
        'в новой школе говорят нет мест',
      ],
    },
    kk: {
      title: 'Баланы басқа мектепке қалай ауыстыруға болады',
      body: `Бос орын болса, баланы басқа мектепке **оқу жылының кез келген уақытында** ауыстыруға болады — мысалы, көшкен кезде.

**Тәртібі**
1. Жаңа мектептен қажетті сыныпта орын бар-жоғын біліңіз.
2. Жаңа мектепке қабылдау туралы өтінішті жеке өзіңіз немесе **eGov.kz** арқылы беріңіз.
3. Жаңа мектеп оқушының **жеке ісін** бұрынғы мектептен өзі сұратады; оны қолға алу міндетті емес. Бұрынғы мектеп құжаттарды кешіктірмей беруге міндетті.
4. Қабылдау туралы бұйрықтан кейін бала оқуға кіріседі; ағымдағы тоқсанның бағалары көшіріледі.

**Құжаттар:** ата-ананың өтініші мен жеке куәлігі, баланың туу туралы куәлігі, медициналық картасы мен екпе картасы (оларды мектептің медпункті береді), жеке іс.

**Бас тартса** — себебі тек орынның жоқтығы болуы мүмкін. Жазбаша жауап сұрап, **білім бөліміне** жүгініңіз, ол басқа мектептен орын табуға көмектеседі. Бұрынғы мектеп құжаттарды бермесе, білім бөліміне немесе 109-ға хабарлаңыз.`,
      paraphrases: [
        'баланы оқу жылының ортасында басқа мектепке қалай ауыстырамын',
        'көшіп жатырмыз, үйге жақын мектепке қалай ауысамыз',
        'ескі мектеп жеке істі бермей жатыр',
        'жаңа мектепте орын жоқ дейді',
      ],
    },
    en: {
      title: 'How to transfer a child to another school',
      body: `You can move a child to another school **at any time during the school year** if there are free places — for example, after moving house.

**Steps**
1. Ask the new school whether there is a place in the right class.
2. Submit an admission application to the new school, in person or via **eGov.kz**.
3. The new school requests the pupil's **personal file** from the old school itself; you do not have to carry it. The old school must send the documents without delay.
4. Once the admission order is signed, the child starts lessons; marks for the current term are carried over.

**Documents:** parent's application and ID card, the child's birth certificate, medical and vaccination records (passed on by the school nurse), personal file.

**If refused**, the only valid reason is a lack of places. Ask for a written answer and contact the city **education department**, which will help find a place in another school. If the old school will not release the documents, tell the education department or call 109.`,
      paraphrases: [
        'how to change schools in the middle of the year',
        'we are moving how do I transfer my child',
        'old school will not give the personal file',
        'new school says there are no places',
      ],
    },
  },
  {
    key: 'free-school-meals',
    audience: 'public',
    tags: ['школа', 'питание', 'льготы', 'дети'],
    items: ['S12.C02.I025', 'S12.C02.I026'],
    ru: {
      title: 'Бесплатное питание в школе: кому положено и как оформить',
      body: `**Ученики начальных классов** (1–4) получают бесплатное горячее питание в государственных школах без заявления.

**В 5–11 классах** бесплатное питание предоставляется отдельным категориям, в том числе:
- детям из семей, получающих адресную социальную помощь;
- детям из малообеспеченных семей, не получающих АСП, с доходом ниже установленного порога;
- детям-сиротам и детям, оставшимся без попечения родителей;
- детям из многодетных семей;
- другим детям по решению коллегиального органа школы (например, семья попала в трудную ситуацию).

Питание финансируется из бюджета и **фонда всеобуча**.

**Как оформить**
1. Подайте заявление классному руководителю или в администрацию школы либо через **eGov.kz** (услуга предоставления бесплатного и льготного питания).
2. Приложите документ, подтверждающий категорию, если сведений нет в базах.
3. Решение принимает школа; питание назначается на учебный год.

**Если отказали или кормят плохо** — обратитесь к директору, в отдел образования, а по качеству и гигиене — в санитарно-эпидемиологическую службу. Вопросы — 109.`,
      paraphrases: [
        'как оформить бесплатное питание в школе',
        'многодетным положены бесплатные обеды?',
        'в 5 классе перестали кормить бесплатно',
        'плохо кормят в школьной столовой куда жаловаться',
      ],
    },
    kk: {
      title: 'Мектепте тегін тамақтану: кімге беріледі және қалай ресімделеді',
      body: `Мемлекеттік мектептердің **бастауыш сынып оқушылары** (1–4) тегін ыстық тамақты өтінішсіз алады.

**5–11 сыныптарда** тегін тамақ жекелеген санаттарға беріледі, оның ішінде:
- атаулы әлеуметтік көмек алатын отбасылардың балаларына;
- АӘК алмайтын, табысы белгіленген шектен төмен аз қамтылған отбасылардың балаларына;
- жетім балаларға және ата-анасының қамқорлығынсыз қалған балаларға;
- көп балалы отбасылардың балаларына;
- мектептің алқалы органының шешімі бойынша басқа балаларға (мысалы, отбасы қиын жағдайға тап болса).

Тамақ бюджет пен **жалпыға бірдей міндетті оқу қорынан** қаржыландырылады.

**Қалай ресімдеуге болады**
1. Сынып жетекшісіне немесе мектеп әкімшілігіне не **eGov.kz** арқылы (тегін және жеңілдікпен тамақтандыру қызметі) өтініш беріңіз.
2. Дерекқорда мәлімет болмаса, санатты растайтын құжатты қоса беріңіз.
3. Шешімді мектеп қабылдайды; тамақ оқу жылына тағайындалады.

**Бас тартса немесе нашар тамақтандырса** — директорға, білім бөліміне, ал сапа мен гигиена бойынша санитариялық-эпидемиологиялық қызметке жүгініңіз. Сұрақтар — 109.`,
      paraphrases: [
        'мектепте тегін тамақты қалай рәсімдеймін',
        'көп балалыларға тегін түскі ас бар ма',
        '5-сыныпта тегін тамақ тоқтап қалды',
        'мектеп асханасында нашар тамақтандырады',
      ],
    },
    en: {
      title: 'Free school meals: who is eligible and how to apply',
      body: `**Primary school pupils** (grades 1–4) in state schools get free hot meals without applying.

**In grades 5–11** free meals are given to certain categories, including:
- children from families receiving targeted social assistance (ASP);
- children from low-income families that do not receive ASP, with income below the set threshold;
- orphans and children left without parental care;
- children from large families;
- other children by decision of the school's collegial body (for example, if the family has fallen into a difficult situation).

Meals are funded from the budget and the **universal education fund (vseobuch fund)**.

**How to apply**
1. Apply to the class teacher or the school administration, or through **eGov.kz** (the service for free and subsidised meals).
2. Attach a document confirming the category if the information is not in the databases.
3. The school makes the decision; meals are granted for the school year.

**If you are refused or the food is poor**, contact the head teacher or the education department, and about food quality and hygiene, the sanitary and epidemiological service. Questions: 109.`,
      paraphrases: [
        'how do I get free school lunch for my child',
        'do large families get free school dinners',
        'in grade 5 they stopped giving free meals',
        'the food in the school canteen is bad where do I complain',
      ],
    },
  },
  {
    key: 'student-dormitory',
    audience: 'public',
    tags: ['общежитие', 'студенты', 'образование'],
    items: ['S12.C04.I004'],
    ru: {
      title: 'Как получить место в студенческом общежитии',
      body: `Места в общежитиях вузов и колледжей распределяет **комиссия учебного заведения**. Приоритет обычно имеют: дети-сироты и дети, оставшиеся без попечения родителей, студенты с инвалидностью, из многодетных и малообеспеченных семей, кандасы, студенты из сельской местности.

**Как подать заявку**
1. **Студентам вузов** — на **eGov.kz** через услугу «Предоставление общежития обучающимся в высших учебных заведениях» сразу после зачисления, или в деканате / студенческом отделе вуза.
2. **Студентам колледжей** — заявление в администрацию колледжа.
3. Приложите документы, подтверждающие право на приоритет.
4. Решение сообщают до начала учебного года; с общежитием заключается договор проживания, плата — по тарифу учебного заведения (для льготных категорий может быть снижена или отсутствовать).

**Документы:** удостоверение личности, документы о льготной категории, медицинская справка, фото.

**Если мест нет** — спросите в вузе о частных общежитиях-партнёрах, где проживание оплачивается по государственному заказу. Жалобы на распределение — руководству учебного заведения, затем в уполномоченный орган в сфере образования.`,
      paraphrases: [
        'как получить общагу в университете',
        'поступил в колледж нужна общага',
        'не дали место в общежитии',
        'сколько стоит общежитие для студента',
      ],
    },
    kk: {
      title: 'Студенттік жатақханадан қалай орын алуға болады',
      body: `ЖОО мен колледж жатақханаларындағы орындарды **оқу орнының комиссиясы** бөледі. Әдетте басымдыққа ие: жетім балалар және ата-анасының қамқорлығынсыз қалған балалар, мүгедектігі бар студенттер, көп балалы және аз қамтылған отбасылардан шыққандар, қандастар, ауылдан келген студенттер.

**Өтінімді қалай беруге болады**
1. **ЖОО студенттері** — оқуға қабылданған бойда **eGov.kz** порталындағы «Жоғары оқу орындарында білім алушыларға жатақхана беру» қызметі арқылы немесе деканатта / ЖОО-ның студенттер бөлімінде.
2. **Колледж студенттері** — колледж әкімшілігіне өтініш.
3. Басымдық құқығын растайтын құжаттарды қоса беріңіз.
4. Шешім оқу жылы басталғанға дейін хабарланады; жатақханамен тұру шарты жасалады, ақысы оқу орнының тарифі бойынша (жеңілдікті санаттарға төмендетілуі немесе мүлдем болмауы мүмкін).

**Құжаттар:** жеке куәлік, жеңілдікті санат туралы құжаттар, медициналық анықтама, фото.

**Орын болмаса** — ЖОО-дан тұру ақысы мемлекеттік тапсырыс бойынша төленетін серіктес жекеменшік жатақханалар туралы сұраңыз. Бөлу туралы шағым — оқу орнының басшылығына, одан кейін білім саласындағы уәкілетті органға.`,
      paraphrases: [
        'университетте жатақхананы қалай аламын',
        'колледжге түстім жатақхана керек',
        'жатақханадан орын бермеді',
        'студентке жатақхана қанша тұрады',
      ],
    },
    en: {
      title: 'How to get a place in a student dormitory',
      body: `Places in university and college dormitories are allocated by a **commission of the educational institution**. Priority usually goes to orphans and children left without parental care, students with disabilities, students from large and low-income families, kandas (ethnic Kazakh returnees) and students from rural areas.

**How to apply**
1. **University students** — on **eGov.kz** through the service “Provision of dormitories to students of higher education institutions” right after enrolment, or at the dean's office / student office of the university.
2. **College students** — an application to the college administration.
3. Attach documents confirming your right to priority.
4. You are told the decision before the academic year starts; you sign a residence agreement with the dormitory, and the fee follows the institution's rate (for preferential categories it may be reduced or waived).

**Documents:** ID card, documents confirming a preferential category, medical certificate, photo.

**If there are no places**, ask the university about partner private dormitories where accommodation is paid for under the state order. Complaints about the allocation go to the management of the institution, then to the authorised body for education.`,
      paraphrases: [
        'how do I get a dorm room at university',
        'got into college and need a dorm',
        'they did not give me a place in the dormitory',
        'how much does a student dorm cost',
      ],
    },
  },
  {
    key: 'complaint-about-school',
    audience: 'public',
    tags: ['школа', 'жалоба', 'поборы', 'образование'],
    items: ['S12.C02.I001', 'S12.C02.I030', 'S12.C02.I031', 'S12.C01.I006'],
    ru: {
      title: 'Как пожаловаться на школу или детский сад: поборы, конфликт с учителем, буллинг',
      body: `**Поборы запрещены.** Школа и детский сад не вправе требовать деньги на ремонт, охрану, подарки или учебники. Добровольная помощь возможна только через **попечительский совет** с отчётностью.

**Куда обращаться по порядку**
1. **Классный руководитель, воспитатель, школьный психолог** — для конфликтов между детьми, буллинга, вопросов об оценках.
2. **Директор (заведующий)** — письменное заявление, сохраните входящий номер.
3. **Отдел образования города** — если директор не решил вопрос или сам является стороной конфликта.
4. **Департамент по обеспечению качества в сфере образования** по области — нарушения прав ученика, качество обучения, незаконные сборы.
5. При вымогательстве денег должностным лицом — в **антикоррупционную службу**; при угрозе жизни и здоровью ребёнка — **102**.

Обращение можно также подать через **eOtinish**, eGov или по **109** — его передадут в нужный орган. Можно попросить не раскрывать ваши данные школе.

**Что указать:** школу, класс, даты, суть ситуации, кто требовал деньги или нарушил права ребёнка, чего вы просите. Приложите переписку, фото.

Срок ответа — 15 рабочих дней.`,
      paraphrases: [
        'в школе собирают деньги на ремонт это законно',
        'учитель унижает ребенка куда жаловаться',
        'сына травят одноклассники что делать',
        'жалоба на директора школы',
        'в садике требуют деньги на шторы',
      ],
    },
    kk: {
      title: 'Мектепке немесе балабақшаға қалай шағымдануға болады: заңсыз жиын, мұғаліммен келіспеушілік, буллинг',
      body: `**Заңсыз ақша жинауға тыйым салынған.** Мектеп пен балабақша жөндеуге, күзетке, сыйлыққа немесе оқулыққа ақша талап етуге құқылы емес. Ерікті көмек тек есеп беретін **қамқоршылық кеңес** арқылы ғана мүмкін.

**Кезегімен қайда жүгіну керек**
1. **Сынып жетекшісі, тәрбиеші, мектеп психологы** — балалар арасындағы жанжал, буллинг, баға мәселелері.
2. **Директор (меңгеруші)** — жазбаша өтініш, кіріс нөмірін сақтаңыз.
3. **Қалалық білім бөлімі** — директор мәселені шешпесе немесе өзі тарап болса.
4. Облыс бойынша **білім беру саласында сапаны қамтамасыз ету департаменті** — оқушы құқықтарының бұзылуы, оқыту сапасы, заңсыз жиындар.
5. Лауазымды адам ақша бопсаласа — **сыбайлас жемқорлыққа қарсы қызметке**; бала өміріне не денсаулығына қауіп төнсе — **102**.

Өтінішті **eOtinish**, eGov немесе **109** арқылы да беруге болады — ол тиісті органға жіберіледі. Деректеріңізді мектепке ашпауды сұрауға болады.

**Не көрсету керек:** мектеп, сынып, күндер, жағдайдың мәні, кім ақша талап етті немесе баланың құқығын бұзды, не сұрайсыз. Хат алмасуды, фотоларды қоса беріңіз.

Жауап мерзімі — 15 жұмыс күні.`,
      paraphrases: [
        'мектепте жөндеуге ақша жинап жатыр, бұл заңды ма',
        'мұғалім баланы кемсітеді қайда шағымданамын',
        'ұлымды сыныптастары қорлайды не істеймін',
        'балабақшада перделерге ақша сұрап жатыр',
      ],
    },
    en: {
      title: 'How to complain about a school or kindergarten: money collections, conflict with a teacher, bullying',
      body: `**Collecting money from parents is prohibited.** Schools and kindergartens have no right to demand money for repairs, security, gifts or textbooks. Voluntary help is possible only through the **board of trustees**, with reporting.

**Where to turn, in order**
1. **Class teacher, kindergarten teacher, school psychologist** — for conflicts between children, bullying, questions about marks.
2. **Head teacher (kindergarten head)** — a written complaint; keep the incoming number.
3. **City education department** — if the head has not solved the problem or is a party to the conflict.
4. **The regional Department for Quality Assurance in Education** — violations of pupils' rights, quality of teaching, illegal collections of money.
5. If an official extorts money, the **anti-corruption service**; if a child's life or health is at risk, **102**.

You can also submit a complaint through **eOtinish**, eGov or **109** — it will be passed to the right body. You can ask for your details not to be disclosed to the school.

**What to include:** the school, the class, the dates, what happened, who demanded money or violated the child's rights, and what you are asking for. Attach messages, photos.

The reply is due within 15 working days.`,
      paraphrases: [
        'the school is collecting money for repairs is that legal',
        'a teacher humiliates my child where do I complain',
        'my son is being bullied by classmates what do I do',
        'complaint about the school head',
        'kindergarten wants money from parents for curtains',
      ],
    },
  },
  // ─── Employment ────────────────────────────────────────────────────────────────────────────
  {
    key: 'unemployed-registration-enbek',
    audience: 'public',
    tags: ['безработица', 'центр занятости', 'работа', 'вакансии'],
    items: ['S13.C01.I001', 'S13.C01.I010', 'S13.C01.I004', 'S13.C01.I005'],
    ru: {
      title: 'Как встать на учёт безработным в центре занятости (Enbek.kz)',
      body: `Регистрация в **карьерном центре** (центре занятости) даёт доступ к вакансиям, бесплатному обучению, общественным работам, социальным рабочим местам, молодёжной практике, грантам на своё дело. За зарегистрированного безработного **государство платит взносы ОСМС**.

**Как зарегистрироваться**
1. Онлайн на **Enbek.kz** (Электронная биржа труда) или через **eGov.kz** — услуга «Регистрация лиц, ищущих работу, и безработных». Можно и лично в карьерном центре по месту жительства.
2. Заполните резюме: образование, опыт, желаемую работу.
3. Карьерный консультант свяжется с вами, предложит вакансии и программы и составит план.

**Документы:** удостоверение личности; сведения об образовании и трудовой деятельности берутся из баз, при их отсутствии — диплом, трудовая книжка.

**Что нужно соблюдать:** выходить на связь и приходить по вызову, откликаться на подходящие вакансии. За отказ от подходящей работы без причины могут снять с учёта.

**Если в регистрации отказали** — отказ должен быть мотивированным; его можно обжаловать в управлении координации занятости области. Вопросы — карьерный центр, 109.`,
      paraphrases: [
        'как встать на биржу труда',
        'регистрация безработным через енбек',
        'потерял работу куда идти',
        'центр занятости что дает безработным',
        'сняли с учета в центре занятости',
      ],
    },
    kk: {
      title: 'Жұмыспен қамту орталығында жұмыссыз ретінде қалай тіркелуге болады (Enbek.kz)',
      body: `**Мансап орталығында** (жұмыспен қамту орталығында) тіркелу бос жұмыс орындарына, тегін оқуға, қоғамдық жұмыстарға, әлеуметтік жұмыс орындарына, жастар практикасына, өз ісіңізге грантқа жол ашады. Тіркелген жұмыссыз үшін **МӘМС жарнасын мемлекет төлейді**.

**Қалай тіркелуге болады**
1. **Enbek.kz** (Еңбектің электрондық биржасы) порталында немесе **eGov.kz** арқылы — «Жұмыс іздеп жүрген адамдарды және жұмыссыздарды тіркеу» қызметі. Тұрғылықты жердегі мансап орталығына жеке баруға да болады.
2. Түйіндемені толтырыңыз: білімі, тәжірибесі, қалаған жұмысы.
3. Мансап кеңесшісі сізбен хабарласып, бос орындар мен бағдарламаларды ұсынып, жоспар жасайды.

**Құжаттар:** жеке куәлік; білім мен еңбек қызметі туралы мәліметтер дерекқордан алынады, болмаса — диплом, еңбек кітапшасы.

**Не сақтау керек:** байланыста болу және шақырғанда келу, лайықты бос орындарға жауап беру. Лайықты жұмыстан себепсіз бас тартса, есептен шығаруы мүмкін.

**Тіркеуден бас тартса** — бас тарту дәлелді болуы керек; оған облыстық жұмыспен қамтуды үйлестіру басқармасына шағымдануға болады. Сұрақтар — мансап орталығы, 109.`,
      paraphrases: [
        'еңбек биржасына қалай тұрамын',
        'Enbek арқылы жұмыссыз ретінде тіркелу',
        'жұмыстан айырылдым қайда барамын',
        'жұмыспен қамту орталығы жұмыссызға не береді',
      ],
    },
    en: {
      title: 'How to register as unemployed at the employment centre (Enbek.kz)',
      body: `Registering with the **career centre** (employment centre) gives you access to job offers, free training, public works, subsidised jobs, youth internships and grants for starting a business. For a registered unemployed person **the state pays the health insurance (OSMS) contributions**.

**How to register**
1. Online on **Enbek.kz** (the Electronic Labour Exchange) or via **eGov.kz** — the service “Registration of job seekers and unemployed persons”. You can also go to the career centre for your area in person.
2. Fill in your CV: education, experience, the job you want.
3. A career adviser will contact you, offer vacancies and programmes, and draw up a plan.

**Documents:** ID card; education and employment records come from state databases, otherwise bring your diploma and work record book.

**Your obligations:** stay in touch, come when invited, respond to suitable vacancies. Refusing suitable work without a reason can get you removed from the register.

**If registration is refused**, the refusal must give reasons; you can appeal to the regional employment coordination office. Questions: career centre, 109.`,
      paraphrases: [
        'how to sign up at the job centre',
        'register as unemployed on Enbek',
        'I lost my job where do I go',
        'what does the employment centre offer',
      ],
    },
  },
  {
    key: 'youth-internship-graduates',
    audience: 'public',
    tags: ['молодёжь', 'практика', 'выпускники', 'работа'],
    items: ['S13.C01.I003', 'S13.C03.I003', 'S13.C03.I005'],
    ru: {
      title: 'Молодёжная практика и первое рабочее место для выпускников',
      body: `Выпускникам колледжей и вузов без опыта работы государство помогает получить первую работу. Часть зарплаты молодого специалиста **субсидируется из бюджета**, поэтому работодатели охотнее берут новичков.

**Основные меры**
- **Молодёжная практика** — временная работа по полученной специальности для выпускников до 35 лет в течение установленного срока после окончания учёбы;
- **«Первое рабочее место»** — трудоустройство молодёжи без опыта с частичной компенсацией зарплаты работодателю;
- **«Контракт поколений»** — молодой сотрудник работает в паре с опытным наставником предпенсионного возраста;
- **летняя занятость школьников и студентов** — по программам акимата.

**Как участвовать**
1. Зарегистрируйтесь как ищущий работу на **Enbek.kz** или в карьерном центре.
2. Карьерный консультант подберёт работодателя-участника программы.
3. С работодателем заключается трудовой договор; длительность участия и размер субсидии определяют правила программы текущего года.

**Документы:** удостоверение личности, диплом (если нет в базе).

**Вопросы:** карьерный центр, молодёжный ресурсный центр, 109.`,
      paraphrases: [
        'окончил колледж нет опыта где найти работу',
        'как попасть на молодежную практику',
        'первое рабочее место программа',
        'работа для студентов летом от акимата',
      ],
    },
    kk: {
      title: 'Түлектерге арналған жастар практикасы және алғашқы жұмыс орны',
      body: `Жұмыс тәжірибесі жоқ колледж бен ЖОО түлектеріне мемлекет алғашқы жұмысқа орналасуға көмектеседі. Жас маманның жалақысының бір бөлігі **бюджеттен субсидияланады**, сондықтан жұмыс берушілер жаңадан бастағандарды құлшына алады.

**Негізгі шаралар**
- **Жастар практикасы** — оқуды бітіргеннен кейін белгіленген мерзім ішінде 35 жасқа дейінгі түлектерге алған мамандығы бойынша уақытша жұмыс;
- **«Алғашқы жұмыс орны»** — тәжірибесі жоқ жастарды жұмысқа орналастыру, жұмыс берушіге жалақының бір бөлігі өтеледі;
- **«Ұрпақтар келісімшарты»** — жас қызметкер зейнет алды жасындағы тәжірибелі тәлімгермен бірге жұмыс істейді;
- **оқушылар мен студенттердің жазғы жұмыспен қамтылуы** — әкімдік бағдарламалары бойынша.

**Қалай қатысуға болады**
1. **Enbek.kz** порталында немесе мансап орталығында жұмыс іздеуші ретінде тіркеліңіз.
2. Мансап кеңесшісі бағдарламаға қатысатын жұмыс берушіні іріктейді.
3. Жұмыс берушімен еңбек шарты жасалады; қатысу ұзақтығы мен субсидия мөлшерін ағымдағы жылғы бағдарлама ережелері белгілейді.

**Құжаттар:** жеке куәлік, диплом (дерекқорда болмаса).

**Сұрақтар:** мансап орталығы, жастар ресурстық орталығы, 109.`,
      paraphrases: [
        'колледжді бітірдім тәжірибем жоқ жұмысты қайдан табамын',
        'жастар практикасына қалай түсемін',
        'алғашқы жұмыс орны бағдарламасы',
        'жазда студенттерге жұмыс',
      ],
    },
    en: {
      title: 'Youth internships and first jobs for graduates',
      body: `The state helps college and university graduates with no work experience get their first job. Part of a young specialist's salary is **subsidised from the budget**, so employers are more willing to take on newcomers.

**Main programmes**
- **Youth internship** — temporary work in your field of study for graduates under 35, within a set period after finishing their studies;
- **“First job”** — jobs for young people without experience, with part of the salary reimbursed to the employer;
- **“Generations contract”** — a young employee works in tandem with an experienced mentor of pre-retirement age;
- **summer jobs for school and university students** — under akimat programmes.

**How to take part**
1. Register as a job seeker on **Enbek.kz** or at a career centre.
2. A career adviser will find an employer taking part in the programme.
3. You sign an employment contract with the employer; the length of participation and the amount of the subsidy are set by the rules of the current year's programme.

**Documents:** ID card, diploma (if it is not in the database).

**Questions:** career centre, youth resource centre, 109.`,
      paraphrases: [
        'finished college no experience where do I find a job',
        'how to get on the youth internship programme',
        'first job programme for graduates',
        'summer work for students from the akimat',
      ],
    },
  },
  {
    key: 'free-vocational-training',
    audience: 'public',
    tags: ['обучение', 'профессия', 'работа', 'центр занятости'],
    items: ['S13.C01.I009', 'S13.C03.I004', 'S13.C01.I002'],
    ru: {
      title: 'Бесплатное обучение профессии и курсы через центр занятости',
      body: `Государство бесплатно обучает востребованным профессиям безработных, ищущих работу, самозанятых и людей из малообеспеченных семей.

**Какие есть возможности**
- **Краткосрочное профессиональное обучение** в колледжах и учебных центрах по направлению карьерного центра: сварщик, электрик, повар, парикмахер, водитель, IT-специальности и другие. Во время обучения может выплачиваться стипендия.
- **Онлайн-курсы на Skills Enbek** (skills.enbek.kz) — бесплатно, с электронным сертификатом.
- **«Бастау Бизнес»** — обучение основам предпринимательства от палаты «Атамекен» для тех, кто хочет открыть своё дело.
- Для **людей с инвалидностью** — подбор обучения и рабочих мест с учётом ИПР.

**Как записаться**
1. Зарегистрируйтесь на **Enbek.kz** или в карьерном центре.
2. Вместе с консультантом выберите специальность из перечня востребованных в регионе.
3. Получите направление на обучение; после курса центр поможет с трудоустройством.

**Документы:** удостоверение личности, документ об образовании.

**Вопросы:** карьерный центр, 109.`,
      paraphrases: [
        'где бесплатно выучиться на сварщика',
        'курсы от центра занятости',
        'бесплатные онлайн курсы енбек',
        'хочу сменить профессию бесплатно',
      ],
    },
    kk: {
      title: 'Жұмыспен қамту орталығы арқылы кәсіпке тегін оқыту және курстар',
      body: `Мемлекет жұмыссыздарды, жұмыс іздеушілерді, өзін-өзі жұмыспен қамтығандарды және аз қамтылған отбасылардың адамдарын сұранысқа ие кәсіптерге тегін оқытады.

**Қандай мүмкіндіктер бар**
- Мансап орталығының жолдамасы бойынша колледждер мен оқу орталықтарында **қысқа мерзімді кәсіптік оқыту**: дәнекерлеуші, электрик, аспаз, шаштараз, жүргізуші, IT мамандықтары және т.б. Оқу кезінде стипендия төленуі мүмкін.
- **Skills Enbek** (skills.enbek.kz) **онлайн-курстары** — тегін, электрондық сертификатпен.
- **«Бастау Бизнес»** — өз ісін ашқысы келетіндерге «Атамекен» палатасының кәсіпкерлік негіздеріне оқытуы.
- **Мүгедектігі бар адамдарға** — ЖБ-ны ескере отырып оқу мен жұмыс орнын іріктеу.

**Қалай жазылуға болады**
1. **Enbek.kz** порталында немесе мансап орталығында тіркеліңіз.
2. Кеңесшімен бірге өңірде сұранысқа ие мамандықтар тізбесінен біреуін таңдаңыз.
3. Оқуға жолдама алыңыз; курстан кейін орталық жұмысқа орналасуға көмектеседі.

**Құжаттар:** жеке куәлік, білімі туралы құжат.

**Сұрақтар:** мансап орталығы, 109.`,
      paraphrases: [
        'дәнекерлеушіге тегін қайда оқуға болады',
        'жұмыспен қамту орталығының курстары',
        'Enbek тегін онлайн курстары',
        'мамандығымды тегін ауыстырғым келеді',
      ],
    },
    en: {
      title: 'Free vocational training and courses through the employment centre',
      body: `The state offers free training in in-demand occupations to unemployed people, job seekers, self-employed people and people from low-income families.

**What is available**
- **Short-term vocational training** at colleges and training centres on referral from the career centre: welder, electrician, cook, hairdresser, driver, IT jobs and others. A stipend may be paid during the training.
- **Online courses on Skills Enbek** (skills.enbek.kz) — free, with an electronic certificate.
- **“Bastau Business”** — training in the basics of entrepreneurship from the Atameken chamber for those who want to start their own business.
- For **people with disabilities** — training and jobs selected with their IPR (individual rehabilitation programme) in mind.

**How to sign up**
1. Register on **Enbek.kz** or at a career centre.
2. Together with your adviser, choose an occupation from the list of those in demand in the region.
3. Get a referral for training; after the course the centre will help you find a job.

**Documents:** ID card, education certificate or diploma.

**Questions:** career centre, 109.`,
      paraphrases: [
        'where can I train as a welder for free',
        'courses from the job centre',
        'free online courses on Enbek',
        'I want to retrain for a new job for free',
      ],
    },
  },
  // ─── Business ──────────────────────────────────────────────────────────────────────────────
  {
    key: 'business-licence-elicense',
    audience: 'public',
    tags: ['бизнес', 'лицензия', 'разрешения'],
    items: ['S18.C03.I007', 'S18.C03.I011'],
    ru: {
      title: 'Как получить лицензию или разрешение для бизнеса через elicense.kz',
      body: `Лицензии, разрешения и уведомления для бизнеса оформляются через портал **«Е-лицензирование» (elicense.kz)**. Какая деятельность требует лицензии, а для какой достаточно уведомления, определяет Закон «О разрешениях и уведомлениях».

**Как подать заявление**
1. Войдите на **elicense.kz** с ЭЦП индивидуального предпринимателя или юридического лица.
2. Найдите нужный вид деятельности и выберите: лицензия, разрешение или уведомление.
3. Заполните форму и приложите документы, подтверждающие соответствие требованиям (помещение, оборудование, квалификация персонала).
4. Оплатите **лицензионный сбор**, если он предусмотрен, прямо на портале.
5. Следите за статусом в личном кабинете. Готовая лицензия — электронная, её подлинность проверяется на портале.

**Уведомление** подаётся до начала деятельности, решение ждать не нужно — но госорган может проверить соответствие требованиям.

**Если планируется отказ**, госорган должен заранее уведомить вас и дать возможность высказаться (**заслушивание**). Отказ можно обжаловать в вышестоящем органе, затем в суде.

**Консультации:** центр обслуживания предпринимателей палаты «Атамекен», лицензиар (управление области по профилю), 1414.`,
      paraphrases: [
        'как получить лицензию на elicense',
        'нужна ли лицензия для аптеки',
        'уведомление о начале деятельности для кафе',
        'отказали в лицензии что делать',
      ],
    },
    kk: {
      title: 'elicense.kz арқылы бизнеске лицензия немесе рұқсатты қалай алуға болады',
      body: `Бизнеске арналған лицензиялар, рұқсаттар және хабарламалар **«Е-лицензиялау» (elicense.kz)** порталы арқылы ресімделеді. Қай қызметке лицензия керек, қайсысына хабарлама жеткілікті екенін «Рұқсаттар және хабарламалар туралы» Заң айқындайды.

**Өтінішті қалай беруге болады**
1. **elicense.kz** порталына жеке кәсіпкердің немесе заңды тұлғаның ЭЦҚ-сымен кіріңіз.
2. Қажетті қызмет түрін тауып, лицензияны, рұқсатты немесе хабарламаны таңдаңыз.
3. Нысанды толтырып, талаптарға сәйкестікті растайтын құжаттарды (үй-жай, жабдық, персоналдың біліктілігі) тіркеңіз.
4. Көзделген болса, **лицензиялық алымды** порталда төлеңіз.
5. Мәртебені жеке кабинеттен қадағалаңыз. Дайын лицензия электронды, оның түпнұсқалығы порталда тексеріледі.

**Хабарлама** қызмет басталғанға дейін беріледі, шешім күтудің қажеті жоқ — бірақ мемлекеттік орган талаптарға сәйкестікті тексеруі мүмкін.

**Бас тарту жоспарланса**, мемлекеттік орган сізге алдын ала хабарлап, пікіріңізді айтуға мүмкіндік беруі тиіс (**тыңдау**). Бас тартуға жоғары тұрған органға, одан кейін сотқа шағымдануға болады.

**Кеңес:** «Атамекен» палатасының кәсіпкерлерге қызмет көрсету орталығы, лицензиар (облыстың бейінді басқармасы), 1414.`,
      paraphrases: [
        'elicense арқылы лицензияны қалай аламын',
        'дәріханаға лицензия керек пе',
        'кафеге қызметтің басталғаны туралы хабарлама',
        'лицензия бермеді не істеймін',
      ],
    },
    en: {
      title: 'How to get a business licence or permit through elicense.kz',
      body: `Business licences, permits and notifications are handled on the **e-Licensing portal (elicense.kz)**. Which activities need a licence and which only a notification is set by the Law “On Permits and Notifications”.

**How to apply**
1. Sign in to **elicense.kz** with the digital signature of your sole proprietorship or company.
2. Find your type of activity and choose licence, permit or notification.
3. Fill in the form and attach documents showing you meet the requirements (premises, equipment, staff qualifications).
4. Pay the **licence fee**, if there is one, on the portal.
5. Track the status in your account. The licence is electronic, and its validity can be checked on the portal.

A **notification** is filed before you start work; you do not wait for a decision, but the authority may check compliance.

**If a refusal is planned**, the authority must warn you in advance and let you state your position (a **hearing**). A refusal can be appealed to the higher authority and then in court.

**Advice:** the Atameken business service centre, the licensing authority (the relevant regional department), 1414.`,
      paraphrases: [
        'how to apply for a licence on elicense',
        'do I need a licence to open a pharmacy',
        'notification to start a cafe business',
        'my licence application was refused',
      ],
    },
  },
  {
    key: 'small-business-support',
    audience: 'public',
    tags: ['бизнес', 'гранты', 'кредиты', 'поддержка'],
    items: ['S18.C03.I001', 'S18.C03.I003', 'S18.C03.I004', 'S13.C01.I008', 'S13.C03.I002', 'S18.C03.I010'],
    ru: {
      title: 'Господдержка малого бизнеса: гранты, льготные кредиты, субсидирование ставки',
      body: `Условия программ поддержки и лимиты меняются ежегодно — уточняйте их перед подачей.

**Основные инструменты**
- **Гранты на реализацию новых бизнес-идей** — для начинающих предпринимателей из приоритетных групп (молодёжь, многодетные, люди с инвалидностью, получатели АСП и др.) через карьерный центр; обязательное условие — обучение по программе «Бастау Бизнес».
- **Микрокредиты** на открытие и расширение дела — через центр занятости и уполномоченные финансовые организации.
- **Субсидирование процентной ставки и гарантирование кредитов** — через Фонд развития предпринимательства **«Даму»**: бизнес берёт кредит в банке, часть процентов оплачивает государство.
- **Сервисная поддержка** — бесплатные консультации по налогам, бухгалтерии, маркетингу в **центрах обслуживания предпринимателей** палаты «Атамекен».

**С чего начать**
1. Оформите ИП или ТОО, подготовьте бизнес-план и получите консультацию в центре обслуживания предпринимателей.
2. Подайте заявку в карьерный центр (гранты, микрокредиты) или в банк — участник программ «Даму».

**Вопросы:** центр обслуживания предпринимателей, отдел предпринимательства акимата, 109.`,
      paraphrases: [
        'где взять грант на открытие бизнеса',
        'льготный кредит для малого бизнеса',
        'что такое субсидирование ставки даму',
        'господдержка для ип',
        'бастау бизнес как записаться',
      ],
    },
    kk: {
      title: 'Шағын бизнесті мемлекеттік қолдау: гранттар, жеңілдікті несиелер, пайыздық мөлшерлемені субсидиялау',
      body: `Қолдау бағдарламаларының шарттары мен лимиттері жыл сайын өзгереді — өтініш бермес бұрын нақтылаңыз.

**Негізгі құралдар**
- **Жаңа бизнес-идеяларды іске асыруға гранттар** — басым топтардағы жаңадан бастаған кәсіпкерлерге (жастар, көп балалылар, мүгедектігі бар адамдар, АӘК алушылар және т.б.) мансап орталығы арқылы; міндетті шарт — «Бастау Бизнес» бағдарламасы бойынша оқу.
- Іс ашуға және кеңейтуге **микрокредиттер** — жұмыспен қамту орталығы және уәкілетті қаржы ұйымдары арқылы.
- **«Даму»** кәсіпкерлікті дамыту қоры арқылы **пайыздық мөлшерлемені субсидиялау және несиеге кепілдік беру**: бизнес банктен несие алады, пайыздың бір бөлігін мемлекет төлейді.
- **Сервистік қолдау** — «Атамекен» палатасының **кәсіпкерлерге қызмет көрсету орталықтарында** салық, бухгалтерия, маркетинг бойынша тегін кеңес.

**Неден бастау керек**
1. ЖК немесе ЖШС ресімдеп, бизнес-жоспар дайындаңыз және кәсіпкерлерге қызмет көрсету орталығынан кеңес алыңыз.
2. Мансап орталығына (гранттар, микрокредиттер) немесе «Даму» бағдарламаларына қатысатын банкке өтінім беріңіз.

**Сұрақтар:** кәсіпкерлерге қызмет көрсету орталығы, әкімдіктің кәсіпкерлік бөлімі, 109.`,
      paraphrases: [
        'бизнес ашуға грантты қайдан аламын',
        'шағын бизнеске жеңілдікті несие',
        'Даму мөлшерлемені субсидиялау деген не',
        'Бастау Бизнеске қалай жазыламын',
      ],
    },
    en: {
      title: 'State support for small businesses: grants, soft loans, interest subsidies',
      body: `Support programme conditions and limits change every year — check them before applying.

**Main tools**
- **Grants for new business ideas** for first-time entrepreneurs from priority groups (young people, large families, people with disabilities, ASP recipients and others), through the career centre; completing the “Bastau Business” course is required.
- **Microcredits** to start or expand a business, through the employment centre and authorised lenders.
- **Interest rate subsidies and loan guarantees** from the **Damu** Entrepreneurship Development Fund: the business borrows from a bank and the state pays part of the interest.
- **Advisory support**: free consultations on taxes, accounting and marketing at the Atameken chamber's **business service centres**.

**Where to start**
1. Register as a sole proprietor or a company, prepare a business plan and get advice at a business service centre.
2. Apply to the career centre (grants, microcredits) or to a bank taking part in Damu programmes.

**Questions:** business service centre, the akimat's entrepreneurship department, 109.`,
      paraphrases: [
        'where can I get a grant to start a business',
        'cheap loans for small business in Kazakhstan',
        'what is the Damu interest subsidy',
        'how to join Bastau Business training',
      ],
    },
  },
  // ─── More on education, family, labour, transport and health ──────────────────────────────
  {
    key: 'inclusive-education-pmpk',
    audience: 'public',
    tags: ['инклюзия', 'пмпк', 'особые потребности', 'образование'],
    items: ['S12.C03.I005', 'S12.C02.I034', 'S12.C02.I033', 'S12.C03.I004', 'S14.C02.I025'],
    ru: {
      title: 'Ребёнок с особыми образовательными потребностями: ПМПК, инклюзивный класс, обучение на дому',
      body: `**Психолого-медико-педагогическая консультация (ПМПК)** бесплатно обследует детей от рождения до 18 лет, если есть трудности в развитии, речи, обучении или поведении, и даёт рекомендации: в какой школе и по какой программе учиться, нужны ли ассистент (тьютор), логопед, психолог, реабилитационный центр.

**Как пройти ПМПК**
1. Запишитесь в ПМПК по месту жительства лично или подайте заявление через **eGov.kz**.
2. Придите с ребёнком; обследование проводят психолог, логопед, дефектолог, врач.
3. Получите **заключение** — его предъявляют в детском саду или школе.

**Документы:** удостоверение личности родителя, свидетельство о рождении ребёнка, медицинские выписки (если есть), характеристика из сада или школы.

**Инклюзивное обучение.** Школа по месту жительства обязана принять ребёнка и создать условия по рекомендации ПМПК, включая специальные учебники и ассистента.

**Обучение на дому** организуется по заключению врачебно-консультационной комиссии поликлиники: заявление подаётся в школу.

**Если школа отказывает в условиях** — обращайтесь в отдел образования, затем в департамент по обеспечению качества в сфере образования. Вопросы — 109.`,
      paraphrases: [
        'как пройти пмпк ребенку',
        'ребенок плохо говорит куда обратиться',
        'школа не берет ребенка с аутизмом',
        'положен ли тьютор ребенку',
        'как оформить обучение на дому',
      ],
    },
    kk: {
      title: 'Ерекше білім беру қажеттіліктері бар бала: ПМПК, инклюзивті сынып, үйде оқыту',
      body: `**Психологиялық-медициналық-педагогикалық консультация (ПМПК)** дамуында, сөйлеуінде, оқуында немесе мінез-құлқында қиындықтары бар балаларды туғаннан 18 жасқа дейін тегін тексеріп, ұсынымдар береді: қай мектепте және қандай бағдарламамен оқу керек, ассистент (тьютор), логопед, психолог, оңалту орталығы қажет пе.

**ПМПК-дан қалай өтуге болады**
1. Тұрғылықты жердегі ПМПК-ға жеке жазылыңыз немесе **eGov.kz** арқылы өтініш беріңіз.
2. Баламен бірге келіңіз; тексеруді психолог, логопед, дефектолог, дәрігер жүргізеді.
3. **Қорытынды** алыңыз — оны балабақшаға немесе мектепке көрсетесіз.

**Құжаттар:** ата-ананың жеке куәлігі, баланың туу туралы куәлігі, медициналық үзінділер (болса), балабақшадан немесе мектептен мінездеме.

**Инклюзивті оқыту.** Тұрғылықты жердегі мектеп баланы қабылдап, ПМПК ұсынымы бойынша жағдай жасауға, оның ішінде арнайы оқулық пен ассистент беруге міндетті.

**Үйде оқыту** емхананың дәрігерлік-консультациялық комиссиясының қорытындысы бойынша ұйымдастырылады: өтініш мектепке беріледі.

**Мектеп жағдай жасаудан бас тартса** — білім бөліміне, одан кейін білім беру саласында сапаны қамтамасыз ету департаментіне жүгініңіз. Сұрақтар — 109.`,
      paraphrases: [
        'балаға ПМПК-дан қалай өтеміз',
        'бала нашар сөйлейді қайда бару керек',
        'мектеп аутизмі бар баланы алмайды',
        'үйде оқытуды қалай рәсімдеймін',
      ],
    },
    en: {
      title: 'Children with special educational needs: assessment (PMPK), inclusive classes, home schooling',
      body: `The **psychological, medical and pedagogical consultation (PMPK)** assesses children from birth to 18 free of charge if they have difficulties with development, speech, learning or behaviour. It recommends which school and programme suit the child and whether they need a teaching assistant, speech therapist, psychologist or a rehabilitation centre.

**How to get an assessment**
1. Book the PMPK for your area in person or apply through **eGov.kz**.
2. Come with your child; a psychologist, speech therapist, special educator and doctor carry out the assessment.
3. Receive the **report** and show it to the kindergarten or school.

**Documents:** parent's ID, the child's birth certificate, medical records (if any), a reference from the kindergarten or school.

**Inclusive education.** The local school must accept the child and provide what the PMPK recommends, including special textbooks and an assistant.

**Home schooling** is arranged on the conclusion of the polyclinic's medical advisory commission; the application goes to the school.

**If the school will not provide the conditions**, contact the education department, then the regional education quality department. Questions: 109.`,
      paraphrases: [
        'how to get my child assessed for special needs',
        'my child has speech delay where to go',
        'school refuses to take a child with autism',
        'how to arrange home schooling',
      ],
    },
  },
  {
    key: 'children-clubs-summer-camps',
    audience: 'public',
    tags: ['кружки', 'лагерь', 'дети', 'образование'],
    items: ['S12.C03.I001', 'S12.C03.I002', 'S12.C03.I003', 'S19.C02.I012'],
    ru: {
      title: 'Бесплатные кружки, секции и путёвки в летний лагерь для детей',
      body: `**Кружки и секции.** Бесплатные занятия работают в домах школьников, детских музыкальных и художественных школах, спортивных школах, а также в частных центрах, которые получают **государственный заказ на дополнительное образование**. По госзаказу родитель выбирает кружок, а оплату за ребёнка вносит государство в пределах выделенных мест.

**Как записаться**
1. Узнайте в школе или отделе образования, на какой платформе распределяются места по госзаказу в вашем городе, и подайте заявку там.
2. В государственные кружки и спортивные школы можно записаться напрямую — нужны свидетельство о рождении и медицинская справка (для спорта — допуск врача).

**Летний отдых**
- **Пришкольные лагеря** дневного пребывания — запись через классного руководителя.
- **Загородные лагеря** — бесплатные или льготные путёвки выделяются в первую очередь детям из семей, получающих АСП, многодетных, детям-сиротам, детям с инвалидностью. Заявление — в школу или отдел образования, обычно весной.

**Документы для путёвки:** заявление, свидетельство о рождении, документ о льготной категории, медицинская справка.

**Вопросы:** отдел образования, отдел физической культуры и спорта, 109.`,
      paraphrases: [
        'где бесплатные кружки для детей',
        'как получить путевку в лагерь бесплатно',
        'госзаказ на кружки как записаться',
        'бесплатная секция футбола для ребенка',
      ],
    },
    kk: {
      title: 'Балаларға тегін үйірмелер, секциялар және жазғы лагерьге жолдама',
      body: `**Үйірмелер мен секциялар.** Тегін сабақтар оқушылар үйлерінде, балалар музыка және көркемсурет мектептерінде, спорт мектептерінде, сондай-ақ **қосымша білім беруге мемлекеттік тапсырыс** алатын жекеменшік орталықтарда өтеді. Мемлекеттік тапсырыс бойынша ата-ана үйірмені таңдайды, ал бала үшін ақыны бөлінген орындар шегінде мемлекет төлейді.

**Қалай жазылуға болады**
1. Қалаңызда мемлекеттік тапсырыс бойынша орындар қай платформада бөлінетінін мектептен немесе білім бөлімінен біліп, сонда өтінім беріңіз.
2. Мемлекеттік үйірмелер мен спорт мектептеріне тікелей жазылуға болады — туу туралы куәлік пен медициналық анықтама (спортқа — дәрігердің рұқсаты) керек.

**Жазғы демалыс**
- Күндізгі **мектеп жанындағы лагерьлер** — сынып жетекшісі арқылы жазылады.
- **Қала сыртындағы лагерьлер** — тегін немесе жеңілдікті жолдамалар ең алдымен АӘК алатын, көп балалы отбасылардың балаларына, жетім балаларға, мүгедектігі бар балаларға беріледі. Өтініш мектепке немесе білім бөліміне, әдетте көктемде беріледі.

**Жолдамаға құжаттар:** өтініш, туу туралы куәлік, жеңілдікті санат туралы құжат, медициналық анықтама.

**Сұрақтар:** білім бөлімі, дене шынықтыру және спорт бөлімі, 109.`,
      paraphrases: [
        'балаларға тегін үйірме қайда бар',
        'лагерьге тегін жолдаманы қалай аламын',
        'мемлекеттік тапсырыс бойынша үйірмеге қалай жазыламыз',
        'балаға тегін футбол секциясы',
      ],
    },
    en: {
      title: 'Free clubs, sports sections and summer camp places for children',
      body: `**Clubs and sports sections.** Free classes are run at schoolchildren's centres, children's music and art schools, sports schools, and private centres that receive a **state order for additional education**. Under the state order, the parent chooses the club and the state pays for the child within the number of places allocated.

**How to sign up**
1. Ask the school or the education department which platform is used in your city to allocate state-funded places, and apply there.
2. You can enrol directly in state clubs and sports schools — you need the birth certificate and a medical certificate (for sports, a doctor's clearance).

**Summer holidays**
- **School day camps** — sign up through the class teacher.
- **Out-of-town camps** — free or discounted places go first to children from families receiving targeted social assistance (ASP), children from large families, orphans and children with disabilities. Apply to the school or the education department, usually in spring.

**Documents for a camp place:** application, birth certificate, a document confirming the preferential category, medical certificate.

**Questions:** education department, physical culture and sports department, 109.`,
      paraphrases: [
        'where are free after-school clubs for kids',
        'how to get a free place at summer camp',
        'how to sign up for state-funded clubs',
        'free football classes for my son',
      ],
    },
  },
  {
    key: 'wage-arrears-labour-inspection',
    audience: 'public',
    tags: ['зарплата', 'трудовая инспекция', 'работа', 'права работника'],
    items: ['S13.C02.I001', 'S13.C02.I003', 'S13.C02.I006', 'S13.C02.I011', 'S13.C02.I012'],
    ru: {
      title: 'Не платят зарплату или уволили незаконно: куда обращаться',
      body: `Работодатель обязан платить зарплату не реже раза в месяц, а при увольнении — выдать полный расчёт. Трудовой договор регистрируется в **единой системе учёта трудовых договоров**: проверить его можно в личном кабинете **Enbek.kz** или на eGov.

**Что делать**
1. Напишите работодателю письменное требование о выплате и сохраните копию с отметкой о получении.
2. Если на предприятии есть **согласительная комиссия**, обратитесь в неё — это обязательный досудебный этап для большинства трудовых споров.
3. Подайте жалобу в **государственную инспекцию труда** области — через eOtinish, eGov или лично. Инспектор может провести проверку и выдать предписание.
4. Обратитесь в **суд** с иском о взыскании зарплаты или восстановлении на работе; по трудовым спорам госпошлину работник не платит.

**Что приложить:** трудовой договор или любые доказательства работы (пропуск, переписка, расчётные листы, свидетели), расчёт задолженности.

**Работа без договора** тоже является нарушением: о ней можно сообщить в инспекцию труда и в налоговый орган.

**Консультации:** инспекция труда, отдел занятости и социальных программ, 109.`,
      paraphrases: [
        'не платят зарплату три месяца',
        'куда пожаловаться на работодателя',
        'уволили без причины что делать',
        'не дали расчет при увольнении',
        'работаю без договора это законно',
      ],
    },
    kk: {
      title: 'Жалақы төленбесе немесе заңсыз жұмыстан шығарса: қайда жүгіну керек',
      body: `Жұмыс беруші жалақыны айына кемінде бір рет төлеуге, ал жұмыстан шығарғанда толық есеп айырысуға міндетті. Еңбек шарты **еңбек шарттарын есепке алудың бірыңғай жүйесінде** тіркеледі: оны **Enbek.kz** жеке кабинетінде немесе eGov-та тексеруге болады.

**Не істеу керек**
1. Жұмыс берушіге төлем туралы жазбаша талап жазып, алынғаны туралы белгі қойылған көшірмесін сақтаңыз.
2. Кәсіпорында **татуластыру комиссиясы** болса, соған жүгініңіз — еңбек дауларының көбі үшін бұл міндетті сотқа дейінгі саты.
3. Облыстың **мемлекеттік еңбек инспекциясына** eOtinish, eGov арқылы немесе жеке шағым беріңіз. Инспектор тексеру жүргізіп, нұсқама беруі мүмкін.
4. Жалақыны өндіріп алу немесе жұмысқа қайта алу туралы **сотқа** талап арыз беріңіз; еңбек даулары бойынша жұмыскер мемлекеттік баж төлемейді.

**Не қоса беру керек:** еңбек шарты немесе жұмыс істегеніңіздің кез келген дәлелі (рұқсатнама, хат алмасу, есеп парақтары, куәгерлер), берешек есебі.

**Шартсыз жұмыс** та заң бұзушылық: ол туралы еңбек инспекциясына және салық органына хабарлауға болады.

**Кеңес:** еңбек инспекциясы, жұмыспен қамту бөлімі, 109.`,
      paraphrases: [
        'үш ай жалақы бермей жатыр',
        'жұмыс берушіге қайда шағымданамын',
        'себепсіз жұмыстан шығарды не істеймін',
        'шартсыз жұмыс істеймін бұл заңды ма',
      ],
    },
    en: {
      title: 'Unpaid wages or unfair dismissal: where to turn',
      body: `An employer must pay wages at least once a month and settle all amounts in full on dismissal. Employment contracts are recorded in the **unified employment contract register**; you can check yours in your **Enbek.kz** account or on eGov.

**What to do**
1. Send the employer a written demand for payment and keep a copy marked as received.
2. If the company has a **conciliation commission**, apply to it first; for most labour disputes this pre-trial step is mandatory.
3. File a complaint with the regional **state labour inspectorate** via eOtinish, eGov or in person. An inspector can check the employer and issue an order.
4. Go to **court** to recover wages or be reinstated; employees pay no court fee in labour disputes.

**Attach:** your contract or any proof of work (pass, messages, payslips, witnesses) and a calculation of the debt.

**Working without a contract** is also a violation; report it to the labour inspectorate and the tax authority.

**Advice:** labour inspectorate, employment and social programmes department, 109.`,
      paraphrases: [
        'my employer has not paid me for months',
        'where to complain about my employer',
        'I was fired for no reason',
        'working without a contract is it legal',
      ],
    },
  },
  {
    key: 'guardianship-and-adoption',
    audience: 'public',
    tags: ['опека', 'усыновление', 'дети', 'семья'],
    items: ['S14.C03.I005', 'S14.C03.I006'],
    ru: {
      title: 'Опека над ребёнком и усыновление: с чего начать',
      body: `Вопросами детей, оставшихся без попечения родителей, занимается **орган опеки и попечительства** — отдел образования акимата города.

**Опека (попечительство)** оформляется, когда родители умерли, лишены прав или не могут заботиться о ребёнке. Чаще всего опекунами становятся родственники.
1. Подайте заявление в отдел образования или через **eGov.kz** (услуга установления опеки или попечительства над ребёнком).
2. Специалисты обследуют условия жизни и проверят документы.
3. После решения акимата опекун получает право представлять ребёнка; на содержание ребёнка назначается **ежемесячная выплата**.

**Усыновление**
1. Пройдите обязательную **подготовку потенциальных приёмных родителей** (школа приёмных родителей).
2. Соберите документы и получите в органе опеки **заключение** о возможности быть усыновителем.
3. Познакомьтесь с ребёнком из базы данных детей-сирот через орган опеки.
4. Усыновление оформляет **суд**. Усыновителям положена единовременная выплата.

**Документы:** удостоверения личности, справки о состоянии здоровья и об отсутствии судимости, сведения о доходах и жилье.

**Вопросы:** отдел образования (орган опеки), 109.`,
      paraphrases: [
        'как оформить опеку над внуком',
        'хотим усыновить ребенка с чего начать',
        'школа приемных родителей где пройти',
        'выплаты опекунам',
      ],
    },
    kk: {
      title: 'Балаға қорғаншылық және бала асырап алу: неден бастау керек',
      body: `Ата-анасының қамқорлығынсыз қалған балалар мәселесімен **қорғаншылық және қамқоршылық органы** — қала әкімдігінің білім бөлімі айналысады.

**Қорғаншылық (қамқоршылық)** ата-анасы қайтыс болғанда, құқығынан айырылғанда немесе баланы бағуға шамасы келмегенде ресімделеді. Көбіне қорғаншы туыстар болады.
1. Білім бөліміне немесе **eGov.kz** арқылы (балаға қорғаншылық немесе қамқоршылық белгілеу қызметі) өтініш беріңіз.
2. Мамандар тұрмыс жағдайын тексеріп, құжаттарды қарайды.
3. Әкімдік шешім шығарғаннан кейін қорғаншы баланың атынан өкілдік етуге құқық алады; баланы асырауға **ай сайынғы төлем** тағайындалады.

**Бала асырап алу**
1. Әлеуетті асырап алушы ата-аналарды міндетті **даярлаудан** өтіңіз (асырап алушы ата-аналар мектебі).
2. Құжаттарды жинап, қорғаншылық органынан асырап алушы бола алатыныңыз туралы **қорытынды** алыңыз.
3. Қорғаншылық органы арқылы жетім балалар дерекқорындағы баламен танысыңыз.
4. Асырап алуды **сот** ресімдейді. Асырап алушыларға біржолғы төлем беріледі.

**Құжаттар:** жеке куәліктер, денсаулық жағдайы және соттылығының жоқтығы туралы анықтамалар, табыс пен тұрғын үй туралы мәліметтер.

**Сұрақтар:** білім бөлімі (қорғаншылық органы), 109.`,
      paraphrases: [
        'немереме қорғаншылықты қалай рәсімдеймін',
        'бала асырап алғымыз келеді неден бастаймыз',
        'асырап алушы ата-аналар мектебі қайда',
        'қорғаншыларға төлем',
      ],
    },
    en: {
      title: 'Guardianship of a child and adoption: where to start',
      body: `Children left without parental care are the responsibility of the **guardianship and trusteeship authority** — the education department of the city akimat.

**Guardianship (trusteeship)** is arranged when the parents have died, have been deprived of parental rights or cannot look after the child. Most often relatives become guardians.
1. Apply to the education department or through **eGov.kz** (the service for establishing guardianship or trusteeship over a child).
2. Specialists inspect the living conditions and check the documents.
3. After the akimat's decision, the guardian has the right to represent the child; a **monthly payment** is granted for the child's upkeep.

**Adoption**
1. Complete the compulsory **training for prospective adoptive parents** (school for adoptive parents).
2. Collect the documents and get a **conclusion** from the guardianship authority that you can become an adoptive parent.
3. Get to know a child from the database of orphaned children through the guardianship authority.
4. The adoption is formalised by a **court**. Adoptive parents receive a one-off payment.

**Documents:** ID cards, certificates of health and of no criminal record, information on income and housing.

**Questions:** education department (guardianship authority), 109.`,
      paraphrases: [
        'how do I become guardian of my grandson',
        'we want to adopt a child where do we start',
        'where is the school for adoptive parents',
        'payments for guardians',
      ],
    },
  },
  {
    key: 'reduced-fare-transport-card',
    audience: 'public',
    tags: ['транспорт', 'льготный проезд', 'пенсионеры', 'школьники'],
    items: ['S10.C03.I005', 'S10.C03.I006', 'S10.C03.I007', 'S10.C02.I009'],
    ru: {
      title: 'Льготный и бесплатный проезд в автобусах: кому положен и как оформить карту',
      body: `Право на льготный или бесплатный проезд в городском общественном транспорте устанавливает **решение городского маслихата**. Обычно в него входят: пенсионеры, люди с инвалидностью, ветераны, школьники, студенты, иногда дети из многодетных семей. Точный перечень и размер скидки уточняйте на сайте акимата или по 109.

**Как оформить льготную карту**
1. Обратитесь в пункт выдачи транспортных карт оператора городской системы оплаты проезда (адреса — на сайте оператора или по 109).
2. Предъявите документы; на карту привязывается льготный тариф, часто с фотографией владельца.
3. Пополняйте карту как обычную; при бесплатном проезде её нужно прикладывать к валидатору при каждой поездке.

**Документы:** удостоверение личности (для детей — свидетельство о рождении), документ о льготе: пенсионное удостоверение или справка о назначении пенсии, справка МСЭ, удостоверение ветерана, справка с места учёбы.

**Если водитель не пускает по льготной карте или валидатор не срабатывает** — запомните номер маршрута, госномер автобуса и время и сообщите в 109: обращение передадут перевозчику и отделу пассажирского транспорта.`,
      paraphrases: [
        'как получить льготную карту на автобус пенсионеру',
        'бесплатный проезд для школьников',
        'студенческий проездной где оформить',
        'водитель не принял льготную карту',
      ],
    },
    kk: {
      title: 'Автобуста жеңілдікпен және тегін жүру: кімге беріледі және картаны қалай ресімдеу керек',
      body: `Қалалық қоғамдық көлікте жеңілдікпен немесе тегін жүру құқығын **қалалық мәслихаттың шешімі** белгілейді. Әдетте оған зейнеткерлер, мүгедектігі бар адамдар, ардагерлер, оқушылар, студенттер, кейде көп балалы отбасылардың балалары кіреді. Нақты тізбе мен жеңілдік мөлшерін әкімдік сайтынан немесе 109 арқылы нақтылаңыз.

**Жеңілдікті картаны қалай ресімдеуге болады**
1. Қалалық жол ақысын төлеу жүйесі операторының көлік карталарын беру пунктіне барыңыз (мекенжайлары оператор сайтында немесе 109 арқылы).
2. Құжаттарды көрсетіңіз; картаға жеңілдікті тариф байланыстырылады, көбіне иесінің суреті басылады.
3. Картаны кәдімгідей толтырыңыз; тегін жүргенде де әр сапарда валидаторға тигізу керек.

**Құжаттар:** жеке куәлік (балаларға — туу туралы куәлік), жеңілдікті растайтын құжат: зейнеткер куәлігі немесе зейнетақы тағайындалғаны туралы анықтама, МӘС анықтамасы, ардагер куәлігі, оқу орнынан анықтама.

**Жүргізуші жеңілдікті картамен кіргізбесе немесе валидатор жұмыс істемесе** — бағыт нөмірін, автобустың мемлекеттік нөмірін және уақытты есте сақтап, 109-ға хабарлаңыз: өтініш тасымалдаушыға және жолаушылар көлігі бөліміне жіберіледі.`,
      paraphrases: [
        'зейнеткерге автобусқа жеңілдікті карта қалай аламын',
        'оқушыларға тегін жол жүру',
        'студенттік жол жүру картасын қайда рәсімдеймін',
        'жүргізуші жеңілдікті картаны қабылдамады',
      ],
    },
    en: {
      title: 'Discounted and free bus travel: who is eligible and how to get the card',
      body: `The right to discounted or free travel on city public transport is set by a **decision of the city maslikhat**. It usually covers pensioners, people with disabilities, veterans, schoolchildren, students and sometimes children from large families. Check the exact list and the size of the discount on the akimat website or by calling 109.

**How to get a discount card**
1. Go to a transport card issue point of the operator of the city fare payment system (addresses are on the operator's website or available via 109).
2. Show your documents; the discount fare is linked to the card, often with the holder's photo on it.
3. Top up the card as usual; even if you travel free, you must tap the card on the validator on every trip.

**Documents:** ID card (for children, the birth certificate) and proof of entitlement: a pension certificate or a certificate that a pension has been granted, an MSE certificate, a veteran's certificate, a certificate from your place of study.

**If the driver will not let you on with a discount card or the validator does not work**, note the route number, the bus plate number and the time and report it to 109: your complaint will be passed to the operator and the passenger transport department.`,
      paraphrases: [
        'how does a pensioner get a discount bus card',
        'free bus travel for schoolchildren',
        'where do I get a student travel card',
        'the driver would not accept my discount card',
      ],
    },
  },
  {
    key: 'child-vaccination',
    audience: 'public',
    tags: ['прививки', 'дети', 'поликлиника', 'здоровье'],
    items: ['S11.C01.I040', 'S11.C01.I041', 'S11.C01.I046'],
    ru: {
      title: 'Прививки детям: календарь, где сделать, что делать, если нет вакцины',
      body: `Прививки из **Национального календаря профилактических прививок** делаются **бесплатно** в поликлинике прикрепления — независимо от статуса в ОСМС. Календарь утверждает Министерство здравоохранения; в нём прививки от туберкулёза, гепатита B, кори, краснухи, паротита, полиомиелита, коклюша, дифтерии, столбняка и других инфекций.

**Как это работает**
1. Первые прививки делают в роддоме, дальше ребёнка ведёт участковая служба: медсестра на **патронаже** и педиатр сообщают о сроках следующей прививки.
2. Перед прививкой врач осматривает ребёнка; при острой болезни прививку переносят.
3. Сведения о прививках вносятся в электронную медицинскую карту и прививочный паспорт — они нужны для детского сада, школы и лагеря.

**Если вакцины нет в поликлинике** — попросите записать вас в лист ожидания и уточнить срок поставки; если задержка большая, сообщите в управление здравоохранения области или по 109.

**Отказ от прививки** оформляется письменно у врача. Решение принимают родители, но стоит обсудить риски с педиатром.

**Вопросы:** участковый педиатр, прививочный кабинет, 109.`,
      paraphrases: [
        'где сделать прививку ребенку бесплатно',
        'в поликлинике нет вакцины от кори',
        'какие прививки нужны в садик',
        'как отказаться от прививки',
      ],
    },
    kk: {
      title: 'Балаларға екпе: күнтізбе, қайда салдыру керек, вакцина болмаса не істеу керек',
      body: `**Профилактикалық екпелердің ұлттық күнтізбесіндегі** екпелер бекітілген емханада МӘМС мәртебесіне қарамастан **тегін** салынады. Күнтізбені Денсаулық сақтау министрлігі бекітеді; онда туберкулез, В гепатиті, қызылша, қызамық, паротит, полиомиелит, көкжөтел, дифтерия, сіреспе және басқа инфекциялардан екпелер бар.

**Қалай жүзеге асады**
1. Алғашқы екпелер перзентханада салынады, әрі қарай баланы учаскелік қызмет бақылайды: **патронаж** кезінде мейірбике мен педиатр келесі екпенің мерзімін хабарлайды.
2. Екпе алдында дәрігер баланы қарайды; бала жедел ауырып жатса, екпе кейінге қалдырылады.
3. Екпелер туралы мәліметтер электрондық медициналық картаға және екпе паспортына енгізіледі — олар балабақшаға, мектепке, лагерьге керек.

**Емханада вакцина болмаса** — күту парағына жазуды және жеткізу мерзімін нақтылауды сұраңыз; кешігу ұзаққа созылса, облыстық денсаулық сақтау басқармасына немесе 109-ға хабарлаңыз.

**Екпеден бас тарту** дәрігерде жазбаша ресімделеді. Шешімді ата-ана қабылдайды, бірақ тәуекелдерді педиатрмен талқылаған жөн.

**Сұрақтар:** учаскелік педиатр, екпе кабинеті, 109.`,
      paraphrases: [
        'балаға тегін екпені қайда салдырамын',
        'емханада қызылшаға вакцина жоқ',
        'балабақшаға қандай екпелер керек',
        'екпеден қалай бас тартамын',
      ],
    },
    en: {
      title: 'Vaccinations for children: the schedule, where to get them, what if there is no vaccine',
      body: `Vaccinations on the **National Immunisation Schedule** are given **free of charge** at the polyclinic you are attached to, regardless of your compulsory social health insurance (OSMS) status. The schedule is approved by the Ministry of Health; it includes vaccinations against tuberculosis, hepatitis B, measles, rubella, mumps, polio, whooping cough, diphtheria, tetanus and other infections.

**How it works**
1. The first vaccinations are given at the maternity hospital; after that the local polyclinic team looks after the child: the nurse during **home visits (patronage)** and the paediatrician tell you when the next vaccination is due.
2. Before a vaccination the doctor examines the child; if the child has an acute illness, the vaccination is postponed.
3. Vaccination records are entered in the electronic medical record and the vaccination passport — they are needed for kindergarten, school and camp.

**If the polyclinic has no vaccine**, ask to be put on the waiting list and to be told when it is expected; if the delay is long, report it to the regional health department or to 109.

**Refusing a vaccination** is done in writing with the doctor. The decision is the parents' to make, but it is worth discussing the risks with the paediatrician.

**Questions:** your local paediatrician, the vaccination room, 109.`,
      paraphrases: [
        'where can my child get vaccinated for free',
        'the clinic has no measles vaccine',
        'what jabs does my kid need for kindergarten',
        'how do I refuse a vaccination',
      ],
    },
  },
  // ─── Transport and roads ───────────────────────────────────────────────────────────────────
  {
    key: 'traffic-parking-fines-check',
    audience: 'public',
    tags: ['штрафы', 'парковка', 'транспорт', 'эвакуация'],
    items: ['S07.C05.I004', 'S07.C05.I005', 'S07.C05.I006'],
    ru: {
      title: 'Как проверить и оплатить штраф за парковку или нарушение ПДД',
      body: `**Проверить штрафы** можно бесплатно:
1. В **eGov Mobile** или на **eGov.kz** — раздел административных штрафов, по ИИН или госномеру автомобиля.
2. В мобильных приложениях банков — там же можно сразу оплатить.
3. Постановление о штрафе с камер приходит по почте или в электронном виде, в нём указаны номер постановления и реквизиты.

**Оплата.** Оплатите через приложение банка, eGov или в отделении банка. При оплате в течение установленного срока после вручения постановления по многим нарушениям можно оплатить **половину суммы** — условия указаны в самом постановлении.

**Платная городская парковка.** Если не оплатили парковку, оператор выставляет уведомление; оплатить и оспорить его можно в приложении или у оператора парковок.

**Машину эвакуировали** — позвоните **102**, чтобы узнать, на какую штрафстоянку её увезли. Для выдачи нужны удостоверение личности, техпаспорт, водительское удостоверение; хранение оплачивается.

**Если не согласны со штрафом** — обжалуйте постановление в органе, который его вынес (административная полиция), или в суде в срок, указанный в постановлении. Приложите фото, видео, чеки об оплате парковки.

**Вопросы:** 102, 109.`,
      paraphrases: [
        'как узнать есть ли штрафы на машину',
        'пришел штраф с камеры как оплатить со скидкой',
        'эвакуировали машину где забрать',
        'оспорить штраф за парковку',
        'штраф за платную парковку неправильно начислен',
      ],
    },
    kk: {
      title: 'Көлік тұрағы немесе ЖЖЕ бұзғаны үшін айыппұлды қалай тексеруге және төлеуге болады',
      body: `**Айыппұлдарды** тегін тексеруге болады:
1. **eGov Mobile** қосымшасында немесе **eGov.kz** порталында — әкімшілік айыппұлдар бөлімі, ЖСН немесе көліктің мемлекеттік нөмірі бойынша.
2. Банктердің мобильді қосымшаларында — сол жерден бірден төлеуге болады.
3. Камерадан айыппұл туралы қаулы поштамен немесе электронды түрде келеді, онда қаулының нөмірі мен деректемелер көрсетіледі.

**Төлеу.** Банк қосымшасы, eGov немесе банк бөлімшесі арқылы төлеңіз. Көптеген құқық бұзушылықтар бойынша қаулы тапсырылғаннан кейін белгіленген мерзімде **соманың жартысын** төлеуге болады — шарттары қаулының өзінде көрсетілген.

**Ақылы қалалық тұрақ.** Тұрақ ақысы төленбесе, оператор хабарлама жібереді; оны қосымшада немесе тұрақ операторында төлеуге және дауласуға болады.

**Көлікті эвакуациялаған болса** — қай айыптұраққа апарылғанын білу үшін **102**-ге хабарласыңыз. Алу үшін жеке куәлік, тіркеу куәлігі, жүргізуші куәлігі керек; сақтау ақылы.

**Айыппұлмен келіспесеңіз** — қаулыны шығарған органға (әкімшілік полиция) немесе қаулыда көрсетілген мерзімде сотқа шағымданыңыз. Фото, бейне, тұрақ ақысын төлеген чектерді қоса беріңіз.

**Сұрақтар:** 102, 109.`,
      paraphrases: [
        'көлікте айыппұл бар-жоғын қалай білемін',
        'камерадан айыппұл келді жеңілдікпен қалай төлеймін',
        'көлігімді эвакуациялап кетті қайдан аламын',
        'тұрақ айыппұлына шағым',
      ],
    },
    en: {
      title: 'How to check and pay a parking or traffic fine',
      body: `**To check for fines** (free of charge):
1. In **eGov Mobile** or on **eGov.kz**, in the administrative fines section, by IIN or the car's plate number.
2. In banks' mobile apps, where you can also pay at once.
3. A camera fine notice arrives by post or electronically with the decision number and payment details.

**Paying.** Pay via a bank app, eGov or at a bank branch. For many offences you may pay **half the amount** if you pay within the set period after receiving the decision; the conditions are printed on the decision.

**City paid parking.** If you did not pay for parking, the operator sends a notice; you can pay or dispute it in the app or with the parking operator.

**Car towed away?** Call **102** to find out which impound lot it was taken to. To collect it you need your ID, vehicle registration certificate and driving licence; storage is charged.

**If you disagree with a fine**, appeal to the body that issued it (administrative police) or to court within the period stated on the decision. Attach photos, video or parking payment receipts.

**Questions:** 102, 109.`,
      paraphrases: [
        'how do I check if my car has fines',
        'got a speed camera fine can I pay less',
        'my car was towed where do I get it back',
        'appeal a parking fine',
      ],
    },
  },
  {
    key: 'road-repair-plans',
    audience: 'public',
    tags: ['дороги', 'ремонт', 'благоустройство', 'бюджет'],
    items: ['S07.C01.I031', 'S07.C01.I032', 'S07.C01.I033', 'S07.C01.I036', 'S07.C01.I037'],
    ru: {
      title: 'Когда отремонтируют дорогу: планы ремонта улиц и как предложить свою',
      body: `Ремонтом городских улиц и тротуаров занимается **отдел жилищно-коммунального хозяйства, пассажирского транспорта и автомобильных дорог** акимата. Ремонт делается по плану, который зависит от утверждённого бюджета на год.

**Как узнать, есть ли улица в плане**
1. Перечень улиц на капитальный и средний ремонт на текущий год публикуется на **сайте акимата** и в его соцсетях, обычно весной.
2. Можно спросить по **109** — оператор проверит перечень или передаст запрос в отдел.

**Как предложить улицу в план**
1. Подайте обращение через 109, eOtinish или письменно в отдел с адресом, описанием состояния и фото. Лучше — **коллективное** обращение жителей.
2. Предложения на следующий год собираются до формирования бюджета, обычно летом и осенью.
3. Для дворов и небольших участков можно участвовать в **бюджете народного участия** — жители сами голосуют за проекты.

**Если ремонт сделан плохо** (разрушается асфальт, лужи, не убран мусор) — у подрядчика есть **гарантийный срок**. Сообщите по 109 с адресом и фото: дефект устранят за счёт подрядчика.

Ямочный ремонт отдельных ям проводится по текущим заявкам, без включения в план.`,
      paraphrases: [
        'когда отремонтируют нашу улицу',
        'план ремонта дорог на этот год',
        'как добиться асфальта на улице в частном секторе',
        'новый асфальт уже разбился кто отвечает',
      ],
    },
    kk: {
      title: 'Жол қашан жөнделеді: көшелерді жөндеу жоспары және өз ұсынысыңызды қалай беруге болады',
      body: `Қала көшелері мен жаяу жүргіншілер жолдарын жөндеумен әкімдіктің **тұрғын үй-коммуналдық шаруашылығы, жолаушылар көлігі және автомобиль жолдары бөлімі** айналысады. Жөндеу жылдық бекітілген бюджетке байланысты жоспар бойынша жүргізіледі.

**Көше жоспарда бар-жоғын қалай білуге болады**
1. Биыл жөнделетін көшелер тізбесі **әкімдік сайтында** және әлеуметтік желілерінде, әдетте көктемде жарияланады.
2. **109** арқылы сұрауға болады — оператор тізбені тексереді немесе сұрауды бөлімге жібереді.

**Көшені жоспарға қалай ұсынуға болады**
1. 109, eOtinish арқылы немесе бөлімге жазбаша мекенжайды, жай-күйінің сипаттамасын және фотосын көрсетіп өтініш беріңіз. Тұрғындардың **ұжымдық** өтініші тиімдірек.
2. Келесі жылға ұсыныстар бюджет қалыптасқанға дейін, әдетте жаз бен күзде жиналады.
3. Аулалар мен шағын учаскелер үшін **халықтың қатысуымен бюджетке** қатысуға болады — тұрғындар жобаларға өздері дауыс береді.

**Жөндеу сапасыз болса** (асфальт бұзылса, шалшық тұрса, қоқыс жиналмаса) — мердігердің **кепілдік мерзімі** бар. Мекенжай мен фотоны көрсетіп, 109-ға хабарлаңыз: ақау мердігердің есебінен жойылады.

Жекелеген шұңқырлар ағымдағы өтінімдер бойынша жамалады.`,
      paraphrases: [
        'біздің көше қашан жөнделеді',
        'биылғы жол жөндеу жоспары',
        'жеке сектордағы көшеге асфальт қалай салдырамыз',
        'жаңа асфальт бұзылып қалды кім жауап береді',
      ],
    },
    en: {
      title: 'When will the road be repaired: street repair plans and how to propose your street',
      body: `City streets and pavements are repaired by the akimat's **department of housing and utilities, passenger transport and roads**. Repairs follow a plan that depends on the budget approved for the year.

**How to find out whether your street is in the plan**
1. The list of streets for major and medium repairs in the current year is published on the **akimat website** and its social media, usually in spring.
2. You can ask **109** — the operator will check the list or pass your request to the department.

**How to propose a street for the plan**
1. Send a request via 109, eOtinish or in writing to the department, with the address, a description of the condition and photos. A **joint** request from residents works better.
2. Proposals for the next year are collected before the budget is drawn up, usually in summer and autumn.
3. For courtyards and small areas you can take part in the **participatory budget** — residents vote for projects themselves.

**If a repair was done badly** (the asphalt is breaking up, there are puddles, rubbish was left behind), the contractor has a **warranty period**. Report it to 109 with the address and photos: the defect will be fixed at the contractor's expense.

Individual potholes are patched on current requests, without being included in the plan.`,
      paraphrases: [
        'when will they fix our street',
        'road repair plan for this year',
        'how do we get asphalt on our street in the private housing area',
        'the new asphalt is already cracking who is responsible',
      ],
    },
  },
  {
    key: 'bus-route-changes',
    audience: 'public',
    tags: ['автобусы', 'маршруты', 'транспорт', 'расписание'],
    items: ['S10.C01.I021', 'S10.C04.I011', 'S10.C04.I012'],
    ru: {
      title: 'Изменения автобусных маршрутов: где узнать и как предложить новый маршрут',
      body: `Маршрутную сеть города утверждает **отдел пассажирского транспорта и автомобильных дорог** акимата. Маршруты открывают, закрывают и меняют по итогам обследования пассажиропотока, часто после общественного обсуждения.

**Где узнать об изменениях**
1. Объявления на **сайте акимата** и в его соцсетях, на остановках и в салонах автобусов — обычно заранее.
2. Актуальные схемы и расписания — в картографических приложениях и в приложении городской системы оплаты проезда.
3. По **109** оператор сообщит, какие маршруты ходят через вашу остановку.

**Как предложить новый маршрут, остановку или изменение расписания**
1. Подайте обращение через 109, eOtinish или письменно в отдел: откуда и куда нужно ездить, в какое время, сколько примерно пассажиров. **Коллективное** обращение жителей микрорайона весомее.
2. Отдел изучит пассажиропоток и возможности перевозчиков; ответ — в течение 15 рабочих дней.

**Если маршрут отменили без объявления, автобус не выходит на линию или не соблюдает интервал** — сообщите в 109: номер маршрута, остановку, дату и время. Такие жалобы передаются перевозчику и отделу для проверки.`,
      paraphrases: [
        'почему отменили автобус 12',
        'где посмотреть новые маршруты автобусов',
        'нужен автобус до нашего микрорайона',
        'как предложить новую остановку',
        'автобусы ходят раз в час',
      ],
    },
    kk: {
      title: 'Автобус бағыттарының өзгеруі: қайдан білуге және жаңа бағытты қалай ұсынуға болады',
      body: `Қаланың бағыттық желісін әкімдіктің **жолаушылар көлігі және автомобиль жолдары бөлімі** бекітеді. Бағыттар жолаушылар ағынын зерттеу нәтижесінде, көбіне қоғамдық талқылаудан кейін ашылады, жабылады және өзгертіледі.

**Өзгерістер туралы қайдан білуге болады**
1. **Әкімдік сайтындағы** және әлеуметтік желілеріндегі, аялдамалардағы және автобус салонындағы хабарландырулар — әдетте алдын ала.
2. Өзекті сызбалар мен кестелер — карта қосымшаларында және қалалық жол ақысын төлеу жүйесінің қосымшасында.
3. **109** операторы аялдамаңыз арқылы қай бағыттар жүретінін айтады.

**Жаңа бағытты, аялдаманы немесе кестені өзгертуді қалай ұсынуға болады**
1. 109, eOtinish арқылы немесе бөлімге жазбаша өтініш беріңіз: қайдан қайда, қай уақытта бару керек, шамамен қанша жолаушы. Шағын аудан тұрғындарының **ұжымдық** өтініші салмақтырақ.
2. Бөлім жолаушылар ағыны мен тасымалдаушылардың мүмкіндігін зерттейді; жауап — 15 жұмыс күні ішінде.

**Бағыт хабарламасыз жабылса, автобус желіге шықпаса немесе аралықты сақтамаса** — 109-ға хабарлаңыз: бағыт нөмірі, аялдама, күні мен уақыты. Мұндай шағымдар тексеру үшін тасымалдаушыға және бөлімге жіберіледі.`,
      paraphrases: [
        '12-автобусты неге алып тастады',
        'автобустардың жаңа бағыттарын қайдан көремін',
        'біздің шағын ауданға автобус керек',
        'жаңа аялдаманы қалай ұсынамын',
      ],
    },
    en: {
      title: 'Bus route changes: where to find out and how to propose a new route',
      body: `The city's route network is approved by the akimat's **passenger transport and roads department**. Routes are opened, closed or changed after passenger counts, often following a public discussion.

**Where to find out about changes**
1. Announcements on the **akimat website** and its social media, at bus stops and inside buses, usually in advance.
2. Current maps and timetables in map apps and in the city fare payment app.
3. A **109** operator can tell you which routes serve your stop.

**How to propose a new route, stop or timetable change**
1. Send a request via 109, eOtinish or in writing to the department: where from and to, at what times, roughly how many passengers. A **joint** request from residents of a neighbourhood carries more weight.
2. The department studies passenger numbers and operators' capacity; the answer comes within 15 working days.

**If a route was cancelled without notice, a bus does not run or ignores the interval**, report it to 109 with the route number, stop, date and time. Such complaints are passed to the operator and the department for checking.`,
      paraphrases: [
        'why was my bus route cancelled',
        'where can I see new bus routes',
        'we need a bus to our neighbourhood',
        'buses only come once an hour',
      ],
    },
  },
  // ─── Public order ──────────────────────────────────────────────────────────────────────────
  {
    key: 'theft-loss-police-report',
    audience: 'public',
    tags: ['полиция', 'кража', 'утеря', 'заявление'],
    items: ['S16.C02.I029', 'S17.C03.I028'],
    ru: {
      title: 'Украли или потеряли телефон, кошелёк, документы: как заявить в полицию',
      body: `**Если вещь украли** (карманная кража, грабёж, взлом машины) — сразу звоните **102** или идите в ближайший отдел полиции. Чем раньше, тем выше шанс найти вещь и виновного.

**Как подать заявление**
1. Опишите, что, где и когда пропало, приметы вещи и подозреваемых, IMEI телефона (он есть на коробке), номера банковских карт.
2. Заявление регистрируют в **книге учёта информации** и выдают **талон-уведомление** с номером — сохраните его: по нему можно узнать, как идёт проверка.
3. Результат проверки (возбуждение дела или отказ) сообщают письменно. Отказ можно обжаловать прокурору.

**Если вещь просто потеряли** — тоже можно заявить в полицию: найденные вещи и документы часто сдают туда. Проверьте также бюро находок транспортного оператора и торгового центра.

**Что сделать сразу:** заблокировать банковские карты через банк, SIM-карту — через оператора, сменить пароли от eGov и почты. Если потеряно удостоверение личности — его замена оформляется в ЦОН, справка из полиции для этого не нужна.

**Нашли чужие документы** — сдайте в полицию или ЦОН.

**Вопросы:** 102, участковый инспектор, 109.`,
      paraphrases: [
        'украли телефон что делать',
        'потерял кошелек с документами куда идти',
        'как получить талон о принятии заявления',
        'нашел чужой паспорт куда отнести',
      ],
    },
    kk: {
      title: 'Телефон, әмиян, құжаттар ұрланса немесе жоғалса: полицияға қалай арыз беруге болады',
      body: `**Зат ұрланса** (қалта ұрлығы, тонау, көлікті бұзу) — бірден **102**-ге қоңырау шалыңыз немесе жақын полиция бөліміне барыңыз. Неғұрлым ерте болса, затты және кінәліні табу мүмкіндігі соғұрлым жоғары.

**Арызды қалай беруге болады**
1. Не, қайда және қашан жоғалғанын, заттың және күдіктілердің белгілерін, телефонның IMEI кодын (қорабында бар), банк карталарының нөмірлерін айтыңыз.
2. Арыз **ақпаратты есепке алу кітабында** тіркеліп, нөмірі бар **талон-хабарлама** беріледі — оны сақтаңыз: сол арқылы тексерудің барысын біле аласыз.
3. Тексеру нәтижесі (іс қозғалды ма, бас тартылды ма) жазбаша хабарланады. Бас тартуға прокурорға шағымдануға болады.

**Зат жай ғана жоғалса** — полицияға да хабарлауға болады: табылған заттар мен құжаттар көбіне сонда тапсырылады. Көлік операторы мен сауда орталығының табылған заттар бюросын да тексеріңіз.

**Бірден не істеу керек:** банк карталарын банк арқылы, SIM-картаны оператор арқылы бұғаттаңыз, eGov пен поштаның құпиясөзін ауыстырыңыз. Жеке куәлік жоғалса — оны ауыстыру ХҚКО-да ресімделеді, бұл үшін полиция анықтамасы керек емес.

**Біреудің құжатын тапсаңыз** — полицияға немесе ХҚКО-ға тапсырыңыз.

**Сұрақтар:** 102, учаскелік инспектор, 109.`,
      paraphrases: [
        'телефонымды ұрлап кетті не істеймін',
        'құжаттарым бар әмиянды жоғалттым қайда барамын',
        'арыз қабылданғаны туралы талонды қалай аламын',
        'біреудің төлқұжатын таптым қайда апарамын',
      ],
    },
    en: {
      title: 'Phone, wallet or documents stolen or lost: how to report it to the police',
      body: `**If something was stolen** (pickpocketing, robbery, a car break-in), call **102** at once or go to the nearest police station. The sooner you report it, the better the chance of finding the item and the culprit.

**How to file a report**
1. Describe what disappeared, where and when, what the item and any suspects looked like, your phone's IMEI (it is on the box) and the numbers of your bank cards.
2. The report is entered in the **information register book**, and you get a **notification slip** with a number — keep it: you can use it to find out how the check is going.
3. You are told the result of the check (a criminal case opened or refused) in writing. A refusal can be appealed to the prosecutor.

**If you simply lost something**, you can also report it to the police: found items and documents are often handed in there. Also check the lost property office of the transport operator or the shopping centre.

**Do this straight away:** block your bank cards through the bank and your SIM card through the mobile operator, and change your eGov and email passwords. If your ID card is lost, it is replaced at a Public Service Centre (ЦОН); you do not need a police certificate for that.

**Found someone else's documents?** Hand them in to the police or a ЦОН.

**Questions:** 102, your local police inspector, 109.`,
      paraphrases: [
        'my phone was stolen what do I do',
        'wallet with documents gone where do I go',
        'how do I get the slip showing the police took my report',
        'found someone else\'s passport where do I take it',
      ],
    },
  },
  {
    key: 'public-order-violation-102',
    audience: 'public',
    tags: ['общественный порядок', 'полиция', 'шум', '102'],
    items: ['S17.C03.I007', 'S17.C03.I013', 'S17.C03.I015', 'S17.C03.I027', 'S17.C03.I021'],
    ru: {
      title: 'Драка, хулиганство, распитие во дворе: как сообщить о нарушении общественного порядка',
      body: `**Звоните 102 (или 112), если нарушение происходит прямо сейчас**: драка, хулиганство, пьяные компании во дворе или подъезде, громкая музыка ночью, подозрительные люди у дома или у школы. Назовите точный адрес, что происходит, сколько человек, есть ли оружие или пострадавшие.

**Если нарушение повторяется** (соседи регулярно шумят ночью, во дворе постоянно собираются компании)
1. Обратитесь к своему **участковому инспектору полиции** — его ФИО, телефон и часы приёма есть на сайте полиции области и на стенде в подъезде или опорном пункте; можно узнать по 102.
2. Подайте письменное заявление с адресом, датами и временем нарушений. Приложите видео или аудиозаписи, подписи соседей.
3. Участковый проведёт профилактическую беседу и при подтверждении нарушения составит административный протокол.

**Через 109** можно сообщить о проблеме, которая не требует срочного выезда (например, просьба об освещении двора или видеокамере) — обращение передадут в полицию и акимат.

**Анонимно?** По 102 можно не называть себя, но для протокола и ответа нужны ваши данные. Полиция не раскрывает их нарушителю.

Ответ на письменное заявление — в течение 15 рабочих дней.`,
      paraphrases: [
        'хулиганы во дворе ломают лавочки куда звонить',
        'во дворе каждый вечер пьют',
        'как найти своего участкового',
        'подростки дерутся у школы',
        'можно ли пожаловаться анонимно в полицию',
      ],
    },
    kk: {
      title: 'Төбелес, бұзақылық, аулада ішімдік ішу: қоғамдық тәртіп бұзушылық туралы қалай хабарлау керек',
      body: `**Тәртіп бұзушылық дәл қазір болып жатса, 102-ге (немесе 112-ге) қоңырау шалыңыз**: төбелес, бұзақылық, аулада немесе подъезде мас топтар, түнде қатты музыка, үйдің немесе мектептің жанындағы күдікті адамдар. Нақты мекенжайды, не болып жатқанын, неше адам екенін, қару не зардап шеккен бар-жоғын айтыңыз.

**Тәртіп бұзу қайталанса** (көршілер түнде үнемі шулайды, аулада үнемі топ жиналады)
1. **Учаскелік полиция инспекторына** жүгініңіз — оның аты-жөні мен қабылдау уақыты облыс полициясының сайтында және тірек пунктіндегі стендте бар; 102 арқылы да білуге болады.
2. Мекенжайды, бұзушылықтың күндері мен уақытын көрсетіп, жазбаша арыз беріңіз. Бейне немесе аудиожазбаларды, көршілердің қолын қоса беріңіз.
3. Учаскелік инспектор профилактикалық әңгіме жүргізіп, бұзушылық расталса, әкімшілік хаттама толтырады.

**109 арқылы** шұғыл шығуды қажет етпейтін мәселе туралы (мысалы, ауланы жарықтандыру немесе бейнекамера орнату туралы өтініш) хабарлауға болады — өтініш полиция мен әкімдікке жіберіледі.

**Жасырын ба?** 102-ге атыңызды айтпай хабарлауға болады, бірақ хаттама мен жауап үшін деректеріңіз керек. Полиция оларды құқық бұзушыға ашпайды.

Жазбаша арызға жауап — 15 жұмыс күні ішінде.`,
      paraphrases: [
        'аулада бұзақылар орындықтарды сындырып жатыр қайда хабарласамын',
        'аулада күнде кешке ішімдік ішеді',
        'учаскелік инспекторымды қалай табамын',
        'полицияға жасырын шағымдануға бола ма',
      ],
    },
    en: {
      title: 'Fights, hooliganism, drinking in the courtyard: how to report a breach of public order',
      body: `**Call 102 (or 112) if it is happening right now**: a fight, hooliganism, drunk groups in the courtyard or stairwell, loud music at night, suspicious people near your building or a school. Give the exact address, what is happening, how many people there are, and whether there are weapons or injured people.

**If it keeps happening** (neighbours are regularly noisy at night, groups constantly gather in the courtyard)
1. Contact your **local police inspector** — their name, phone number and office hours are on the regional police website and on the notice board in your entrance or at the local police point; you can also find out by calling 102.
2. Submit a written complaint with the address and the dates and times of the incidents. Attach video or audio recordings and your neighbours' signatures.
3. The inspector will hold a preventive talk and, if the violation is confirmed, draw up an administrative offence report.

**Via 109** you can report a problem that does not need an urgent call-out (for example, a request for lighting or a CCTV camera in the courtyard) — it will be passed to the police and the akimat.

**Anonymously?** You do not have to give your name when you call 102, but your details are needed for the offence report and a reply. The police do not disclose them to the offender.

A written complaint is answered within 15 working days.`,
      paraphrases: [
        'hooligans are breaking the benches in our yard who do I call',
        'people drinking in the yard every evening',
        'how do I find my local police officer',
        'teenagers fighting near the school',
        'can I report to the police anonymously',
      ],
    },
  },
  // ─── Civic participation ───────────────────────────────────────────────────────────────────
  {
    key: 'akim-personal-reception',
    audience: 'public',
    tags: ['аким', 'приём граждан', 'обращения'],
    items: ['S17.C05.I001', 'S17.C05.I002'],
    ru: {
      title: 'Как попасть на приём к акиму города или его заместителю',
      body: `Аким города, его заместители и руководители отделов ведут **личный приём граждан** по утверждённому графику. График публикуется на **сайте акимата** и в соцсетях, его также сообщают по 109.

**Как записаться**
1. Определите, кто отвечает за ваш вопрос: часто быстрее решает **заместитель акима** по направлению или руководитель профильного отдела.
2. Запишитесь заранее: через канцелярию (отдел по работе с обращениями) акимата, по **109** или онлайн через **eOtinish**, если там открыта запись.
3. Кратко изложите суть вопроса и приложите копии прежних ответов — это поможет подготовить к приёму ответственных специалистов.
4. В день приёма возьмите **удостоверение личности** и документы по вопросу.

Кроме очных встреч, акимат проводит **онлайн-приёмы** и выездные приёмы в микрорайонах — о них объявляют заранее.

**Важно:** на приёме к акиму обычно рассматривают вопросы, которые не удалось решить на уровне отделов. Если вы ещё не обращались в профильный отдел, начните с него или с 109 — это быстрее.

По итогам приёма поручения фиксируются, а ответ направляется в срок до 15 рабочих дней.`,
      paraphrases: [
        'как записаться к акиму на прием',
        'график приема граждан акимом',
        'хочу лично поговорить с акимом',
        'прием замакима по жкх',
      ],
    },
    kk: {
      title: 'Қала әкіміне немесе оның орынбасарына қабылдауға қалай жазылуға болады',
      body: `Қала әкімі, оның орынбасарлары және бөлім басшылары бекітілген кесте бойынша **азаматтарды жеке қабылдайды**. Кесте **әкімдік сайтында** және әлеуметтік желілерде жарияланады, оны 109 арқылы да айтады.

**Қалай жазылуға болады**
1. Мәселеңізге кім жауапты екенін анықтаңыз: көбіне бағыт бойынша **әкімнің орынбасары** немесе бейінді бөлімнің басшысы тезірек шешеді.
2. Алдын ала жазылыңыз: әкімдіктің кеңсесі (өтініштермен жұмыс бөлімі) арқылы, **109** арқылы немесе жазылу ашық болса, **eOtinish** арқылы онлайн.
3. Мәселенің мәнін қысқаша жазып, бұрынғы жауаптардың көшірмелерін қоса беріңіз — бұл қабылдауға жауапты мамандарды дайындауға көмектеседі.
4. Қабылдау күні **жеке куәлікті** және мәселе бойынша құжаттарды ала келіңіз.

Әкімдік бетпе-бет кездесулерден бөлек, **онлайн-қабылдаулар** мен шағын аудандарда көшпелі қабылдаулар өткізеді — олар туралы алдын ала хабарланады.

**Маңызды:** әкім қабылдауында әдетте бөлімдер деңгейінде шешілмеген мәселелер қаралады. Бейінді бөлімге әлі жүгінбесеңіз, содан немесе 109-дан бастаңыз — бұл тезірек.

Қабылдау қорытындысы бойынша тапсырмалар тіркеледі, ал жауап 15 жұмыс күніне дейінгі мерзімде жіберіледі.`,
      paraphrases: [
        'әкімнің қабылдауына қалай жазыламын',
        'әкімнің азаматтарды қабылдау кестесі',
        'әкіммен жеке сөйлескім келеді',
        'әкім орынбасарының қабылдауы',
      ],
    },
    en: {
      title: 'How to get a personal appointment with the city akim or a deputy akim',
      body: `The city akim, deputy akims and heads of departments hold **personal receptions for citizens** on an approved schedule. The schedule is published on the **akimat website** and social media, and 109 can tell you too.

**How to book**
1. Work out who is responsible for your issue: often the **deputy akim** for that area or the head of the relevant department can resolve it faster.
2. Book in advance through the akimat's office for citizens' appeals, by calling **109**, or online through **eOtinish** if booking is open there.
3. Briefly describe the issue and attach copies of earlier replies, so the right specialists can prepare.
4. On the day, bring your **ID card** and documents about the issue.

Besides face-to-face meetings, the akimat holds **online receptions** and visiting receptions in neighbourhoods, announced in advance.

**Note:** the akim usually deals with issues that could not be solved at department level. If you have not yet contacted the relevant department, start there or with 109 — it is quicker.

After the reception, instructions are recorded and you receive a reply within 15 working days.`,
      paraphrases: [
        'how to book a meeting with the akim',
        'akim reception schedule',
        'I want to talk to the mayor in person',
        'appointment with deputy akim',
      ],
    },
  },
  {
    key: 'public-hearings-participation',
    audience: 'public',
    tags: ['общественные слушания', 'участие', 'бюджет', 'проекты'],
    items: ['S17.C05.I005', 'S17.C05.I008', 'S15.C02.I004'],
    ru: {
      title: 'Общественные слушания и обсуждения: как жителям участвовать в решениях города',
      body: `Жители могут влиять на решения акимата несколькими способами.

**Виды обсуждений**
- **Проекты нормативных актов** (правила благоустройства, тарифы на услуги, решения маслихата) публикуются на портале **«Открытые НПА»** — комментарий может оставить любой гражданин.
- **Бюджет** обсуждается на портале **«Открытые бюджеты»**; там же публикуются отчёты об исполнении.
- **Общественные слушания** по экологии (стройка завода, вырубка, полигон) объявляются на Едином экологическом портале и в местных СМИ не позднее установленного срока до даты слушаний.
- **Генеральный план и проекты детальной планировки** выносятся на публичное обсуждение перед утверждением.
- **Бюджет народного участия** — жители предлагают проекты для своих дворов и голосуют за них.

**Как участвовать**
1. Следите за объявлениями на сайте акимата, порталах и в соцсетях.
2. Изучите материалы проекта, подготовьте предложение или замечание.
3. Оставьте комментарий онлайн или приходите на слушания с удостоверением личности; выступления записываются в **протокол**, который публикуется.

Разработчик обязан рассмотреть замечания и указать, учтены ли они.

**Вопросы:** 109, общественный совет города.`,
      paraphrases: [
        'как попасть на общественные слушания',
        'где обсуждают проекты решений акимата',
        'рядом будут строить завод хотим высказаться',
        'бюджет народного участия как подать проект',
      ],
    },
    kk: {
      title: 'Қоғамдық тыңдаулар мен талқылаулар: тұрғындар қала шешімдеріне қалай қатыса алады',
      body: `Тұрғындар әкімдік шешімдеріне бірнеше жолмен ықпал ете алады.

**Талқылау түрлері**
- **Нормативтік актілердің жобалары** (абаттандыру қағидалары, қызмет тарифтері, мәслихат шешімдері) **«Ашық НҚА»** порталында жарияланады — кез келген азамат пікір қалдыра алады.
- **Бюджет** **«Ашық бюджеттер»** порталында талқыланады; атқарылуы туралы есептер де сонда жарияланады.
- Экология бойынша **қоғамдық тыңдаулар** (зауыт салу, ағаш кесу, полигон) Бірыңғай экологиялық порталда және жергілікті БАҚ-та тыңдау күнінен белгіленген мерзімнен кешіктірілмей жарияланады.
- **Бас жоспар мен егжей-тегжейлі жоспарлау жобалары** бекітілер алдында жария талқылауға шығарылады.
- **Халықтың қатысуымен бюджет** — тұрғындар өз аулаларына жобалар ұсынып, оларға дауыс береді.

**Қалай қатысуға болады**
1. Әкімдік сайтындағы, порталдардағы және әлеуметтік желілердегі хабарландыруларды қадағалаңыз.
2. Жоба материалдарымен танысып, ұсыныс немесе ескерту дайындаңыз.
3. Онлайн пікір қалдырыңыз немесе тыңдауға жеке куәлікпен келіңіз; сөйленген сөздер жарияланатын **хаттамаға** жазылады.

Әзірлеуші ескертулерді қарап, олардың ескерілген-ескерілмегенін көрсетуге міндетті.

**Сұрақтар:** 109, қаланың қоғамдық кеңесі.`,
      paraphrases: [
        'қоғамдық тыңдауларға қалай қатысамын',
        'әкімдік шешімдерінің жобалары қайда талқыланады',
        'жанымызда зауыт салмақшы, пікір білдіргіміз келеді',
        'халықтың қатысуымен бюджетке жоба қалай ұсынамын',
      ],
    },
    en: {
      title: 'Public hearings and consultations: how residents can take part in city decisions',
      body: `Residents can influence the akimat's decisions in several ways.

**Types of consultation**
- **Draft regulations** (landscaping and improvement rules, service tariffs, maslikhat decisions) are published on the **“Open Legal Acts” (Open NPA)** portal — any citizen can leave a comment.
- **The budget** is discussed on the **“Open Budgets”** portal, where reports on how it was spent are also published.
- **Public hearings** on environmental issues (building a plant, tree felling, a landfill) are announced on the Unified Environmental Portal and in local media no later than the set period before the hearing date.
- **The master plan and detailed planning projects** are put up for public discussion before they are approved.
- **Participatory budget** — residents propose projects for their own courtyards and vote for them.

**How to take part**
1. Follow the announcements on the akimat website, the portals and social media.
2. Study the project materials and prepare a proposal or comment.
3. Leave a comment online or come to the hearing with your ID card; what people say is recorded in the **minutes**, which are published.

The developer of the project must consider the comments and state whether they were taken into account.

**Questions:** 109, the city public council.`,
      paraphrases: [
        'how can I attend a public hearing',
        'where are the akimat draft decisions discussed',
        'they want to build a factory near us and we want to have our say',
        'how to submit a project to the participatory budget',
      ],
    },
  },
  {
    key: 'volunteering-how-to-join',
    audience: 'public',
    tags: ['волонтёрство', 'молодёжь', 'участие'],
    items: ['S19.C03.I001', 'S19.C03.I007'],
    ru: {
      title: 'Как стать волонтёром в городе',
      body: `Волонтёрская деятельность в Казахстане регулируется Законом «О волонтёрской деятельности». Волонтёры помогают пожилым и людям с инвалидностью, работают в приютах для животных, на экологических акциях, городских мероприятиях, при ЧС и паводках. 2026 год объявлен ООН по инициативе Казахстана **Международным годом волонтёров**.

**Как начать**
1. Зарегистрируйтесь на национальной платформе **Qazvolunteer.kz** — там собраны проекты и заявки тех, кому нужна помощь, ведётся учёт волонтёрских часов.
2. Обратитесь в **молодёжный ресурсный центр** города — он координирует местные волонтёрские проекты и подскажет организации по вашим интересам.
3. Выберите проект и пройдите **инструктаж** у организатора; при работе с детьми, пожилыми или в ЧС он обязателен.

**Несовершеннолетние** могут участвовать с согласия родителей, в безопасных видах деятельности.

**Свой проект.** Инициативная группа может предложить свою акцию — ресурсный центр поможет с площадкой и согласованием с акиматом.

**Важно:** волонтёры не берут денег с тех, кому помогают. О мошенниках, собирающих деньги от имени волонтёров, сообщайте в 102.

**Вопросы:** молодёжный ресурсный центр, 109.`,
      paraphrases: [
        'хочу стать волонтером куда обратиться',
        'волонтерство для школьников',
        'как зарегистрироваться на qazvolunteer',
        'нужны волонтеры помочь пожилым',
      ],
    },
    kk: {
      title: 'Қалада қалай волонтер болуға болады',
      body: `Қазақстанда волонтерлік қызметті «Волонтерлік қызмет туралы» Заң реттейді. Волонтерлер қарттар мен мүгедектігі бар адамдарға көмектеседі, жануарлар баспаналарында, экологиялық акцияларда, іс-шараларда, төтенше жағдайда жұмыс істейді. Қазақстанның бастамасымен БҰҰ 2026 жылды **Халықаралық волонтерлер жылы** деп жариялады.

**Қалай бастауға болады**
1. **Qazvolunteer.kz** ұлттық платформасында тіркеліңіз — онда жобалар мен көмек қажет адамдардың өтінімдері жиналған, волонтерлік сағаттар есепке алынады.
2. Қаланың **жастар ресурстық орталығына** жүгініңіз — ол жергілікті волонтерлік жобаларды үйлестіреді және қызығушылығыңызға сай ұйымдарды ұсынады.
3. Жобаны таңдап, ұйымдастырушыдан **нұсқаулықтан** өтіңіз; балалармен, қарттармен жұмыста немесе ТЖ кезінде бұл міндетті.

**Кәмелетке толмағандар** ата-анасының келісімімен қауіпсіз қызмет түрлеріне қатыса алады.

**Өз жобаңыз.** Бастамашыл топ өз акциясын ұсына алады — ресурстық орталық алаң табуға және әкімдікпен келісуге көмектеседі.

**Маңызды:** волонтерлер көмек көрсеткен адамдардан ақша алмайды. Волонтерлердің атынан ақша жинайтын алаяқтар туралы 102-ге хабарлаңыз.

**Сұрақтар:** жастар ресурстық орталығы, 109.`,
      paraphrases: [
        'волонтер болғым келеді қайда барамын',
        'оқушыларға арналған волонтерлік',
        'Qazvolunteer-ге қалай тіркелемін',
        'қарттарға көмектесетін волонтерлер керек',
      ],
    },
    en: {
      title: 'How to become a volunteer in the city',
      body: `Volunteering in Kazakhstan is governed by the Law “On Volunteer Activity”. Volunteers help older people and people with disabilities, work in animal shelters, at environmental clean-ups, city events, emergencies and floods. At Kazakhstan's initiative, the UN declared 2026 the **International Year of Volunteers**.

**How to start**
1. Register on the national platform **Qazvolunteer.kz**, which lists projects and requests for help and records volunteer hours.
2. Contact the city's **youth resource centre**, which coordinates local volunteer projects and can suggest organisations that match your interests.
3. Choose a project and get a **briefing** from the organiser; it is mandatory for work with children, older people or in emergencies.

**Under-18s** can take part in safe activities with their parents' consent.

**Your own project.** An initiative group can propose its own campaign; the resource centre helps with a venue and approval from the akimat.

**Important:** volunteers never take money from the people they help. Report fraudsters collecting money in volunteers' name to 102.

**Questions:** youth resource centre, 109.`,
      paraphrases: [
        'I want to volunteer where do I start',
        'volunteering for school students',
        'how to register on Qazvolunteer',
        'looking for volunteers to help elderly people',
      ],
    },
  },
  // ─── Internal: for operators of the appeals centre ─────────────────────────────────────────
  {
    key: 'internal-social-benefits-phone-consulting',
    audience: 'internal',
    tags: ['операторам', 'пособия', 'персональные данные', 'консультация'],
    ru: {
      title: 'Операторам: как консультировать по пособиям по телефону, не запрашивая персональные данные',
      body: `Оператор 109 не имеет доступа к базам Госкорпорации и ГФСС и **не запрашивает** ИИН, доходы, диагнозы, сведения о детях — даже если человек готов их продиктовать.

**Как вести разговор**
1. Выясните **ситуацию в общих словах**: «семья с детьми, один работает», «пенсионер, живёт один», «установили инвалидность». Этого достаточно, чтобы назвать подходящие меры поддержки.
2. Объясните **общие условия**, куда и как подать заявление, какие документы взять. Суммы и пороги не называйте — они меняются; сошлитесь на орган, который их устанавливает.
3. Для проверки **персонального статуса** (назначено ли, почему не пришло, сколько начислено) направьте человека: eGov.kz (личный кабинет), ЦОН, **1414**, отдел занятости и социальных программ.
4. Если человек хочет подать жалобу (задержка, отказ) — оформите **обращение**. Персональные данные в карточку вносятся только в объёме, необходимом для рассмотрения, и с согласия заявителя.

**Нельзя:** обещать назначение или сумму; обсуждать чужие данные; сообщать данные заявителя третьим лицам, в том числе родственникам.

Если звонящий в кризисе (угроза жизни, насилие) — сначала переведите на 112/102/103.`,
      paraphrases: [
        'можно ли спрашивать иин при консультации по пособию',
        'абонент просит проверить назначено ли ему асп',
        'как ответить про сумму пособия если не знаю',
        'родственник спрашивает о пособии матери',
      ],
    },
    kk: {
      title: 'Операторларға: телефон арқылы жәрдемақы бойынша жеке деректерді сұрамай қалай кеңес беру керек',
      body: `109 операторының Мемлекеттік корпорация мен МӘСҚ дерекқорларына қолжетімділігі жоқ, ол ЖСН-ді, табысты, диагноздарды, балалар туралы мәліметтерді — адам айтуға дайын болса да — **сұрамайды**.

**Әңгімені қалай жүргізу керек**
1. **Жағдайды жалпы сөзбен** анықтаңыз: «балалы отбасы, біреуі жұмыс істейді», «зейнеткер, жалғыз тұрады», «мүгедектік белгіленді». Сәйкес қолдау шараларын атау үшін осы жеткілікті.
2. **Жалпы шарттарды**, өтінішті қайда және қалай беру керегін, қандай құжат алу керегін түсіндіріңіз. Сомалар мен шектерді айтпаңыз — олар өзгереді; оларды белгілейтін органға сілтеме жасаңыз.
3. **Жеке мәртебені** тексеру үшін (тағайындалды ма, неге түспеді, қанша есептелді) адамды eGov.kz жеке кабинетіне, ХҚКО-ға, **1414**-ке, жұмыспен қамту бөліміне бағыттаңыз.
4. Адам шағым бергісі келсе (кешігу, бас тарту) — **өтініш** ресімдеңіз. Жеке деректер карточкаға тек қарау үшін қажетті көлемде және өтініш берушінің келісімімен енгізіледі.

**Болмайды:** тағайындауға немесе сомаға уәде беру; басқа адамның деректерін талқылау; өтініш берушінің деректерін үшінші тұлғаларға, оның ішінде туыстарына айту.

Өмірге қауіп не зорлық болса — алдымен 112/102/103-ке қосыңыз.`,
      paraphrases: [
        'жәрдемақы бойынша кеңес бергенде ЖСН сұрауға бола ма',
        'абонент АӘК тағайындалғанын тексеруді сұрайды',
        'жәрдемақы сомасын білмесем қалай жауап беремін',
        'туысы анасының жәрдемақысы туралы сұрайды',
      ],
    },
  },
  {
    key: 'internal-forward-outside-competence',
    audience: 'internal',
    tags: ['операторам', 'перенаправление', 'компетенция', 'аппк'],
    ru: {
      title: 'Операторам: как перенаправить обращение, которое не относится к компетенции акимата',
      body: `Многие вопросы решает не акимат, а **другие органы** — обращение нужно передать им, а не отвечать «не наш вопрос».

**Кому что относится (основное)**
- пенсии, республиканские пособия, ЦОН — Госкорпорация, 1414;
- выплаты ГФСС, накопления ЕНПФ — ГФСС, ЕНПФ;
- медицинская страховка, бесплатные лекарства — филиал ФСМС, управление здравоохранения;
- преступления, порядок — полиция (102);
- налоги — департамент государственных доходов;
- трудовые споры — инспекция труда;
- тарифы — департамент Комитета по регулированию естественных монополий;
- суды, исполнительное производство — суд, частные судебные исполнители.

**Порядок**
1. Если вопрос можно решить консультацией — объясните, куда обратиться, и зафиксируйте звонок как консультацию.
2. Если поступило **письменное обращение** не по компетенции, его нужно **перенаправить уполномоченному органу не позднее трёх рабочих дней** со дня поступления и **одновременно уведомить заявителя**.
3. Если обращение касается нескольких органов — отправьте копии каждому по его части, а городскую часть рассмотрите сами.
4. В карточке укажите, куда и когда передано, чтобы ответить на повторный звонок.`,
      paraphrases: [
        'обращение не по нашей компетенции что делать',
        'срок перенаправления обращения в другой орган',
        'звонят про пенсию куда направить',
        'вопрос частично городской частично республиканский',
      ],
    },
    kk: {
      title: 'Операторларға: әкімдіктің құзыретіне жатпайтын өтінішті қалай басқа органға жіберу керек',
      body: `Көптеген мәселелерді әкімдік емес, **басқа органдар** шешеді — «біздің мәселе емес» деп жауап бермей, өтінішті соларға беру керек.

**Не кімге жатады (негізгілері)**
- зейнетақы, республикалық жәрдемақылар, ХҚКО — Мемлекеттік корпорация, 1414;
- МӘСҚ төлемдері, БЖЗҚ жинақтары — МӘСҚ, БЖЗҚ;
- медициналық сақтандыру, тегін дәрі — ӘМСҚ филиалы, денсаулық сақтау басқармасы;
- қылмыс, қоғамдық тәртіп — полиция (102);
- салықтар — мемлекеттік кірістер департаменті;
- еңбек даулары — еңбек инспекциясы;
- коммуналдық тарифтер — Табиғи монополияларды реттеу комитетінің департаменті;
- соттар, атқарушылық іс жүргізу — сот, жеке сот орындаушылары.

**Тәртібі**
1. Мәселе кеңеспен шешілсе — қайда жүгіну керегін түсіндіріп, қоңырауды кеңес ретінде тіркеңіз.
2. Құзыретке жатпайтын **жазбаша өтініш** түссе, оны түскен күннен бастап **үш жұмыс күнінен кешіктірмей уәкілетті органға жіберу** және **бір мезгілде өтініш берушіге хабарлау** керек.
3. Өтініш бірнеше органға қатысты болса — әрқайсысына өз бөлігі бойынша көшірме жіберіп, қалалық бөлігін өзіңіз қараңыз.
4. Қайталама қоңырауға жауап беру үшін карточкада қайда және қашан жіберілгенін көрсетіңіз.`,
      paraphrases: [
        'өтініш біздің құзыретке жатпайды не істеймін',
        'өтінішті басқа органға жіберу мерзімі',
        'зейнетақы туралы қоңырау шалып жатыр қайда жіберемін',
        'мәселенің бір бөлігі қалалық, бір бөлігі республикалық',
      ],
    },
  },
  {
    key: 'internal-appk-answer-deadlines',
    audience: 'internal',
    tags: ['операторам', 'сроки', 'аппк', 'обращения'],
    items: ['S17.C05.I003'],
    ru: {
      title: 'Операторам: сроки ответа на обращения по АППК — 15 рабочих дней и продление',
      body: `Сроки установлены **Административным процедурно-процессуальным кодексом РК (АППК)**.

**Основные правила**
1. **15 рабочих дней** со дня поступления обращения в административный орган — общий срок, если законом не установлен иной.
2. Срок может быть **продлён** мотивированным решением руководителя органа или его заместителя на разумный срок, **но не более чем до двух месяцев**, если нужно установить фактические обстоятельства (выезд на место, запрос в другие органы, экспертиза).
3. О продлении заявителя **извещают в течение трёх рабочих дней** со дня продления — с указанием причины и нового срока.
4. Обращение не по компетенции **перенаправляется в течение трёх рабочих дней** с уведомлением заявителя; срок у нового органа начинается заново.

**Как считать:** выходные и праздники не входят; отсчёт — со дня поступления.

**Что говорить заявителю**
- «Ответ должен поступить до [дата]; если потребуется проверка, срок могут продлить, и вас об этом уведомят».
- Если срок прошёл, а ответа и уведомления о продлении нет, — зарегистрируйте обращение о нарушении срока и передайте руководителю ответственного отдела.

Ответ даётся на языке обращения.`,
      paraphrases: [
        'какой срок ответа на обращение',
        'на сколько можно продлить срок рассмотрения',
        'заявитель говорит что прошло 15 дней а ответа нет',
        'считаются ли выходные в срок рассмотрения',
      ],
    },
    kk: {
      title: 'Операторларға: ӘРПК бойынша өтініштерге жауап беру мерзімдері — 15 жұмыс күні және ұзарту',
      body: `Мерзімдерді **ҚР Әкімшілік рәсімдік-процестік кодексі (ӘРПК)** белгілейді.

**Негізгі қағидалар**
1. Өтініш әкімшілік органға түскен күннен бастап **15 жұмыс күні** — заңда өзгеше белгіленбесе, жалпы мерзім.
2. Нақты мән-жайларды анықтау қажет болса (жерге шығу, басқа органдарға сұрау салу, сараптама), мерзім орган басшысының немесе оның орынбасарының дәлелді шешімімен ақылға қонымды мерзімге, **бірақ екі айдан аспайтын мерзімге ұзартылуы** мүмкін.
3. Ұзарту туралы өтініш берушіге ұзартылған күннен бастап **үш жұмыс күні ішінде** себебі мен жаңа мерзімі көрсетіліп **хабарланады**.
4. Құзыретке жатпайтын өтініш өтініш берушіге хабарлана отырып, **үш жұмыс күні ішінде басқа органға жіберіледі**; жаңа органда мерзім қайта басталады.

**Қалай есептеу керек:** демалыс пен мереке күндері кірмейді; есеп өтініш түскен күннен басталады.

**Өтініш берушіге не айту керек**
- «Жауап [күні] дейін келуі тиіс; тексеру қажет болса, мерзім ұзартылуы мүмкін, бұл туралы сізге хабарланады».
- Мерзім өтіп, жауап та, ұзарту туралы хабарлама да болмаса — мерзімнің бұзылғаны туралы өтінішті тіркеп, жауапты бөлім басшысына беріңіз.

Жауап өтініш тілінде беріледі.`,
      paraphrases: [
        'өтінішке жауап беру мерзімі қандай',
        'қарау мерзімін қаншаға ұзартуға болады',
        '15 күн өтті жауап жоқ дейді',
        'демалыс күндері мерзімге кіре ме',
      ],
    },
  },
  {
    key: 'internal-repeated-complaint',
    audience: 'internal',
    tags: ['операторам', 'повторное обращение', 'жалоба', 'обращения'],
    items: ['S17.C05.I004'],
    ru: {
      title: 'Операторам: как работать с повторной жалобой',
      body: `**Повторное обращение** — то же лицо по тому же вопросу после получения ответа или истечения срока. Отличайте его от **дубликата** — сообщения о том же событии, по которому уже есть открытое обращение.

**Порядок**
1. **Найдите прежние обращения** по адресу, телефону и теме; прочитайте ответ и что обещано.
2. **Дубликат** отметьте и свяжите с открытым обращением, а не регистрируйте как новое дело.
3. Выясните, **что изменилось**: не решено в срок, решено частично, новые факты, несогласие с ответом.
4. Зарегистрируйте обращение **как повторное** со ссылкой на прежнее и пометкой о причине. Повторные обращения берутся на **особый контроль** руководителя отдела-исполнителя.
5. Если обещанное не выполнено — это нарушение исполнения, а не «тот же вопрос»: эскалируйте руководителю.
6. При несогласии с ответом разъясните право **обжалования**.

**Прекращение рассмотрения.** Если в повторном обращении нет новых доводов, а по прежним дан исчерпывающий ответ, руководитель органа может прекратить рассмотрение, уведомив заявителя. Решение принимает руководитель, **не оператор**: оператор всегда регистрирует обращение.

Повторный звонок обычно значит, что человек не получил реальной помощи.`,
      paraphrases: [
        'заявитель звонит уже третий раз по той же яме',
        'чем повторное обращение отличается от дубликата',
        'можно ли не регистрировать повторную жалобу',
        'обещали сделать ремонт и не сделали что делать',
      ],
    },
    kk: {
      title: 'Операторларға: қайталама шағыммен қалай жұмыс істеу керек',
      body: `**Қайталама өтініш** — сол адамның жауап алғаннан кейін немесе мерзім өткеннен кейін сол мәселе бойынша қайта жүгінуі. Оны **телнұсқадан** — ашық өтініші бар сол оқиға туралы хабардан ажыратыңыз.

**Тәртібі**
1. Өтініш берушінің бұрынғы өтініштерін мекенжай, телефон және тақырып бойынша **табыңыз**. Қандай жауап берілгенін және не уәде етілгенін оқыңыз.
2. **Телнұсқаны** жаңа іс ретінде тіркемей, ашық өтінішпен байланыстырыңыз.
3. **Не өзгергенін** анықтаңыз: мерзімде шешілмеді, ішінара шешілді, жаңа фактілер, жауаппен келіспеу.
4. Өтінішті бұрынғысына сілтеме жасап, себебін белгілеп, **қайталама** ретінде тіркеңіз. Қайталама өтініштер орындаушы бөлім басшысының **ерекше бақылауына** алынады.
5. Уәде орындалмаса — бұл «сол мәселе» емес, орындаудың бұзылуы: басшыға жеткізіңіз.
6. Жауаппен келіспесе — **шағымдану** құқығын түсіндіріңіз.

**Қарауды тоқтату.** Қайталама өтініште жаңа дәлелдер болмаса, ал бұрынғыларына толық жауап берілсе, орган басшысы өтініш берушіге хабарлай отырып, қарауды тоқтата алады. Шешімді **оператор емес**, басшы қабылдайды: оператор өтінішті әрқашан тіркейді.

Қайта қоңырау көбіне адамның нақты көмек алмағанын білдіреді.`,
      paraphrases: [
        'өтініш беруші сол шұңқыр бойынша үшінші рет қоңырау шалып тұр',
        'қайталама өтініштің телнұсқадан айырмашылығы',
        'қайталама шағымды тіркемеуге бола ма',
        'жөндейміз деп уәде беріп, жасамады',
      ],
    },
  },
  {
    key: 'internal-emergency-call-transfer',
    audience: 'internal',
    tags: ['операторам', 'экстренные службы', 'переадресация', 'безопасность'],
    ru: {
      title: 'Операторам: когда звонок на 109 нужно немедленно передать экстренной службе',
      body: `При **угрозе жизни, здоровью или имуществу прямо сейчас** не регистрируйте обращение в обычном порядке — передайте вызов.

**Куда передавать**
- **101** — пожар, задымление, горит мусоропровод, трава у домов;
- **102** — драка, насилие, кража в процессе, ребёнок без присмотра в опасности, агрессивный человек;
- **103** — человек без сознания, не дышит, сильное кровотечение, боль в груди, признаки инсульта, замерзающий человек на улице;
- **104** — запах газа в подъезде или квартире;
- **112** — если неясно, какая служба нужна, или нужны несколько служб сразу (ДТП с пострадавшими, паводок).

**Как действовать**
1. Уточните **адрес** (улица, дом, подъезд, ориентиры) и телефон звонящего — в первую очередь, пока связь не прервалась.
2. Если технически возможно — переведите звонок; если нет — попросите звонящего сразу набрать нужный номер и, если он не может, позвоните в службу сами.
3. Дайте простые указания: выйти из задымлённого помещения, не включать свет при запахе газа.
4. Затем зарегистрируйте обращение с отметкой «передано в экстренную службу» и временем.

Лифт с застрявшими людьми и аварии на сетях передаются в аварийно-диспетчерские службы по регламенту центра.`,
      paraphrases: [
        'звонят про запах газа что делать оператору',
        'на линии человек без сознания',
        'когда переводить звонок на 112',
        'абонент сообщает о драке во дворе прямо сейчас',
      ],
    },
    kk: {
      title: 'Операторларға: 109-ға түскен қоңырауды қашан бірден шұғыл қызметке беру керек',
      body: `**Дәл қазір өмірге, денсаулыққа немесе мүлікке қауіп** болса, өтінішті әдеттегі тәртіппен тіркемей, шақыруды беріңіз.

**Қайда беру керек**
- **101** — өрт, түтін, қоқыс құбырының немесе үй маңындағы шөптің жануы;
- **102** — төбелес, зорлық-зомбылық, ұрлық болып жатса, қауіптегі қараусыз бала, агрессивті адам;
- **103** — есінен танған, тыныс алмайтын адам, қатты қан кету, кеуде тұсының ауыруы, инсульт белгілері, көшеде үсіп жатқан адам;
- **104** — подъезде немесе пәтерде газ иісі;
- **112** — қай қызмет керек екені белгісіз болса немесе бірден бірнеше қызмет керек болса (зардап шеккендер бар ЖКО, су тасқыны).

**Қалай әрекет ету керек**
1. Байланыс үзілгенше ең алдымен **мекенжайды** (көше, үй, подъезд) және телефон нөмірін нақтылаңыз.
2. Техникалық мүмкіндік болса — қоңырауды ауыстырыңыз; болмаса — қоңырау шалушыдан қажетті нөмірді бірден теруді сұраңыз, ол жағдайы келмесе, қызметке өзіңіз хабарласыңыз.
3. Қарапайым нұсқау беріңіз: түтін шыққан бөлмеден шығу, газ иісі шыққанда жарықты қоспау.
4. Содан кейін өтінішті «шұғыл қызметке берілді» деген белгімен және уақытымен тіркеңіз.

Лифтте қамалу мен желідегі апаттар регламент бойынша апаттық-диспетчерлік қызметтерге беріледі.`,
      paraphrases: [
        'газ иісі туралы қоңырау шалса оператор не істейді',
        'желіде есінен танған адам бар',
        'қоңырауды 112-ге қашан ауыстыру керек',
        'абонент аулада дәл қазір төбелес болып жатыр дейді',
      ],
    },
  },
];
