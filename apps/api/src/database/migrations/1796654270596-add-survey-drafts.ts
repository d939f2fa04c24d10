import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Drafts saved while answering (issue 14): the person's own answers, without a time, apart from the
 * responses; and surveys that allow changing a submitted response until they close (never ANONYMOUS).
 */
export class AddSurveyDrafts1796654270596 implements MigrationInterface {
  name = 'AddSurveyDrafts1796654270596';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "survey_draft" ("survey_id" uuid NOT NULL, "person_id" uuid NOT NULL, "answers" jsonb NOT NULL DEFAULT '[]', CONSTRAINT "PK_c0edf8a639c96952b424a4e7ef9" PRIMARY KEY ("survey_id", "person_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_survey_draft_person" ON "survey_draft"  ("person_id") `);
    await queryRunner.query(`ALTER TABLE "survey" ADD "allow_edit_until_close" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `ALTER TABLE "survey" ADD CONSTRAINT "ck_survey_edit_not_anonymous" CHECK (NOT allow_edit_until_close OR mode <> 'ANONYMOUS')`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_draft" ADD CONSTRAINT "FK_3aacc8d609af63a2d16bd32fe6d" FOREIGN KEY ("survey_id") REFERENCES "survey"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_draft" ADD CONSTRAINT "FK_598460f741b582ba3e69ffe63f8" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "survey_draft" DROP CONSTRAINT "FK_598460f741b582ba3e69ffe63f8"`);
    await queryRunner.query(`ALTER TABLE "survey_draft" DROP CONSTRAINT "FK_3aacc8d609af63a2d16bd32fe6d"`);
    await queryRunner.query(`ALTER TABLE "survey" DROP CONSTRAINT "ck_survey_edit_not_anonymous"`);
    await queryRunner.query(`ALTER TABLE "survey" DROP COLUMN "allow_edit_until_close"`);
    await queryRunner.query(`DROP INDEX "public"."ix_survey_draft_person"`);
    await queryRunner.query(`DROP TABLE "survey_draft"`);
  }
}
