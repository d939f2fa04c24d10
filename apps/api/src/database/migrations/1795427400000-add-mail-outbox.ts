import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The mail outbox: every e-mail rendered in its recipient's language, QUEUED until the job queue (pg-boss, its own schema pgboss, created by pg-boss itself) sends it, then SENT or FAILED.
 */
export class AddMailOutbox1795427400000 implements MigrationInterface {
  name = 'AddMailOutbox1795427400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "outbox_message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient_email" text NOT NULL, "recipient_person_id" uuid, "language" text NOT NULL, "kind" text NOT NULL, "subject" text NOT NULL, "text_body" text NOT NULL, "status" text NOT NULL DEFAULT 'QUEUED', "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_outbox_message_attempts" CHECK (attempts >= 0), CONSTRAINT "ck_outbox_message_language" CHECK (language IN ('en','et','lv','lt','ru')), CONSTRAINT "ck_outbox_message_status" CHECK (status IN ('QUEUED','SENT','FAILED')), CONSTRAINT "PK_2f36ee5236f2793f3e7bd554589" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_8e376e515905a54e65a59d45be" ON "outbox_message"  ("recipient_person_id") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_outbox_message_status" ON "outbox_message"  ("status", "created_at") `);
    await queryRunner.query(`CREATE INDEX "ix_outbox_message_created" ON "outbox_message"  ("created_at", "id") `);
    await queryRunner.query(
      `ALTER TABLE "outbox_message" ADD CONSTRAINT "FK_8e376e515905a54e65a59d45be6" FOREIGN KEY ("recipient_person_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_message" DROP CONSTRAINT "FK_8e376e515905a54e65a59d45be6"`);
    await queryRunner.query(`DROP INDEX "public"."ix_outbox_message_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_outbox_message_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8e376e515905a54e65a59d45be"`);
    await queryRunner.query(`DROP TABLE "outbox_message"`);
  }
}
