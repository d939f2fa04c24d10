import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Session data rules: an edition's longest session per day (10 hours by default; longer trainings are
 * a series), and the calendar SEQUENCE issued per person and session, so that it only grows per UID.
 */
export class SessionLengthAndCalendarSequence1795428210000 implements MigrationInterface {
  name = 'SessionLengthAndCalendarSequence1795428210000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "calendar_sequence" ("person_id" uuid NOT NULL, "session_id" uuid NOT NULL, "sequence" integer NOT NULL, "cancelled" boolean NOT NULL, "session_sequence" integer NOT NULL, CONSTRAINT "PK_48759274cf31d947870654c524c" PRIMARY KEY ("person_id", "session_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_calendar_sequence_session" ON "calendar_sequence"  ("session_id") `);
    await queryRunner.query(`ALTER TABLE "edition" ADD "max_session_hours_per_day" numeric(4,1) NOT NULL DEFAULT '10'`);
    await queryRunner.query(
      `ALTER TABLE "edition" ADD CONSTRAINT "ck_edition_max_session_hours" CHECK (max_session_hours_per_day > 0 AND max_session_hours_per_day <= 24)`,
    );
    await queryRunner.query(
      `ALTER TABLE "calendar_sequence" ADD CONSTRAINT "FK_30679ceb19d38063d4e48d344de" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "calendar_sequence" ADD CONSTRAINT "FK_076a195e7eec1776c971bb5f367" FOREIGN KEY ("session_id") REFERENCES "training_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "calendar_sequence" DROP CONSTRAINT "FK_076a195e7eec1776c971bb5f367"`);
    await queryRunner.query(`ALTER TABLE "calendar_sequence" DROP CONSTRAINT "FK_30679ceb19d38063d4e48d344de"`);
    await queryRunner.query(`ALTER TABLE "edition" DROP CONSTRAINT "ck_edition_max_session_hours"`);
    await queryRunner.query(`ALTER TABLE "edition" DROP COLUMN "max_session_hours_per_day"`);
    await queryRunner.query(`DROP INDEX "public"."ix_calendar_sequence_session"`);
    await queryRunner.query(`DROP TABLE "calendar_sequence"`);
  }
}
