import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tutor imports as jobs: the validated rows wait in import_job (jsonb) for the job queue, which applies them in one transaction and records progress and the summary.
 */
export class AddImportJobs1795427600000 implements MigrationInterface {
  name = 'AddImportJobs1795427600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "import_job" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL DEFAULT 'TUTORS', "status" text NOT NULL DEFAULT 'QUEUED', "created_by_id" uuid, "country_code" character(2) NOT NULL, "file_name" text NOT NULL, "send_invitations" boolean NOT NULL DEFAULT false, "total_rows" integer NOT NULL, "processed_rows" integer NOT NULL DEFAULT '0', "rows" jsonb, "summary" jsonb, "error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_import_job_progress" CHECK (processed_rows >= 0 AND processed_rows <= total_rows), CONSTRAINT "ck_import_job_status" CHECK (status IN ('QUEUED','RUNNING','SUCCEEDED','FAILED')), CONSTRAINT "PK_65b4c7eccb8120972a7b8da7682" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_import_job_created_by" ON "import_job"  ("created_by_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "import_job" ADD CONSTRAINT "FK_403eaf3ba5ffffba1e3393c8ca6" FOREIGN KEY ("created_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "import_job" DROP CONSTRAINT "FK_403eaf3ba5ffffba1e3393c8ca6"`);
    await queryRunner.query(`DROP INDEX "public"."ix_import_job_created_by"`);
    await queryRunner.query(`DROP TABLE "import_job"`);
  }
}
