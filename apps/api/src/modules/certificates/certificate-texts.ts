import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '@tandem/shared-domain';
import type { RuleRow } from './certificates.repository';

/**
 * What certificates say, in the five languages: the credential's achievement and criteria, the
 * PDF's labels and the mail. The web app's texts are in the catalogues; these are rendered on the
 * server, into documents that leave the system.
 */
export interface CertificateTexts {
  achievementName: string;
  achievementDescription: string;
  title: string;
  certifies: string;
  completed: (programme: string, edition: string) => string;
  modulesHeading: string;
  jointModule: (n: number) => string;
  nationalModule: string;
  hours: (h: number) => string;
  areasHeading: string;
  issuedBy: string;
  dateOfIssue: string;
  number: string;
  verifyAt: string;
  framework: (version: number) => string;
  criteria: {
    joint: (numbers: string) => string;
    jointCount: (n: number) => string;
    hours: (h: number) => string;
    selfAssessment: (kind: string, moduleNumber: number | null) => string;
    assignmentsAttended: string;
    assignmentsAll: string;
    assignmentsAtLeast: (n: number) => string;
    tandem: string;
  };
}

const fmt = (locale: Locale, n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n);

export const CERTIFICATE_TEXTS: Record<Locale, CertificateTexts> = {
  en: {
    achievementName: 'Certified work-based learning tutor',
    achievementDescription:
      'Completed the Baltic train-the-trainer programme for work-based learning (WBL) tutors: the joint Baltic modules and the national training, trained in a tandem of a school tutor and a company tutor.',
    title: 'Certificate',
    certifies: 'This is to certify that',
    completed: (p, e) => `has completed the programme “${p}”, edition ${e}, as a work-based learning tutor.`,
    modulesHeading: 'Modules completed',
    jointModule: (n) => `Joint module ${n}`,
    nationalModule: 'National module',
    hours: (h) => `${fmt('en', h)} h`,
    areasHeading: 'Competence areas of the Baltic competence profile of a WBL tutor',
    issuedBy: 'Issued by',
    dateOfIssue: 'Date of issue',
    number: 'Certificate number',
    verifyAt: 'Verify this certificate at',
    framework: (v) => `Baltic competence profile of a WBL tutor, version ${v}`,
    criteria: {
      joint: (n) => `Attended joint module ${n}.`,
      jointCount: (n) => `Attended at least ${n} joint modules.`,
      hours: (h) => `Attended at least ${fmt('en', h)} hours of national training.`,
      selfAssessment: (k, m) =>
        `Submitted the ${k === 'BASELINE' ? 'baseline' : k === 'FINAL' ? 'final' : `after-module-${m}`} self-assessment of competences.`,
      assignmentsAttended: 'Had the tandem assignments of every attended module accepted.',
      assignmentsAll: 'Had every tandem assignment accepted.',
      assignmentsAtLeast: (n) => `Had at least ${n} tandem assignments accepted.`,
      tandem: 'Trained in a tandem of a school tutor and a company tutor.',
    },
  },
  et: {
    achievementName: 'Sertifitseeritud töökohapõhise õppe juhendaja',
    achievementDescription:
      'Läbis Balti töökohapõhise õppe (TPÕ) juhendajate koolitajate programmi: Balti ühismoodulid ja riikliku koolituse, õppides tandemis kooli- ja ettevõttepoolse juhendajaga.',
    title: 'Tunnistus',
    certifies: 'Käesolevaga tõendatakse, et',
    completed: (p, e) => `on läbinud programmi „${p}”, väljaanne ${e}, töökohapõhise õppe juhendajana.`,
    modulesHeading: 'Läbitud moodulid',
    jointModule: (n) => `Ühismoodul ${n}`,
    nationalModule: 'Riiklik moodul',
    hours: (h) => `${fmt('et', h)} t`,
    areasHeading: 'TPÕ juhendaja Balti kompetentsiprofiili kompetentsivaldkonnad',
    issuedBy: 'Väljaandja',
    dateOfIssue: 'Väljaandmise kuupäev',
    number: 'Tunnistuse number',
    verifyAt: 'Tunnistuse ehtsust saab kontrollida aadressil',
    framework: (v) => `TPÕ juhendaja Balti kompetentsiprofiil, versioon ${v}`,
    criteria: {
      joint: (n) => `Osales ühismoodulis ${n}.`,
      jointCount: (n) => `Osales vähemalt ${n} ühismoodulis.`,
      hours: (h) => `Osales vähemalt ${fmt('et', h)} tundi riiklikul koolitusel.`,
      selfAssessment: (k, m) =>
        `Esitas ${k === 'BASELINE' ? 'algse' : k === 'FINAL' ? 'lõpliku' : `${m}. mooduli järgse`} kompetentside enesehinnangu.`,
      assignmentsAttended: 'Kõigi läbitud moodulite tandemiülesanded on heaks kiidetud.',
      assignmentsAll: 'Kõik tandemiülesanded on heaks kiidetud.',
      assignmentsAtLeast: (n) => `Vähemalt ${n} tandemiülesannet on heaks kiidetud.`,
      tandem: 'Õppis tandemis kooli- ja ettevõttepoolse juhendajaga.',
    },
  },
  lv: {
    achievementName: 'Sertificēts darba vidē balstītu mācību mentors',
    achievementDescription:
      'Pabeidza Baltijas darba vidē balstītu mācību (DVB) mentoru apmācītāju programmu: Baltijas kopīgos moduļus un nacionālo apmācību, mācoties tandēmā ar skolas un uzņēmuma mentoru.',
    title: 'Sertifikāts',
    certifies: 'Ar šo apliecina, ka',
    completed: (p, e) => `ir pabeidzis(-usi) programmu “${p}”, izdevums ${e}, kā darba vidē balstītu mācību mentors.`,
    modulesHeading: 'Apgūtie moduļi',
    jointModule: (n) => `Kopīgais modulis ${n}`,
    nationalModule: 'Nacionālais modulis',
    hours: (h) => `${fmt('lv', h)} st.`,
    areasHeading: 'DVB mentora Baltijas kompetenču profila kompetenču jomas',
    issuedBy: 'Izsniedza',
    dateOfIssue: 'Izsniegšanas datums',
    number: 'Sertifikāta numurs',
    verifyAt: 'Sertifikāta īstumu var pārbaudīt',
    framework: (v) => `DVB mentora Baltijas kompetenču profils, versija ${v}`,
    criteria: {
      joint: (n) => `Piedalījās kopīgajā modulī ${n}.`,
      jointCount: (n) => `Piedalījās vismaz ${n} kopīgajos moduļos.`,
      hours: (h) => `Piedalījās vismaz ${fmt('lv', h)} stundās nacionālās apmācības.`,
      selfAssessment: (k, m) =>
        `Iesniedza ${k === 'BASELINE' ? 'sākotnējo' : k === 'FINAL' ? 'noslēguma' : `pēc ${m}. moduļa`} kompetenču pašnovērtējumu.`,
      assignmentsAttended: 'Visu apmeklēto moduļu tandēma uzdevumi ir pieņemti.',
      assignmentsAll: 'Visi tandēma uzdevumi ir pieņemti.',
      assignmentsAtLeast: (n) => `Pieņemti vismaz ${n} tandēma uzdevumi.`,
      tandem: 'Mācījās tandēmā ar skolas un uzņēmuma mentoru.',
    },
  },
  lt: {
    achievementName: 'Sertifikuotas darbo vietoje vykdomo mokymo(si) mentorius',
    achievementDescription:
      'Baigė Baltijos šalių darbo vietoje vykdomo mokymo(si) (DVM) mentorių rengėjų programą: bendrus Baltijos modulius ir nacionalinius mokymus, mokydamasis tandeme su mokyklos ir įmonės mentoriumi.',
    title: 'Sertifikatas',
    certifies: 'Šiuo patvirtinama, kad',
    completed: (p, e) => `baigė programą „${p}“, laida ${e}, kaip darbo vietoje vykdomo mokymo(si) mentorius.`,
    modulesHeading: 'Baigti moduliai',
    jointModule: (n) => `Bendras modulis ${n}`,
    nationalModule: 'Nacionalinis modulis',
    hours: (h) => `${fmt('lt', h)} val.`,
    areasHeading: 'DVM mentoriaus Baltijos kompetencijų profilio kompetencijų sritys',
    issuedBy: 'Išdavė',
    dateOfIssue: 'Išdavimo data',
    number: 'Sertifikato numeris',
    verifyAt: 'Sertifikato tikrumą galima patikrinti adresu',
    framework: (v) => `DVM mentoriaus Baltijos kompetencijų profilis, versija ${v}`,
    criteria: {
      joint: (n) => `Dalyvavo bendrame modulyje ${n}.`,
      jointCount: (n) => `Dalyvavo bent ${n} bendruose moduliuose.`,
      hours: (h) => `Dalyvavo bent ${fmt('lt', h)} val. nacionalinių mokymų.`,
      selfAssessment: (k, m) =>
        `Pateikė ${k === 'BASELINE' ? 'pradinį' : k === 'FINAL' ? 'baigiamąjį' : `po ${m} modulio`} kompetencijų įsivertinimą.`,
      assignmentsAttended: 'Visų lankytų modulių tandemo užduotys priimtos.',
      assignmentsAll: 'Visos tandemo užduotys priimtos.',
      assignmentsAtLeast: (n) => `Priimta bent ${n} tandemo užduočių.`,
      tandem: 'Mokėsi tandeme su mokyklos ir įmonės mentoriumi.',
    },
  },
  ru: {
    achievementName: 'Сертифицированный наставник обучения на рабочем месте',
    achievementDescription:
      'Прошёл(-ла) балтийскую программу подготовки наставников обучения на рабочем месте (WBL): совместные балтийские модули и национальное обучение в тандеме наставника от учебного заведения и наставника от предприятия.',
    title: 'Сертификат',
    certifies: 'Настоящим удостоверяется, что',
    completed: (p, e) => `прошёл(-ла) программу «${p}», выпуск ${e}, в качестве наставника обучения на рабочем месте.`,
    modulesHeading: 'Пройденные модули',
    jointModule: (n) => `Совместный модуль ${n}`,
    nationalModule: 'Национальный модуль',
    hours: (h) => `${fmt('ru', h)} ч`,
    areasHeading: 'Области компетенций Балтийского профиля компетенций наставника WBL',
    issuedBy: 'Выдан',
    dateOfIssue: 'Дата выдачи',
    number: 'Номер сертификата',
    verifyAt: 'Подлинность сертификата можно проверить по адресу',
    framework: (v) => `Балтийский профиль компетенций наставника WBL, версия ${v}`,
    criteria: {
      joint: (n) => `Участвовал(-а) в совместном модуле ${n}.`,
      jointCount: (n) => `Участвовал(-а) не менее чем в ${n} совместных модулях.`,
      hours: (h) => `Прошёл(-ла) не менее ${fmt('ru', h)} ч национального обучения.`,
      selfAssessment: (k, m) =>
        `Подал(-а) ${k === 'BASELINE' ? 'начальную' : k === 'FINAL' ? 'итоговую' : `после модуля ${m}`} самооценку компетенций.`,
      assignmentsAttended: 'Задания тандема по всем посещённым модулям приняты.',
      assignmentsAll: 'Все задания тандема приняты.',
      assignmentsAtLeast: (n) => `Принято не менее ${n} заданий тандема.`,
      tandem: 'Обучался(-ась) в тандеме наставника от учебного заведения и наставника от предприятия.',
    },
  },
};

/** The issuer's name until an ADMIN sets the edition's (certificate settings). */
export const DEFAULT_ISSUER_NAME: Record<Locale, string> = {
  en: 'Baltic WBL tutor programme (Tandem)',
  et: 'Balti TPÕ juhendajate programm (Tandem)',
  lv: 'Baltijas DVB mentoru programma (Tandem)',
  lt: 'Baltijos DVM mentorių programa (Tandem)',
  ru: 'Балтийская программа наставников WBL (Tandem)',
};

export function textsFor(language: string): CertificateTexts {
  return CERTIFICATE_TEXTS[isLocale(language) ? language : DEFAULT_LOCALE];
}

/** The edition's completion rule as sentences, per language (the credential's criteria). */
export function criteriaNarratives(rule: RuleRow): Record<Locale, string> {
  return Object.fromEntries(
    LOCALES.map((locale) => {
      const c = CERTIFICATE_TEXTS[locale].criteria;
      const lines: string[] = [];
      if (rule.required_joint_numbers.length) lines.push(c.joint(rule.required_joint_numbers.join(', ')));
      if (rule.min_joint_modules > 0) lines.push(c.jointCount(rule.min_joint_modules));
      if (rule.min_national_hours > 0) lines.push(c.hours(rule.min_national_hours));
      if (rule.self_assessment_kind)
        lines.push(c.selfAssessment(rule.self_assessment_kind, rule.self_assessment_module_number));
      if (rule.assignments_mode === 'ATTENDED_MODULES') lines.push(c.assignmentsAttended);
      if (rule.assignments_mode === 'ALL') lines.push(c.assignmentsAll);
      if (rule.assignments_mode === 'AT_LEAST') lines.push(c.assignmentsAtLeast(rule.min_accepted_assignments));
      lines.push(c.tandem);
      return [locale, lines.join(' ')];
    }),
  ) as Record<Locale, string>;
}

/** A localised text in the language, else English, else any. */
export function pick(texts: Record<string, string> | undefined, language: string): string {
  if (!texts) return '';
  return texts[language] || texts['en'] || Object.values(texts)[0] || '';
}
