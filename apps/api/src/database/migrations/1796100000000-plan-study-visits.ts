import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Planning study visits (issue 18): optional budget lines (euro cents, never negative) and the
 * country whose coordinators plan a visit (null: a visit of the whole programme, planned by ADMIN).
 */
export class PlanStudyVisits1796100000000 implements MigrationInterface {
  name = 'PlanStudyVisits1796100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "study_visit" ADD "budget" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "study_visit" ADD "organised_by_country" character(2)`);
    await queryRunner.query(
      `ALTER TABLE "study_visit" ADD CONSTRAINT "ck_study_visit_budget" CHECK (jsonb_typeof(budget) = 'array' AND NOT jsonb_path_exists(budget, '$[*] ? (@.amountCents < 0)'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "study_visit" ADD CONSTRAINT "FK_13cc79449da9932cf78536a711e" FOREIGN KEY ("organised_by_country") REFERENCES "country"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "study_visit" DROP CONSTRAINT "FK_13cc79449da9932cf78536a711e"`);
    await queryRunner.query(`ALTER TABLE "study_visit" DROP CONSTRAINT "ck_study_visit_budget"`);
    await queryRunner.query(`ALTER TABLE "study_visit" DROP COLUMN "organised_by_country"`);
    await queryRunner.query(`ALTER TABLE "study_visit" DROP COLUMN "budget"`);
  }
}
