import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { one, rows, sql } from '../../database/sql';
import type { QuestionType } from './survey-definitions';
import { SurveyTemplate } from './survey-template.entity';
import type { AnsweredQuestion } from './survey-template-rules';

/** The SQL of survey templates as a whole (files in and out) and what the surveys made from them answered. */
@Injectable()
export class SurveyTemplatesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  get manager(): EntityManager {
    return this.db.manager;
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  byId(m: EntityManager, id: string, lock = false): Promise<SurveyTemplate | null> {
    return m
      .getRepository(SurveyTemplate)
      .findOne({ where: { id }, ...(lock && { lock: { mode: 'pessimistic_write' } }) });
  }

  byKey(m: EntityManager, key: string, lock = false): Promise<SurveyTemplate | null> {
    return m
      .getRepository(SurveyTemplate)
      .findOne({ where: { key }, ...(lock && { lock: { mode: 'pessimistic_write' } }) });
  }

  async save(m: EntityManager, template: Omit<SurveyTemplate, 'id' | 'updatedAt'> & { id?: string }): Promise<string> {
    return (await m.getRepository(SurveyTemplate).save(template)).id;
  }

  /** How many surveys made from the template have at least one response. */
  async answeredSurveyCount(m: EntityManager, templateId: string): Promise<number> {
    const row = await one<{ n: number }>(
      m,
      sql`SELECT count(*)::int AS n FROM survey sv
           WHERE sv.template_id = ${templateId}
             AND EXISTS (SELECT 1 FROM survey_response r WHERE r.survey_id = sv.id)`,
    );
    return row.n;
  }

  /**
   * The template questions (not headings, not a trainer's own) of the surveys made from the template
   * that have responses: code, type and option codes, each distinct combination once.
   */
  answeredQuestions(m: EntityManager, templateId: string): Promise<AnsweredQuestion[]> {
    return rows<AnsweredQuestion>(
      m,
      sql`SELECT q.code, q.type::text AS type,
                 coalesce(array_agg(DISTINCT o->>'code') FILTER (WHERE o IS NOT NULL), '{}') AS "optionCodes"
            FROM survey sv
            JOIN survey_question q ON q.survey_id = sv.id AND NOT q.by_trainer AND q.type <> 'SECTION'
            LEFT JOIN LATERAL jsonb_array_elements(q.options) AS o ON true
           WHERE sv.template_id = ${templateId}
             AND EXISTS (SELECT 1 FROM survey_response r WHERE r.survey_id = sv.id)
           GROUP BY q.code, q.type
           ORDER BY q.code`,
    ) as Promise<(AnsweredQuestion & { type: QuestionType })[]>;
  }
}
