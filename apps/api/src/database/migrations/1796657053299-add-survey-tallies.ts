import { MigrationInterface, QueryRunner } from 'typeorm';

/** The group key of an answer's response: '' for a missing country or side (key columns cannot be NULL). */
const CELL = `coalesce(r.country_code, '') AS country_code, coalesce(r.side, '') AS side`;
const VALUE = `CASE WHEN a.value LIKE 'other:%' THEN 'OTHER' ELSE a.value END`;

/** Counts recomputed for the questions `questions` (a subquery of question ids), from the answers as they are. */
const recount = (questions: string) => `
  DELETE FROM survey_question_tally WHERE question_id IN (${questions});
  DELETE FROM survey_value_tally WHERE question_id IN (${questions});
  INSERT INTO survey_question_tally (survey_id, question_id, country_code, side, responses)
  SELECT q.survey_id, a.question_id, ${CELL}, count(DISTINCT a.response_id)::int
    FROM survey_answer a JOIN survey_response r ON r.id = a.response_id JOIN survey_question q ON q.id = a.question_id
   WHERE a.question_id IN (${questions})
   GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4;
  INSERT INTO survey_value_tally (survey_id, question_id, country_code, side, value, number, answers)
  SELECT q.survey_id, a.question_id, ${CELL}, ${VALUE}, min(a.number), count(*)::int
    FROM survey_answer a JOIN survey_response r ON r.id = a.response_id
    JOIN survey_question q ON q.id = a.question_id AND q.type <> 'TEXT'
   WHERE a.question_id IN (${questions})
   GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5;`;

/**
 * Survey tallies (issue 14, bench:surveys): running counts of the answers per question and group,
 * kept by statement-level triggers on survey_answer, so the k-anonymous results read a few hundred
 * rows instead of every answer, and an index that gives the first free texts in their shown order. Inserts (a submission, a COPY) add to the counts, in key order so
 * that concurrent submissions lock the count rows in the same order (no deadlock); updates and
 * deletes (an edit, an erasure, a cascade) are rare and recount the questions they touched.
 */
export class AddSurveyTallies1796657053299 implements MigrationInterface {
  name = 'AddSurveyTallies1796657053299';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "survey_question_tally" ("survey_id" uuid NOT NULL, "question_id" uuid NOT NULL, "country_code" text NOT NULL, "side" text NOT NULL, "responses" integer NOT NULL, CONSTRAINT "PK_51cc1187c8022ec8be2b138288a" PRIMARY KEY ("survey_id", "question_id", "country_code", "side"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "survey_value_tally" ("survey_id" uuid NOT NULL, "question_id" uuid NOT NULL, "country_code" text NOT NULL, "side" text NOT NULL, "value" text NOT NULL, "number" smallint, "answers" integer NOT NULL, CONSTRAINT "PK_a671042e07b515feecd486bf223" PRIMARY KEY ("survey_id", "question_id", "country_code", "side", "value"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_question_tally" ADD CONSTRAINT "FK_982baf116c45d3c8abee7c9fb52" FOREIGN KEY ("question_id") REFERENCES "survey_question"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_value_tally" ADD CONSTRAINT "FK_7e6eb3969d0bc8aa022e290aaf4" FOREIGN KEY ("question_id") REFERENCES "survey_question"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // A response counts for a question on its first answer to it (a MULTI question has several rows):
    // the pair is new when all its rows in the table came with this statement.
    await queryRunner.query(`CREATE FUNCTION survey_tally_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO survey_question_tally AS t (survey_id, question_id, country_code, side, responses)
  SELECT r.survey_id, p.question_id, ${CELL}, count(*)::int
    FROM (SELECT response_id, question_id, count(*) AS k FROM new_answers GROUP BY 1, 2) p
    JOIN survey_response r ON r.id = p.response_id
   WHERE (SELECT count(*) FROM survey_answer a WHERE a.response_id = p.response_id AND a.question_id = p.question_id) = p.k
   GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT (survey_id, question_id, country_code, side) DO UPDATE SET responses = t.responses + EXCLUDED.responses;
  INSERT INTO survey_value_tally AS t (survey_id, question_id, country_code, side, value, number, answers)
  SELECT r.survey_id, a.question_id, ${CELL}, ${VALUE}, min(a.number), count(*)::int
    FROM new_answers a JOIN survey_response r ON r.id = a.response_id
    JOIN survey_question q ON q.id = a.question_id AND q.type <> 'TEXT'
   GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (survey_id, question_id, country_code, side, value) DO UPDATE SET answers = t.answers + EXCLUDED.answers;
  RETURN NULL;
END $$`);
    await queryRunner.query(`CREATE FUNCTION survey_tally_recount() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  ${recount('SELECT DISTINCT question_id FROM old_answers')}
  RETURN NULL;
END $$`);
    await queryRunner.query(
      `CREATE TRIGGER survey_answer_tally_insert AFTER INSERT ON survey_answer REFERENCING NEW TABLE AS new_answers FOR EACH STATEMENT EXECUTE FUNCTION survey_tally_add()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER survey_answer_tally_update AFTER UPDATE ON survey_answer REFERENCING OLD TABLE AS old_answers FOR EACH STATEMENT EXECUTE FUNCTION survey_tally_recount()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER survey_answer_tally_delete AFTER DELETE ON survey_answer REFERENCING OLD TABLE AS old_answers FOR EACH STATEMENT EXECUTE FUNCTION survey_tally_recount()`,
    );
    // The shown free texts are the first 200 in md5 order: read from this index, not sorted from all.
    await queryRunner.query(
      `CREATE INDEX "ix_survey_answer_text_order" ON "survey_answer" ("question_id", md5("value"), "value")`,
    );
    // The answers already given.
    await queryRunner.query(`DO $$ BEGIN ${recount('SELECT id FROM survey_question')} END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_survey_answer_text_order"`);
    await queryRunner.query(`DROP TRIGGER survey_answer_tally_delete ON survey_answer`);
    await queryRunner.query(`DROP TRIGGER survey_answer_tally_update ON survey_answer`);
    await queryRunner.query(`DROP TRIGGER survey_answer_tally_insert ON survey_answer`);
    await queryRunner.query(`DROP FUNCTION survey_tally_recount()`);
    await queryRunner.query(`DROP FUNCTION survey_tally_add()`);
    await queryRunner.query(`ALTER TABLE "survey_value_tally" DROP CONSTRAINT "FK_7e6eb3969d0bc8aa022e290aaf4"`);
    await queryRunner.query(`ALTER TABLE "survey_question_tally" DROP CONSTRAINT "FK_982baf116c45d3c8abee7c9fb52"`);
    await queryRunner.query(`DROP TABLE "survey_value_tally"`);
    await queryRunner.query(`DROP TABLE "survey_question_tally"`);
  }
}
