import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { searchTextOf } from '../../modules/resources/resources.repository';
import type { MobilityKind } from '../../modules/study-visits/study-visit.entity';
import { execute, rows, sql } from '../sql';
import { loadDemoHostOffers } from './demo-mobility';
import { DEMO_TERM_DEFINITIONS, DEMO_TERM_POS, DEMO_TERM_RELATIONS, DEMO_TERMS } from './demo-glossary-terms';
import {
  DEMO_RESOURCE_TAGS,
  DemoResource,
  OTHER_RESOURCES,
  SAFETY_CHAPTERS,
  TWELVE_WAYS,
  WAY_HEADINGS,
} from './demo-toolbox-resources';

const LANGUAGES = ['en', 'et', 'lv', 'lt', 'ru'] as const;

/** The dictionary: every term and every entry in one statement each (jsonb_to_recordset). */
async function loadGlossary(manager: EntityManager): Promise<void> {
  const terms = DEMO_TERMS.map((t) => ({ id: randomUUID(), domain: t[0], en: t[1] }));
  await execute(
    manager,
    sql`INSERT INTO glossary_term (id, domain) SELECT id, domain FROM jsonb_to_recordset(${JSON.stringify(terms)}::jsonb) AS x(id uuid, domain text)`,
  );
  const entries = DEMO_TERMS.flatMap((t, i) =>
    LANGUAGES.flatMap((language, j) => {
      const term = t[j + 1];
      if (!term) return [];
      const [definition, example] = (language === 'en' && DEMO_TERM_DEFINITIONS[t[1]]) || [null, null];
      return [
        {
          term_id: terms[i].id,
          language,
          term,
          pos: DEMO_TERM_POS[t[1]] ?? 'NOUN',
          definition,
          example,
          // A few Russian entries still wait for a reviewer.
          status: language === 'ru' && i % 25 === 7 ? 'PROPOSED' : 'REVIEWED',
        },
      ];
    }),
  );
  await execute(
    manager,
    sql`INSERT INTO glossary_entry (term_id, language, term, part_of_speech, definition, example, status, search_text)
        SELECT term_id, language, term, pos, definition, example, status, tandem_fold(term)
          FROM jsonb_to_recordset(${JSON.stringify(entries)}::jsonb)
            AS x(term_id uuid, language text, term text, pos text, definition text, example text, status text)`,
  );
  const idOf = new Map(terms.map((t) => [t.en, t.id]));
  const pairs = DEMO_TERM_RELATIONS.flatMap(([a, b]) => [
    { a: idOf.get(a), b: idOf.get(b) },
    { a: idOf.get(b), b: idOf.get(a) },
  ]);
  await execute(
    manager,
    sql`INSERT INTO glossary_term_relation (term_id, related_id)
        SELECT a, b FROM jsonb_to_recordset(${JSON.stringify(pairs)}::jsonb) AS x(a uuid, b uuid) ON CONFLICT DO NOTHING`,
  );
}

interface ResourceRow extends DemoResource {
  id: string;
  parentId: string | null;
  position: number | null;
}

const wayBody = (language: 'en' | 'lv', parts: string[]) =>
  parts.map((text, i) => `${WAY_HEADINGS[language][i]}\n${text}`).join('\n\n');

/** The 12 ways, the safety handbook, a dozen other resources and the study visit's report, and their tags: five statements. */
async function loadResources(manager: EntityManager, editionId: string, reportBody: string): Promise<void> {
  const base = { licence: 'CC BY 4.0', source: 'Tandem programme', countryCode: null, url: undefined };
  const waysId = randomUUID();
  const handbookId = randomUUID();
  const all: ResourceRow[] = [
    {
      ...base,
      id: waysId,
      parentId: null,
      position: null,
      kind: 'MANUAL',
      title: {
        en: '12 ways that VET can collaborate with the labour market',
        lv: '12 veidi, kā profesionālā izglītība var sadarboties ar darba tirgu',
        et: '12 viisi, kuidas kutseharidus saab tööturuga koostööd teha',
        lt: '12 būdų, kaip profesinis mokymas gali bendradarbiauti su darbo rinka',
      },
      summary: {
        en: 'Each way: what it is, how to start, what the school and the company do, pitfalls and an example.',
        lv: 'Katrs veids: kas tas ir, kā sākt, ko dara skola un uzņēmums, riski un piemērs.',
      },
      audience: ['SCHOOL_TUTOR', 'COMPANY_TUTOR', 'COORDINATOR'],
      body: {
        en: 'Twelve ways in which schools and companies work together, from placements to advisory boards.',
        lv: 'Divpadsmit veidi, kā skolas un uzņēmumi strādā kopā — no prakses vietām līdz konsultatīvajām padomēm.',
      },
      author: 'Tandem joint module team',
      downloads: 150,
    },
    ...TWELVE_WAYS.map((w, i): ResourceRow => ({
      ...base,
      id: randomUUID(),
      parentId: waysId,
      position: i + 1,
      kind: 'COLLABORATION_WAY',
      title: w.titles,
      summary: { en: w.en[0], lv: w.lv[0] },
      audience: ['SCHOOL_TUTOR', 'COMPANY_TUTOR'],
      body: { en: wayBody('en', w.en), lv: wayBody('lv', w.lv) },
      author: 'Tandem joint module team',
      downloads: 40 - i * 3,
    })),
    {
      ...base,
      id: handbookId,
      parentId: null,
      position: null,
      kind: 'MANUAL',
      title: {
        en: 'Working safety handbook',
        lt: 'Darbų saugos vadovas',
        lv: 'Darba drošības rokasgrāmata',
        et: 'Tööohutuse käsiraamat',
        ru: 'Справочник по охране труда',
      },
      summary: {
        en: 'Occupational safety for learners on construction sites, chapter by chapter.',
        lt: 'Darbų sauga besimokantiesiems statybvietėse, skyrius po skyriaus.',
        lv: 'Darba drošība izglītojamiem būvlaukumos, nodaļu pa nodaļai.',
      },
      audience: ['COMPANY_TUTOR', 'SCHOOL_TUTOR'],
      body: {
        en: 'Four chapters on working safely with learners on site.',
        lt: 'Keturi skyriai apie saugų darbą su besimokančiaisiais statybvietėje.',
      },
      author: 'ConEct partners',
      downloads: 95,
    },
    ...SAFETY_CHAPTERS.map(([en, lt, lv, et, enText, ltText], i): ResourceRow => ({
      ...base,
      id: randomUUID(),
      parentId: handbookId,
      position: i + 1,
      kind: 'HANDBOOK_CHAPTER',
      title: { en, lt, lv, et },
      summary: {},
      audience: ['COMPANY_TUTOR', 'SCHOOL_TUTOR'],
      body: { en: enText, lt: ltText },
      author: 'ConEct partners',
      downloads: 30 - i * 4,
    })),
    ...OTHER_RESOURCES.map((r): ResourceRow => ({ ...r, id: randomUUID(), parentId: null, position: null })),
    {
      ...base,
      id: randomUUID(),
      parentId: null,
      position: null,
      kind: 'BEST_PRACTICE',
      title: {
        en: 'Report: WBL tutor training in Finland',
        et: 'Aruanne: töökohapõhise õppe juhendajate koolitus Soomes',
        lv: 'Ziņojums: prakses vadītāju apmācība Somijā',
        lt: 'Ataskaita: praktikos vadovų mokymas Suomijoje',
      },
      summary: { en: 'What the participants of the study visit saw and what they will transfer.' },
      audience: ['SCHOOL_TUTOR', 'COMPANY_TUTOR', 'TRAINER', 'COORDINATOR'],
      body: { en: reportBody },
      author: 'Participants of the study visit',
      downloads: 21,
    },
  ];
  const resourceRows = all.map((r, i) => ({
    id: r.id,
    kind: r.kind,
    country_code: r.countryCode,
    title: r.title,
    summary: r.summary,
    audience: r.audience,
    licence: r.licence,
    source: r.source,
    author: r.author,
    parent_id: r.parentId,
    position: r.position,
    downloads: r.downloads,
    search: searchTextOf({ title: r.title, summary: r.summary }),
    // Spread over the last year, newest last in the list.
    created_at: new Date(Date.UTC(2026, 0, 5) + i * 6 * 86_400_000).toISOString(),
  }));
  await execute(
    manager,
    sql`INSERT INTO resource (id, kind, country_code, status, title, summary, audience, licence, source, author, parent_id, position,
                              download_count, search_text, created_at, updated_at, reviewed_at)
        SELECT id, kind, country_code, 'PUBLISHED', title, summary, ARRAY(SELECT jsonb_array_elements_text(audience)), licence,
               source, author, parent_id, position, downloads, tandem_fold(search), created_at, created_at, created_at
          FROM jsonb_to_recordset(${JSON.stringify(resourceRows)}::jsonb)
            AS x(id uuid, kind text, country_code text, title jsonb, summary jsonb, audience jsonb, licence text, source text,
                 author text, parent_id uuid, position int, downloads int, search text, created_at timestamptz)`,
  );
  const versions = all.flatMap((r) => [
    ...Object.entries(r.body ?? {}).map(([language, body]) => ({ resource_id: r.id, language, body, url: null })),
    ...(r.url ? [{ resource_id: r.id, language: 'en', body: null, url: r.url }] : []),
  ]);
  await execute(
    manager,
    sql`INSERT INTO resource_version (resource_id, language, version, body, url)
        SELECT resource_id, language, 1, body, url
          FROM jsonb_to_recordset(${JSON.stringify(versions)}::jsonb) AS x(resource_id uuid, language text, body text, url text)`,
  );
  const tagged = all.flatMap((r) => {
    const tags = r.title['en'] ? DEMO_RESOURCE_TAGS[r.title['en']] : undefined;
    return tags ? [{ id: r.id, competences: tags.competences, modules: tags.modules ?? [] }] : [];
  });
  const tagRows = JSON.stringify(tagged);
  await execute(
    manager,
    sql`INSERT INTO resource_competence (resource_id, competence_id)
        SELECT x.id, c.id FROM jsonb_to_recordset(${tagRows}::jsonb) AS x(id uuid, competences jsonb)
          JOIN competence c ON c.code IN (SELECT jsonb_array_elements_text(x.competences))
          JOIN competence_profile p ON p.id = c.profile_id AND p.status = 'PUBLISHED'`,
  );
  await execute(
    manager,
    sql`INSERT INTO resource_module (resource_id, module_id)
        SELECT x.id, m.id FROM jsonb_to_recordset(${tagRows}::jsonb) AS x(id uuid, modules jsonb)
          JOIN module m ON m.edition_id = ${editionId} AND m.code IN (SELECT jsonb_array_elements_text(x.modules))`,
  );
}

const REPORT = [
  [
    'tutor.school.ee@tandem.example',
    'Finnish VET schools agree a personal competence development plan with every learner, and the workplace follows it.',
    'We will write the plan together with the company tutor in the first week of each placement.',
  ],
  [
    'tutor.company.ee@tandem.example',
    'Workplace instructors in Finland get short, practical training and a network of their own.',
    'I will start a small network of company tutors in our town.',
  ],
  [
    'trainer.ee@tandem.example',
    'Assessment at work is done by the teacher and the workplace instructor together, with criteria both know.',
    'Our national module will practise assessment with shared criteria.',
  ],
  [
    'trainer.lv@tandem.example',
    'Schools send teachers into companies regularly to keep their knowledge current.',
    'We will propose teacher placements to two partner companies.',
  ],
  [
    'trainer.lt@tandem.example',
    'Learners keep a digital learning diary that both tutors read every week.',
    'We will test the learning diary template in the second joint module.',
  ],
] as const;

/** The edition's study visit to Finland, with its agenda, participants and report. */
async function loadStudyVisit(
  manager: EntityManager,
  editionId: string,
  personIds: Map<string, string>,
): Promise<string> {
  const [phase] = await rows<{ starts_on: string; ends_on: string }>(
    manager,
    sql`SELECT starts_on::text, ends_on::text FROM cycle_phase WHERE edition_id = ${editionId} AND kind = 'STUDY_VISIT'`,
  );
  const startsOn = phase?.starts_on ?? '2026-03-16';
  const day = (n: number) => new Date(Date.parse(`${startsOn}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
  const agenda = [
    { day: day(0), time: '10:00', title: 'Welcome and the Finnish VET system', place: 'Omnia, Espoo' },
    { day: day(0), time: '14:00', title: 'Workplace instructors’ training in practice', place: 'Omnia, Espoo' },
    { day: day(1), time: '09:00', title: 'Visit to a construction company and its apprentices', place: 'Helsinki' },
    { day: day(1), time: '13:30', title: 'Assessment at the workplace', place: 'Stadin ammattiopisto, Helsinki' },
    { day: day(2), time: '09:00', title: 'Personal competence development plans', place: 'Keuda, Kerava' },
    { day: day(2), time: '13:00', title: 'What we will transfer: workshop of the tandems', place: 'Keuda, Kerava' },
  ];
  const summary = REPORT.map(([, saw, transfer]) => `${saw} ${transfer}`).join('\n\n');
  const [visit] = await rows<{ id: string }>(
    manager,
    sql`INSERT INTO study_visit (edition_id, title, host_country, host_organisations, starts_on, ends_on, description, agenda,
                                 report_summary, report_published_at)
        VALUES (${editionId}, 'Study visit: WBL tutor training in Finland', 'FI',
                ${['Omnia', 'Stadin ammattiopisto', 'Keuda']}::text[], ${day(0)}, ${day(2)},
                'Three days with Finnish VET schools and companies on how workplace instructors are trained and supported.',
                ${JSON.stringify(agenda)}::jsonb, ${'The participants saw how Finland trains and supports workplace instructors.'},
                ${`${day(10)}T12:00:00Z`})
        RETURNING id`,
  );
  const participants = [
    ...REPORT.map(([email, saw, transfer]) => ({ person_id: personIds.get(email), status: 'WENT', saw, transfer })),
    { person_id: personIds.get('coordinator.lt@tandem.example'), status: 'SELECTED', saw: null, transfer: null },
  ].filter((p) => p.person_id);
  await execute(
    manager,
    sql`INSERT INTO study_visit_participant (study_visit_id, person_id, status, what_i_saw, what_i_will_transfer)
        SELECT ${visit.id}, person_id, status, saw, transfer
          FROM jsonb_to_recordset(${JSON.stringify(participants)}::jsonb) AS x(person_id uuid, status text, saw text, transfer text)`,
  );
  return summary;
}

const KINDS: MobilityKind[] = ['STUDY_VISIT', 'JOB_SHADOWING', 'TEACHER_EXCHANGE', 'LEARNER_PLACEMENT', 'EXPERT_VISIT'];
const HOSTS = ['FI', 'DE', 'SE', 'NO', 'DK', 'PL', 'EE', 'LV', 'LT', 'IS'];

/** About 60 mobilities over the last two years, from the network's organisations: one statement. */
async function loadMobilities(manager: EntityManager, tutorIds: string[]): Promise<void> {
  const orgs = await rows<{ id: string; name: string; country_code: string }>(
    manager,
    sql`SELECT id, name, country_code FROM organisation WHERE kind IN ('VET_INSTITUTION','COMPANY') ORDER BY name`,
  );
  if (!orgs.length) return;
  const mobilities = Array.from({ length: 60 }, (_, i) => {
    const from = orgs[(i * 7) % orgs.length];
    const hosts = HOSTS.filter((h) => h !== from.country_code);
    const host = hosts[(i * 3) % hosts.length];
    const kind = KINDS[i % KINDS.length];
    const start = Date.UTC(2025, 0, 13) + i * 11 * 86_400_000;
    const days = kind === 'LEARNER_PLACEMENT' ? 28 : kind === 'TEACHER_EXCHANGE' ? 10 : 4;
    return {
      kind,
      person_id: kind === 'LEARNER_PLACEMENT' ? null : (tutorIds[i % Math.max(tutorIds.length, 1)] ?? null),
      learners: kind === 'LEARNER_PLACEMENT' ? 4 + (i % 9) : null,
      from: from.id,
      host,
      host_org: `Host partner ${host}-${(i % 4) + 1}`,
      starts_on: new Date(start).toISOString().slice(0, 10),
      ends_on: new Date(start + days * 86_400_000).toISOString().slice(0, 10),
      outcomes:
        kind === 'LEARNER_PLACEMENT' ? 'Units of learning outcomes agreed in an ECVET learning agreement.' : null,
      outcome: i % 6 === 5 ? null : 'Completed as agreed; learning outcomes recognised at home.',
    };
  });
  await execute(
    manager,
    sql`INSERT INTO mobility (kind, person_id, learner_count, from_organisation_id, host_country, host_organisation, starts_on, ends_on,
                              learning_outcomes, outcome)
        SELECT kind, person_id, learners, "from", host, host_org, starts_on, ends_on, outcomes, outcome
          FROM jsonb_to_recordset(${JSON.stringify(mobilities)}::jsonb)
            AS x(kind text, person_id uuid, learners int, "from" uuid, host text, host_org text, starts_on date, ends_on date,
                 outcomes text, outcome text)`,
  );
}

/** The toolbox demo (issue 18): dictionary, resources, the study visit to Finland and mobilities. */
export async function loadDemoToolbox(
  manager: EntityManager,
  editionId: string,
  personIds: Map<string, string>,
  tutorIds: string[],
): Promise<void> {
  await loadGlossary(manager);
  const report = await loadStudyVisit(manager, editionId, personIds);
  await loadResources(manager, editionId, report);
  await loadMobilities(manager, tutorIds);
  await loadDemoHostOffers(manager, personIds);
}
