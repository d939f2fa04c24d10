import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Policy recommendations and guidelines (issue 15): a recommendation for an audience (a national
 * authority of one country, social partners, VET institutions, companies, the Baltic level), the
 * findings it rests on, its own cited figures (frozen snapshots, like a finding's) and the comments
 * of its consultation. DRAFT → IN_CONSULTATION → PUBLISHED.
 */
export class AddPolicyRecommendations1796685977779 implements MigrationInterface {
  name = 'AddPolicyRecommendations1796685977779';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "policy_recommendation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "edition_id" uuid NOT NULL, "title" text NOT NULL, "text" text NOT NULL, "language" text NOT NULL DEFAULT 'en', "audience" text NOT NULL, "country_code" text, "status" text NOT NULL DEFAULT 'DRAFT', "consultation_started_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "lock_version" integer NOT NULL DEFAULT '1', CONSTRAINT "ck_policy_recommendation_published" CHECK (status <> 'PUBLISHED' OR published_at IS NOT NULL), CONSTRAINT "ck_policy_recommendation_text" CHECK (length(trim(text)) > 0), CONSTRAINT "ck_policy_recommendation_title" CHECK (length(trim(title)) > 0), CONSTRAINT "ck_policy_recommendation_country" CHECK ((audience <> 'NATIONAL_AUTHORITY' OR country_code IS NOT NULL) AND (audience <> 'BALTIC' OR country_code IS NULL) AND (country_code IS NULL OR country_code IN ('EE','LV','LT'))), CONSTRAINT "ck_policy_recommendation_audience" CHECK (audience IN ('NATIONAL_AUTHORITY','SOCIAL_PARTNERS','VET_INSTITUTIONS','COMPANIES','BALTIC')), CONSTRAINT "ck_policy_recommendation_status" CHECK (status IN ('DRAFT','IN_CONSULTATION','PUBLISHED')), CONSTRAINT "PK_04bfd15d6d6518ea46fcfc3353e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_policy_recommendation_audience" ON "policy_recommendation"  ("edition_id", "audience", "country_code") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_policy_recommendation_edition_status" ON "policy_recommendation"  ("edition_id", "status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "policy_recommendation_finding" ("recommendation_id" uuid NOT NULL, "finding_id" uuid NOT NULL, CONSTRAINT "PK_d4ca6db47f1bc042894de078328" PRIMARY KEY ("recommendation_id", "finding_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_policy_recommendation_finding_finding" ON "policy_recommendation_finding"  ("finding_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "policy_recommendation_citation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recommendation_id" uuid NOT NULL, "kind" text NOT NULL, "source" jsonb NOT NULL, "snapshot" jsonb NOT NULL, "cited_by_id" uuid, "cited_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_policy_recommendation_citation_quote" CHECK (kind <> 'QUOTE' OR (snapshot ->> 'groupSize')::int >= 10), CONSTRAINT "ck_policy_recommendation_citation_group" CHECK ((snapshot ->> 'groupSize')::int >= 5), CONSTRAINT "ck_policy_recommendation_citation_kind" CHECK (kind IN ('SURVEY_RESULT','COMPETENCE_AGGREGATE','FIGURE','QUOTE')), CONSTRAINT "PK_da8e5f0dc8a2ad1e9f83bdace4d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_policy_recommendation_citation_recommendation" ON "policy_recommendation_citation"  ("recommendation_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "policy_recommendation_comment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recommendation_id" uuid NOT NULL, "author_id" uuid, "text" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_policy_recommendation_comment_text" CHECK (length(trim(text)) > 0), CONSTRAINT "PK_05a9b9b63c0cae096205fc9142e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_policy_recommendation_comment_recommendation" ON "policy_recommendation_comment"  ("recommendation_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "policy_recommendation" ADD CONSTRAINT "FK_8b1e61d74766ecc2f1e2f3b70dc" FOREIGN KEY ("edition_id") REFERENCES "edition"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "policy_recommendation" ADD CONSTRAINT "FK_fdacddb0b8af71df1706fb53e27" FOREIGN KEY ("created_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "policy_recommendation_finding" ADD CONSTRAINT "FK_1b304b64913432e607e46923467" FOREIGN KEY ("recommendation_id") REFERENCES "policy_recommendation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "policy_recommendation_finding" ADD CONSTRAINT "FK_4d57a290b3e206805bcbdff74c8" FOREIGN KEY ("finding_id") REFERENCES "finding"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "policy_recommendation_citation" ADD CONSTRAINT "FK_b6d83064ddcd5e626d5db87e21d" FOREIGN KEY ("recommendation_id") REFERENCES "policy_recommendation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "policy_recommendation_citation" ADD CONSTRAINT "FK_bd8ed1efab090db306a1ae78b4c" FOREIGN KEY ("cited_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "policy_recommendation_comment" ADD CONSTRAINT "FK_60527e30b55181cea5e9c4aedd7" FOREIGN KEY ("recommendation_id") REFERENCES "policy_recommendation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "policy_recommendation_comment" ADD CONSTRAINT "FK_d615512971c4c332cce7057e224" FOREIGN KEY ("author_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "policy_recommendation_comment" DROP CONSTRAINT "FK_d615512971c4c332cce7057e224"`,
    );
    await queryRunner.query(
      `ALTER TABLE "policy_recommendation_comment" DROP CONSTRAINT "FK_60527e30b55181cea5e9c4aedd7"`,
    );
    await queryRunner.query(
      `ALTER TABLE "policy_recommendation_citation" DROP CONSTRAINT "FK_bd8ed1efab090db306a1ae78b4c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "policy_recommendation_citation" DROP CONSTRAINT "FK_b6d83064ddcd5e626d5db87e21d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "policy_recommendation_finding" DROP CONSTRAINT "FK_4d57a290b3e206805bcbdff74c8"`,
    );
    await queryRunner.query(
      `ALTER TABLE "policy_recommendation_finding" DROP CONSTRAINT "FK_1b304b64913432e607e46923467"`,
    );
    await queryRunner.query(`ALTER TABLE "policy_recommendation" DROP CONSTRAINT "FK_fdacddb0b8af71df1706fb53e27"`);
    await queryRunner.query(`ALTER TABLE "policy_recommendation" DROP CONSTRAINT "FK_8b1e61d74766ecc2f1e2f3b70dc"`);
    await queryRunner.query(`DROP INDEX "public"."ix_policy_recommendation_comment_recommendation"`);
    await queryRunner.query(`DROP TABLE "policy_recommendation_comment"`);
    await queryRunner.query(`DROP INDEX "public"."ix_policy_recommendation_citation_recommendation"`);
    await queryRunner.query(`DROP TABLE "policy_recommendation_citation"`);
    await queryRunner.query(`DROP INDEX "public"."ix_policy_recommendation_finding_finding"`);
    await queryRunner.query(`DROP TABLE "policy_recommendation_finding"`);
    await queryRunner.query(`DROP INDEX "public"."ix_policy_recommendation_edition_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_policy_recommendation_audience"`);
    await queryRunner.query(`DROP TABLE "policy_recommendation"`);
  }
}
