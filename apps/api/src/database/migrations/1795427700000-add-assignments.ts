import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tandem assignments (per module version) and the tandems' shared submissions. */
export class AddAssignments1795427700000 implements MigrationInterface {
  name = 'AddAssignments1795427700000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "tandem_assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "module_version_id" uuid NOT NULL, "title" text NOT NULL, "instructions" text NOT NULL DEFAULT '', "due_on" date NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_tandem_assignment_title" CHECK (length(trim(title)) > 0), CONSTRAINT "PK_3d4c8a56cdf816d01d6dca99a3d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_tandem_assignment_version_due" ON "tandem_assignment"  ("module_version_id", "due_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "assignment_submission" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assignment_id" uuid NOT NULL, "tandem_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'DRAFT', "text" text NOT NULL DEFAULT '', "attachments" jsonb NOT NULL DEFAULT '[]', "school_confirmed_at" TIMESTAMP WITH TIME ZONE, "company_confirmed_at" TIMESTAMP WITH TIME ZONE, "submitted_at" TIMESTAMP WITH TIME ZONE, "review_comment" text, "reviewed_by_id" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "last_edited_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "lock_version" integer NOT NULL DEFAULT '1', CONSTRAINT "ck_assignment_submission_revision_comment" CHECK (status <> 'NEEDS_REVISION' OR length(trim(coalesce(review_comment, ''))) > 0), CONSTRAINT "ck_assignment_submission_reviewed" CHECK (status NOT IN ('ACCEPTED','NEEDS_REVISION') OR reviewed_at IS NOT NULL), CONSTRAINT "ck_assignment_submission_submitted" CHECK (status NOT IN ('SUBMITTED','ACCEPTED') OR (submitted_at IS NOT NULL AND school_confirmed_at IS NOT NULL AND company_confirmed_at IS NOT NULL)), CONSTRAINT "ck_assignment_submission_status" CHECK (status IN ('DRAFT','SUBMITTED','ACCEPTED','NEEDS_REVISION')), CONSTRAINT "PK_098e58241f975dce9d82c759034" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_assignment_submission_status" ON "assignment_submission"  ("status", "submitted_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_assignment_submission_tandem" ON "assignment_submission"  ("tandem_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_assignment_submission" ON "assignment_submission"  ("assignment_id", "tandem_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "tandem_assignment" ADD CONSTRAINT "FK_199124a16a18010a6776eba06b0" FOREIGN KEY ("module_version_id") REFERENCES "module_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tandem_assignment" ADD CONSTRAINT "FK_659a333ea47942cda4ef70666e1" FOREIGN KEY ("created_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment_submission" ADD CONSTRAINT "FK_1323428daa36441de68edd30a3f" FOREIGN KEY ("assignment_id") REFERENCES "tandem_assignment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment_submission" ADD CONSTRAINT "FK_9cedc25819541adc3da0a63f0ae" FOREIGN KEY ("tandem_id") REFERENCES "tandem"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment_submission" ADD CONSTRAINT "FK_9a7c338c31171f9a513e32a6bb7" FOREIGN KEY ("reviewed_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment_submission" ADD CONSTRAINT "FK_4ffc67f97cd567fed8fad50f3b2" FOREIGN KEY ("last_edited_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "assignment_submission" DROP CONSTRAINT "FK_4ffc67f97cd567fed8fad50f3b2"`);
    await queryRunner.query(`ALTER TABLE "assignment_submission" DROP CONSTRAINT "FK_9a7c338c31171f9a513e32a6bb7"`);
    await queryRunner.query(`ALTER TABLE "assignment_submission" DROP CONSTRAINT "FK_9cedc25819541adc3da0a63f0ae"`);
    await queryRunner.query(`ALTER TABLE "assignment_submission" DROP CONSTRAINT "FK_1323428daa36441de68edd30a3f"`);
    await queryRunner.query(`ALTER TABLE "tandem_assignment" DROP CONSTRAINT "FK_659a333ea47942cda4ef70666e1"`);
    await queryRunner.query(`ALTER TABLE "tandem_assignment" DROP CONSTRAINT "FK_199124a16a18010a6776eba06b0"`);
    await queryRunner.query(`DROP INDEX "public"."uq_assignment_submission"`);
    await queryRunner.query(`DROP INDEX "public"."ix_assignment_submission_tandem"`);
    await queryRunner.query(`DROP INDEX "public"."ix_assignment_submission_status"`);
    await queryRunner.query(`DROP TABLE "assignment_submission"`);
    await queryRunner.query(`DROP INDEX "public"."ix_tandem_assignment_version_due"`);
    await queryRunner.query(`DROP TABLE "tandem_assignment"`);
  }
}
