import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The mobility register (issue 18): who recorded a mobility and from which accepted host-offer
 * request; host offers with their requests. `places_accepted <= places` is the database's guarantee
 * that parallel acceptances never give away more places than an offer has.
 */
export class AddMobilityRegister1796000000000 implements MigrationInterface {
  name = 'AddMobilityRegister1796000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "host_offer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "kind" text NOT NULL, "host_organisation" text NOT NULL, "host_country" character(2) NOT NULL, "sector" text, "description" text NOT NULL, "places" integer NOT NULL, "places_accepted" integer NOT NULL DEFAULT '0', "available_from" date NOT NULL, "available_until" date NOT NULL, "languages" text array NOT NULL DEFAULT '{}', "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_host_offer_places" CHECK (places > 0 AND places_accepted >= 0 AND places_accepted <= places), CONSTRAINT "ck_host_offer_window" CHECK (available_until >= available_from), CONSTRAINT "ck_host_offer_kind" CHECK (kind IN ('STUDY_VISIT','JOB_SHADOWING','TEACHER_EXCHANGE','LEARNER_PLACEMENT','EXPERT_VISIT')), CONSTRAINT "PK_225c986792729892003dea9481e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_host_offer_window" ON "host_offer"  ("available_until", "id") `);
    await queryRunner.query(
      `CREATE TABLE "host_offer_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "offer_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "places" integer NOT NULL DEFAULT '1', "message" text NOT NULL, "status" text NOT NULL DEFAULT 'REQUESTED', "requested_by_id" uuid, "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "decision_note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_host_offer_request_places" CHECK (places > 0), CONSTRAINT "ck_host_offer_request_status" CHECK (status IN ('REQUESTED','ACCEPTED','DECLINED')), CONSTRAINT "PK_ce199462d85a0dccfbfd6bdb912" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_host_offer_request_open" ON "host_offer_request"  ("offer_id", "organisation_id") WHERE status <> 'DECLINED'`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_host_offer_request_offer" ON "host_offer_request"  ("offer_id", "created_at") `,
    );
    await queryRunner.query(`ALTER TABLE "mobility" ADD "host_offer_request_id" uuid`);
    await queryRunner.query(`ALTER TABLE "mobility" ADD "recorded_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "mobility" ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_mobility_host_offer_request" ON "mobility"  ("host_offer_request_id") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_mobility_starts_on" ON "mobility"  ("starts_on", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_mobility_person" ON "mobility"  ("person_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_mobility_from_organisation" ON "mobility"  ("from_organisation_id", "starts_on") `,
    );
    await queryRunner.query(
      `ALTER TABLE "host_offer" ADD CONSTRAINT "FK_d37701360ee9f62aea5e9d2e994" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "host_offer" ADD CONSTRAINT "FK_881d3b77ef897f4e2ffd4efb963" FOREIGN KEY ("host_country") REFERENCES "country"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "host_offer" ADD CONSTRAINT "FK_0b6a18d5aebdf3fa3067baa9cc8" FOREIGN KEY ("created_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "host_offer_request" ADD CONSTRAINT "FK_0b1bc089c7c1fbd0aac8d0661f5" FOREIGN KEY ("offer_id") REFERENCES "host_offer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "host_offer_request" ADD CONSTRAINT "FK_832e4b103010361e396a167905e" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "host_offer_request" ADD CONSTRAINT "FK_b10464101e36c638f718de4697e" FOREIGN KEY ("requested_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "host_offer_request" ADD CONSTRAINT "FK_553e1a72ec71109fff0b7337ecf" FOREIGN KEY ("decided_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mobility" ADD CONSTRAINT "FK_223bf7eeeaa774a649d77e4d126" FOREIGN KEY ("host_offer_request_id") REFERENCES "host_offer_request"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mobility" ADD CONSTRAINT "FK_e9d6e2d623905deac7d88f8710d" FOREIGN KEY ("recorded_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mobility" DROP CONSTRAINT "FK_e9d6e2d623905deac7d88f8710d"`);
    await queryRunner.query(`ALTER TABLE "mobility" DROP CONSTRAINT "FK_223bf7eeeaa774a649d77e4d126"`);
    await queryRunner.query(`ALTER TABLE "host_offer_request" DROP CONSTRAINT "FK_553e1a72ec71109fff0b7337ecf"`);
    await queryRunner.query(`ALTER TABLE "host_offer_request" DROP CONSTRAINT "FK_b10464101e36c638f718de4697e"`);
    await queryRunner.query(`ALTER TABLE "host_offer_request" DROP CONSTRAINT "FK_832e4b103010361e396a167905e"`);
    await queryRunner.query(`ALTER TABLE "host_offer_request" DROP CONSTRAINT "FK_0b1bc089c7c1fbd0aac8d0661f5"`);
    await queryRunner.query(`ALTER TABLE "host_offer" DROP CONSTRAINT "FK_0b6a18d5aebdf3fa3067baa9cc8"`);
    await queryRunner.query(`ALTER TABLE "host_offer" DROP CONSTRAINT "FK_881d3b77ef897f4e2ffd4efb963"`);
    await queryRunner.query(`ALTER TABLE "host_offer" DROP CONSTRAINT "FK_d37701360ee9f62aea5e9d2e994"`);
    await queryRunner.query(`DROP INDEX "public"."ix_mobility_from_organisation"`);
    await queryRunner.query(`DROP INDEX "public"."ix_mobility_person"`);
    await queryRunner.query(`DROP INDEX "public"."ix_mobility_starts_on"`);
    await queryRunner.query(`DROP INDEX "public"."uq_mobility_host_offer_request"`);
    await queryRunner.query(`ALTER TABLE "mobility" DROP COLUMN "updated_at"`);
    await queryRunner.query(`ALTER TABLE "mobility" DROP COLUMN "recorded_by_id"`);
    await queryRunner.query(`ALTER TABLE "mobility" DROP COLUMN "host_offer_request_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_host_offer_request_offer"`);
    await queryRunner.query(`DROP INDEX "public"."uq_host_offer_request_open"`);
    await queryRunner.query(`DROP TABLE "host_offer_request"`);
    await queryRunner.query(`DROP INDEX "public"."ix_host_offer_window"`);
    await queryRunner.query(`DROP TABLE "host_offer"`);
  }
}
