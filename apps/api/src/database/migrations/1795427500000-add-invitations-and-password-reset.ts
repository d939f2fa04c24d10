import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invitations and password reset: single-use account tokens (only their SHA-256 stored), and the consents a person records on accepting an invitation (research use, with its time; privacy notice read).
 */
export class AddInvitationsAndPasswordReset1795427500000 implements MigrationInterface {
  name = 'AddInvitationsAndPasswordReset1795427500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "person" ADD "research_consent" boolean`);
    await queryRunner.query(`ALTER TABLE "person" ADD "research_consent_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "person" ADD "privacy_notice_accepted_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `CREATE TABLE "account_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "purpose" text NOT NULL, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_account_token_purpose" CHECK (purpose IN ('INVITATION','PASSWORD_RESET')), CONSTRAINT "PK_a55842d3341d42534e39f85e931" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_account_token_person" ON "account_token"  ("person_id", "purpose") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_account_token_hash" ON "account_token"  ("token_hash") `);
    await queryRunner.query(
      `ALTER TABLE "account_token" ADD CONSTRAINT "FK_af4b55453cff1f21730e66cb265" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "account_token" ADD CONSTRAINT "FK_792beb72b286b6dde6fd6d13535" FOREIGN KEY ("created_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "account_token" DROP CONSTRAINT "FK_792beb72b286b6dde6fd6d13535"`);
    await queryRunner.query(`ALTER TABLE "account_token" DROP CONSTRAINT "FK_af4b55453cff1f21730e66cb265"`);
    await queryRunner.query(`DROP INDEX "public"."uq_account_token_hash"`);
    await queryRunner.query(`DROP INDEX "public"."ix_account_token_person"`);
    await queryRunner.query(`DROP TABLE "account_token"`);
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "privacy_notice_accepted_at"`);
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "research_consent_at"`);
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "research_consent"`);
  }
}
