import { MigrationInterface, QueryRunner } from 'typeorm';

/** A finding's statement in other languages (issue 15: the report in the reader's language). */
export class AddFindingTranslations1796691497281 implements MigrationInterface {
  name = 'AddFindingTranslations1796691497281';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "finding_translation" ("finding_id" uuid NOT NULL, "language" text NOT NULL, "statement" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_finding_translation_statement" CHECK (length(trim(statement)) BETWEEN 1 AND 2000), CONSTRAINT "ck_finding_translation_language" CHECK (language IN ('en','et','lv','lt','ru')), CONSTRAINT "PK_ec0df14899880d7beac4633fce3" PRIMARY KEY ("finding_id", "language"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "finding_translation" ADD CONSTRAINT "FK_e8953a8c16ba44724e7ee965bd1" FOREIGN KEY ("finding_id") REFERENCES "finding"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "finding_translation" DROP CONSTRAINT "FK_e8953a8c16ba44724e7ee965bd1"`);
    await queryRunner.query(`DROP TABLE "finding_translation"`);
  }
}
