import { MigrationInterface, QueryRunner } from 'typeorm';

/** Edition settings (languages, cross-border tandems, time zone) and the cycle phases of each edition. */

export class AddCyclePhases1795426547673 implements MigrationInterface {
  name = 'AddCyclePhases1795426547673';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "cycle_phase" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "edition_id" uuid NOT NULL, "kind" text NOT NULL, "position" integer NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "status" text NOT NULL DEFAULT 'PLANNED', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_cycle_phase_dates" CHECK (ends_on >= starts_on), CONSTRAINT "ck_cycle_phase_status" CHECK (status IN ('PLANNED','OPEN','DONE')), CONSTRAINT "PK_20deddbeecdcd7e962b8643319a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_cycle_phase_position" ON "cycle_phase"  ("edition_id", "position") `,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_cycle_phase_kind" ON "cycle_phase"  ("edition_id", "kind") `);
    await queryRunner.query(`ALTER TABLE "edition" ADD "languages" text array NOT NULL DEFAULT '{en}'`);
    await queryRunner.query(`ALTER TABLE "edition" ADD "cross_border_tandems" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "edition" ADD "time_zone" text NOT NULL DEFAULT 'Europe/Riga'`);
    await queryRunner.query(`ALTER TABLE "edition" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await queryRunner.query(
      `ALTER TABLE "edition" ADD CONSTRAINT "ck_edition_languages" CHECK ('en' = ANY(languages) AND languages <@ ARRAY['en','et','lv','lt','ru'])`,
    );
    await queryRunner.query(
      `ALTER TABLE "cycle_phase" ADD CONSTRAINT "FK_4b7a3010fb74aeba6eb001843a1" FOREIGN KEY ("edition_id") REFERENCES "edition"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Editions that already exist get the 14 phases, spread evenly over their dates.
    await queryRunner.query(`
            INSERT INTO cycle_phase (edition_id, kind, position, starts_on, ends_on)
            SELECT e.id, k.kind, k.pos,
                   e.starts_on + ((e.ends_on - e.starts_on + 1) * (k.pos - 1) / 14)::int,
                   e.starts_on + ((e.ends_on - e.starts_on + 1) * k.pos / 14)::int - 1
              FROM edition e
             CROSS JOIN unnest(ARRAY['NEEDS_ANALYSIS','STUDY_VISIT','TRAIN_THE_TRAINER','NATIONAL_PROGRAMMES',
                   'NATIONAL_TRAININGS_1','JOINT_MODULE_1','INTERIM_ANALYSIS_1','NATIONAL_TRAININGS_2','JOINT_MODULE_2',
                   'INTERIM_ANALYSIS_2','NATIONAL_TRAININGS_3','JOINT_MODULE_3','FINAL_EVALUATION','POLICY_RECOMMENDATIONS'])
                   WITH ORDINALITY AS k(kind, pos)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cycle_phase" DROP CONSTRAINT "FK_4b7a3010fb74aeba6eb001843a1"`);
    await queryRunner.query(`ALTER TABLE "edition" DROP CONSTRAINT "ck_edition_languages"`);
    await queryRunner.query(`ALTER TABLE "edition" DROP COLUMN "updated_at"`);
    await queryRunner.query(`ALTER TABLE "edition" DROP COLUMN "time_zone"`);
    await queryRunner.query(`ALTER TABLE "edition" DROP COLUMN "cross_border_tandems"`);
    await queryRunner.query(`ALTER TABLE "edition" DROP COLUMN "languages"`);
    await queryRunner.query(`DROP INDEX "public"."uq_cycle_phase_kind"`);
    await queryRunner.query(`DROP INDEX "public"."uq_cycle_phase_position"`);
    await queryRunner.query(`DROP TABLE "cycle_phase"`);
  }
}
