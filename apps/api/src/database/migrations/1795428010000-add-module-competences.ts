import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The competences a module develops (by competence code, stable across profile versions). */
export class AddModuleCompetences1795428010000 implements MigrationInterface {
  name = 'AddModuleCompetences1795428010000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "module_competence" ("module_id" uuid NOT NULL, "competence_code" text NOT NULL, CONSTRAINT "ck_module_competence_code" CHECK (competence_code ~ '^[A-Z0-9][A-Z0-9.-]{0,15}$'), CONSTRAINT "PK_8744eeb825e023a88281660cd45" PRIMARY KEY ("module_id", "competence_code"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_module_competence_code" ON "module_competence"  ("competence_code") `);
    await queryRunner.query(
      `ALTER TABLE "module_competence" ADD CONSTRAINT "FK_1b82deaee4c7a3fb6d6e7e2db8a" FOREIGN KEY ("module_id") REFERENCES "module"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "module_competence" DROP CONSTRAINT "FK_1b82deaee4c7a3fb6d6e7e2db8a"`);
    await queryRunner.query(`DROP INDEX "public"."ix_module_competence_code"`);
    await queryRunner.query(`DROP TABLE "module_competence"`);
  }
}
