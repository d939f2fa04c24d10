import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * National programmes (numbered revisions with their ordered modules) and in-app notifications.
 * Per edition and country: one revision in force (APPROVED, not superseded) and at most one in the
 * making (DRAFT, SUBMITTED or RETURNED), held by the two partial unique indexes.
 */

export class AddNationalProgrammes1795427200000 implements MigrationInterface {
  name = 'AddNationalProgrammes1795427200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "national_programme" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "edition_id" uuid NOT NULL, "country_code" character(2) NOT NULL, "revision" integer NOT NULL, "status" text NOT NULL DEFAULT 'DRAFT', "return_comments" text, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "submitted_at" TIMESTAMP WITH TIME ZONE, "submitted_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by_id" uuid, "superseded_at" TIMESTAMP WITH TIME ZONE, "lock_version" integer NOT NULL DEFAULT '1', CONSTRAINT "ck_national_programme_returned" CHECK (status <> 'RETURNED' OR length(trim(return_comments)) > 0), CONSTRAINT "ck_national_programme_decided" CHECK (status NOT IN ('APPROVED','RETURNED') OR decided_at IS NOT NULL), CONSTRAINT "ck_national_programme_submitted" CHECK (status = 'DRAFT' OR submitted_at IS NOT NULL), CONSTRAINT "ck_national_programme_superseded" CHECK (superseded_at IS NULL OR status = 'APPROVED'), CONSTRAINT "ck_national_programme_revision" CHECK (revision >= 1), CONSTRAINT "ck_national_programme_status" CHECK (status IN ('DRAFT','SUBMITTED','APPROVED','RETURNED')), CONSTRAINT "PK_51fdd19895958714c5467a67861" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_national_programme_in_progress" ON "national_programme"  ("edition_id", "country_code") WHERE status <> 'APPROVED'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_national_programme_in_force" ON "national_programme"  ("edition_id", "country_code") WHERE status = 'APPROVED' AND superseded_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_national_programme_revision" ON "national_programme"  ("edition_id", "country_code", "revision") `,
    );
    await queryRunner.query(
      `CREATE TABLE "national_programme_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "position" integer NOT NULL, "module_id" uuid NOT NULL, CONSTRAINT "ck_national_programme_item_position" CHECK (position >= 1), CONSTRAINT "PK_2bb642d0ca34b538c9d26b024c8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_national_programme_item_module" ON "national_programme_item"  ("module_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_national_programme_item_module" ON "national_programme_item"  ("programme_id", "module_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_national_programme_item_position" ON "national_programme_item"  ("programme_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient_person_id" uuid NOT NULL, "kind" text NOT NULL, "payload" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_notification_recipient_read" ON "notification"  ("recipient_person_id", "read_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "national_programme" ADD CONSTRAINT "FK_6727145bd3ff46448dec2257a25" FOREIGN KEY ("edition_id") REFERENCES "edition"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "national_programme" ADD CONSTRAINT "FK_59af352094a339331e46fc896d9" FOREIGN KEY ("country_code") REFERENCES "country"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "national_programme" ADD CONSTRAINT "FK_e0e0fc316048a63011bbeae064d" FOREIGN KEY ("created_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "national_programme" ADD CONSTRAINT "FK_f966deb05fef53ac61422c4f205" FOREIGN KEY ("submitted_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "national_programme" ADD CONSTRAINT "FK_3a21dd08f9841ba49603b5ef2ea" FOREIGN KEY ("decided_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "national_programme_item" ADD CONSTRAINT "FK_0c455da37cfe241401946ff4f25" FOREIGN KEY ("programme_id") REFERENCES "national_programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "national_programme_item" ADD CONSTRAINT "FK_06662f4db4c23bd81b2b45f4edb" FOREIGN KEY ("module_id") REFERENCES "module"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "FK_87450bf0cb7260fa0cfb7758c43" FOREIGN KEY ("recipient_person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_87450bf0cb7260fa0cfb7758c43"`);
    await queryRunner.query(`ALTER TABLE "national_programme_item" DROP CONSTRAINT "FK_06662f4db4c23bd81b2b45f4edb"`);
    await queryRunner.query(`ALTER TABLE "national_programme_item" DROP CONSTRAINT "FK_0c455da37cfe241401946ff4f25"`);
    await queryRunner.query(`ALTER TABLE "national_programme" DROP CONSTRAINT "FK_3a21dd08f9841ba49603b5ef2ea"`);
    await queryRunner.query(`ALTER TABLE "national_programme" DROP CONSTRAINT "FK_f966deb05fef53ac61422c4f205"`);
    await queryRunner.query(`ALTER TABLE "national_programme" DROP CONSTRAINT "FK_e0e0fc316048a63011bbeae064d"`);
    await queryRunner.query(`ALTER TABLE "national_programme" DROP CONSTRAINT "FK_59af352094a339331e46fc896d9"`);
    await queryRunner.query(`ALTER TABLE "national_programme" DROP CONSTRAINT "FK_6727145bd3ff46448dec2257a25"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notification_recipient_read"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP INDEX "public"."uq_national_programme_item_position"`);
    await queryRunner.query(`DROP INDEX "public"."uq_national_programme_item_module"`);
    await queryRunner.query(`DROP INDEX "public"."ix_national_programme_item_module"`);
    await queryRunner.query(`DROP TABLE "national_programme_item"`);
    await queryRunner.query(`DROP INDEX "public"."uq_national_programme_revision"`);
    await queryRunner.query(`DROP INDEX "public"."uq_national_programme_in_force"`);
    await queryRunner.query(`DROP INDEX "public"."uq_national_programme_in_progress"`);
    await queryRunner.query(`DROP TABLE "national_programme"`);
  }
}
