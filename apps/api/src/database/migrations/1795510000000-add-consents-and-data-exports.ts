import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Consent per purpose (the decisions in force and their history, with the text version) and the
 * person's data exports (issue 17). The research consent asked at the invitation moves from two
 * columns of `person` into the consent tables, with its time.
 */

export class AddConsentsAndDataExports1795510000000 implements MigrationInterface {
  name = 'AddConsentsAndDataExports1795510000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "consent_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "purpose" text NOT NULL, "granted" boolean NOT NULL, "text_version" text NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "ck_consent_event_purpose" CHECK (purpose IN ('RESEARCH','PARTNER_SUGGESTIONS','ROSTER_NAME','STUDY_VISIT_MEDIA','EMAIL_REMINDERS')), CONSTRAINT "PK_da129f04a16b45855a0ebb5ed68" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_consent_event_person" ON "consent_event"  ("person_id", "changed_at") `);
    await queryRunner.query(
      `CREATE TABLE "person_consent" ("person_id" uuid NOT NULL, "purpose" text NOT NULL, "granted" boolean NOT NULL, "text_version" text NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "ck_person_consent_purpose" CHECK (purpose IN ('RESEARCH','PARTNER_SUGGESTIONS','ROSTER_NAME','STUDY_VISIT_MEDIA','EMAIL_REMINDERS')), CONSTRAINT "PK_b0215e7ff2d33b7b2efea1f6c56" PRIMARY KEY ("person_id", "purpose"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_person_consent_purpose" ON "person_consent"  ("purpose", "granted") `);
    await queryRunner.query(
      `CREATE TABLE "data_export" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'QUEUED', "progress" integer NOT NULL DEFAULT '0', "language" text NOT NULL, "content" jsonb, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "ready_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE, "failure" text, CONSTRAINT "ck_data_export_ready" CHECK ((status = 'READY') = (ready_at IS NOT NULL AND content IS NOT NULL)), CONSTRAINT "ck_data_export_progress" CHECK (progress BETWEEN 0 AND 100), CONSTRAINT "ck_data_export_status" CHECK (status IN ('QUEUED','RUNNING','READY','FAILED')), CONSTRAINT "PK_0765a950021643539f983b764ad" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_data_export_open" ON "data_export"  ("person_id") WHERE status IN ('QUEUED','RUNNING')`,
    );
    await queryRunner.query(`CREATE INDEX "ix_data_export_person" ON "data_export"  ("person_id", "requested_at") `);
    for (const table of ['person_consent', 'consent_event'])
      await queryRunner.query(`INSERT INTO "${table}" (person_id, purpose, granted, text_version, changed_at)
                SELECT id, 'RESEARCH', research_consent, 'invitation', coalesce(research_consent_at, updated_at)
                  FROM person WHERE research_consent IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "research_consent"`);
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "research_consent_at"`);
    await queryRunner.query(
      `ALTER TABLE "consent_event" ADD CONSTRAINT "FK_af28486de0c31943334b259ff0b" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "person_consent" ADD CONSTRAINT "FK_0267a2d89facaa15f83184c4ba5" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "data_export" ADD CONSTRAINT "FK_f7798910b6eb7db6e4fdb44538d" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "data_export" DROP CONSTRAINT "FK_f7798910b6eb7db6e4fdb44538d"`);
    await queryRunner.query(`ALTER TABLE "person_consent" DROP CONSTRAINT "FK_0267a2d89facaa15f83184c4ba5"`);
    await queryRunner.query(`ALTER TABLE "consent_event" DROP CONSTRAINT "FK_af28486de0c31943334b259ff0b"`);
    await queryRunner.query(`ALTER TABLE "person" ADD "research_consent_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "person" ADD "research_consent" boolean`);
    await queryRunner.query(`UPDATE person p SET research_consent = c.granted, research_consent_at = c.changed_at
            FROM person_consent c WHERE c.person_id = p.id AND c.purpose = 'RESEARCH'`);
    await queryRunner.query(`DROP INDEX "public"."ix_data_export_person"`);
    await queryRunner.query(`DROP INDEX "public"."uq_data_export_open"`);
    await queryRunner.query(`DROP TABLE "data_export"`);
    await queryRunner.query(`DROP INDEX "public"."ix_person_consent_purpose"`);
    await queryRunner.query(`DROP TABLE "person_consent"`);
    await queryRunner.query(`DROP INDEX "public"."ix_consent_event_person"`);
    await queryRunner.query(`DROP TABLE "consent_event"`);
  }
}
