import { MigrationInterface, QueryRunner } from 'typeorm';

/** Stored files (bytes in the storage driver) and the materials of module versions. */
export class AddFileStorage1795427100000 implements MigrationInterface {
  name = 'AddFileStorage1795427100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "stored_file" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "storage_key" text NOT NULL, "owner_type" text NOT NULL, "owner_id" uuid NOT NULL, "file_name" text NOT NULL, "content_type" text NOT NULL, "size_bytes" bigint NOT NULL, "sha256" character(64) NOT NULL, "uploaded_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_stored_file_size" CHECK (size_bytes >= 0), CONSTRAINT "PK_e140967af84027b493a3ff04fbb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_stored_file_key" ON "stored_file"  ("storage_key") `);
    await queryRunner.query(`CREATE INDEX "ix_stored_file_owner" ON "stored_file"  ("owner_type", "owner_id") `);
    await queryRunner.query(
      `ALTER TABLE "stored_file" ADD CONSTRAINT "FK_5e06ae300ad4821b3c835725af4" FOREIGN KEY ("uploaded_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "module_version" ADD "materials" jsonb NOT NULL DEFAULT '[]'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "module_version" DROP COLUMN "materials"`);
    await queryRunner.query(`ALTER TABLE "stored_file" DROP CONSTRAINT "FK_5e06ae300ad4821b3c835725af4"`);
    await queryRunner.query(`DROP INDEX "public"."ix_stored_file_owner"`);
    await queryRunner.query(`DROP INDEX "public"."uq_stored_file_key"`);
    await queryRunner.query(`DROP TABLE "stored_file"`);
  }
}
