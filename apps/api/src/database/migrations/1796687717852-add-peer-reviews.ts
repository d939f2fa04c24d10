import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The peer review of national programmes (issue 15): the pool of trained peers, reviews with their
 * stages, peers assigned through composite foreign keys that carry both countries (a CHECK that they
 * differ), self-report areas, interview notes and recommendations; improvement actions may change a
 * national programme instead of a module (exactly one of the two). Down removes them with the reviews.
 */
export class AddPeerReviews1796687717852 implements MigrationInterface {
  name = 'AddPeerReviews1796687717852';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "peer_reviewer" ("person_id" uuid NOT NULL, "country_code" character(2) NOT NULL, "trained_on" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_peer_reviewer_country" UNIQUE ("person_id", "country_code"), CONSTRAINT "ck_peer_reviewer_country" CHECK (country_code IN ('EE','LV','LT')), CONSTRAINT "PK_807274fc806b097bf6c9c472b0f" PRIMARY KEY ("person_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "peer_review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "edition_id" uuid NOT NULL, "national_programme_id" uuid NOT NULL, "country_code" character(2) NOT NULL, "stage" text NOT NULL DEFAULT 'PREPARATION', "visit_starts_on" date, "visit_ends_on" date, "report_due_on" date, "country_comments" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "lock_version" integer NOT NULL DEFAULT '1', CONSTRAINT "uq_peer_review_country" UNIQUE ("id", "country_code"), CONSTRAINT "ck_peer_review_visit" CHECK (visit_ends_on IS NULL OR visit_starts_on IS NULL OR visit_ends_on >= visit_starts_on), CONSTRAINT "ck_peer_review_stage" CHECK (stage IN ('PREPARATION','VISIT','REPORT','COMMENTS','FOLLOW_UP','CLOSED')), CONSTRAINT "PK_4bcb6665e318bc61a70b1e5a6ae" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_peer_review_edition_country" ON "peer_review"  ("edition_id", "country_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "peer_review_peer" ("review_id" uuid NOT NULL, "review_country_code" character(2) NOT NULL, "person_id" uuid NOT NULL, "peer_country_code" character(2) NOT NULL, "assigned_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_peer_review_peer_other_country" CHECK (peer_country_code <> review_country_code), CONSTRAINT "PK_54346ed38c0a0799ebc6767ce9d" PRIMARY KEY ("review_id", "person_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_peer_review_peer_person" ON "peer_review_peer"  ("person_id") `);
    await queryRunner.query(
      `CREATE TABLE "peer_review_self_report_area" ("review_id" uuid NOT NULL, "area_code" text NOT NULL, "text" text NOT NULL, CONSTRAINT "ck_peer_review_area_text" CHECK (length(trim(text)) > 0), CONSTRAINT "ck_peer_review_area_code" CHECK (area_code IN ('CURRICULA','LEARNING_AND_TEACHING','ASSESSMENT','LEARNING_OUTCOMES','MANAGEMENT','SOCIAL_ENVIRONMENT_AND_ACCESS','STAFF_COMPETENCES','PARTNERSHIPS','RESOURCES','QUALITY_MANAGEMENT')), CONSTRAINT "PK_167cf8c04162792c4b2710f51b6" PRIMARY KEY ("review_id", "area_code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "peer_review_interview" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "review_id" uuid NOT NULL, "interviewee" text NOT NULL, "held_on" date NOT NULL, "notes" text NOT NULL, "author_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_peer_review_interview_text" CHECK (length(trim(interviewee)) > 0 AND length(trim(notes)) > 0), CONSTRAINT "PK_182d5746c2618d44058681995fb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_peer_review_interview_review" ON "peer_review_interview"  ("review_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "peer_review_recommendation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "review_id" uuid NOT NULL, "area_code" text NOT NULL, "text" text NOT NULL, "author_id" uuid, "improvement_action_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_peer_review_recommendation_text" CHECK (length(trim(text)) > 0), CONSTRAINT "ck_peer_review_recommendation_area" CHECK (area_code IN ('CURRICULA','LEARNING_AND_TEACHING','ASSESSMENT','LEARNING_OUTCOMES','MANAGEMENT','SOCIAL_ENVIRONMENT_AND_ACCESS','STAFF_COMPETENCES','PARTNERSHIPS','RESOURCES','QUALITY_MANAGEMENT')), CONSTRAINT "PK_4331e9c62a3293fa2e8d0ec7c98" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_peer_review_recommendation_action" ON "peer_review_recommendation"  ("improvement_action_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_peer_review_recommendation_review" ON "peer_review_recommendation"  ("review_id") `,
    );
    await queryRunner.query(`ALTER TABLE "improvement_action" ADD "national_programme_id" uuid`);
    await queryRunner.query(`ALTER TABLE "improvement_action" ALTER COLUMN "module_id" DROP NOT NULL`);
    await queryRunner.query(
      `CREATE INDEX "ix_improvement_action_national_programme" ON "improvement_action"  ("national_programme_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "improvement_action" ADD CONSTRAINT "ck_improvement_action_target" CHECK (num_nonnulls(module_id, national_programme_id) = 1)`,
    );
    // A national programme's action is DONE without a module version (TypeORM does not diff a CHECK's text).
    await queryRunner.query(`ALTER TABLE "improvement_action" DROP CONSTRAINT "ck_improvement_action_done"`);
    await queryRunner.query(
      `ALTER TABLE "improvement_action" ADD CONSTRAINT "ck_improvement_action_done" CHECK (status IN ('PROPOSED','AGREED') OR module_version_id IS NOT NULL OR national_programme_id IS NOT NULL)`,
    );
    await queryRunner.query(
      `ALTER TABLE "national_programme" ADD CONSTRAINT "uq_national_programme_country" UNIQUE ("id", "country_code")`,
    );
    await queryRunner.query(
      `ALTER TABLE "improvement_action" ADD CONSTRAINT "FK_3d2d32448f5e4d6069420feb3e9" FOREIGN KEY ("national_programme_id") REFERENCES "national_programme"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "peer_reviewer" ADD CONSTRAINT "FK_807274fc806b097bf6c9c472b0f" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "peer_reviewer" ADD CONSTRAINT "FK_4fdb03685cf0dc45991b7bba57f" FOREIGN KEY ("country_code") REFERENCES "country"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "peer_review" ADD CONSTRAINT "FK_8ebc51e4f7e3fbb280f611e5b8f" FOREIGN KEY ("edition_id") REFERENCES "edition"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "peer_review" ADD CONSTRAINT "FK_753e9e07a52d54c685d8d64e288" FOREIGN KEY ("national_programme_id", "country_code") REFERENCES "national_programme"("id","country_code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "peer_review_peer" ADD CONSTRAINT "FK_9e3e2c5056dd6cccade220ad455" FOREIGN KEY ("review_id", "review_country_code") REFERENCES "peer_review"("id","country_code") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "peer_review_peer" ADD CONSTRAINT "FK_067934c1ed26d7b41fe4ff0968d" FOREIGN KEY ("person_id", "peer_country_code") REFERENCES "peer_reviewer"("person_id","country_code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "peer_review_self_report_area" ADD CONSTRAINT "FK_2c6af113f4a1900fc837e0f1a10" FOREIGN KEY ("review_id") REFERENCES "peer_review"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "peer_review_interview" ADD CONSTRAINT "FK_a61a0ca22b730213dfb5112c898" FOREIGN KEY ("review_id") REFERENCES "peer_review"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "peer_review_interview" ADD CONSTRAINT "FK_390f4c1cb6494339ac953c67dbe" FOREIGN KEY ("author_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "peer_review_recommendation" ADD CONSTRAINT "FK_9916650176677fe8cb67d609d69" FOREIGN KEY ("review_id") REFERENCES "peer_review"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "peer_review_recommendation" ADD CONSTRAINT "FK_ef8f308b69877527d9a05c09421" FOREIGN KEY ("author_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "peer_review_recommendation" ADD CONSTRAINT "FK_36466e74d0b4c28556836a87113" FOREIGN KEY ("improvement_action_id") REFERENCES "improvement_action"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "peer_review_recommendation" DROP CONSTRAINT "FK_36466e74d0b4c28556836a87113"`,
    );
    await queryRunner.query(
      `ALTER TABLE "peer_review_recommendation" DROP CONSTRAINT "FK_ef8f308b69877527d9a05c09421"`,
    );
    await queryRunner.query(
      `ALTER TABLE "peer_review_recommendation" DROP CONSTRAINT "FK_9916650176677fe8cb67d609d69"`,
    );
    await queryRunner.query(`ALTER TABLE "peer_review_interview" DROP CONSTRAINT "FK_390f4c1cb6494339ac953c67dbe"`);
    await queryRunner.query(`ALTER TABLE "peer_review_interview" DROP CONSTRAINT "FK_a61a0ca22b730213dfb5112c898"`);
    await queryRunner.query(
      `ALTER TABLE "peer_review_self_report_area" DROP CONSTRAINT "FK_2c6af113f4a1900fc837e0f1a10"`,
    );
    await queryRunner.query(`ALTER TABLE "peer_review_peer" DROP CONSTRAINT "FK_067934c1ed26d7b41fe4ff0968d"`);
    await queryRunner.query(`ALTER TABLE "peer_review_peer" DROP CONSTRAINT "FK_9e3e2c5056dd6cccade220ad455"`);
    await queryRunner.query(`ALTER TABLE "peer_review" DROP CONSTRAINT "FK_753e9e07a52d54c685d8d64e288"`);
    await queryRunner.query(`ALTER TABLE "peer_review" DROP CONSTRAINT "FK_8ebc51e4f7e3fbb280f611e5b8f"`);
    await queryRunner.query(`ALTER TABLE "peer_reviewer" DROP CONSTRAINT "FK_4fdb03685cf0dc45991b7bba57f"`);
    await queryRunner.query(`ALTER TABLE "peer_reviewer" DROP CONSTRAINT "FK_807274fc806b097bf6c9c472b0f"`);
    await queryRunner.query(`ALTER TABLE "improvement_action" DROP CONSTRAINT "FK_3d2d32448f5e4d6069420feb3e9"`);
    await queryRunner.query(`ALTER TABLE "national_programme" DROP CONSTRAINT "uq_national_programme_country"`);
    await queryRunner.query(`ALTER TABLE "improvement_action" DROP CONSTRAINT "ck_improvement_action_target"`);
    await queryRunner.query(`ALTER TABLE "improvement_action" DROP CONSTRAINT "ck_improvement_action_done"`);
    await queryRunner.query(
      `ALTER TABLE "improvement_action" ADD CONSTRAINT "ck_improvement_action_done" CHECK (status IN ('PROPOSED','AGREED') OR module_version_id IS NOT NULL)`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_improvement_action_national_programme"`);
    // The national programmes' actions go with the peer reviews they came from.
    await queryRunner.query(`DELETE FROM "improvement_action" WHERE "national_programme_id" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "improvement_action" ALTER COLUMN "module_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "improvement_action" DROP COLUMN "national_programme_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_peer_review_recommendation_review"`);
    await queryRunner.query(`DROP INDEX "public"."uq_peer_review_recommendation_action"`);
    await queryRunner.query(`DROP TABLE "peer_review_recommendation"`);
    await queryRunner.query(`DROP INDEX "public"."ix_peer_review_interview_review"`);
    await queryRunner.query(`DROP TABLE "peer_review_interview"`);
    await queryRunner.query(`DROP TABLE "peer_review_self_report_area"`);
    await queryRunner.query(`DROP INDEX "public"."ix_peer_review_peer_person"`);
    await queryRunner.query(`DROP TABLE "peer_review_peer"`);
    await queryRunner.query(`DROP INDEX "public"."uq_peer_review_edition_country"`);
    await queryRunner.query(`DROP TABLE "peer_review"`);
    await queryRunner.query(`DROP TABLE "peer_reviewer"`);
  }
}
