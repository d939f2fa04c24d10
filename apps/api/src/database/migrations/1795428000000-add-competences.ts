import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The versioned competence profile (areas, competences), assessment rounds, self-assessments and their ratings. */
export class AddCompetences1795428000000 implements MigrationInterface {
  name = 'AddCompetences1795428000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "competence_profile" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "status" text NOT NULL DEFAULT 'DRAFT', "scale_levels" integer NOT NULL DEFAULT '4', "level_names" jsonb NOT NULL DEFAULT '{}', "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_competence_profile_published" CHECK (status = 'DRAFT' OR published_at IS NOT NULL), CONSTRAINT "ck_competence_profile_scale" CHECK (scale_levels BETWEEN 2 AND 7), CONSTRAINT "ck_competence_profile_status" CHECK (status IN ('DRAFT','PUBLISHED','RETIRED')), CONSTRAINT "PK_1463c36c828bdbdd01732ca5b1a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_competence_profile_draft" ON "competence_profile"  ("status") WHERE status = 'DRAFT'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_competence_profile_published" ON "competence_profile"  ("status") WHERE status = 'PUBLISHED'`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_competence_profile_version" ON "competence_profile"  ("version")`);
    await queryRunner.query(
      `CREATE TABLE "competence_area" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "profile_id" uuid NOT NULL, "code" text NOT NULL, "position" integer NOT NULL, "title" jsonb NOT NULL, "description" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "uq_competence_area_profile" UNIQUE ("id", "profile_id"), CONSTRAINT "ck_competence_area_code" CHECK (code ~ '^[A-Z0-9][A-Z0-9.-]{0,15}$'), CONSTRAINT "ck_competence_area_title" CHECK (length(trim(title->>'en')) > 0), CONSTRAINT "PK_4c4941a07d9aff2193691922b86" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_competence_area_code" ON "competence_area"  ("profile_id", "code")`,
    );
    await queryRunner.query(
      `CREATE TABLE "competence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "profile_id" uuid NOT NULL, "area_id" uuid NOT NULL, "code" text NOT NULL, "position" integer NOT NULL, "title" jsonb NOT NULL, "description" jsonb NOT NULL DEFAULT '{}', "levels" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "uq_competence_profile" UNIQUE ("id", "profile_id"), CONSTRAINT "ck_competence_code" CHECK (code ~ '^[A-Z0-9][A-Z0-9.-]{0,15}$'), CONSTRAINT "ck_competence_title" CHECK (length(trim(title->>'en')) > 0), CONSTRAINT "PK_994109fe84a82508e174282df03" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_competence_area" ON "competence"  ("area_id", "profile_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_competence_code" ON "competence"  ("profile_id", "code")`);
    await queryRunner.query(
      `CREATE TABLE "assessment_round" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "edition_id" uuid NOT NULL, "kind" text NOT NULL, "module_number" integer, "opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "profile_version_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_assessment_round_profile" UNIQUE ("id", "profile_version_id"), CONSTRAINT "ck_assessment_round_window" CHECK (closes_at > opens_at), CONSTRAINT "ck_assessment_round_module" CHECK ((kind = 'AFTER_MODULE' AND module_number BETWEEN 1 AND 3) OR (kind <> 'AFTER_MODULE' AND module_number IS NULL)), CONSTRAINT "ck_assessment_round_kind" CHECK (kind IN ('BASELINE','AFTER_MODULE','FINAL')), CONSTRAINT "PK_c0fc0be8e5863842c835d6ff589" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_assessment_round_module" ON "assessment_round"  ("edition_id", "module_number") WHERE module_number IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_assessment_round_kind" ON "assessment_round"  ("edition_id", "kind") WHERE module_number IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "self_assessment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "round_id" uuid NOT NULL, "profile_version_id" uuid NOT NULL, "person_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'DRAFT', "submitted_at" TIMESTAMP WITH TIME ZONE, "shared_with_partner" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_self_assessment_profile" UNIQUE ("id", "profile_version_id"), CONSTRAINT "ck_self_assessment_submitted" CHECK ((status = 'SUBMITTED') = (submitted_at IS NOT NULL)), CONSTRAINT "ck_self_assessment_status" CHECK (status IN ('DRAFT','SUBMITTED')), CONSTRAINT "PK_959d1493830e871c37291fa8f55" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_self_assessment_person" ON "self_assessment"  ("person_id")`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_self_assessment_round_person" ON "self_assessment"  ("round_id", "person_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "rating" ("self_assessment_id" uuid NOT NULL, "competence_id" uuid NOT NULL, "profile_version_id" uuid NOT NULL, "level" smallint NOT NULL, "evidence" text, CONSTRAINT "ck_rating_evidence" CHECK (evidence IS NULL OR length(evidence) <= 2000), CONSTRAINT "ck_rating_level" CHECK (level >= 1), CONSTRAINT "PK_6426232db3fa5feedfa8e94bec9" PRIMARY KEY ("self_assessment_id", "competence_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_rating_competence" ON "rating"  ("competence_id")`);
    await queryRunner.query(
      `ALTER TABLE "competence_area" ADD CONSTRAINT "FK_f3bc035a2ad98e3d7efe2071402" FOREIGN KEY ("profile_id") REFERENCES "competence_profile"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "competence" ADD CONSTRAINT "FK_353627b584c83099a5bc49b0f3b" FOREIGN KEY ("area_id", "profile_id") REFERENCES "competence_area"("id","profile_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_round" ADD CONSTRAINT "FK_62fe8eadfa4f350d15e14453e88" FOREIGN KEY ("edition_id") REFERENCES "edition"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_round" ADD CONSTRAINT "FK_e47b02186e641c2237b950e7d01" FOREIGN KEY ("profile_version_id") REFERENCES "competence_profile"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "self_assessment" ADD CONSTRAINT "FK_a45c73dbf562ed6fd84b385aa1f" FOREIGN KEY ("round_id", "profile_version_id") REFERENCES "assessment_round"("id","profile_version_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "self_assessment" ADD CONSTRAINT "FK_fc2efcb1cefb91cfca95cda496e" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "rating" ADD CONSTRAINT "FK_224c4b246e75cbbd7d9eae7d599" FOREIGN KEY ("self_assessment_id", "profile_version_id") REFERENCES "self_assessment"("id","profile_version_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "rating" ADD CONSTRAINT "FK_8030143c17487e014d5a57f6579" FOREIGN KEY ("competence_id", "profile_version_id") REFERENCES "competence"("id","profile_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rating" DROP CONSTRAINT "FK_8030143c17487e014d5a57f6579"`);
    await queryRunner.query(`ALTER TABLE "rating" DROP CONSTRAINT "FK_224c4b246e75cbbd7d9eae7d599"`);
    await queryRunner.query(`ALTER TABLE "self_assessment" DROP CONSTRAINT "FK_fc2efcb1cefb91cfca95cda496e"`);
    await queryRunner.query(`ALTER TABLE "self_assessment" DROP CONSTRAINT "FK_a45c73dbf562ed6fd84b385aa1f"`);
    await queryRunner.query(`ALTER TABLE "assessment_round" DROP CONSTRAINT "FK_e47b02186e641c2237b950e7d01"`);
    await queryRunner.query(`ALTER TABLE "assessment_round" DROP CONSTRAINT "FK_62fe8eadfa4f350d15e14453e88"`);
    await queryRunner.query(`ALTER TABLE "competence" DROP CONSTRAINT "FK_353627b584c83099a5bc49b0f3b"`);
    await queryRunner.query(`ALTER TABLE "competence_area" DROP CONSTRAINT "FK_f3bc035a2ad98e3d7efe2071402"`);
    await queryRunner.query(`DROP INDEX "public"."ix_rating_competence"`);
    await queryRunner.query(`DROP TABLE "rating"`);
    await queryRunner.query(`DROP INDEX "public"."uq_self_assessment_round_person"`);
    await queryRunner.query(`DROP INDEX "public"."ix_self_assessment_person"`);
    await queryRunner.query(`DROP TABLE "self_assessment"`);
    await queryRunner.query(`DROP INDEX "public"."uq_assessment_round_kind"`);
    await queryRunner.query(`DROP INDEX "public"."uq_assessment_round_module"`);
    await queryRunner.query(`DROP TABLE "assessment_round"`);
    await queryRunner.query(`DROP INDEX "public"."uq_competence_code"`);
    await queryRunner.query(`DROP INDEX "public"."ix_competence_area"`);
    await queryRunner.query(`DROP TABLE "competence"`);
    await queryRunner.query(`DROP INDEX "public"."uq_competence_area_code"`);
    await queryRunner.query(`DROP TABLE "competence_area"`);
    await queryRunner.query(`DROP INDEX "public"."uq_competence_profile_version"`);
    await queryRunner.query(`DROP INDEX "public"."uq_competence_profile_published"`);
    await queryRunner.query(`DROP INDEX "public"."uq_competence_profile_draft"`);
    await queryRunner.query(`DROP TABLE "competence_profile"`);
  }
}
