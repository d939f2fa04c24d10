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
 * session she attended is still open and waits for her answer. Set-based: a fixed number of statements.
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
  // Who answered: per survey a rate of 55–90 % of the people PRESENT, picked by a hash (never the demo tutor: hers waits).
  await manager.query(
    `CREATE TEMP TABLE demo_survey_response ON COMMIT DROP AS
     SELECT gen_random_uuid() AS response_id, survey_id, person_id, country_code, side, language, submitted_on, h
       FROM (
         SELECT sv.id AS survey_id, a.person_id, h.country_code, h.side, coalesce(p.preferred_language, 'en') AS language,
                (s.ends_at + make_interval(days => (abs(hashtext(sv.id::text || a.person_id::text)::bigint) % 4)::int))::date AS submitted_on,
                abs(hashtext(a.person_id::text || sv.id::text)::bigint) AS h, p.email,
                row_number() OVER (PARTITION BY sv.id ORDER BY p.email = $2, hashtext(sv.id::text || a.person_id::text)) AS rank,
                count(*) OVER (PARTITION BY sv.id) AS present,
                (55 + abs(hashtext(sv.id::text)::bigint) % 36) / 100.0 AS rate
           FROM survey sv JOIN training_session s ON s.id = sv.session_id
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
  // Answers from the hash: mostly agreeing, some "not applicable", a few who found the pace too fast.
  const pick = (k: number, m: number) => `((r.h / ${k}) % ${m})`;
  const likert = (k: number) => `(ARRAY['2','3','3','4','4','4','4','5','5','5'])[${pick(k, 10)} + 1]`;
  await manager.query(
    `INSERT INTO survey_answer (response_id, question_id, value, number)
     SELECT response_id, question_id, value, CASE WHEN value ~ '^[0-9]+$' AND type IN ('LIKERT_5','SCALE_0_10') THEN value::smallint END
       FROM (
         SELECT r.response_id, q.id AS question_id, q.type,
                CASE q.code
                  WHEN 'Q1' THEN ${likert(3)}
                  WHEN 'Q2' THEN ${likert(7)}
                  WHEN 'Q3' THEN CASE WHEN ${pick(11, 5)} = 0 THEN 'NA' ELSE ${likert(13)} END
                  WHEN 'Q4' THEN (5 + ${pick(17, 6)})::text
                  WHEN 'Q5' THEN (ARRAY['RIGHT','RIGHT','RIGHT','RIGHT','RIGHT','RIGHT','RIGHT','TOO_FAST','TOO_FAST','TOO_SLOW'])[${pick(19, 10)} + 1]
                  WHEN 'Q5A' THEN CASE WHEN ${pick(19, 10)} IN (7, 8) THEN ($1::jsonb -> r.language ->> 0) END
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
