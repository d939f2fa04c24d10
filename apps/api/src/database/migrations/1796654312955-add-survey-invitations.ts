import { MigrationInterface, QueryRunner } from 'typeorm';

/** One-time survey links for stakeholders without an account (only the token's hash is kept). */
export class AddSurveyInvitations1796654312955 implements MigrationInterface {
  name = 'AddSurveyInvitations1796654312955';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "survey_invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "survey_id" uuid NOT NULL, "country_code" character(2) NOT NULL, "email" text NOT NULL, "stakeholder_group" text, "language" text NOT NULL, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_on" date, "sent_count" integer NOT NULL DEFAULT '1', "invited_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_survey_invitation_language" CHECK (language IN ('en','et','lv','lt','ru')), CONSTRAINT "ck_survey_invitation_group" CHECK (stakeholder_group IS NULL OR stakeholder_group IN ('SCHOOL_MANAGER','EMPLOYER','AUTHORITY','SOCIAL_PARTNER','TUTOR')), CONSTRAINT "PK_cec5c4bf3e2b8193d2b88f11c22" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_survey_invitation_token" ON "survey_invitation"  ("token_hash") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_survey_invitation_email" ON "survey_invitation"  ("survey_id", "email") `,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_invitation" ADD CONSTRAINT "FK_583cd61450da7d20b90fe7487bf" FOREIGN KEY ("survey_id") REFERENCES "survey"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_invitation" ADD CONSTRAINT "FK_5ce9d35a681b5b01f416d52d2c2" FOREIGN KEY ("country_code") REFERENCES "country"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_invitation" ADD CONSTRAINT "FK_f5b1255b90cf12ca09376d508b7" FOREIGN KEY ("invited_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "survey_invitation" DROP CONSTRAINT "FK_f5b1255b90cf12ca09376d508b7"`);
    await queryRunner.query(`ALTER TABLE "survey_invitation" DROP CONSTRAINT "FK_5ce9d35a681b5b01f416d52d2c2"`);
    await queryRunner.query(`ALTER TABLE "survey_invitation" DROP CONSTRAINT "FK_583cd61450da7d20b90fe7487bf"`);
    await queryRunner.query(`DROP INDEX "public"."uq_survey_invitation_email"`);
    await queryRunner.query(`DROP INDEX "public"."uq_survey_invitation_token"`);
    await queryRunner.query(`DROP TABLE "survey_invitation"`);
  }
}
