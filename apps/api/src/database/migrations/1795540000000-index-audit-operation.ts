import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The audit log filtered by operation (the admin's audit page) reads an index, newest first. */
export class IndexAuditOperation1795540000000 implements MigrationInterface {
  name = 'IndexAuditOperation1795540000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_audit_event_operation_at" ON "audit_event" ("operation", "occurred_at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_audit_event_operation_at"`);
  }
}
