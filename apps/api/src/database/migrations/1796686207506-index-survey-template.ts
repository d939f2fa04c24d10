import { MigrationInterface, QueryRunner } from 'typeorm';

/** Surveys by the template they were made from: the comparability check of a template import filters on it. */
export class IndexSurveyTemplate1796686207506 implements MigrationInterface {
  name = 'IndexSurveyTemplate1796686207506';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_survey_template" ON "survey"  ("template_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_survey_template"`);
  }
}
