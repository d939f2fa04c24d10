import type { Locale } from '@tandem/shared-domain';

/** The PDF's fixed words in the reader's language (printed: no catalogue of the web app). */
export interface FinalEvaluationTexts {
  title: string;
  edition: string;
  countries: string;
  allCountries: string;
  computedAt: string;
  suppressedNote: (k: number) => string;
  competence: string;
  competenceNote: string;
  area: string;
  areas: string;
  country: string;
  side: string;
  school: string;
  company: string;
  all: string;
  n: string;
  baseline: string;
  final: string;
  change: string;
  interval: string;
  effect: string;
  satisfaction: string;
  module: string;
  version: string;
  mean: string;
  high: string;
  completion: string;
  target: string;
  trained: string;
  registered: string;
  actions: string;
  status: string;
  before: string;
  after: string;
  finalSurvey: string;
  question: string;
  responses: string;
  none: string;
  statuses: Record<'PROPOSED' | 'AGREED' | 'DONE' | 'CHECKED', string>;
}

export const FINAL_EVALUATION_TEXTS: Record<Locale, FinalEvaluationTexts> = {
  en: {
    title: 'Final evaluation',
    edition: 'Edition',
    countries: 'Countries',
    allCountries: 'all countries',
    computedAt: 'Computed',
    suppressedNote: (k) => `– : fewer than ${k} people, or hidden so that no small group can be derived.`,
    competence: 'Competence change from baseline to final',
    competenceNote: 'Paired: only tutors with both self-assessments. Mean change with its 95 % interval and d_z.',
    area: 'Area',
    areas: 'Areas',
    country: 'Country',
    side: 'Side',
    school: 'School',
    company: 'Company',
    all: 'All',
    n: 'n',
    baseline: 'Baseline',
    final: 'Final',
    change: 'Change',
    interval: '95 % interval',
    effect: 'd_z',
    satisfaction: 'Satisfaction per joint module',
    module: 'Module',
    version: 'Version',
    mean: 'Mean',
    high: '9–10',
    completion: 'Completion against the target',
    target: 'Target',
    trained: 'Trained',
    registered: 'Registered',
    actions: 'Improvement actions and their checks',
    status: 'Status',
    before: 'Before',
    after: 'After',
    finalSurvey: 'Final-evaluation survey',
    question: 'Question',
    responses: 'Responses',
    none: 'No data yet.',
    statuses: { PROPOSED: 'Proposed', AGREED: 'Agreed', DONE: 'Done', CHECKED: 'Checked' },
  },
  et: {
    title: 'Lõpphindamine',
    edition: 'Lend',
    countries: 'Riigid',
    allCountries: 'kõik riigid',
    computedAt: 'Arvutatud',
    suppressedNote: (k) => `– : alla ${k} inimese või peidetud, et ühtki väikest rühma ei saaks tuletada.`,
    competence: 'Pädevuste muutus alghindamisest lõpuni',
    competenceNote: 'Paaris: ainult mõlema enesehindamisega juhendajad. Keskmine muutus, 95 % usaldusvahemik ja d_z.',
    area: 'Valdkond',
    areas: 'Valdkonnad',
    country: 'Riik',
    side: 'Pool',
    school: 'Kool',
    company: 'Ettevõte',
    all: 'Kõik',
    n: 'n',
    baseline: 'Algus',
    final: 'Lõpp',
    change: 'Muutus',
    interval: '95 % vahemik',
    effect: 'd_z',
    satisfaction: 'Rahulolu ühismoodulite kaupa',
    module: 'Moodul',
    version: 'Versioon',
    mean: 'Keskmine',
    high: '9–10',
    completion: 'Läbinud võrreldes sihtarvuga',
    target: 'Sihtarv',
    trained: 'Koolitatud',
    registered: 'Registreerunud',
    actions: 'Parendustegevused ja nende kontroll',
    status: 'Olek',
    before: 'Enne',
    after: 'Pärast',
    finalSurvey: 'Lõpphindamise küsitlus',
    question: 'Küsimus',
    responses: 'Vastuseid',
    none: 'Andmeid veel pole.',
    statuses: { PROPOSED: 'Ettepanek', AGREED: 'Kokku lepitud', DONE: 'Tehtud', CHECKED: 'Kontrollitud' },
  },
  lv: {
    title: 'Noslēguma izvērtējums',
    edition: 'Izdevums',
    countries: 'Valstis',
    allCountries: 'visas valstis',
    computedAt: 'Aprēķināts',
    suppressedNote: (k) => `– : mazāk nekā ${k} cilvēki vai paslēpts, lai nevarētu atvasināt nevienu mazu grupu.`,
    competence: 'Kompetenču izmaiņas no sākuma līdz noslēgumam',
    competenceNote: 'Pārī: tikai tutori ar abiem pašnovērtējumiem. Vidējās izmaiņas ar 95 % intervālu un d_z.',
    area: 'Joma',
    areas: 'Jomas',
    country: 'Valsts',
    side: 'Puse',
    school: 'Skola',
    company: 'Uzņēmums',
    all: 'Visi',
    n: 'n',
    baseline: 'Sākums',
    final: 'Noslēgums',
    change: 'Izmaiņas',
    interval: '95 % intervāls',
    effect: 'd_z',
    satisfaction: 'Apmierinātība pa kopīgajiem moduļiem',
    module: 'Modulis',
    version: 'Versija',
    mean: 'Vidēji',
    high: '9–10',
    completion: 'Pabeigušie pret mērķi',
    target: 'Mērķis',
    trained: 'Apmācīti',
    registered: 'Reģistrēti',
    actions: 'Uzlabošanas pasākumi un to pārbaude',
    status: 'Statuss',
    before: 'Pirms',
    after: 'Pēc',
    finalSurvey: 'Noslēguma izvērtējuma aptauja',
    question: 'Jautājums',
    responses: 'Atbildes',
    none: 'Datu vēl nav.',
    statuses: { PROPOSED: 'Ierosināts', AGREED: 'Saskaņots', DONE: 'Izdarīts', CHECKED: 'Pārbaudīts' },
  },
  lt: {
    title: 'Galutinis vertinimas',
    edition: 'Laida',
    countries: 'Šalys',
    allCountries: 'visos šalys',
    computedAt: 'Apskaičiuota',
    suppressedNote: (k) => `– : mažiau nei ${k} žmonės arba paslėpta, kad nebūtų galima išvesti mažos grupės.`,
    competence: 'Kompetencijų pokytis nuo pradinio iki galutinio vertinimo',
    competenceNote:
      'Poriniai duomenys: tik vadovai, atlikę abu įsivertinimus. Vidutinis pokytis, 95 % intervalas ir d_z.',
    area: 'Sritis',
    areas: 'Sritys',
    country: 'Šalis',
    side: 'Pusė',
    school: 'Mokykla',
    company: 'Įmonė',
    all: 'Visi',
    n: 'n',
    baseline: 'Pradžia',
    final: 'Pabaiga',
    change: 'Pokytis',
    interval: '95 % intervalas',
    effect: 'd_z',
    satisfaction: 'Pasitenkinimas pagal bendruosius modulius',
    module: 'Modulis',
    version: 'Versija',
    mean: 'Vidurkis',
    high: '9–10',
    completion: 'Baigusieji, palyginti su tikslu',
    target: 'Tikslas',
    trained: 'Parengti',
    registered: 'Užsiregistravę',
    actions: 'Tobulinimo veiksmai ir jų patikra',
    status: 'Būsena',
    before: 'Prieš',
    after: 'Po',
    finalSurvey: 'Galutinio vertinimo apklausa',
    question: 'Klausimas',
    responses: 'Atsakymai',
    none: 'Duomenų dar nėra.',
    statuses: { PROPOSED: 'Pasiūlyta', AGREED: 'Suderinta', DONE: 'Atlikta', CHECKED: 'Patikrinta' },
  },
  ru: {
    title: 'Итоговая оценка',
    edition: 'Выпуск',
    countries: 'Страны',
    allCountries: 'все страны',
    computedAt: 'Рассчитано',
    suppressedNote: (k) => `– : меньше ${k} человек или скрыто, чтобы нельзя было вывести малую группу.`,
    competence: 'Изменение компетенций от начальной до итоговой самооценки',
    competenceNote: 'Парные данные: только наставники с обеими самооценками. Среднее изменение, 95 % интервал и d_z.',
    area: 'Область',
    areas: 'Области',
    country: 'Страна',
    side: 'Сторона',
    school: 'Школа',
    company: 'Компания',
    all: 'Все',
    n: 'n',
    baseline: 'Начало',
    final: 'Итог',
    change: 'Изменение',
    interval: '95 % интервал',
    effect: 'd_z',
    satisfaction: 'Удовлетворённость по совместным модулям',
    module: 'Модуль',
    version: 'Версия',
    mean: 'Среднее',
    high: '9–10',
    completion: 'Завершившие по сравнению с целью',
    target: 'Цель',
    trained: 'Обучены',
    registered: 'Зарегистрированы',
    actions: 'Меры по улучшению и их проверка',
    status: 'Статус',
    before: 'До',
    after: 'После',
    finalSurvey: 'Опрос итоговой оценки',
    question: 'Вопрос',
    responses: 'Ответы',
    none: 'Данных пока нет.',
    statuses: { PROPOSED: 'Предложено', AGREED: 'Согласовано', DONE: 'Сделано', CHECKED: 'Проверено' },
  },
};
