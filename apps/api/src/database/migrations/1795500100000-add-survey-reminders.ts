import { MigrationInterface, QueryRunner } from 'typeorm';

/** Survey reminders claimed per person and step (3 and 7 days after opening, one extra by the coordinator). */
export class AddSurveyReminders1795500100000 implements MigrationInterface {
  name = 'AddSurveyReminders1795500100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "survey_reminder" ("survey_id" uuid NOT NULL, "person_id" uuid NOT NULL, "step" text NOT NULL, CONSTRAINT "ck_survey_reminder_step" CHECK (step IN ('DAYS_3','DAYS_7','EXTRA')), CONSTRAINT "PK_f35fa7a97567e04704d5ee37417" PRIMARY KEY ("survey_id", "person_id", "step"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_reminder" ADD CONSTRAINT "FK_32378387e2efdae393b4e950ce7" FOREIGN KEY ("survey_id") REFERENCES "survey"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_reminder" ADD CONSTRAINT "FK_b6fccbff9faec935b04e4d28b0e" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "survey_reminder" DROP CONSTRAINT "FK_b6fccbff9faec935b04e4d28b0e"`);
    await queryRunner.query(`ALTER TABLE "survey_reminder" DROP CONSTRAINT "FK_32378387e2efdae393b4e950ce7"`);
    await queryRunner.query(`DROP TABLE "survey_reminder"`);
  }
}
