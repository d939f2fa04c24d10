import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in throttling per (account, address) pair with growing delays: attempts get a kind (sign-in
 * failures, reset-link requests, bad tokens and applications to join are separate buckets), indexed by
 * kind; `sign_in_alert` remembers when an account's owner was last told about failed sign-ins.
 */
export class ThrottlePerAccountAndAddress1795428200000 implements MigrationInterface {
  name = 'ThrottlePerAccountAndAddress1795428200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_login_attempt_ip_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_login_attempt_email_at"`);
    await queryRunner.query(
      `CREATE TABLE "sign_in_alert" ("email" text NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_4e814ea32ae0f32a2321cb30daf" PRIMARY KEY ("email"))`,
    );
    await queryRunner.query(`ALTER TABLE "login_attempt" ADD "kind" text NOT NULL DEFAULT 'SIGN_IN'`);
    // Rows of the former prefixed buckets are at most minutes of throttling state: they go.
    await queryRunner.query(
      `DELETE FROM "login_attempt" WHERE email LIKE 'password-reset:%' OR email LIKE 'network-application:%'`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_login_attempt_kind_ip_at" ON "login_attempt"  ("kind", "ip", "attempted_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_login_attempt_kind_email_at" ON "login_attempt"  ("kind", "email", "attempted_at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_login_attempt_kind_email_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_login_attempt_kind_ip_at"`);
    await queryRunner.query(`DELETE FROM "login_attempt" WHERE kind <> 'SIGN_IN'`);
    await queryRunner.query(`ALTER TABLE "login_attempt" DROP COLUMN "kind"`);
    await queryRunner.query(`DROP TABLE "sign_in_alert"`);
    await queryRunner.query(`CREATE INDEX "ix_login_attempt_email_at" ON "login_attempt"  ("email", "attempted_at") `);
    await queryRunner.query(`CREATE INDEX "ix_login_attempt_ip_at" ON "login_attempt"  ("ip", "attempted_at") `);
  }
}
