import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The people list filtered to deactivated accounts reads a partial index (they are few). */
export class IndexDeactivatedPeople1795700000000 implements MigrationInterface {
  name = 'IndexDeactivatedPeople1795700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_person_deactivated" ON "person"  ("deactivated_at") WHERE deactivated_at IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_person_deactivated"`);
  }
}
