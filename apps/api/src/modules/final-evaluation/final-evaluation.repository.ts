import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessFactsSql } from '../../access-facts/access-facts.sql';
import { rows, sql } from '../../database/sql';

/** Σ of the per-tutor changes of one competence area in one cell (country × side; null: all). */
export interface ChangeRow {
  area: string;
  country: string | null;
  side: string | null;
  n: number;
  sum: number;
  sum_squares: number;
  baseline_total: number;
  final_total: number;
}

export interface AreaRow {
  code: string;
  title: Record<string, string | undefined>;
}

/** Answers to the overall question of one joint module version in one country (from the tallies). */
export interface SatisfactionRow {
  module_id: string;
  module_code: string;
  joint_number: number;
  version_id: string;
  version: number;
  country: string;
  n: number;
  total: number;
  high: number;
  low: number;
  /** The question's texts (the same template question in every survey). */
  question: Record<string, string | undefined>;
}

export interface FinalSurveyRow {
  id: string;
}

/**
 * The final evaluation's own reads, each one statement over the whole edition (no per-group or
 * per-module query). Completion, targets, actions and the final survey's results come from the
 * repositories and services that own them, on the same read transaction.
 */
@Injectable()
export class FinalEvaluationRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One REPEATABLE READ, READ ONLY transaction: every figure of the report is of the same moment. */
  readTransaction<T>(work: (db: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction('REPEATABLE READ', async (db) => {
      await db.query('SET TRANSACTION READ ONLY');
      return work(db);
    });
  }

  /**
   * Paired change baseline → final per competence area and cell. A tutor counts only with a
   * SUBMITTED self-assessment in both rounds; their change in an area is the mean of their final
   * levels minus the mean of their baseline levels over the competences (by code) rated in both,
   * in the area of the final round's profile. Country and side are the tutor's home organisation's.
   */
  pairedChanges(db: EntityManager, editionId: string): Promise<ChangeRow[]> {
    return rows<ChangeRow>(
      db,
      sql`WITH levels AS (
            SELECT s.person_id, c.code,
                   max(r.level) FILTER (WHERE ar.kind = 'BASELINE') AS base,
                   max(r.level) FILTER (WHERE ar.kind = 'FINAL') AS fin,
                   max(a.code) FILTER (WHERE ar.kind = 'FINAL') AS area
              FROM assessment_round ar
              JOIN self_assessment s ON s.round_id = ar.id AND s.status = 'SUBMITTED'
              JOIN rating r ON r.self_assessment_id = s.id
              JOIN competence c ON c.id = r.competence_id JOIN competence_area a ON a.id = c.area_id
             WHERE ar.edition_id = ${editionId} AND ar.kind IN ('BASELINE', 'FINAL')
             GROUP BY s.person_id, c.code),
          pairs AS (
            SELECT person_id, area, avg(base)::float AS base, avg(fin)::float AS fin
              FROM levels WHERE base IS NOT NULL AND fin IS NOT NULL
             GROUP BY person_id, area)
          SELECT p.area, CASE WHEN GROUPING(h.country_code) = 0 THEN h.country_code END AS country,
                 CASE WHEN GROUPING(h.side) = 0 THEN h.side END AS side,
                 count(*)::int AS n, sum(p.fin - p.base)::float AS sum,
                 sum((p.fin - p.base) * (p.fin - p.base))::float AS sum_squares,
                 sum(p.base)::float AS baseline_total, sum(p.fin)::float AS final_total
            FROM pairs p JOIN ${AccessFactsSql.tutorHomes} h ON h.person_id = p.person_id
           GROUP BY p.area, GROUPING SETS ((h.country_code, h.side), (h.country_code), (h.side), ())`,
    );
  }

  /** The competence areas of the final round's profile (else the baseline's), in profile order. */
  areas(db: EntityManager, editionId: string): Promise<AreaRow[]> {
    return rows<AreaRow>(
      db,
      sql`SELECT a.code, a.title FROM competence_area a
           WHERE a.profile_id = (SELECT ar.profile_version_id FROM assessment_round ar
                                  WHERE ar.edition_id = ${editionId} AND ar.kind IN ('BASELINE', 'FINAL')
                                  ORDER BY ar.kind = 'FINAL' DESC LIMIT 1)
           ORDER BY a.position`,
    );
  }

  /**
   * The numeric answers to question `code` of the FEEDBACK surveys of the edition's joint module
   * sessions, per module version and respondent country, from survey_value_tally (no answer rows).
   */
  satisfaction(db: EntityManager, editionId: string, code: string): Promise<SatisfactionRow[]> {
    return rows<SatisfactionRow>(
      db,
      sql`SELECT m.id AS module_id, m.code AS module_code, m.number AS joint_number, mv.id AS version_id, mv.version,
                 t.country_code AS country, sum(t.answers)::int AS n, sum(t.number * t.answers)::float AS total,
                 coalesce(sum(t.answers) FILTER (WHERE t.number >= 9), 0)::int AS high,
                 coalesce(sum(t.answers) FILTER (WHERE t.number <= 6), 0)::int AS low,
                 (array_agg(q.text ORDER BY sv.id))[1] AS question
            FROM survey sv
            JOIN training_session ts ON ts.id = sv.session_id
            JOIN module_version mv ON mv.id = ts.module_version_id
            JOIN module m ON m.id = mv.module_id AND m.kind = 'JOINT'
            JOIN survey_question q ON q.survey_id = sv.id AND q.code = ${code} AND NOT q.by_trainer
            JOIN survey_value_tally t ON t.survey_id = sv.id AND t.question_id = q.id
           WHERE sv.edition_id = ${editionId} AND sv.kind = 'FEEDBACK' AND sv.status <> 'DRAFT'
             AND t.answers > 0 AND t.number IS NOT NULL AND t.country_code <> ''
           GROUP BY m.id, m.code, m.number, mv.id, mv.version, t.country_code
           ORDER BY m.number, mv.version, t.country_code`,
    );
  }

  /** The edition's final-evaluation survey: the latest one opened. */
  finalSurvey(db: EntityManager, editionId: string): Promise<FinalSurveyRow[]> {
    return rows<FinalSurveyRow>(
      db,
      sql`SELECT id FROM survey WHERE edition_id = ${editionId} AND kind = 'FINAL_EVALUATION' AND status <> 'DRAFT'
           ORDER BY opens_at DESC NULLS LAST, created_at DESC LIMIT 1`,
    );
  }
}
