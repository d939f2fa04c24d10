import type { EntityManager } from 'typeorm';
import { SurveysRepository } from '../../modules/surveys/surveys.repository';

const DEMO_TUTOR = 'tutor.school.ee@tandem.example';

/** Free texts in the respondent's language (improvement ideas, and what needed more time). */
export const IMPROVE: Record<string, string[]> = {
  en: ['More time for tandem tasks', 'Examples from small companies', 'Send the materials before the session'],
  et: ['Rohkem aega tandemiülesanneteks', 'Näiteid väikeettevõtetest', 'Materjalid enne koolitust kätte'],
  lv: ['Vairāk laika tandēma uzdevumiem', 'Piemēri no mazajiem uzņēmumiem', 'Materiālus nosūtīt pirms sesijas'],
  lt: ['Daugiau laiko tandemo užduotims', 'Pavyzdžių iš mažų įmonių', 'Medžiagą atsiųsti prieš sesiją'],
  ru: ['Больше времени на задания в тандеме', 'Примеры из малых компаний', 'Присылать материалы заранее'],
};
const MORE_TIME = {
  en: ['Giving feedback to learners'],
  et: ['Õppijatele tagasiside andmine'],
  lv: ['Atgriezeniskās saites sniegšana izglītojamajiem'],
  lt: ['Grįžtamojo ryšio teikimas besimokantiesiems'],
  ru: ['Обратная связь учащимся'],
};

/**
 * Session feedback (issue 14): every demo session gets its survey from the standard template; the
 * completed ones were open for two weeks after the session and were answered by 55–90 % of the people
 * marked PRESENT (some country × side groups stay under 5: too few to show). The demo tutor's latest
 * session she attended is still open and waits for her answer. Joint module 1 in version 1 (its first
 * run) was answered less well on what version 2 changed: the outcomes (Q1), the tandem work (Q3), the
 * recommendation (Q4) and the pace (Q5, more "too fast"). The network's own joint module 1 session is
 * CONFIDENTIAL (its responses linked to the respondents, for the research export of those who consented);
 * every other survey stays ANONYMOUS, without a link. Set-based: a fixed number of statements.
 */
export async function loadDemoSurveys(manager: EntityManager, editionId: string): Promise<void> {
  const sessions: { id: string }[] = await manager.query(`SELECT id FROM training_session WHERE edition_id = $1`, [
    editionId,
  ]);
  await new SurveysRepository(manager.connection).createForSessions(
    manager,
    sessions.map((s) => s.id),
  );
  // Completed sessions: open for 14 days from the end; the demo tutor's latest attended one still open.
  await manager.query(
    `WITH waiting AS (
       SELECT s.id FROM training_session s JOIN attendance a ON a.session_id = s.id AND a.status = 'PRESENT'
         JOIN person p ON p.id = a.person_id AND p.email = $2
        WHERE s.edition_id = $1 AND s.status = 'COMPLETED' ORDER BY s.ends_at DESC LIMIT 1
     )
     UPDATE survey sv SET opens_at = s.ends_at,
            status = CASE WHEN s.id IN (SELECT id FROM waiting) OR s.ends_at > now() - interval '14 days' THEN 'OPEN' ELSE 'CLOSED' END,
            closes_at = CASE WHEN s.id IN (SELECT id FROM waiting) THEN greatest(now() + interval '10 days', s.ends_at + interval '14 days')
                             ELSE s.ends_at + interval '14 days' END
       FROM training_session s WHERE s.id = sv.session_id AND s.status = 'COMPLETED' AND s.edition_id = $1`,
    [editionId, DEMO_TUTOR],
  );
  // The network's joint module 1 session (the demo tandem's, not the completion cohort's) asks CONFIDENTIALly.
  await manager.query(
    `UPDATE survey sv SET mode = 'CONFIDENTIAL'
       FROM training_session s JOIN module_version mv ON mv.id = s.module_version_id JOIN module m ON m.id = mv.module_id
      WHERE s.id = sv.session_id AND s.edition_id = $1 AND m.code = 'JM1'
        AND EXISTS (SELECT 1 FROM enrolment_person ep JOIN person p ON p.id = ep.person_id
                     WHERE ep.session_id = s.id AND p.email = $2)`,
    [editionId, DEMO_TUTOR],
  );
  // Who answered: per survey a rate of 55–90 % of the people PRESENT, picked by a hash (never the demo tutor: hers waits).
  await manager.query(
    `CREATE TEMP TABLE demo_survey_response ON COMMIT DROP AS
     SELECT gen_random_uuid() AS response_id, survey_id, person_id, country_code, side, language, submitted_on, h, first_run, linked
       FROM (
         SELECT sv.id AS survey_id, a.person_id, h.country_code, h.side, coalesce(p.preferred_language, 'en') AS language,
                (m.code = 'JM1' AND mv.version = 1) AS first_run, sv.mode <> 'ANONYMOUS' AS linked,
                (s.ends_at + make_interval(days => (abs(hashtext(sv.id::text || a.person_id::text)::bigint) % 4)::int))::date AS submitted_on,
                abs(hashtext(a.person_id::text || sv.id::text)::bigint) AS h, p.email,
                row_number() OVER (PARTITION BY sv.id ORDER BY p.email = $2, hashtext(sv.id::text || a.person_id::text)) AS rank,
                count(*) OVER (PARTITION BY sv.id) AS present,
                (55 + abs(hashtext(sv.id::text)::bigint) % 36) / 100.0 AS rate
           FROM survey sv JOIN training_session s ON s.id = sv.session_id
           JOIN module_version mv ON mv.id = s.module_version_id JOIN module m ON m.id = mv.module_id
           JOIN attendance a ON a.session_id = s.id AND a.status = 'PRESENT'
           JOIN person p ON p.id = a.person_id
           LEFT JOIN (SELECT tp.person_id, o.country_code::text AS country_code, tp.side
                        FROM tutor_profile tp JOIN organisation o ON o.id = tp.organisation_id) h ON h.person_id = a.person_id
          WHERE s.edition_id = $1 AND sv.status <> 'DRAFT'
       ) x
      WHERE rank <= greatest(ceil(present * 0.55), least(floor(present * 0.9), round(present * rate))) AND email <> $2`,
    [editionId, DEMO_TUTOR],
  );
  await manager.query(
    `INSERT INTO survey_response (id, survey_id, submitted_on, language, country_code, side)
     SELECT response_id, survey_id, least(submitted_on, current_date), language, country_code, side FROM demo_survey_response`,
  );
  await manager.query(
    `INSERT INTO survey_respondent (survey_id, person_id, answered_on)
     SELECT survey_id, person_id, least(submitted_on, current_date) FROM demo_survey_response`,
  );
  await manager.query(
    `INSERT INTO survey_response_link (response_id, person_id) SELECT response_id, person_id FROM demo_survey_response WHERE linked`,
  );
  // Answers from the hash: mostly agreeing, some "not applicable", a few who found the pace too fast;
  // joint module 1's first run (version 1) lower on what version 2 changed.
  const pick = (k: number, m: number) => `((r.h / ${k}) % ${m})`;
  const likert = (k: number, first = "'2','3','3','4','4','4','4','5','5','5'") =>
    `(CASE WHEN r.first_run THEN ARRAY[${first}] ELSE ARRAY['2','3','3','4','4','4','4','5','5','5'] END)[${pick(k, 10)} + 1]`;
  const pace = `(CASE WHEN r.first_run THEN ARRAY['RIGHT','RIGHT','RIGHT','RIGHT','RIGHT','TOO_FAST','TOO_FAST','TOO_FAST','TOO_FAST','TOO_SLOW']
                     ELSE ARRAY['RIGHT','RIGHT','RIGHT','RIGHT','RIGHT','RIGHT','RIGHT','TOO_FAST','TOO_FAST','TOO_SLOW'] END)[${pick(19, 10)} + 1]`;
  await manager.query(
    `INSERT INTO survey_answer (response_id, question_id, value, number)
     SELECT response_id, question_id, value, CASE WHEN value ~ '^[0-9]+$' AND type IN ('LIKERT_5','SCALE_0_10') THEN value::smallint END
       FROM (
         SELECT r.response_id, q.id AS question_id, q.type,
                CASE q.code
                  WHEN 'Q1' THEN ${likert(3, "'2','2','3','3','3','4','4','4','5','5'")}
                  WHEN 'Q2' THEN ${likert(7)}
                  WHEN 'Q3' THEN CASE WHEN ${pick(11, 5)} = 0 THEN 'NA' ELSE ${likert(13, "'1','2','2','3','3','3','4','4','4','5'")} END
                  WHEN 'Q4' THEN (CASE WHEN r.first_run THEN 4 ELSE 5 END + ${pick(17, 6)})::text
                  WHEN 'Q5' THEN ${pace}
                  WHEN 'Q5A' THEN CASE WHEN ${pace} = 'TOO_FAST' THEN ($1::jsonb -> r.language ->> 0) END
                  WHEN 'Q7' THEN CASE WHEN ${pick(23, 5)} < 2 THEN ($2::jsonb -> r.language ->> ${pick(29, 3)}::int) END
                END AS value
           FROM demo_survey_response r JOIN survey_question q ON q.survey_id = r.survey_id AND q.code <> 'Q6'
         UNION ALL
         SELECT r.response_id, q.id, q.type, o.code
           FROM demo_survey_response r JOIN survey_question q ON q.survey_id = r.survey_id AND q.code = 'Q6'
           JOIN (VALUES ('GROUP_WORK', 31, 5, 3), ('TANDEM_TASKS', 37, 2, 1), ('MATERIALS', 41, 3, 1), ('INPUTS', 43, 3, 1)) AS o(code, k, m, below)
             ON (r.h / o.k) % o.m < o.below
       ) x
      WHERE value IS NOT NULL`,
    [JSON.stringify(MORE_TIME), JSON.stringify(IMPROVE)],
  );
}

const NEEDS_TITLE = {
  en: 'Needs analysis: cooperation of vocational schools and companies',
  et: 'Vajaduste analüüs: kutsekoolide ja ettevõtete koostöö',
  lv: 'Vajadzību analīze: profesionālo skolu un uzņēmumu sadarbība',
  lt: 'Poreikių analizė: profesinių mokyklų ir įmonių bendradarbiavimas',
  ru: 'Анализ потребностей: сотрудничество профессиональных школ и предприятий',
};
const NEEDS_QUESTIONS = [
  {
    code: 'N1',
    type: 'LIKERT_5',
    text: {
      en: 'Vocational schools and companies in our region work well together.',
      et: 'Meie piirkonna kutsekoolid ja ettevõtted teevad head koostööd.',
      lv: 'Mūsu reģiona profesionālās skolas un uzņēmumi labi sadarbojas.',
      lt: 'Mūsų regiono profesinės mokyklos ir įmonės gerai bendradarbiauja.',
      ru: 'Профессиональные школы и предприятия нашего региона хорошо сотрудничают.',
    },
  },
  {
    code: 'N2',
    type: 'LIKERT_5',
    text: {
      en: 'Tutors in companies get enough support to guide learners.',
      et: 'Ettevõtete juhendajad saavad õppijate juhendamiseks piisavalt tuge.',
      lv: 'Uzņēmumu tutori saņem pietiekamu atbalstu izglītojamo vadīšanai.',
      lt: 'Įmonių mentoriai gauna pakankamai paramos mokiniams vadovauti.',
      ru: 'Наставники на предприятиях получают достаточно поддержки для работы с учащимися.',
    },
  },
  {
    code: 'N3',
    type: 'TEXT',
    text: {
      en: 'What should the training of tutors cover first?',
      et: 'Mida peaks juhendajate koolitus kõigepealt käsitlema?',
      lv: 'Kas tutoru apmācībā būtu jāaplūko vispirms?',
      lt: 'Ką mentorių mokymai turėtų aprėpti pirmiausia?',
      ru: 'Чему в первую очередь должно быть посвящено обучение наставников?',
    },
  },
];

/**
 * The needs analysis of the edition's first phase (issue 14): OPEN, ANONYMOUS, and answered by
 * stakeholders through one-time links. Per country twelve stakeholders were e-mailed a link (school
 * managers, employers, an authority, social partners), in the country's language or English; eight in
 * Estonia, seven in Latvia and six in Lithuania have answered (counts only: no response is tied to a link).
 * Token hashes come from the survey's random id, so no demo link can be guessed.
 */
export async function loadDemoNeedsAnalysis(manager: EntityManager, editionId: string): Promise<void> {
  const [survey]: { id: string }[] = await manager.query(
    `INSERT INTO survey (edition_id, kind, mode, status, title, intro, thank_you, opens_at, closes_at)
     VALUES ($1, 'NEEDS_ANALYSIS', 'ANONYMOUS', 'OPEN', $2, '{}', '{}', now() - interval '10 days', now() + interval '20 days')
     RETURNING id`,
    [editionId, JSON.stringify(NEEDS_TITLE)],
  );
  await manager.query(
    `INSERT INTO survey_question (survey_id, position, code, type, text, required, long)
     SELECT $1, ord, d->>'code', d->>'type', d->'text', d->>'type' <> 'TEXT', d->>'type' = 'TEXT'
       FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS q(d, ord)`,
    [survey.id, JSON.stringify(NEEDS_QUESTIONS)],
  );
  await manager.query(
    `INSERT INTO survey_invitation (survey_id, country_code, email, stakeholder_group, language, token_hash, expires_at, used_on, created_at)
     SELECT $1::uuid, c.code, lower(c.code) || '.stakeholder' || i || '@example.org',
            (ARRAY['SCHOOL_MANAGER','EMPLOYER','EMPLOYER','AUTHORITY','SOCIAL_PARTNER','SCHOOL_MANAGER'])[1 + i % 6],
            CASE WHEN i % 4 = 0 THEN 'en' WHEN c.code = 'LV' AND i % 5 = 0 THEN 'ru' ELSE c.language END,
            encode(sha256(convert_to($1::text || c.code || i, 'UTF8')), 'hex'),
            now() + interval '20 days',
            CASE WHEN i <= c.answered THEN (current_date - (i % 7)) END, now() - interval '10 days'
       FROM (VALUES ('EE', 'et', 8), ('LV', 'lv', 7), ('LT', 'lt', 6)) AS c(code, language, answered)
       CROSS JOIN generate_series(1, 12) AS i`,
    [survey.id],
  );
  // One response per used link, in the invitation's country and language, but not tied to it.
  await manager.query(
    `CREATE TEMP TABLE demo_needs_response ON COMMIT DROP AS
     SELECT gen_random_uuid() AS id, survey_id, country_code::text AS country_code, language, used_on,
            abs(hashtext(email))::bigint AS h
       FROM survey_invitation WHERE survey_id = $1 AND used_on IS NOT NULL`,
    [survey.id],
  );
  await manager.query(
    `INSERT INTO survey_response (id, survey_id, submitted_on, language, country_code, side)
     SELECT id, survey_id, used_on, language, country_code, NULL FROM demo_needs_response`,
  );
  await manager.query(
    `INSERT INTO survey_answer (response_id, question_id, value, number)
     SELECT r.id, q.id, v, v::smallint
       FROM demo_needs_response r JOIN survey_question q ON q.survey_id = r.survey_id AND q.type = 'LIKERT_5'
       CROSS JOIN LATERAL (SELECT (ARRAY['2','3','3','4','4','5'])[1 + ((r.h / (CASE q.code WHEN 'N1' THEN 3 ELSE 7 END)) % 6)::int] AS v) x`,
  );
  await manager.query(
    `INSERT INTO survey_answer (response_id, question_id, value)
     SELECT r.id, q.id, $1::jsonb -> r.language ->> (r.h % 3)::int
       FROM demo_needs_response r JOIN survey_question q ON q.survey_id = r.survey_id AND q.code = 'N3'
      WHERE r.h % 2 = 0`,
    [JSON.stringify(IMPROVE)],
  );
}
