import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The toolbox (resources with language versions, tags and a review queue), the vocational
 * dictionary (terms, entries per language, relations), study visits and mobilities.
 * `tandem_fold()` is an immutable lower(unaccent()) (unaccent itself is only STABLE), so the
 * folded search columns can carry trigram indexes for diacritics-free, typo-forgiving search.
 */
export class AddToolbox1795530000000 implements MigrationInterface {
  name = 'AddToolbox1795530000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE FUNCTION tandem_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$`,
    );
    await queryRunner.query(
      `CREATE TABLE "glossary_term" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "domain" text NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_glossary_term_domain" CHECK (domain IN ('WBL','CONSTRUCTION','ICT','METALWORK','TOURISM')), CONSTRAINT "PK_0392cb8d1b80ba9570ad6344b85" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "glossary_entry" ("term_id" uuid NOT NULL, "language" text NOT NULL, "term" text NOT NULL, "part_of_speech" text, "definition" text, "example" text, "synonyms" text array NOT NULL DEFAULT '{}', "status" text NOT NULL DEFAULT 'PROPOSED', "search_text" text NOT NULL, "proposed_by_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_glossary_entry_term" CHECK (length(trim(term)) > 0), CONSTRAINT "ck_glossary_entry_pos" CHECK (part_of_speech IS NULL OR part_of_speech IN ('NOUN','VERB','ADJECTIVE','ADVERB','PHRASE')), CONSTRAINT "ck_glossary_entry_status" CHECK (status IN ('PROPOSED','REVIEWED')), CONSTRAINT "ck_glossary_entry_language" CHECK (language IN ('en','et','lv','lt','ru')), CONSTRAINT "PK_7800bf75bd9319accb655be46ae" PRIMARY KEY ("term_id", "language"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "glossary_term_relation" ("term_id" uuid NOT NULL, "related_id" uuid NOT NULL, CONSTRAINT "ck_glossary_relation_self" CHECK (term_id <> related_id), CONSTRAINT "PK_684adefc7677ea76eebc093830f" PRIMARY KEY ("term_id", "related_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "resource" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "country_code" character(2), "status" text NOT NULL DEFAULT 'PROPOSED', "title" jsonb NOT NULL, "summary" jsonb NOT NULL DEFAULT '{}', "audience" text array NOT NULL DEFAULT '{}', "licence" text, "source" text, "author" text, "parent_id" uuid, "position" integer, "search_text" text NOT NULL, "download_count" integer NOT NULL DEFAULT '0', "proposed_by_id" uuid, "reviewed_by_id" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "review_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_resource_downloads" CHECK (download_count >= 0), CONSTRAINT "ck_resource_title_en" CHECK (length(trim(title->>'en')) > 0), CONSTRAINT "ck_resource_reason" CHECK (status NOT IN ('CHANGES_REQUESTED','REJECTED') OR length(trim(review_reason)) > 0), CONSTRAINT "ck_resource_status" CHECK (status IN ('PROPOSED','CHANGES_REQUESTED','PUBLISHED','REJECTED')), CONSTRAINT "ck_resource_kind" CHECK (kind IN ('MANUAL','GUIDE','TEMPLATE','BEST_PRACTICE','VIDEO','CHECKLIST','COLLABORATION_WAY','HANDBOOK_CHAPTER')), CONSTRAINT "PK_e2894a5867e06ae2e8889f1173f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_resource_status" ON "resource"  ("status", "created_at") `);
    await queryRunner.query(`CREATE INDEX "ix_resource_parent" ON "resource"  ("parent_id", "position") `);
    await queryRunner.query(
      `CREATE TABLE "resource_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "resource_id" uuid NOT NULL, "language" text NOT NULL, "version" integer NOT NULL, "body" text, "url" text, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_resource_version_number" CHECK (version >= 1), CONSTRAINT "ck_resource_version_content" CHECK (body IS NOT NULL OR url IS NOT NULL), CONSTRAINT "ck_resource_version_language" CHECK (language IN ('en','et','lv','lt','ru')), CONSTRAINT "PK_d1c63af9faec3c0e6bc0fa54a7b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_resource_version" ON "resource_version"  ("resource_id", "language", "version") `,
    );
    await queryRunner.query(
      `CREATE TABLE "resource_competence" ("resource_id" uuid NOT NULL, "competence_id" uuid NOT NULL, CONSTRAINT "PK_41428cf2ef1aa996fff86108277" PRIMARY KEY ("resource_id", "competence_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "resource_module" ("resource_id" uuid NOT NULL, "module_id" uuid NOT NULL, CONSTRAINT "PK_c3a2067be2359992687bca1f5d2" PRIMARY KEY ("resource_id", "module_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "study_visit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "edition_id" uuid, "title" text NOT NULL, "host_country" character(2) NOT NULL, "host_organisations" text array NOT NULL DEFAULT '{}', "starts_on" date NOT NULL, "ends_on" date NOT NULL, "description" text, "agenda" jsonb NOT NULL DEFAULT '[]', "report_summary" text, "report_published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_study_visit_dates" CHECK (ends_on >= starts_on), CONSTRAINT "PK_b6884f3e383268d64ed11542546" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "study_visit_participant" ("study_visit_id" uuid NOT NULL, "person_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'APPLIED', "what_i_saw" text, "what_i_will_transfer" text, "applied_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_study_visit_participant_status" CHECK (status IN ('APPLIED','SELECTED','WENT')), CONSTRAINT "PK_e82b0fb6a40e0cbe7677610a819" PRIMARY KEY ("study_visit_id", "person_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "mobility" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "person_id" uuid, "learner_count" integer, "from_organisation_id" uuid NOT NULL, "host_country" character(2) NOT NULL, "host_organisation" text NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "learning_outcomes" text, "outcome" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_mobility_learners" CHECK (learner_count IS NULL OR learner_count > 0), CONSTRAINT "ck_mobility_dates" CHECK (ends_on >= starts_on), CONSTRAINT "ck_mobility_kind" CHECK (kind IN ('STUDY_VISIT','JOB_SHADOWING','TEACHER_EXCHANGE','LEARNER_PLACEMENT','EXPERT_VISIT')), CONSTRAINT "PK_fdfb4ea8c23d7ddf8a171f5c166" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_mobility_kind_countries" ON "mobility"  ("kind", "host_country") `);
    await queryRunner.query(
      `CREATE INDEX "ix_glossary_entry_search" ON "glossary_entry" USING gin ("search_text" gin_trgm_ops)`,
    );
    await queryRunner.query(`CREATE INDEX "ix_resource_search" ON "resource" USING gin ("search_text" gin_trgm_ops)`);
    await queryRunner.query(
      `ALTER TABLE "glossary_term" ADD CONSTRAINT "FK_83050022c231f956ae745f9ed6f" FOREIGN KEY ("created_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "glossary_entry" ADD CONSTRAINT "FK_f6a872c01630c1288cccf7a372b" FOREIGN KEY ("term_id") REFERENCES "glossary_term"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "glossary_entry" ADD CONSTRAINT "FK_ffc93f9097d00f26f0570d32a84" FOREIGN KEY ("proposed_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "glossary_term_relation" ADD CONSTRAINT "FK_885e2c2cc405190598b7c98707b" FOREIGN KEY ("term_id") REFERENCES "glossary_term"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "glossary_term_relation" ADD CONSTRAINT "FK_d052dfffb37bb1ced511c3d76e7" FOREIGN KEY ("related_id") REFERENCES "glossary_term"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "resource" ADD CONSTRAINT "FK_5cb893319fad05cb40fdd158ea4" FOREIGN KEY ("country_code") REFERENCES "country"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "resource" ADD CONSTRAINT "FK_492aecf4a47f204a08338c0e26f" FOREIGN KEY ("parent_id") REFERENCES "resource"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "resource" ADD CONSTRAINT "FK_640984c1d0ff0b3ad0952a51d99" FOREIGN KEY ("proposed_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "resource" ADD CONSTRAINT "FK_ebca6daac9815c20133cc9f6f3c" FOREIGN KEY ("reviewed_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "resource_version" ADD CONSTRAINT "FK_b4e89c7c5a04f18cb97ade9978d" FOREIGN KEY ("resource_id") REFERENCES "resource"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "resource_version" ADD CONSTRAINT "FK_51d454b6725956e3387be89b0a6" FOREIGN KEY ("created_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "resource_competence" ADD CONSTRAINT "FK_df9dd03ae00b39d8776a993e83e" FOREIGN KEY ("resource_id") REFERENCES "resource"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "resource_competence" ADD CONSTRAINT "FK_465e38d7412ffaaaa7fe13be9af" FOREIGN KEY ("competence_id") REFERENCES "competence"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "resource_module" ADD CONSTRAINT "FK_7fa0354f37f24ac7e9960f1b440" FOREIGN KEY ("resource_id") REFERENCES "resource"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "resource_module" ADD CONSTRAINT "FK_76352eb87dbd45d9f495dc30ce0" FOREIGN KEY ("module_id") REFERENCES "module"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "study_visit" ADD CONSTRAINT "FK_04af3885abee41141314d64a388" FOREIGN KEY ("edition_id") REFERENCES "edition"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "study_visit" ADD CONSTRAINT "FK_30ec42e3401ffe30a7688c3b438" FOREIGN KEY ("host_country") REFERENCES "country"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "study_visit_participant" ADD CONSTRAINT "FK_dd649063821f6222cc3c8ed0a5f" FOREIGN KEY ("study_visit_id") REFERENCES "study_visit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "study_visit_participant" ADD CONSTRAINT "FK_03894a1829074e5658ff0b97de0" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mobility" ADD CONSTRAINT "FK_f6f93f7b9656e322a24ca5c7e2b" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mobility" ADD CONSTRAINT "FK_e6243ad8927abde210ccaedcccd" FOREIGN KEY ("from_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mobility" ADD CONSTRAINT "FK_ae9b54a4f3c8fdfd81b31f27b79" FOREIGN KEY ("host_country") REFERENCES "country"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_resource_search"`);
    await queryRunner.query(`DROP INDEX "public"."ix_glossary_entry_search"`);
    await queryRunner.query(`ALTER TABLE "mobility" DROP CONSTRAINT "FK_ae9b54a4f3c8fdfd81b31f27b79"`);
    await queryRunner.query(`ALTER TABLE "mobility" DROP CONSTRAINT "FK_e6243ad8927abde210ccaedcccd"`);
    await queryRunner.query(`ALTER TABLE "mobility" DROP CONSTRAINT "FK_f6f93f7b9656e322a24ca5c7e2b"`);
    await queryRunner.query(`ALTER TABLE "study_visit_participant" DROP CONSTRAINT "FK_03894a1829074e5658ff0b97de0"`);
    await queryRunner.query(`ALTER TABLE "study_visit_participant" DROP CONSTRAINT "FK_dd649063821f6222cc3c8ed0a5f"`);
    await queryRunner.query(`ALTER TABLE "study_visit" DROP CONSTRAINT "FK_30ec42e3401ffe30a7688c3b438"`);
    await queryRunner.query(`ALTER TABLE "study_visit" DROP CONSTRAINT "FK_04af3885abee41141314d64a388"`);
    await queryRunner.query(`ALTER TABLE "resource_module" DROP CONSTRAINT "FK_76352eb87dbd45d9f495dc30ce0"`);
    await queryRunner.query(`ALTER TABLE "resource_module" DROP CONSTRAINT "FK_7fa0354f37f24ac7e9960f1b440"`);
    await queryRunner.query(`ALTER TABLE "resource_competence" DROP CONSTRAINT "FK_465e38d7412ffaaaa7fe13be9af"`);
    await queryRunner.query(`ALTER TABLE "resource_competence" DROP CONSTRAINT "FK_df9dd03ae00b39d8776a993e83e"`);
    await queryRunner.query(`ALTER TABLE "resource_version" DROP CONSTRAINT "FK_51d454b6725956e3387be89b0a6"`);
    await queryRunner.query(`ALTER TABLE "resource_version" DROP CONSTRAINT "FK_b4e89c7c5a04f18cb97ade9978d"`);
    await queryRunner.query(`ALTER TABLE "resource" DROP CONSTRAINT "FK_ebca6daac9815c20133cc9f6f3c"`);
    await queryRunner.query(`ALTER TABLE "resource" DROP CONSTRAINT "FK_640984c1d0ff0b3ad0952a51d99"`);
    await queryRunner.query(`ALTER TABLE "resource" DROP CONSTRAINT "FK_492aecf4a47f204a08338c0e26f"`);
    await queryRunner.query(`ALTER TABLE "resource" DROP CONSTRAINT "FK_5cb893319fad05cb40fdd158ea4"`);
    await queryRunner.query(`ALTER TABLE "glossary_term_relation" DROP CONSTRAINT "FK_d052dfffb37bb1ced511c3d76e7"`);
    await queryRunner.query(`ALTER TABLE "glossary_term_relation" DROP CONSTRAINT "FK_885e2c2cc405190598b7c98707b"`);
    await queryRunner.query(`ALTER TABLE "glossary_entry" DROP CONSTRAINT "FK_ffc93f9097d00f26f0570d32a84"`);
    await queryRunner.query(`ALTER TABLE "glossary_entry" DROP CONSTRAINT "FK_f6a872c01630c1288cccf7a372b"`);
    await queryRunner.query(`ALTER TABLE "glossary_term" DROP CONSTRAINT "FK_83050022c231f956ae745f9ed6f"`);
    await queryRunner.query(`DROP INDEX "public"."ix_mobility_kind_countries"`);
    await queryRunner.query(`DROP TABLE "mobility"`);
    await queryRunner.query(`DROP TABLE "study_visit_participant"`);
    await queryRunner.query(`DROP TABLE "study_visit"`);
    await queryRunner.query(`DROP TABLE "resource_module"`);
    await queryRunner.query(`DROP TABLE "resource_competence"`);
    await queryRunner.query(`DROP INDEX "public"."uq_resource_version"`);
    await queryRunner.query(`DROP TABLE "resource_version"`);
    await queryRunner.query(`DROP INDEX "public"."ix_resource_parent"`);
    await queryRunner.query(`DROP INDEX "public"."ix_resource_status"`);
    await queryRunner.query(`DROP TABLE "resource"`);
    await queryRunner.query(`DROP TABLE "glossary_term_relation"`);
    await queryRunner.query(`DROP TABLE "glossary_entry"`);
    await queryRunner.query(`DROP TABLE "glossary_term"`);
    await queryRunner.query(`DROP FUNCTION tandem_fold(text)`);
  }
}
