import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Join the network": applications from the public form, one pending per country and registry code,
 * decided by the country's coordinator (approval links the organisation it created).
 */
export class AddNetworkApplications1795427800000 implements MigrationInterface {
  name = 'AddNetworkApplications1795427800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "network_application" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_name" text NOT NULL, "kind" text NOT NULL, "country_code" character(2) NOT NULL, "registry_code" text NOT NULL, "city" text NOT NULL, "website" text, "sector" text, "size_class" text, "contact_given_name" text NOT NULL, "contact_family_name" text NOT NULL, "contact_email" text NOT NULL, "preferred_language" text NOT NULL, "message" text, "status" text NOT NULL DEFAULT 'PENDING', "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "rejection_reason" text, "created_organisation_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "requester_ip_hash" text NOT NULL, CONSTRAINT "ck_network_application_website" CHECK (website IS NULL OR website ~ '^https?://[^\\s]+$'), CONSTRAINT "ck_network_application_reason" CHECK (status <> 'REJECTED' OR length(trim(rejection_reason)) > 0), CONSTRAINT "ck_network_application_decision" CHECK ((status = 'PENDING') = (decided_at IS NULL)), CONSTRAINT "ck_network_application_language" CHECK (preferred_language IN ('en','et','lv','lt','ru')), CONSTRAINT "ck_network_application_status" CHECK (status IN ('PENDING','APPROVED','REJECTED')), CONSTRAINT "ck_network_application_country" CHECK (country_code IN ('EE','LV','LT')), CONSTRAINT "ck_network_application_kind" CHECK (kind IN ('VET_INSTITUTION','COMPANY')), CONSTRAINT "PK_689cf7e363ff0444830e9647026" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_network_application_queue" ON "network_application"  ("country_code", "status", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_network_application_pending" ON "network_application"  ("country_code", "registry_code") WHERE status = 'PENDING'`,
    );
    await queryRunner.query(
      `ALTER TABLE "network_application" ADD CONSTRAINT "FK_7412e171d3bb810ad7bf01b3e09" FOREIGN KEY ("country_code") REFERENCES "country"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "network_application" ADD CONSTRAINT "FK_2e9177232c68131f679f250efb9" FOREIGN KEY ("decided_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "network_application" ADD CONSTRAINT "FK_9105f33dd99dd0f9ccbceb32439" FOREIGN KEY ("created_organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "network_application" DROP CONSTRAINT "FK_9105f33dd99dd0f9ccbceb32439"`);
    await queryRunner.query(`ALTER TABLE "network_application" DROP CONSTRAINT "FK_2e9177232c68131f679f250efb9"`);
    await queryRunner.query(`ALTER TABLE "network_application" DROP CONSTRAINT "FK_7412e171d3bb810ad7bf01b3e09"`);
    await queryRunner.query(`DROP INDEX "public"."uq_network_application_pending"`);
    await queryRunner.query(`DROP INDEX "public"."ix_network_application_queue"`);
    await queryRunner.query(`DROP TABLE "network_application"`);
  }
}
