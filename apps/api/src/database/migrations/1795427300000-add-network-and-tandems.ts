import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The network and tandems: organisation sector, size class and website; clusters (company ↔ school,
 * kinds pinned by composite foreign keys to organisation (id, kind)); tutor profiles (side tied to the
 * employer's kind); tutors taking part in an edition; tandems and their members. A tutor is in at most
 * one non-dissolved tandem per edition: the partial unique index uq_tandem_member_one_per_edition,
 * whose status column follows the tandem through ON UPDATE CASCADE.
 */

export class AddNetworkAndTandems1795427300000 implements MigrationInterface {
  name = 'AddNetworkAndTandems1795427300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "cluster_link" ("school_id" uuid NOT NULL, "school_kind" text NOT NULL DEFAULT 'VET_INSTITUTION', "company_id" uuid NOT NULL, "company_kind" text NOT NULL DEFAULT 'COMPANY', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_cluster_link_company_kind" CHECK (company_kind = 'COMPANY'), CONSTRAINT "ck_cluster_link_school_kind" CHECK (school_kind = 'VET_INSTITUTION'), CONSTRAINT "PK_a699fab5e1744fffdbc2d025a85" PRIMARY KEY ("school_id", "company_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_cluster_link_company" ON "cluster_link"  ("company_id") `);
    await queryRunner.query(
      `CREATE TABLE "tutor_profile" ("person_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "organisation_kind" text NOT NULL, "side" text NOT NULL, "occupation_field" text, "years_of_experience" integer, "languages" text array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_tutor_profile_languages" CHECK (array_to_string(languages, ',') ~ '^([a-z]{2}(,|$))*$'), CONSTRAINT "ck_tutor_profile_experience" CHECK (years_of_experience IS NULL OR years_of_experience BETWEEN 0 AND 70), CONSTRAINT "ck_tutor_profile_side" CHECK ((side = 'SCHOOL' AND organisation_kind = 'VET_INSTITUTION') OR (side = 'COMPANY' AND organisation_kind = 'COMPANY')), CONSTRAINT "PK_938a1cbd6361d00e3d69cb8624f" PRIMARY KEY ("person_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_tutor_profile_organisation" ON "tutor_profile"  ("organisation_id", "organisation_kind") `,
    );
    await queryRunner.query(
      `CREATE TABLE "tutor_participation" ("edition_id" uuid NOT NULL, "person_id" uuid NOT NULL, "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_de25f8b734a1c492a88f682063f" PRIMARY KEY ("edition_id", "person_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_tutor_participation_person" ON "tutor_participation"  ("person_id") `);
    await queryRunner.query(
      `CREATE TABLE "tandem" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "edition_id" uuid NOT NULL, "school_tutor_id" uuid NOT NULL, "company_tutor_id" uuid NOT NULL, "status" text NOT NULL, "formed_by_id" uuid, "by_invitation" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "activated_at" TIMESTAMP WITH TIME ZONE, "dissolved_at" TIMESTAMP WITH TIME ZONE, "dissolved_by_id" uuid, "dissolution_kind" text, "dissolution_reason" text, CONSTRAINT "uq_tandem_member_key" UNIQUE ("id", "edition_id", "status"), CONSTRAINT "ck_tandem_dissolution_kind" CHECK (dissolution_kind IS NULL OR dissolution_kind IN ('DECLINED','WITHDRAWN','DISSOLVED')), CONSTRAINT "ck_tandem_dissolved" CHECK ((status = 'DISSOLVED') = (dissolved_at IS NOT NULL AND dissolution_kind IS NOT NULL)), CONSTRAINT "ck_tandem_activated" CHECK (status NOT IN ('ACTIVE','COMPLETED') OR activated_at IS NOT NULL), CONSTRAINT "ck_tandem_two_people" CHECK (school_tutor_id <> company_tutor_id), CONSTRAINT "ck_tandem_status" CHECK (status IN ('FORMING','ACTIVE','COMPLETED','DISSOLVED')), CONSTRAINT "PK_26b7a286f39ec329467be285915" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_5317feb7c69cf8cddc97a3b366" ON "tandem"  ("school_tutor_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_bcc74d48cba82e2bcbe1414007" ON "tandem"  ("company_tutor_id") `);
    await queryRunner.query(`CREATE INDEX "ix_tandem_created" ON "tandem"  ("created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_tandem_edition_status" ON "tandem"  ("edition_id", "status") `);
    await queryRunner.query(
      `CREATE TABLE "tandem_member" ("tandem_id" uuid NOT NULL, "side" text NOT NULL, "edition_id" uuid NOT NULL, "tandem_status" text NOT NULL, "person_id" uuid NOT NULL, CONSTRAINT "ck_tandem_member_side" CHECK (side IN ('SCHOOL','COMPANY')), CONSTRAINT "PK_012768ec22c8f916b5b108fcd7a" PRIMARY KEY ("tandem_id", "side"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_tandem_member_person" ON "tandem_member"  ("person_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_tandem_member_one_per_edition" ON "tandem_member"  ("edition_id", "person_id") WHERE tandem_status <> 'DISSOLVED'`,
    );
    await queryRunner.query(`ALTER TABLE "organisation" ADD "sector" text`);
    await queryRunner.query(`ALTER TABLE "organisation" ADD "size_class" text`);
    await queryRunner.query(`ALTER TABLE "organisation" ADD "website" text`);
    await queryRunner.query(
      `CREATE INDEX "ix_organisation_country_kind_name" ON "organisation"  ("country_code", "kind", "name", "id") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_organisation_name" ON "organisation"  ("name", "id") `);
    await queryRunner.query(
      `ALTER TABLE "organisation" ADD CONSTRAINT "ck_organisation_website" CHECK (website IS NULL OR website ~ '^https?://[^\\s]+$')`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation" ADD CONSTRAINT "ck_organisation_size_class" CHECK (size_class IS NULL OR size_class IN ('MICRO','SMALL','MEDIUM','LARGE'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation" ADD CONSTRAINT "ck_organisation_sector" CHECK (sector IS NULL OR sector IN ('MANUFACTURING','CONSTRUCTION','ENERGY','AUTOMOTIVE','LOGISTICS','ICT','HOSPITALITY','FOOD_AND_AGRICULTURE','HEALTH_AND_CARE','RETAIL_AND_SERVICES'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation" ADD CONSTRAINT "uq_organisation_id_kind" UNIQUE ("id", "kind")`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_link" ADD CONSTRAINT "FK_e645e1fa8ec9dbff2e33e062d0b" FOREIGN KEY ("school_id", "school_kind") REFERENCES "organisation"("id","kind") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_link" ADD CONSTRAINT "FK_93e09c1ad33148f767299b8e3c8" FOREIGN KEY ("company_id", "company_kind") REFERENCES "organisation"("id","kind") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tutor_profile" ADD CONSTRAINT "FK_938a1cbd6361d00e3d69cb8624f" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tutor_profile" ADD CONSTRAINT "FK_7f95f53291244e561feee616a2c" FOREIGN KEY ("organisation_id", "organisation_kind") REFERENCES "organisation"("id","kind") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tutor_participation" ADD CONSTRAINT "FK_27a1cae40e6aa2b89cefc2d64d6" FOREIGN KEY ("edition_id") REFERENCES "edition"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tutor_participation" ADD CONSTRAINT "FK_69d24870e3778f6c4d221340557" FOREIGN KEY ("person_id") REFERENCES "tutor_profile"("person_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tandem" ADD CONSTRAINT "FK_6683be5c9f4c7fe022868613fc6" FOREIGN KEY ("edition_id") REFERENCES "edition"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tandem" ADD CONSTRAINT "FK_5317feb7c69cf8cddc97a3b366f" FOREIGN KEY ("school_tutor_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tandem" ADD CONSTRAINT "FK_bcc74d48cba82e2bcbe1414007b" FOREIGN KEY ("company_tutor_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tandem" ADD CONSTRAINT "FK_2235db012259fb972e3e39530da" FOREIGN KEY ("formed_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tandem" ADD CONSTRAINT "FK_28938ea61ca39bae9029db33766" FOREIGN KEY ("dissolved_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tandem_member" ADD CONSTRAINT "FK_4b59fc28c12f8c9aeecdd191213" FOREIGN KEY ("tandem_id", "edition_id", "tandem_status") REFERENCES "tandem"("id","edition_id","status") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "tandem_member" ADD CONSTRAINT "FK_bda83ccfbb685a0b32356130241" FOREIGN KEY ("edition_id", "person_id") REFERENCES "tutor_participation"("edition_id","person_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tandem_member" DROP CONSTRAINT "FK_bda83ccfbb685a0b32356130241"`);
    await queryRunner.query(`ALTER TABLE "tandem_member" DROP CONSTRAINT "FK_4b59fc28c12f8c9aeecdd191213"`);
    await queryRunner.query(`ALTER TABLE "tandem" DROP CONSTRAINT "FK_28938ea61ca39bae9029db33766"`);
    await queryRunner.query(`ALTER TABLE "tandem" DROP CONSTRAINT "FK_2235db012259fb972e3e39530da"`);
    await queryRunner.query(`ALTER TABLE "tandem" DROP CONSTRAINT "FK_bcc74d48cba82e2bcbe1414007b"`);
    await queryRunner.query(`ALTER TABLE "tandem" DROP CONSTRAINT "FK_5317feb7c69cf8cddc97a3b366f"`);
    await queryRunner.query(`ALTER TABLE "tandem" DROP CONSTRAINT "FK_6683be5c9f4c7fe022868613fc6"`);
    await queryRunner.query(`ALTER TABLE "tutor_participation" DROP CONSTRAINT "FK_69d24870e3778f6c4d221340557"`);
    await queryRunner.query(`ALTER TABLE "tutor_participation" DROP CONSTRAINT "FK_27a1cae40e6aa2b89cefc2d64d6"`);
    await queryRunner.query(`ALTER TABLE "tutor_profile" DROP CONSTRAINT "FK_7f95f53291244e561feee616a2c"`);
    await queryRunner.query(`ALTER TABLE "tutor_profile" DROP CONSTRAINT "FK_938a1cbd6361d00e3d69cb8624f"`);
    await queryRunner.query(`ALTER TABLE "cluster_link" DROP CONSTRAINT "FK_93e09c1ad33148f767299b8e3c8"`);
    await queryRunner.query(`ALTER TABLE "cluster_link" DROP CONSTRAINT "FK_e645e1fa8ec9dbff2e33e062d0b"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP CONSTRAINT "uq_organisation_id_kind"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP CONSTRAINT "ck_organisation_sector"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP CONSTRAINT "ck_organisation_size_class"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP CONSTRAINT "ck_organisation_website"`);
    await queryRunner.query(`DROP INDEX "public"."ix_organisation_name"`);
    await queryRunner.query(`DROP INDEX "public"."ix_organisation_country_kind_name"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "website"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "size_class"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "sector"`);
    await queryRunner.query(`DROP INDEX "public"."uq_tandem_member_one_per_edition"`);
    await queryRunner.query(`DROP INDEX "public"."ix_tandem_member_person"`);
    await queryRunner.query(`DROP TABLE "tandem_member"`);
    await queryRunner.query(`DROP INDEX "public"."ix_tandem_edition_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_tandem_created"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bcc74d48cba82e2bcbe1414007"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5317feb7c69cf8cddc97a3b366"`);
    await queryRunner.query(`DROP TABLE "tandem"`);
    await queryRunner.query(`DROP INDEX "public"."ix_tutor_participation_person"`);
    await queryRunner.query(`DROP TABLE "tutor_participation"`);
    await queryRunner.query(`DROP INDEX "public"."ix_tutor_profile_organisation"`);
    await queryRunner.query(`DROP TABLE "tutor_profile"`);
    await queryRunner.query(`DROP INDEX "public"."ix_cluster_link_company"`);
    await queryRunner.query(`DROP TABLE "cluster_link"`);
  }
}
