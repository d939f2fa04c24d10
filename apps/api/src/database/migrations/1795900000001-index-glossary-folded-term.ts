import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Dictionary terms shown in module and toolbox texts: the candidate phrases of a text are looked
 * up by their folded form in one language (`= ANY`), so they need an index on exactly that; the
 * trigram index on `search_text` serves fuzzy search, not equality.
 */
export class IndexGlossaryFoldedTerm1795900000001 implements MigrationInterface {
  name = 'IndexGlossaryFoldedTerm1795900000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_glossary_entry_folded_term" ON "glossary_entry" ("language", tandem_fold("term"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_glossary_entry_folded_term"`);
  }
}
