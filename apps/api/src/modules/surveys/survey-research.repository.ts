import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { rows, sql } from '../../database/sql';

export interface ResearchAnswerRow {
  person_id: string;
  survey_id: string;
  kind: string;
  mode: string;
  module_code: string | null;
  module_version: number | null;
  country_code: string | null;
  side: string | null;
  language: string;
  submitted_on: string;
  question_code: string;
  question_type: string;
  value: string;
}

/** The SQL of the researchers' survey export. */
@Injectable()
export class SurveyResearchRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The answers of an edition's CONFIDENTIAL and NAMED surveys whose respondents have given research
   * consent now (an ANONYMOUS response has no link to anyone, so it can never be in a person-level
   * export; a withdrawn consent takes the person out of the next export at once).
   */
  answers(editionId: string): Promise<ResearchAnswerRow[]> {
    return rows<ResearchAnswerRow>(
      this.db.manager,
      sql`SELECT l.person_id, sv.id AS survey_id, sv.kind, sv.mode, m.code AS module_code, mv.version AS module_version,
                 r.country_code, r.side, r.language, to_char(r.submitted_on, 'YYYY-MM-DD') AS submitted_on,
                 q.code AS question_code, q.type AS question_type, a.value
            FROM survey sv
            JOIN survey_response r ON r.survey_id = sv.id
            JOIN survey_response_link l ON l.response_id = r.id
            JOIN person_consent pc ON pc.person_id = l.person_id AND pc.purpose = 'RESEARCH' AND pc.granted
            JOIN survey_answer a ON a.response_id = r.id
            JOIN survey_question q ON q.id = a.question_id
            LEFT JOIN training_session ts ON ts.id = sv.session_id
            LEFT JOIN module_version mv ON mv.id = ts.module_version_id
            LEFT JOIN module m ON m.id = mv.module_id
           WHERE sv.edition_id = ${editionId} AND sv.mode IN ('CONFIDENTIAL', 'NAMED')`,
    );
  }
}
