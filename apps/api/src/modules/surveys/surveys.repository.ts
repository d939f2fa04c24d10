import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessFactsSql } from '../../access-facts/access-facts.sql';
import { execute, maybeOne, rows, sql, type Sql } from '../../database/sql';
import type { SurveyMode } from './survey-definitions';
import { SurveyQuestion } from './survey-question.entity';
import { SurveyTemplate } from './survey-template.entity';
import { Survey } from './survey.entity';

/** A survey with what access and the lists need: its session's country and trainers, the module. */
export interface SurveyRow {
  id: string;
  edition_id: string;
  session_id: string | null;
  kind: Survey['kind'];
  mode: SurveyMode;
  status: Survey['status'];
  title: Survey['title'];
  intro: Survey['intro'];
  thank_you: Survey['thankYou'];
  texts_may_be_quoted: boolean;
  allow_edit_until_close: boolean;
  opens_at: Date | null;
  closes_at: Date | null;
  /** The session's country; NULL for a joint session or a survey without a session. */
  country_code: string | null;
  trainer_ids: string[];
  module_code: string | null;
  module_title: Survey['title'] | null;
  session_starts_at: Date | null;
  has_responses: boolean;
}

export interface MySurveyRow extends SurveyRow {
  answered: boolean;
}

/** A survey compared with others: its session, the module version it taught, who trained it. */
export interface ComparedSurveyRow {
  id: string;
  session_id: string;
  session_starts_at: Date;
  country_code: string | null;
  trainer_ids: string[];
  version_id: string;
  version: number;
}

/** A trainer's own question as stored. */
export interface TrainerQuestionValues {
  type: SurveyQuestion['type'];
  text: SurveyQuestion['text'];
  required: boolean;
  options: SurveyQuestion['options'];
  notApplicable: boolean;
  long: boolean;
}

/** An answer as sent (a draft keeps these). */
export interface SentAnswerRow {
  questionId: string;
  value: string;
}

/** Answers of one response to store. */
export interface AnswerValue {
  questionId: string;
  value: string;
  number: number | null;
}

/** Responses answering a compared question in one survey, country, side and response language. */
export interface ComparedLeafRow {
  survey_id: string;
  country_code: string | null;
  side: string | null;
  language: string;
  n: number;
}

export interface CellCountRow {
  question_id: string | null;
  country_code: string | null;
  side: string | null;
  n: number;
}

export interface ValueCountRow {
  question_id: string;
  value: string;
  number: number | null;
  n: number;
}

const SURVEY_COLUMNS = sql`sv.id, sv.edition_id, sv.session_id, sv.kind, sv.mode, sv.status, sv.title, sv.intro, sv.thank_you,
  sv.texts_may_be_quoted, sv.allow_edit_until_close, sv.opens_at, sv.closes_at, ts.country_code::text AS country_code,
  ARRAY(SELECT st.person_id FROM session_trainer st WHERE st.session_id = sv.session_id) AS trainer_ids,
  m.code AS module_code, mv.title AS module_title, ts.starts_at AS session_starts_at,
  (EXISTS (SELECT 1 FROM survey_respondent r WHERE r.survey_id = sv.id)
   OR EXISTS (SELECT 1 FROM survey_invitation i WHERE i.survey_id = sv.id AND i.used_on IS NOT NULL)) AS has_responses`;

const SURVEY_FROM = sql`survey sv
  LEFT JOIN training_session ts ON ts.id = sv.session_id
  LEFT JOIN module_version mv ON mv.id = ts.module_version_id
  LEFT JOIN module m ON m.id = mv.module_id`;

/** The same filter on the tallies `t`, whose missing country or side is '' (survey-tally.entity.ts). */
const tallyCellOf = (country: string | null, side: string | null): Sql =>
  sql.and([country !== null && sql`t.country_code = ${country}`, side !== null && sql`t.side = ${side}`]);

/** A cell filter on responses `r`: a country and/or a side (NULL: all). */
const cellOf = (country: string | null, side: string | null): Sql =>
  sql.and([country !== null && sql`r.country_code = ${country}`, side !== null && sql`r.side = ${side}`]);

/** The SQL of surveys: templates, surveys from templates, responses and the aggregates over them. */
@Injectable()
export class SurveysRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  get manager(): EntityManager {
    return this.db.manager;
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  templates(m: EntityManager): Promise<SurveyTemplate[]> {
    return m.getRepository(SurveyTemplate).find({ order: { key: 'ASC' } });
  }

  template(m: EntityManager, id: string): Promise<SurveyTemplate | null> {
    return m.getRepository(SurveyTemplate).findOneBy({ id });
  }

  async saveTemplate(m: EntityManager, template: SurveyTemplate): Promise<void> {
    await m.getRepository(SurveyTemplate).save(template);
  }

  /**
   * FEEDBACK surveys (DRAFT) for sessions that have none, copied from the template `templateKey` with
   * their questions and show-if links: three statements whatever the number of sessions.
   */
  async createForSessions(
    m: EntityManager,
    sessionIds: readonly string[],
    templateKey = 'after-session',
  ): Promise<void> {
    if (!sessionIds.length) return;
    await execute(
      m,
      sql`INSERT INTO survey (edition_id, session_id, template_id, kind, mode, title, intro, thank_you, texts_may_be_quoted)
          SELECT s.edition_id, s.id, t.id, 'FEEDBACK', t.mode, t.title, t.intro, t.thank_you, t.texts_may_be_quoted
            FROM training_session s CROSS JOIN survey_template t
           WHERE t.key = ${templateKey} AND s.id = ANY(${sessionIds}::uuid[])
          ON CONFLICT (session_id) WHERE session_id IS NOT NULL DO NOTHING`,
    );
    const mine = sql`sv.session_id = ANY(${sessionIds}::uuid[])
      AND NOT EXISTS (SELECT 1 FROM survey_question x WHERE x.survey_id = sv.id)`;
    await execute(
      m,
      sql`INSERT INTO survey_question (survey_id, position, code, type, text, required, options, not_applicable, allow_other, long)
          SELECT sv.id, q.ord, q.d->>'code', q.d->>'type', q.d->'text', coalesce((q.d->>'required')::boolean, false),
                 coalesce(q.d->'options', '[]'), coalesce((q.d->>'notApplicable')::boolean, false),
                 coalesce((q.d->>'allowOther')::boolean, false), coalesce((q.d->>'long')::boolean, false)
            FROM survey sv JOIN survey_template t ON t.id = sv.template_id
            CROSS JOIN LATERAL jsonb_array_elements(t.questions) WITH ORDINALITY AS q(d, ord)
           WHERE ${mine}`,
    );
    await execute(
      m,
      sql`UPDATE survey_question q SET show_if_question_id = p.id, show_if_value = d->'showIf'->>'value'
            FROM survey sv JOIN survey_template t ON t.id = sv.template_id
            CROSS JOIN LATERAL jsonb_array_elements(t.questions) AS d, survey_question p
           WHERE sv.session_id = ANY(${sessionIds}::uuid[]) AND q.survey_id = sv.id AND q.code = d->>'code'
             AND d ? 'showIf' AND p.survey_id = sv.id AND p.code = d->'showIf'->>'questionCode'
             AND q.show_if_question_id IS NULL`,
    );
  }

  /** Opens the session's survey if it is still a DRAFT: answers until `closesAt`. */
  async openForSession(m: EntityManager, sessionId: string, closesAt: Date): Promise<void> {
    await execute(
      m,
      sql`UPDATE survey SET status = 'OPEN', opens_at = now(), closes_at = ${closesAt}
           WHERE session_id = ${sessionId} AND status = 'DRAFT'`,
    );
  }

  survey(m: EntityManager, id: string, lock?: 'FOR UPDATE' | 'FOR SHARE'): Promise<SurveyRow | null> {
    return maybeOne<SurveyRow>(
      m,
      sql`SELECT ${SURVEY_COLUMNS} FROM ${SURVEY_FROM} WHERE sv.id = ${id} ${lock ? sql.raw(`FOR ${lock === 'FOR UPDATE' ? 'UPDATE' : 'SHARE'} OF sv`) : sql.empty}`,
    );
  }

  /** The FEEDBACK survey of a session, if it has one. */
  surveyOfSession(m: EntityManager, sessionId: string): Promise<SurveyRow | null> {
    return maybeOne<SurveyRow>(m, sql`SELECT ${SURVEY_COLUMNS} FROM ${SURVEY_FROM} WHERE sv.session_id = ${sessionId}`);
  }

  /** Surveys in the viewer's results scope: `countries` (undefined: all) or sessions they train. */
  surveys(
    m: EntityManager,
    filter: { countries?: string[]; trainerId: string; sessionId?: string; limit: number },
  ): Promise<SurveyRow[]> {
    const scope = filter.countries
      ? sql`(ts.country_code IS NULL OR ts.country_code::text = ANY(${filter.countries}::text[])
             OR EXISTS (SELECT 1 FROM session_trainer st WHERE st.session_id = sv.session_id AND st.person_id = ${filter.trainerId}))`
      : sql.raw('TRUE');
    return rows<SurveyRow>(
      m,
      sql`SELECT ${SURVEY_COLUMNS} FROM ${SURVEY_FROM}
           WHERE ${sql.and([scope, filter.sessionId ? sql`sv.session_id = ${filter.sessionId}` : null])}
           ORDER BY coalesce(ts.starts_at, sv.created_at) DESC, sv.id LIMIT ${filter.limit}`,
    );
  }

  /** The FEEDBACK surveys (OPEN or CLOSED) of the sessions where the person was PRESENT. */
  mySurveys(m: EntityManager, personId: string): Promise<MySurveyRow[]> {
    return rows<MySurveyRow>(
      m,
      sql`SELECT ${SURVEY_COLUMNS},
                 EXISTS (SELECT 1 FROM survey_respondent r WHERE r.survey_id = sv.id AND r.person_id = ${personId}) AS answered
            FROM ${SURVEY_FROM}
            JOIN attendance a ON a.session_id = sv.session_id AND a.person_id = ${personId} AND a.status = 'PRESENT'
           WHERE sv.status <> 'DRAFT'
           ORDER BY sv.opens_at DESC NULLS LAST, sv.id`,
    );
  }

  async isInvited(m: EntityManager, surveyId: string, personId: string): Promise<boolean> {
    const row = await maybeOne<{ ok: boolean }>(
      m,
      sql`SELECT TRUE AS ok FROM survey sv JOIN attendance a ON a.session_id = sv.session_id
           WHERE sv.id = ${surveyId} AND a.person_id = ${personId} AND a.status = 'PRESENT'`,
    );
    return !!row;
  }

  async hasAnswered(m: EntityManager, surveyId: string, personId: string): Promise<boolean> {
    const row = await maybeOne<{ ok: boolean }>(
      m,
      sql`SELECT TRUE AS ok FROM survey_respondent WHERE survey_id = ${surveyId} AND person_id = ${personId}`,
    );
    return !!row;
  }

  questions(m: EntityManager, surveyId: string): Promise<SurveyQuestion[]> {
    return m.getRepository(SurveyQuestion).find({ where: { surveyId }, order: { position: 'ASC' } });
  }

  async language(m: EntityManager, personId: string): Promise<string> {
    const row = await maybeOne<{ l: string }>(
      m,
      sql`SELECT preferred_language AS l FROM person WHERE id = ${personId}`,
    );
    return row?.l ?? 'en';
  }

  /** Records that the person answered: false when they already had (the primary key decides, also at once). */
  async markRespondent(m: EntityManager, surveyId: string, personId: string): Promise<boolean> {
    const n = await execute(
      m,
      sql`INSERT INTO survey_respondent (survey_id, person_id, answered_on) VALUES (${surveyId}, ${personId}, current_date)
          ON CONFLICT DO NOTHING`,
    );
    return n === 1;
  }

  /**
   * Stores a response: the group it counts in comes from the person's tutor profile, but the row keeps
   * no trace of the person (and only the day). A link row is written for CONFIDENTIAL and NAMED surveys.
   */
  async insertResponse(
    m: EntityManager,
    surveyId: string,
    personId: string,
    mode: SurveyMode,
    language: string,
    answers: readonly AnswerValue[],
  ): Promise<string> {
    const [row] = await rows<{ id: string }>(
      m,
      sql`INSERT INTO survey_response (survey_id, submitted_on, language, country_code, side)
          SELECT ${surveyId}, current_date, ${language}, h.country_code, h.side
            FROM (SELECT 1) one LEFT JOIN ${AccessFactsSql.tutorHomes} h ON h.person_id = ${personId}
          RETURNING id`,
    );
    if (mode !== 'ANONYMOUS')
      await execute(m, sql`INSERT INTO survey_response_link (response_id, person_id) VALUES (${row.id}, ${personId})`);
    await this.insertAnswers(m, row.id, answers);
    return row.id;
  }

  /** An ANONYMOUS survey never allows editing a response (nobody can find theirs again). */
  async setMode(m: EntityManager, surveyId: string, mode: SurveyMode): Promise<void> {
    await execute(
      m,
      sql`UPDATE survey SET mode = ${mode}, allow_edit_until_close = allow_edit_until_close AND ${mode} <> 'ANONYMOUS'
           WHERE id = ${surveyId}`,
    );
  }

  /** The template question `code` of a survey (not a trainer's own, nor a text or a heading). */
  comparedQuestion(m: EntityManager, surveyId: string, code: string): Promise<SurveyQuestion | null> {
    return m
      .getRepository(SurveyQuestion)
      .createQueryBuilder('q')
      .where('q.surveyId = :surveyId AND q.code = :code AND NOT q.byTrainer', { surveyId, code })
      .andWhere(`q.type IN ('LIKERT_5','SCALE_0_10','SINGLE','MULTI')`)
      .getOne();
  }

  /**
   * The surveys made from the same template as `surveyId` for sessions of the same module (any version),
   * opened at least once, oldest session first.
   */
  comparedSurveys(m: EntityManager, surveyId: string): Promise<ComparedSurveyRow[]> {
    return rows<ComparedSurveyRow>(
      m,
      sql`SELECT sv.id, ts.id AS session_id, ts.starts_at AS session_starts_at, ts.country_code::text AS country_code,
                 ARRAY(SELECT st.person_id FROM session_trainer st WHERE st.session_id = ts.id) AS trainer_ids,
                 mv.id AS version_id, mv.version
            FROM survey base
            JOIN training_session bts ON bts.id = base.session_id
            JOIN module_version bmv ON bmv.id = bts.module_version_id
            JOIN module_version mv ON mv.module_id = bmv.module_id
            JOIN training_session ts ON ts.module_version_id = mv.id
            JOIN survey sv ON sv.session_id = ts.id AND sv.template_id IS NOT DISTINCT FROM base.template_id
           WHERE base.id = ${surveyId} AND sv.status <> 'DRAFT'
           ORDER BY mv.version, ts.starts_at, sv.id`,
    );
  }

  /** Responses answering question `code` per survey × country × side × response language. */
  comparedCellCounts(m: EntityManager, surveyIds: readonly string[], code: string): Promise<ComparedLeafRow[]> {
    if (!surveyIds.length) return Promise.resolve([]);
    return rows(
      m,
      sql`SELECT r.survey_id, r.country_code, r.side, r.language, count(DISTINCT r.id)::int AS n
            FROM survey_question q JOIN survey_answer a ON a.question_id = q.id
            JOIN survey_response r ON r.id = a.response_id
           WHERE q.survey_id = ANY(${surveyIds}::uuid[]) AND q.code = ${code} AND NOT q.by_trainer
           GROUP BY r.survey_id, r.country_code, r.side, r.language`,
    );
  }

  /** The answers to question `code` per survey and value, of one country, side and response language (NULL: all). */
  comparedValueCounts(
    m: EntityManager,
    surveyIds: readonly string[],
    code: string,
    slice: { country: string | null; side: string | null; language: string | null },
  ): Promise<{ survey_id: string; value: string; n: number }[]> {
    if (!surveyIds.length) return Promise.resolve([]);
    return rows(
      m,
      sql`SELECT r.survey_id, CASE WHEN a.value LIKE 'other:%' THEN 'OTHER' ELSE a.value END AS value, count(*)::int AS n
            FROM survey_question q JOIN survey_answer a ON a.question_id = q.id
            JOIN survey_response r ON r.id = a.response_id
           WHERE q.survey_id = ANY(${surveyIds}::uuid[]) AND q.code = ${code} AND NOT q.by_trainer
             AND ${sql.and([cellOf(slice.country, slice.side), slice.language !== null && sql`r.language = ${slice.language}`])}
           GROUP BY 1, 2`,
    );
  }

  /** The names of trainers (of compared sessions), by family name. */
  trainerNames(m: EntityManager, ids: readonly string[]): Promise<{ id: string; name: string }[]> {
    if (!ids.length) return Promise.resolve([]);
    return rows(
      m,
      sql`SELECT id, given_name || ' ' || family_name AS name FROM person
           WHERE id = ANY(${ids}::uuid[]) ORDER BY family_name, given_name, id`,
    );
  }

  /** The codes of the trainer's own questions of a survey. */
  async trainerQuestionCodes(m: EntityManager, surveyId: string): Promise<string[]> {
    const list = await rows<{ code: string }>(
      m,
      sql`SELECT code FROM survey_question WHERE survey_id = ${surveyId} AND by_trainer ORDER BY code`,
    );
    return list.map((r) => r.code);
  }

  trainerQuestion(m: EntityManager, questionId: string): Promise<{ survey_id: string } | null> {
    return maybeOne<{ survey_id: string }>(
      m,
      sql`SELECT survey_id FROM survey_question WHERE id = ${questionId} AND by_trainer`,
    );
  }

  /** Appends a trainer's own question after the survey's last one. */
  async addTrainerQuestion(
    m: EntityManager,
    surveyId: string,
    code: string,
    q: TrainerQuestionValues,
  ): Promise<string> {
    const [row] = await rows<{ id: string }>(
      m,
      sql`INSERT INTO survey_question (survey_id, position, code, type, text, required, options, not_applicable, allow_other, long, by_trainer)
          SELECT ${surveyId}, coalesce(max(position), 0) + 1, ${code}, ${q.type}, ${JSON.stringify(q.text)}::jsonb, ${q.required},
                 ${JSON.stringify(q.options)}::jsonb, ${q.notApplicable}, false, ${q.long}, true
            FROM survey_question WHERE survey_id = ${surveyId}
          RETURNING id`,
    );
    return row.id;
  }

  async updateTrainerQuestion(m: EntityManager, questionId: string, q: TrainerQuestionValues): Promise<boolean> {
    const n = await execute(
      m,
      sql`UPDATE survey_question SET type = ${q.type}, text = ${JSON.stringify(q.text)}::jsonb, required = ${q.required},
                 options = ${JSON.stringify(q.options)}::jsonb, not_applicable = ${q.notApplicable}, long = ${q.long}
           WHERE id = ${questionId} AND by_trainer`,
    );
    return n === 1;
  }

  async removeTrainerQuestion(m: EntityManager, questionId: string): Promise<boolean> {
    return (await execute(m, sql`DELETE FROM survey_question WHERE id = ${questionId} AND by_trainer`)) === 1;
  }

  async setAllowEdit(m: EntityManager, surveyId: string, allow: boolean): Promise<void> {
    await execute(m, sql`UPDATE survey SET allow_edit_until_close = ${allow} WHERE id = ${surveyId}`);
  }

  /**
   * Orders one person's draft saves, submission and edits of one survey (until the transaction ends),
   * so that no draft is written after the submission that removed it.
   */
  async lockRespondent(m: EntityManager, surveyId: string, personId: string): Promise<void> {
    await rows(
      m,
      sql`SELECT pg_advisory_xact_lock(hashtext('survey-respondent'), hashtext(${surveyId} || ':' || ${personId}))`,
    );
  }

  async draft(m: EntityManager, surveyId: string, personId: string): Promise<SentAnswerRow[] | null> {
    const row = await maybeOne<{ answers: SentAnswerRow[] }>(
      m,
      sql`SELECT answers FROM survey_draft WHERE survey_id = ${surveyId} AND person_id = ${personId}`,
    );
    return row?.answers ?? null;
  }

  async saveDraft(
    m: EntityManager,
    surveyId: string,
    personId: string,
    answers: readonly SentAnswerRow[],
  ): Promise<void> {
    const json = JSON.stringify(answers.map((a) => ({ questionId: a.questionId, value: a.value })));
    await execute(
      m,
      sql`INSERT INTO survey_draft (survey_id, person_id, answers) VALUES (${surveyId}, ${personId}, ${json}::jsonb)
          ON CONFLICT (survey_id, person_id) DO UPDATE SET answers = EXCLUDED.answers`,
    );
  }

  async deleteDraft(m: EntityManager, surveyId: string, personId: string): Promise<void> {
    await execute(m, sql`DELETE FROM survey_draft WHERE survey_id = ${surveyId} AND person_id = ${personId}`);
  }

  /** The person's response where it is linked to them (CONFIDENTIAL and NAMED surveys only). */
  async linkedResponse(m: EntityManager, surveyId: string, personId: string): Promise<string | null> {
    const row = await maybeOne<{ id: string }>(
      m,
      sql`SELECT r.id FROM survey_response r JOIN survey_response_link l ON l.response_id = r.id
           WHERE r.survey_id = ${surveyId} AND l.person_id = ${personId}`,
    );
    return row?.id ?? null;
  }

  responseAnswers(m: EntityManager, responseId: string): Promise<SentAnswerRow[]> {
    return rows<SentAnswerRow>(
      m,
      sql`SELECT a.question_id AS "questionId", a.value FROM survey_answer a JOIN survey_question q ON q.id = a.question_id
           WHERE a.response_id = ${responseId} ORDER BY q.position, a.value`,
    );
  }

  /** Replaces the answers of a (linked) response; the day it was sent stays. */
  async replaceAnswers(m: EntityManager, responseId: string, answers: readonly AnswerValue[]): Promise<void> {
    await execute(m, sql`DELETE FROM survey_answer WHERE response_id = ${responseId}`);
    await this.insertAnswers(m, responseId, answers);
  }

  /**
   * Stores the response of a stakeholder's one-time link: it counts in the invitation's country (no
   * side), and, whatever the mode, keeps nothing of the link or the invitation it came through.
   */
  async insertStakeholderResponse(
    m: EntityManager,
    surveyId: string,
    countryCode: string,
    language: string,
    answers: readonly AnswerValue[],
  ): Promise<string> {
    const [row] = await rows<{ id: string }>(
      m,
      sql`INSERT INTO survey_response (survey_id, submitted_on, language, country_code, side)
          VALUES (${surveyId}, current_date, ${language}, ${countryCode}, NULL) RETURNING id`,
    );
    await this.insertAnswers(m, row.id, answers);
    return row.id;
  }

  private async insertAnswers(m: EntityManager, responseId: string, answers: readonly AnswerValue[]): Promise<void> {
    if (answers.length)
      await execute(
        m,
        sql`INSERT INTO survey_answer (response_id, question_id, value, number)
            SELECT ${responseId}, q, v, n FROM unnest(${answers.map((a) => a.questionId)}::uuid[], ${answers.map((a) => a.value)}::text[],
                                             ${answers.map((a) => a.number)}::smallint[]) AS x(q, v, n)`,
      );
  }

  async setStatus(m: EntityManager, surveyId: string, status: 'OPEN' | 'CLOSED', closesAt: Date | null): Promise<void> {
    await execute(
      m,
      sql`UPDATE survey SET status = ${status},
                 opens_at = CASE WHEN ${status} = 'OPEN' THEN coalesce(opens_at, now()) ELSE opens_at END,
                 closes_at = CASE WHEN ${status} = 'OPEN' THEN ${closesAt}::timestamptz ELSE least(coalesce(closes_at, now()), now()) END
           WHERE id = ${surveyId}`,
    );
  }

  /** Responses per country × side (question_id NULL), and answering responses per question × country × side. */
  cellCounts(m: EntityManager, surveyId: string): Promise<CellCountRow[]> {
    return rows<CellCountRow>(
      m,
      sql`SELECT NULL::uuid AS question_id, r.country_code, r.side, count(*)::int AS n
            FROM survey_response r WHERE r.survey_id = ${surveyId} GROUP BY r.country_code, r.side
          UNION ALL
          SELECT t.question_id, NULLIF(t.country_code, '') AS country_code, NULLIF(t.side, '') AS side, t.responses AS n
            FROM survey_question_tally t WHERE t.survey_id = ${surveyId} AND t.responses > 0`,
    );
  }

  /**
   * Who was asked, per country × side: the people marked PRESENT at the survey's session, and the
   * stakeholders e-mailed a link (in their invitation's country, no side).
   */
  invitedCounts(m: EntityManager, surveyId: string): Promise<CellCountRow[]> {
    return rows<CellCountRow>(
      m,
      sql`SELECT NULL::uuid AS question_id, h.country_code, h.side, count(*)::int AS n
            FROM survey sv JOIN attendance a ON a.session_id = sv.session_id AND a.status = 'PRESENT'
            LEFT JOIN ${AccessFactsSql.tutorHomes} h ON h.person_id = a.person_id
           WHERE sv.id = ${surveyId} GROUP BY h.country_code, h.side
          UNION ALL
          SELECT NULL::uuid, i.country_code::text, NULL::text, count(*)::int
            FROM survey_invitation i WHERE i.survey_id = ${surveyId} GROUP BY i.country_code`,
    );
  }

  /** The distribution of the (non-text) answers of one cell. */
  valueCounts(
    m: EntityManager,
    surveyId: string,
    country: string | null,
    side: string | null,
  ): Promise<ValueCountRow[]> {
    return rows<ValueCountRow>(
      m,
      sql`SELECT t.question_id, t.value, min(t.number) AS number, sum(t.answers)::int AS n
            FROM survey_value_tally t
           WHERE t.survey_id = ${surveyId} AND t.answers > 0 AND ${tallyCellOf(country, side)}
           GROUP BY 1, 2 ORDER BY 1, 2`,
    );
  }

  /** Up to `limit` free texts per question of one cell, in an order unrelated to when they were sent. */
  texts(
    m: EntityManager,
    surveyId: string,
    questionIds: readonly string[],
    country: string | null,
    side: string | null,
    limit = 200,
  ): Promise<{ question_id: string; value: string }[]> {
    if (!questionIds.length) return Promise.resolve([]);
    return rows(
      m,
      sql`SELECT q.id AS question_id, t.value FROM unnest(${questionIds}::uuid[]) AS q(id)
          CROSS JOIN LATERAL (
            SELECT a.value FROM survey_answer a JOIN survey_response r ON r.id = a.response_id
             WHERE a.question_id = q.id AND r.survey_id = ${surveyId} AND ${cellOf(country, side)}
             ORDER BY md5(a.value), a.value LIMIT ${limit}) t`,
    );
  }

  /**
   * Claims the reminders due at `now` for people asked who have not answered: 3 and 7 days after opening
   * (only the latest step that is due, never after closing), or the EXTRA step of one survey when
   * `surveyId` is given. The primary key claims each (survey, person, step) once.
   */
  claimReminders(m: EntityManager, now: Date, surveyId?: string): Promise<ClaimedSurveyReminder[]> {
    const steps = surveyId
      ? sql`SELECT 'EXTRA'::text AS step, true AS due`
      : sql`SELECT 'DAYS_3'::text, sv.opens_at + interval '3 days' <= ${now} AND sv.opens_at + interval '7 days' > ${now}
            UNION ALL SELECT 'DAYS_7', sv.opens_at + interval '7 days' <= ${now}`;
    return rows<ClaimedSurveyReminder>(
      m,
      sql`INSERT INTO survey_reminder (survey_id, person_id, step)
          SELECT sv.id, a.person_id, k.step
            FROM survey sv JOIN attendance a ON a.session_id = sv.session_id AND a.status = 'PRESENT'
            CROSS JOIN LATERAL (${steps}) AS k(step, due)
           WHERE sv.status = 'OPEN' AND sv.opens_at IS NOT NULL AND (sv.closes_at IS NULL OR sv.closes_at > ${now}) AND k.due
             AND ${surveyId ? sql`sv.id = ${surveyId}` : sql.raw('TRUE')}
             AND NOT EXISTS (SELECT 1 FROM survey_respondent r WHERE r.survey_id = sv.id AND r.person_id = a.person_id)
          ON CONFLICT DO NOTHING
          RETURNING survey_id, person_id`,
    );
  }

  /** Who receives a reminder: address, name and language. */
  recipients(m: EntityManager, personIds: readonly string[]): Promise<ReminderRecipient[]> {
    return rows<ReminderRecipient>(
      m,
      sql`SELECT id, email, given_name, preferred_language FROM person
           WHERE id = ANY(${personIds}::uuid[]) AND deactivated_at IS NULL`,
    );
  }
}

export interface ClaimedSurveyReminder {
  survey_id: string;
  person_id: string;
}

export interface ReminderRecipient {
  id: string;
  email: string;
  given_name: string;
  preferred_language: string;
}
