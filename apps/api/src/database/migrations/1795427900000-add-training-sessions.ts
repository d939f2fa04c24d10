import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Training sessions, enrolments (a tandem's two seats or a single's one), the people each enrolment
 * seats, attendance, calendar feeds and sent reminders; and the `person_training` view that the
 * completion slice reads (one row per person per non-cancelled enrolment).
 */
export class AddTrainingSessions1795427900000 implements MigrationInterface {
  name = 'AddTrainingSessions1795427900000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "training_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "edition_id" uuid NOT NULL, "module_version_id" uuid NOT NULL, "country_code" character(2), "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "time_zone" text NOT NULL, "hours" numeric(5,2) NOT NULL, "capacity" integer NOT NULL, "seats_taken" integer NOT NULL DEFAULT '0', "status" text NOT NULL DEFAULT 'SCHEDULED', "cancel_reason" text, "venue" text, "online_url" text, "language" text NOT NULL, "enrolment_deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "allow_singles" boolean NOT NULL DEFAULT false, "sequence" integer NOT NULL DEFAULT '0', "check_in_secret" text NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_training_session_cancelled" CHECK ((status = 'CANCELLED') = (cancel_reason IS NOT NULL)), CONSTRAINT "ck_training_session_place" CHECK (venue IS NOT NULL OR online_url IS NOT NULL), CONSTRAINT "ck_training_session_hours" CHECK (hours >= 0), CONSTRAINT "ck_training_session_seats" CHECK (seats_taken >= 0 AND seats_taken <= capacity), CONSTRAINT "ck_training_session_capacity" CHECK (capacity > 0), CONSTRAINT "ck_training_session_deadline" CHECK (enrolment_deadline <= starts_at), CONSTRAINT "ck_training_session_times" CHECK (ends_at > starts_at), CONSTRAINT "ck_training_session_status" CHECK (status IN ('SCHEDULED','CANCELLED','COMPLETED')), CONSTRAINT "PK_a17a9657ff5a6e048bfd82c4651" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_training_session_module_version" ON "training_session"  ("module_version_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_training_session_country_starts" ON "training_session"  ("country_code", "starts_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_training_session_edition_starts" ON "training_session"  ("edition_id", "starts_at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "attendance" ("session_id" uuid NOT NULL, "person_id" uuid NOT NULL, "status" text NOT NULL, "method" text NOT NULL DEFAULT 'MANUAL', "marked_by_id" uuid, "marked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_attendance_method" CHECK (method IN ('MANUAL','QR')), CONSTRAINT "ck_attendance_status" CHECK (status IN ('PRESENT','ABSENT','EXCUSED')), CONSTRAINT "PK_841683cbbe8520ebfade977f2b1" PRIMARY KEY ("session_id", "person_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "calendar_feed" ("person_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6f1e687ddc5e27d066c00af5478" PRIMARY KEY ("person_id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_calendar_feed_token" ON "calendar_feed"  ("token_hash")`);
    await queryRunner.query(
      `CREATE TABLE "enrolment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "tandem_id" uuid, "status" text NOT NULL, "seats" integer NOT NULL, "queued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "booked_by_id" uuid, "confirmed_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "cancelled_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_enrolment_person_key" UNIQUE ("id", "session_id", "status"), CONSTRAINT "ck_enrolment_cancelled" CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL)), CONSTRAINT "ck_enrolment_seats" CHECK ((tandem_id IS NOT NULL AND seats = 2) OR (tandem_id IS NULL AND seats = 1)), CONSTRAINT "ck_enrolment_status" CHECK (status IN ('CONFIRMED','WAITLISTED','CANCELLED')), CONSTRAINT "PK_5d2679f6c891d77c58aa0e05f2b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_enrolment_tandem" ON "enrolment"  ("tandem_id")`);
    await queryRunner.query(
      `CREATE INDEX "ix_enrolment_session_queue" ON "enrolment"  ("session_id", "status", "queued_at")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_enrolment_tandem_session" ON "enrolment"  ("session_id", "tandem_id") WHERE status <> 'CANCELLED' AND tandem_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "enrolment_person" ("enrolment_id" uuid NOT NULL, "person_id" uuid NOT NULL, "session_id" uuid NOT NULL, "enrolment_status" text NOT NULL, CONSTRAINT "PK_af20e9ff72313b9d11b8bb5cbfe" PRIMARY KEY ("enrolment_id", "person_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_enrolment_person_person" ON "enrolment_person"  ("person_id")`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_enrolment_person_session" ON "enrolment_person"  ("session_id", "person_id") WHERE enrolment_status <> 'CANCELLED'`,
    );
    await queryRunner.query(
      `CREATE TABLE "session_reminder" ("session_id" uuid NOT NULL, "person_id" uuid NOT NULL, "kind" text NOT NULL, "outbox_message_id" uuid, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_session_reminder_kind" CHECK (kind IN ('DAYS_7','HOURS_24')), CONSTRAINT "PK_c3f87459e0e49a08a8b339c6fdd" PRIMARY KEY ("session_id", "person_id", "kind"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "session_trainer" ("session_id" uuid NOT NULL, "person_id" uuid NOT NULL, CONSTRAINT "PK_41912bf509ff37dc02f3ab58129" PRIMARY KEY ("session_id", "person_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_session_trainer_person" ON "session_trainer"  ("person_id")`);
    await queryRunner.query(
      `ALTER TABLE "training_session" ADD CONSTRAINT "FK_6706438e52a142af856e4f3c332" FOREIGN KEY ("edition_id") REFERENCES "edition"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_session" ADD CONSTRAINT "FK_81c9df637da6427b11a1b9aab4d" FOREIGN KEY ("module_version_id") REFERENCES "module_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_session" ADD CONSTRAINT "FK_cdb74d57d2fda48b6371326ee81" FOREIGN KEY ("country_code") REFERENCES "country"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_session" ADD CONSTRAINT "FK_14501824910b92835cd792c5d27" FOREIGN KEY ("created_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendance" ADD CONSTRAINT "FK_5940f7beb6d791a618dbf88361e" FOREIGN KEY ("session_id") REFERENCES "training_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendance" ADD CONSTRAINT "FK_86687a3aa35d66a5613e23ddd65" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendance" ADD CONSTRAINT "FK_3e8b09efa782bb80fedd56ad8cd" FOREIGN KEY ("marked_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "calendar_feed" ADD CONSTRAINT "FK_6f1e687ddc5e27d066c00af5478" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "enrolment" ADD CONSTRAINT "FK_1044fca171a6347474cdeb1ba08" FOREIGN KEY ("session_id") REFERENCES "training_session"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "enrolment" ADD CONSTRAINT "FK_54db9722c7eace70daabc5623b8" FOREIGN KEY ("tandem_id") REFERENCES "tandem"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "enrolment" ADD CONSTRAINT "FK_152fa17c8b7f74f7dc573ec7989" FOREIGN KEY ("booked_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "enrolment" ADD CONSTRAINT "FK_0bb6b03db907129d8620ccb1cb0" FOREIGN KEY ("cancelled_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "enrolment_person" ADD CONSTRAINT "FK_270858379dc608422a38ee9c204" FOREIGN KEY ("enrolment_id", "session_id", "enrolment_status") REFERENCES "enrolment"("id","session_id","status") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "enrolment_person" ADD CONSTRAINT "FK_52fd95e1bbd91baf6d4bfad9096" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "session_reminder" ADD CONSTRAINT "FK_01aef9f307427969183f7e5d4aa" FOREIGN KEY ("session_id") REFERENCES "training_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "session_trainer" ADD CONSTRAINT "FK_5e85971306a916933d8e43c45af" FOREIGN KEY ("session_id") REFERENCES "training_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "session_trainer" ADD CONSTRAINT "FK_edeb4ef1f60c9a6836e9b86afac" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`CREATE INDEX "ix_attendance_person" ON "attendance"  ("person_id") `);
    await queryRunner.query(`CREATE VIEW "person_training" AS
      SELECT ep.person_id, s.id AS session_id, s.edition_id, m.id AS module_id, m.kind AS module_kind,
             m.number AS joint_number, s.country_code, s.starts_at, s.ends_at, s.hours,
             s.status AS session_status, e.status AS enrolment_status, a.status AS attendance_status
        FROM enrolment e
        JOIN enrolment_person ep ON ep.enrolment_id = e.id
        JOIN training_session s ON s.id = e.session_id
        JOIN module_version mv ON mv.id = s.module_version_id
        JOIN module m ON m.id = mv.module_id
        LEFT JOIN attendance a ON a.session_id = s.id AND a.person_id = ep.person_id
       WHERE e.status <> 'CANCELLED'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW "person_training"`);
    await queryRunner.query(`DROP INDEX "public"."ix_attendance_person"`);
    await queryRunner.query(`ALTER TABLE "session_trainer" DROP CONSTRAINT "FK_edeb4ef1f60c9a6836e9b86afac"`);
    await queryRunner.query(`ALTER TABLE "session_trainer" DROP CONSTRAINT "FK_5e85971306a916933d8e43c45af"`);
    await queryRunner.query(`ALTER TABLE "session_reminder" DROP CONSTRAINT "FK_01aef9f307427969183f7e5d4aa"`);
    await queryRunner.query(`ALTER TABLE "enrolment_person" DROP CONSTRAINT "FK_52fd95e1bbd91baf6d4bfad9096"`);
    await queryRunner.query(`ALTER TABLE "enrolment_person" DROP CONSTRAINT "FK_270858379dc608422a38ee9c204"`);
    await queryRunner.query(`ALTER TABLE "enrolment" DROP CONSTRAINT "FK_0bb6b03db907129d8620ccb1cb0"`);
    await queryRunner.query(`ALTER TABLE "enrolment" DROP CONSTRAINT "FK_152fa17c8b7f74f7dc573ec7989"`);
    await queryRunner.query(`ALTER TABLE "enrolment" DROP CONSTRAINT "FK_54db9722c7eace70daabc5623b8"`);
    await queryRunner.query(`ALTER TABLE "enrolment" DROP CONSTRAINT "FK_1044fca171a6347474cdeb1ba08"`);
    await queryRunner.query(`ALTER TABLE "calendar_feed" DROP CONSTRAINT "FK_6f1e687ddc5e27d066c00af5478"`);
    await queryRunner.query(`ALTER TABLE "attendance" DROP CONSTRAINT "FK_3e8b09efa782bb80fedd56ad8cd"`);
    await queryRunner.query(`ALTER TABLE "attendance" DROP CONSTRAINT "FK_86687a3aa35d66a5613e23ddd65"`);
    await queryRunner.query(`ALTER TABLE "attendance" DROP CONSTRAINT "FK_5940f7beb6d791a618dbf88361e"`);
    await queryRunner.query(`ALTER TABLE "training_session" DROP CONSTRAINT "FK_14501824910b92835cd792c5d27"`);
    await queryRunner.query(`ALTER TABLE "training_session" DROP CONSTRAINT "FK_cdb74d57d2fda48b6371326ee81"`);
    await queryRunner.query(`ALTER TABLE "training_session" DROP CONSTRAINT "FK_81c9df637da6427b11a1b9aab4d"`);
    await queryRunner.query(`ALTER TABLE "training_session" DROP CONSTRAINT "FK_6706438e52a142af856e4f3c332"`);
    await queryRunner.query(`DROP INDEX "public"."ix_session_trainer_person"`);
    await queryRunner.query(`DROP TABLE "session_trainer"`);
    await queryRunner.query(`DROP TABLE "session_reminder"`);
    await queryRunner.query(`DROP INDEX "public"."uq_enrolment_person_session"`);
    await queryRunner.query(`DROP INDEX "public"."ix_enrolment_person_person"`);
    await queryRunner.query(`DROP TABLE "enrolment_person"`);
    await queryRunner.query(`DROP INDEX "public"."uq_enrolment_tandem_session"`);
    await queryRunner.query(`DROP INDEX "public"."ix_enrolment_session_queue"`);
    await queryRunner.query(`DROP INDEX "public"."ix_enrolment_tandem"`);
    await queryRunner.query(`DROP TABLE "enrolment"`);
    await queryRunner.query(`DROP INDEX "public"."uq_calendar_feed_token"`);
    await queryRunner.query(`DROP TABLE "calendar_feed"`);
    await queryRunner.query(`DROP TABLE "attendance"`);
    await queryRunner.query(`DROP INDEX "public"."ix_training_session_edition_starts"`);
    await queryRunner.query(`DROP INDEX "public"."ix_training_session_country_starts"`);
    await queryRunner.query(`DROP INDEX "public"."ix_training_session_module_version"`);
    await queryRunner.query(`DROP TABLE "training_session"`);
  }
}
