/**
 * The joint Baltic competence profile of a WBL tutor (demo version 1): six areas, 24 competences,
 * four levels. Every text is given in the five languages as [en, et, lv, lt, ru]. A competence's
 * level descriptors are built from its behaviour ("what the tutor does") and one sentence frame per
 * level and language, so that the four levels read the same way across the profile.
 */
type Five = [string, string, string, string, string];
export const PROFILE_LANGUAGES = ['en', 'et', 'lv', 'lt', 'ru'] as const;

export const LEVEL_NAMES: Five[] = [
  ['Beginning', 'Algaja', 'Iesācējs', 'Pradedantysis', 'Начинающий'],
  ['Developing', 'Arenev', 'Attīstās', 'Tobulėjantis', 'Развивающийся'],
  ['Proficient', 'Pädev', 'Prasmīgs', 'Kompetentingas', 'Компетентный'],
  ['Expert', 'Ekspert', 'Eksperts', 'Ekspertas', 'Эксперт'],
];

/** Per level, per language: "{p}" is the behaviour. */
const LEVEL_FRAMES: Five[] = [
  [
    'With guidance, the tutor {p}.',
    'Juhendaja {p} kolleegi või koolitaja toel.',
    'Ar atbalstu prakses vadītājs {p}.',
    'Padedamas kitų, praktikos vadovas {p}.',
    'С поддержкой коллег наставник {p}.',
  ],
  [
    'The tutor {p} independently in familiar situations.',
    'Juhendaja {p} iseseisvalt tuttavates olukordades.',
    'Prakses vadītājs patstāvīgi {p} pazīstamās situācijās.',
    'Praktikos vadovas savarankiškai {p} įprastose situacijose.',
    'Наставник самостоятельно {p} в знакомых ситуациях.',
  ],
  [
    'The tutor consistently {p}, adapting to each learner and situation.',
    'Juhendaja {p} järjepidevalt, kohandades tegevust õppija ja olukorraga.',
    'Prakses vadītājs konsekventi {p}, pielāgojoties katram izglītojamajam un situācijai.',
    'Praktikos vadovas nuosekliai {p}, prisitaikydamas prie kiekvieno besimokančiojo ir situacijos.',
    'Наставник последовательно {p}, адаптируясь к каждому учащемуся и ситуации.',
  ],
  [
    'The tutor {p} as a role model and helps colleagues and the partner to do so.',
    'Juhendaja {p} eeskujulikult ning aitab selles kolleege ja partnerit.',
    'Prakses vadītājs {p} kā paraugs un palīdz to darīt kolēģiem un partnerim.',
    'Praktikos vadovas {p} kaip pavyzdys ir padeda tai daryti kolegoms bei partneriui.',
    'Наставник {p} на уровне образца и помогает в этом коллегам и партнёру.',
  ],
];
const DESCRIPTION_FRAME: Five = [
  'The tutor {p}.',
  'Juhendaja {p}.',
  'Prakses vadītājs {p}.',
  'Praktikos vadovas {p}.',
  'Наставник {p}.',
];

export interface DemoCompetence {
  code: string;
  title: Five;
  /** What the tutor does, a verb phrase in the third person. */
  does: Five;
}
export interface DemoArea {
  code: string;
  title: Five;
  competences: DemoCompetence[];
}

export const DEMO_AREAS: DemoArea[] = [
  {
    code: 'PLAN',
    title: [
      'Planning work-based learning with the partner',
      'Töökohapõhise õppe kavandamine koos partneriga',
      'Darba vidē balstītu mācību plānošana kopā ar partneri',
      'Pameistrystės mokymosi planavimas kartu su partneriu',
      'Планирование обучения на рабочем месте вместе с партнёром',
    ],
    competences: [
      {
        code: 'PLAN.1',
        title: [
          'Learning outcomes at the workplace',
          'Õpiväljundid töökohal',
          'Mācību rezultāti darba vietā',
          'Mokymosi rezultatai darbo vietoje',
          'Результаты обучения на рабочем месте',
        ],
        does: [
          'links the learning outcomes of the curriculum to tasks at the workplace',
          'seob õppekava õpiväljundid töökoha ülesannetega',
          'sasaista mācību programmas rezultātus ar darba uzdevumiem',
          'susieja programos mokymosi rezultatus su darbo vietos užduotimis',
          'связывает результаты обучения по программе с задачами на рабочем месте',
        ],
      },
      {
        code: 'PLAN.2',
        title: [
          'Individual practice plan',
          'Individuaalne praktikakava',
          'Individuālais prakses plāns',
          'Individualus praktikos planas',
          'Индивидуальный план практики',
        ],
        does: [
          'draws up an individual practice plan with the learner and the partner',
          'koostab koos õppija ja partneriga individuaalse praktikakava',
          'kopā ar izglītojamo un partneri sagatavo individuālu prakses plānu',
          'kartu su besimokančiuoju ir partneriu parengia individualų praktikos planą',
          'составляет индивидуальный план практики вместе с учащимся и партнёром',
        ],
      },
      {
        code: 'PLAN.3',
        title: [
          'Learning tasks from real work',
          'Õppeülesanded päris tööst',
          'Mācību uzdevumi no reāla darba',
          'Mokymosi užduotys iš tikro darbo',
          'Учебные задания из реальной работы',
        ],
        does: [
          'selects real work tasks of increasing difficulty as learning tasks',
          'valib õppeülesanneteks järjest keerukamaid päris tööülesandeid',
          'izvēlas reālus darba uzdevumus ar pieaugošu grūtību kā mācību uzdevumus',
          'parenka vis sudėtingesnes tikras darbo užduotis kaip mokymosi užduotis',
          'подбирает реальные рабочие задания возрастающей сложности в качестве учебных',
        ],
      },
      {
        code: 'PLAN.4',
        title: [
          'Time and resources for guidance',
          'Aeg ja ressursid juhendamiseks',
          'Laiks un resursi vadīšanai',
          'Laikas ir ištekliai vadovavimui',
          'Время и ресурсы для наставничества',
        ],
        does: [
          'plans time, tools and materials for guiding the learner',
          'planeerib õppija juhendamiseks aega, töövahendeid ja materjale',
          'plāno laiku, darba rīkus un materiālus izglītojamā vadīšanai',
          'suplanuoja laiką, įrankius ir medžiagas vadovavimui besimokančiajam',
          'планирует время, инструменты и материалы для сопровождения учащегося',
        ],
      },
    ],
  },
  {
    code: 'GUIDE',
    title: [
      'Guiding and motivating learners',
      'Õppijate juhendamine ja motiveerimine',
      'Izglītojamo vadīšana un motivēšana',
      'Besimokančiųjų vadovavimas ir motyvavimas',
      'Сопровождение и мотивация учащихся',
    ],
    competences: [
      {
        code: 'GUIDE.1',
        title: [
          'Introduction to the workplace',
          'Töökohale sisseelamine',
          'Ievadīšana darba vietā',
          'Įvedimas į darbo vietą',
          'Введение в работу на предприятии',
        ],
        does: [
          'introduces the learner to the workplace, its people and its rules',
          'tutvustab õppijale töökohta, selle inimesi ja reegleid',
          'iepazīstina izglītojamo ar darba vietu, tās cilvēkiem un noteikumiem',
          'supažindina besimokantįjį su darbo vieta, jos žmonėmis ir taisyklėmis',
          'знакомит учащегося с рабочим местом, коллективом и правилами',
        ],
      },
      {
        code: 'GUIDE.2',
        title: [
          'Demonstrating and instructing',
          'Ettenäitamine ja juhendamine',
          'Demonstrēšana un instruēšana',
          'Demonstravimas ir instruktavimas',
          'Показ и инструктаж',
        ],
        does: [
          'demonstrates work steps and explains the reasons behind them',
          'näitab tööetapid ette ja selgitab nende põhjuseid',
          'demonstrē darba soļus un izskaidro to pamatojumu',
          'parodo darbo žingsnius ir paaiškina jų priežastis',
          'показывает рабочие операции и объясняет их смысл',
        ],
      },
      {
        code: 'GUIDE.3',
        title: [
          'Motivating and supporting',
          'Motiveerimine ja toetamine',
          'Motivēšana un atbalstīšana',
          'Motyvavimas ir palaikymas',
          'Мотивация и поддержка',
        ],
        does: [
          'keeps the learner motivated and supports them when difficulties arise',
          'hoiab õppija motivatsiooni ja toetab teda raskuste korral',
          'uztur izglītojamā motivāciju un atbalsta viņu grūtībās',
          'palaiko besimokančiojo motyvaciją ir padeda jam iškilus sunkumams',
          'поддерживает мотивацию учащегося и помогает ему при трудностях',
        ],
      },
      {
        code: 'GUIDE.4',
        title: [
          'Diverse learners',
          'Erinevad õppijad',
          'Dažādi izglītojamie',
          'Įvairūs besimokantieji',
          'Разные учащиеся',
        ],
        does: [
          'adapts guidance to learners of different ages, backgrounds and needs',
          'kohandab juhendamist eri vanuse, tausta ja vajadustega õppijatele',
          'pielāgo vadīšanu dažāda vecuma, pieredzes un vajadzību izglītojamajiem',
          'pritaiko vadovavimą įvairaus amžiaus, patirties ir poreikių besimokantiesiems',
          'адаптирует сопровождение к учащимся разного возраста, опыта и потребностей',
        ],
      },
    ],
  },
  {
    code: 'ASSESS',
    title: [
      'Assessing learning at the workplace',
      'Õppimise hindamine töökohal',
      'Mācīšanās novērtēšana darba vietā',
      'Mokymosi vertinimas darbo vietoje',
      'Оценивание обучения на рабочем месте',
    ],
    competences: [
      {
        code: 'ASSESS.1',
        title: ['Feedback', 'Tagasiside', 'Atgriezeniskā saite', 'Grįžtamasis ryšys', 'Обратная связь'],
        does: [
          'gives timely, specific and encouraging feedback',
          'annab õigeaegset, konkreetset ja julgustavat tagasisidet',
          'sniedz savlaicīgu, konkrētu un iedrošinošu atgriezenisko saiti',
          'teikia savalaikį, konkretų ir padrąsinantį grįžtamąjį ryšį',
          'даёт своевременную, конкретную и ободряющую обратную связь',
        ],
      },
      {
        code: 'ASSESS.2',
        title: [
          'Assessment against criteria',
          'Hindamine kriteeriumide alusel',
          'Novērtēšana pēc kritērijiem',
          'Vertinimas pagal kriterijus',
          'Оценивание по критериям',
        ],
        does: [
          'assesses the learner’s performance against the agreed criteria',
          'hindab õppija sooritust kokkulepitud kriteeriumide alusel',
          'novērtē izglītojamā sniegumu pēc saskaņotiem kritērijiem',
          'įvertina besimokančiojo atlikimą pagal sutartus kriterijus',
          'оценивает работу учащегося по согласованным критериям',
        ],
      },
      {
        code: 'ASSESS.3',
        title: [
          'Self-reflection of the learner',
          'Õppija eneseanalüüs',
          'Izglītojamā pašrefleksija',
          'Besimokančiojo savirefleksija',
          'Саморефлексия учащегося',
        ],
        does: [
          'helps the learner to reflect on their own progress',
          'aitab õppijal oma arengut analüüsida',
          'palīdz izglītojamajam reflektēt par savu progresu',
          'padeda besimokančiajam apmąstyti savo pažangą',
          'помогает учащемуся осмыслить собственный прогресс',
        ],
      },
      {
        code: 'ASSESS.4',
        title: [
          'Documenting progress',
          'Arengu dokumenteerimine',
          'Progresa dokumentēšana',
          'Pažangos dokumentavimas',
          'Документирование прогресса',
        ],
        does: [
          'records the learner’s progress in the practice documents',
          'dokumenteerib õppija arengut praktikadokumentides',
          'dokumentē izglītojamā progresu prakses dokumentos',
          'fiksuoja besimokančiojo pažangą praktikos dokumentuose',
          'фиксирует прогресс учащегося в документах практики',
        ],
      },
    ],
  },
  {
    code: 'COOP',
    title: [
      'Cooperation between school and company',
      'Kooli ja ettevõtte koostöö',
      'Skolas un uzņēmuma sadarbība',
      'Mokyklos ir įmonės bendradarbiavimas',
      'Сотрудничество школы и предприятия',
    ],
    competences: [
      {
        code: 'COOP.1',
        title: [
          'Agreeing roles',
          'Rollides kokkuleppimine',
          'Lomu saskaņošana',
          'Susitarimas dėl vaidmenų',
          'Согласование ролей',
        ],
        does: [
          'agrees roles and responsibilities with the tandem partner',
          'lepib tandemipartneriga kokku rollid ja vastutuse',
          'vienojas ar tandēma partneri par lomām un atbildību',
          'susitaria su tandemo partneriu dėl vaidmenų ir atsakomybės',
          'согласует роли и ответственность с партнёром по тандему',
        ],
      },
      {
        code: 'COOP.2',
        title: [
          'Regular communication',
          'Regulaarne suhtlus',
          'Regulāra saziņa',
          'Reguliarus bendravimas',
          'Регулярное общение',
        ],
        does: [
          'keeps in regular contact with the partner about the learner',
          'suhtleb partneriga õppija teemal regulaarselt',
          'regulāri sazinās ar partneri par izglītojamo',
          'reguliariai bendrauja su partneriu apie besimokantįjį',
          'регулярно общается с партнёром по поводу учащегося',
        ],
      },
      {
        code: 'COOP.3',
        title: [
          'Solving problems together',
          'Probleemide ühine lahendamine',
          'Problēmu kopīga risināšana',
          'Bendras problemų sprendimas',
          'Совместное решение проблем',
        ],
        does: [
          'solves problems in the learner’s practice together with the partner',
          'lahendab praktikal tekkinud probleemid koos partneriga',
          'kopā ar partneri risina problēmas izglītojamā praksē',
          'kartu su partneriu sprendžia besimokančiojo praktikos problemas',
          'решает проблемы практики учащегося вместе с партнёром',
        ],
      },
      {
        code: 'COOP.4',
        title: [
          'Developing the cooperation',
          'Koostöö arendamine',
          'Sadarbības attīstīšana',
          'Bendradarbiavimo plėtojimas',
          'Развитие сотрудничества',
        ],
        does: [
          'develops the cooperation between the school and the company beyond one learner',
          'arendab kooli ja ettevõtte koostööd ka üksikust õppijast kaugemale',
          'attīsta skolas un uzņēmuma sadarbību plašāk par vienu izglītojamo',
          'plėtoja mokyklos ir įmonės bendradarbiavimą ne tik dėl vieno besimokančiojo',
          'развивает сотрудничество школы и предприятия за рамками одного учащегося',
        ],
      },
    ],
  },
  {
    code: 'SAFE',
    title: [
      'Safety and legal frame',
      'Ohutus ja õiguslik raamistik',
      'Drošība un tiesiskais regulējums',
      'Sauga ir teisinė aplinka',
      'Безопасность и правовые рамки',
    ],
    competences: [
      {
        code: 'SAFE.1',
        title: ['Occupational safety', 'Tööohutus', 'Darba drošība', 'Darbuotojų sauga', 'Охрана труда'],
        does: [
          'instructs the learner in occupational safety and checks that it is followed',
          'juhendab õppijat tööohutuses ja jälgib nõuete täitmist',
          'instruē izglītojamo darba drošībā un pārbauda prasību ievērošanu',
          'instruktuoja besimokantįjį darbuotojų saugos klausimais ir tikrina, ar jų laikomasi',
          'инструктирует учащегося по охране труда и следит за соблюдением требований',
        ],
      },
      {
        code: 'SAFE.2',
        title: [
          'Rights and duties of the learner',
          'Õppija õigused ja kohustused',
          'Izglītojamā tiesības un pienākumi',
          'Besimokančiojo teisės ir pareigos',
          'Права и обязанности учащегося',
        ],
        does: [
          'applies the rules on the learner’s working time, rights and duties',
          'järgib õppija tööaja, õiguste ja kohustuste reegleid',
          'ievēro noteikumus par izglītojamā darba laiku, tiesībām un pienākumiem',
          'taiko besimokančiojo darbo laiko, teisių ir pareigų taisykles',
          'соблюдает правила о рабочем времени, правах и обязанностях учащегося',
        ],
      },
      {
        code: 'SAFE.3',
        title: ['Practice agreement', 'Praktikaleping', 'Prakses līgums', 'Praktikos sutartis', 'Договор о практике'],
        does: [
          'applies the practice agreement and the national rules of work-based learning',
          'rakendab praktikalepingut ja töökohapõhise õppe riiklikke nõudeid',
          'piemēro prakses līgumu un darba vidē balstītu mācību valsts noteikumus',
          'taiko praktikos sutartį ir nacionalinius pameistrystės reikalavimus',
          'применяет договор о практике и национальные нормы обучения на рабочем месте',
        ],
      },
      {
        code: 'SAFE.4',
        title: [
          'Data protection and wellbeing',
          'Andmekaitse ja heaolu',
          'Datu aizsardzība un labbūtība',
          'Duomenų apsauga ir gerovė',
          'Защита данных и благополучие',
        ],
        does: [
          'protects the learner’s personal data and wellbeing at work',
          'kaitseb õppija isikuandmeid ja heaolu tööl',
          'aizsargā izglītojamā personas datus un labbūtību darbā',
          'saugo besimokančiojo asmens duomenis ir gerovę darbe',
          'защищает персональные данные и благополучие учащегося на работе',
        ],
      },
    ],
  },
  {
    code: 'GROW',
    title: [
      'Own development as a tutor',
      'Enesearendamine juhendajana',
      'Sava attīstība prakses vadītāja lomā',
      'Savęs tobulinimas kaip praktikos vadovo',
      'Собственное развитие как наставника',
    ],
    competences: [
      {
        code: 'GROW.1',
        title: [
          'Reflecting on own practice',
          'Oma tegevuse analüüs',
          'Savas prakses refleksija',
          'Savo praktikos apmąstymas',
          'Рефлексия собственной практики',
        ],
        does: [
          'reflects on their own guidance and sets goals to improve it',
          'analüüsib oma juhendamist ja seab eesmärke selle parandamiseks',
          'reflektē par savu vadīšanas darbu un izvirza mērķus tā uzlabošanai',
          'apmąsto savo vadovavimą ir išsikelia tikslus jam tobulinti',
          'анализирует своё наставничество и ставит цели для его улучшения',
        ],
      },
      {
        code: 'GROW.2',
        title: [
          'Keeping up with the occupation',
          'Erialaga kursis olemine',
          'Nozares aktualitāšu pārzināšana',
          'Profesijos naujovių išmanymas',
          'Актуальность профессиональных знаний',
        ],
        does: [
          'keeps up to date with changes in the occupation and its technology',
          'hoiab end kursis eriala ja selle tehnoloogia muutustega',
          'seko līdzi pārmaiņām profesijā un tās tehnoloģijās',
          'seka profesijos ir jos technologijų pokyčius',
          'следит за изменениями в профессии и её технологиях',
        ],
      },
      {
        code: 'GROW.3',
        title: [
          'Learning from peers',
          'Kolleegidelt õppimine',
          'Mācīšanās no kolēģiem',
          'Mokymasis iš kolegų',
          'Обучение у коллег',
        ],
        does: [
          'shares experience with other tutors of the network and learns from them',
          'jagab kogemusi võrgustiku teiste juhendajatega ja õpib neilt',
          'dalās pieredzē ar citiem tīkla prakses vadītājiem un mācās no viņiem',
          'dalijasi patirtimi su kitais tinklo praktikos vadovais ir mokosi iš jų',
          'делится опытом с другими наставниками сети и учится у них',
        ],
      },
      {
        code: 'GROW.4',
        title: [
          'Digital tools in guidance',
          'Digivahendid juhendamisel',
          'Digitālie rīki vadīšanā',
          'Skaitmeninės priemonės vadovaujant',
          'Цифровые инструменты в наставничестве',
        ],
        does: [
          'uses digital tools to plan, guide and document learning',
          'kasutab digivahendeid õppimise kavandamiseks, juhendamiseks ja dokumenteerimiseks',
          'izmanto digitālos rīkus mācību plānošanai, vadīšanai un dokumentēšanai',
          'naudoja skaitmenines priemones mokymuisi planuoti, vadovauti ir dokumentuoti',
          'использует цифровые инструменты для планирования, сопровождения и документирования обучения',
        ],
      },
    ],
  },
];

const byLanguage = (texts: Five): Record<string, string> =>
  Object.fromEntries(PROFILE_LANGUAGES.map((l, i) => [l, texts[i]]));
const fill = (frame: string, phrase: string) => {
  const s = frame.replace('{p}', phrase);
  return s.charAt(0).toUpperCase() + s.slice(1);
};

export const levelNames = (): Record<string, string[]> =>
  Object.fromEntries(PROFILE_LANGUAGES.map((l, i) => [l, LEVEL_NAMES.map((n) => n[i])]));
export const titleOf = byLanguage;
export const descriptionOf = (c: DemoCompetence): Record<string, string> =>
  Object.fromEntries(PROFILE_LANGUAGES.map((l, i) => [l, fill(DESCRIPTION_FRAME[i], c.does[i])]));
export const levelsOf = (c: DemoCompetence): Record<string, string[]> =>
  Object.fromEntries(PROFILE_LANGUAGES.map((l, i) => [l, LEVEL_FRAMES.map((f) => fill(f[i], c.does[i]))]));
