import { MigrationInterface, QueryRunner } from 'typeorm';

/** A trainer's own questions (T1..T3) in their session's feedback, marked apart from the template's (issue 14). */
export class MarkTrainerQuestions1796655575509 implements MigrationInterface {
  name = 'MarkTrainerQuestions1796655575509';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "survey_question" ADD "by_trainer" boolean NOT NULL DEFAULT false`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "survey_question" DROP COLUMN "by_trainer"`);
  }
}
