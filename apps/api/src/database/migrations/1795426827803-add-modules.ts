import { MigrationInterface, QueryRunner } from 'typeorm';

/** Modules (joint and national) and their numbered versions. */

export class AddModules1795426827803 implements MigrationInterface {
  name = 'AddModules1795426827803';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "module" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "edition_id" uuid NOT NULL, "kind" text NOT NULL, "number" integer, "country_code" character(2), "code" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_module_kind" CHECK ((kind = 'JOINT' AND number BETWEEN 1 AND 3 AND country_code IS NULL)
   OR (kind = 'NATIONAL' AND number IS NULL AND country_code IS NOT NULL)), CONSTRAINT "PK_0e20d657f968b051e674fbe3117" PRIMARY KEY ("id"))`);
    await queryRunner.query(
      `CREATE INDEX "ix_module_edition_kind_country" ON "module"  ("edition_id", "kind", "country_code") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_module_joint_number" ON "module"  ("edition_id", "number") WHERE kind = 'JOINT'`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_module_code" ON "module"  ("edition_id", "code") `);
    await queryRunner.query(
      `CREATE TABLE "module_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "module_id" uuid NOT NULL, "version" integer NOT NULL, "status" text NOT NULL DEFAULT 'DRAFT', "title" jsonb NOT NULL, "summary" jsonb NOT NULL DEFAULT '{}', "learning_outcomes" jsonb NOT NULL DEFAULT '{}', "contact_hours" numeric(6,1) NOT NULL, "self_study_hours" numeric(6,1) NOT NULL, "delivery_mode" text NOT NULL, "change_reason" text, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_at" TIMESTAMP WITH TIME ZONE, "published_by_id" uuid, "lock_version" integer NOT NULL DEFAULT '1', CONSTRAINT "ck_module_version_title_en" CHECK (length(trim(title ->> 'en')) > 0), CONSTRAINT "ck_module_version_hours" CHECK (contact_hours >= 0 AND self_study_hours >= 0), CONSTRAINT "ck_module_version_delivery" CHECK (delivery_mode IN ('IN_PERSON','ONLINE','BLENDED')), CONSTRAINT "ck_module_version_status" CHECK (status IN ('DRAFT','PUBLISHED','SUPERSEDED')), CONSTRAINT "PK_980f26dd3aaba44386ab0cef6d2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_module_one_published" ON "module_version"  ("module_id") WHERE status = 'PUBLISHED'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_module_one_draft" ON "module_version"  ("module_id") WHERE status = 'DRAFT'`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_module_version" ON "module_version"  ("module_id", "version") `);
    await queryRunner.query(
      `ALTER TABLE "module" ADD CONSTRAINT "FK_d6063c780d0e6cfe9f4aceb9337" FOREIGN KEY ("edition_id") REFERENCES "edition"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "module" ADD CONSTRAINT "FK_26d71304ed36f7873450389fa2b" FOREIGN KEY ("country_code") REFERENCES "country"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "module_version" ADD CONSTRAINT "FK_8916874e0452ec7b14f698b5f23" FOREIGN KEY ("module_id") REFERENCES "module"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "module_version" ADD CONSTRAINT "FK_aa7c7273bfb0a695b4efd201c09" FOREIGN KEY ("created_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "module_version" DROP CONSTRAINT "FK_aa7c7273bfb0a695b4efd201c09"`);
    await queryRunner.query(`ALTER TABLE "module_version" DROP CONSTRAINT "FK_8916874e0452ec7b14f698b5f23"`);
    await queryRunner.query(`ALTER TABLE "module" DROP CONSTRAINT "FK_26d71304ed36f7873450389fa2b"`);
    await queryRunner.query(`ALTER TABLE "module" DROP CONSTRAINT "FK_d6063c780d0e6cfe9f4aceb9337"`);
    await queryRunner.query(`DROP INDEX "public"."uq_module_version"`);
    await queryRunner.query(`DROP INDEX "public"."uq_module_one_draft"`);
    await queryRunner.query(`DROP INDEX "public"."uq_module_one_published"`);
    await queryRunner.query(`DROP TABLE "module_version"`);
    await queryRunner.query(`DROP INDEX "public"."uq_module_code"`);
    await queryRunner.query(`DROP INDEX "public"."uq_module_joint_number"`);
    await queryRunner.query(`DROP INDEX "public"."ix_module_edition_kind_country"`);
    await queryRunner.query(`DROP TABLE "module"`);
  }
}
