import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Erasure requests (issue 17): asked by the person, carried out by a coordinator or an ADMIN. */

export class AddErasureRequests1795510100000 implements MigrationInterface {
  name = 'AddErasureRequests1795510100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "erasure_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'REQUESTED', "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_erasure_request_decided" CHECK ((status = 'ERASED') = (decided_at IS NOT NULL)), CONSTRAINT "ck_erasure_request_status" CHECK (status IN ('REQUESTED','ERASED')), CONSTRAINT "PK_0c34e095458940f9fb9619f92de" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_erasure_request_open" ON "erasure_request"  ("person_id") WHERE status = 'REQUESTED'`,
    );
    await queryRunner.query(
      `ALTER TABLE "erasure_request" ADD CONSTRAINT "FK_04345b4ec6721aad6892c95d232" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "erasure_request" ADD CONSTRAINT "FK_9d3d194b4f594ca0b340ac7a32f" FOREIGN KEY ("decided_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "erasure_request" DROP CONSTRAINT "FK_9d3d194b4f594ca0b340ac7a32f"`);
    await queryRunner.query(`ALTER TABLE "erasure_request" DROP CONSTRAINT "FK_04345b4ec6721aad6892c95d232"`);
    await queryRunner.query(`DROP INDEX "public"."uq_erasure_request_open"`);
    await queryRunner.query(`DROP TABLE "erasure_request"`);
  }
}
