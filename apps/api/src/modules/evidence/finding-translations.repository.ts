import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { execute, rows, sql } from '../../database/sql';

export interface TranslationRow {
  finding_id: string;
  language: string;
  statement: string;
}

/** The statements of findings in other languages than they were written in. */
@Injectable()
export class FindingTranslationsRepository {
  /** Those of many findings in one statement (no N+1), in language order. */
  of(db: EntityManager, findingIds: readonly string[]): Promise<TranslationRow[]> {
    return rows<TranslationRow>(
      db,
      sql`SELECT finding_id, language, statement FROM finding_translation
           WHERE finding_id = ANY(${[...findingIds]}::uuid[]) ORDER BY finding_id, language`,
    );
  }

  /** Writes or replaces one; `statement` null removes it. */
  async set(db: EntityManager, findingId: string, language: string, statement: string | null): Promise<void> {
    if (statement === null) {
      await execute(
        db,
        sql`DELETE FROM finding_translation WHERE finding_id = ${findingId} AND language = ${language}`,
      );
      return;
    }
    await execute(
      db,
      sql`INSERT INTO finding_translation (finding_id, language, statement) VALUES (${findingId}, ${language}, ${statement})
          ON CONFLICT (finding_id, language) DO UPDATE SET statement = EXCLUDED.statement, updated_at = now()`,
    );
  }
}
