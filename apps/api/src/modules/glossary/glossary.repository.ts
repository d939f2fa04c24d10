import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { likePattern } from '../../common/pagination';
import { execute, rows, sql } from '../../database/sql';
import { GlossaryEntry, GlossaryTerm, GlossaryTermRelation } from './glossary-term.entity';
import type { GlossaryDomain, GlossaryEntryStatus, PartOfSpeech } from './glossary-term.entity';

export interface EntryValues {
  language: string;
  term: string;
  partOfSpeech: PartOfSpeech | null;
  definition: string | null;
  example: string | null;
  synonyms: string[];
}

/** The vocational dictionary: terms, their entries per language and their relations. */
@Injectable()
export class GlossaryRepository {
  /** Serialises imports until the transaction ends: two imports at once would both create the same new concept. */
  async lockImports(db: EntityManager, key: number): Promise<void> {
    await rows(db, sql`SELECT pg_advisory_xact_lock(${key})`);
  }

  /**
   * Term ids matching `search` in any language, best first: a folded substring match, or a word
   * similarity above pg_trgm's threshold (small typos); both served by the trigram index.
   */
  async search(
    db: EntityManager,
    search: string | null,
    domain: GlossaryDomain | null,
    limit: number,
  ): Promise<string[]> {
    const inDomain = domain ? sql`t.domain = ${domain}` : null;
    if (!search) {
      const found = await rows<{ id: string }>(
        db,
        sql`SELECT t.id FROM glossary_term t
             LEFT JOIN glossary_entry en ON en.term_id = t.id AND en.language = 'en'
             WHERE ${sql.and([inDomain])}
             ORDER BY tandem_fold(coalesce(en.term, '')), t.id LIMIT ${limit}`,
      );
      return found.map((r) => r.id);
    }
    const found = await rows<{ id: string }>(
      db,
      sql`SELECT e.term_id AS id,
                 max(CASE WHEN e.search_text LIKE tandem_fold(${likePattern(search)}) THEN 2 ELSE 0 END
                     + word_similarity(tandem_fold(${search}), e.search_text)) AS score
            FROM glossary_entry e JOIN glossary_term t ON t.id = e.term_id
           WHERE ${sql.and([
             inDomain,
             sql`(e.search_text LIKE tandem_fold(${likePattern(search)}) OR tandem_fold(${search}) <% e.search_text)`,
           ])}
           GROUP BY e.term_id
           ORDER BY score DESC, e.term_id LIMIT ${limit}`,
    );
    return found.map((r) => r.id);
  }

  /**
   * The terms whose entry in `language` is one of `phrases`, folded like the entries (in SQL, so the
   * folding is exactly `tandem_fold`'s). The folded phrases are computed once (an InitPlan) and
   * compared with `= ANY`, which the index on (language, tandem_fold(term)) serves: no scan of the
   * dictionary, however large.
   */
  matchPhrases(
    db: EntityManager,
    phrases: readonly string[],
    language: string,
  ): Promise<{ phrase: string; termId: string }[]> {
    if (!phrases.length) return Promise.resolve([]);
    return rows<{ phrase: string; termId: string }>(
      db,
      sql`WITH c AS MATERIALIZED (SELECT DISTINCT p AS phrase, tandem_fold(p) AS folded FROM unnest(${phrases}::text[]) p)
          SELECT c.phrase, e.term_id AS "termId"
            FROM glossary_entry e JOIN c ON c.folded = tandem_fold(e.term)
           WHERE e.language = ${language}
             AND tandem_fold(e.term) = ANY((SELECT array_agg(folded) FROM c)::text[])
           ORDER BY c.phrase, e.term_id`,
    );
  }

  terms(db: EntityManager, ids: readonly string[]): Promise<GlossaryTerm[]> {
    if (!ids.length) return Promise.resolve([]);
    return db.getRepository(GlossaryTerm).createQueryBuilder('t').where('t.id = ANY(:ids)', { ids }).getMany();
  }

  entries(db: EntityManager, termIds: readonly string[]): Promise<GlossaryEntry[]> {
    if (!termIds.length) return Promise.resolve([]);
    return db
      .getRepository(GlossaryEntry)
      .createQueryBuilder('e')
      .where('e.term_id = ANY(:termIds)', { termIds })
      .getMany();
  }

  relations(db: EntityManager, termIds: readonly string[]): Promise<GlossaryTermRelation[]> {
    if (!termIds.length) return Promise.resolve([]);
    return db
      .getRepository(GlossaryTermRelation)
      .createQueryBuilder('r')
      .where('r.term_id = ANY(:termIds)', { termIds })
      .getMany();
  }

  lock(db: EntityManager, id: string): Promise<GlossaryTerm | null> {
    return db.getRepository(GlossaryTerm).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async existing(db: EntityManager, ids: readonly string[]): Promise<string[]> {
    if (!ids.length) return [];
    return (await rows<{ id: string }>(db, sql`SELECT id FROM glossary_term WHERE id = ANY(${ids})`)).map((r) => r.id);
  }

  async insertTerm(db: EntityManager, domain: GlossaryDomain, createdById: string | null): Promise<string> {
    const inserted = await db.insert(GlossaryTerm, { domain, createdById });
    return inserted.identifiers[0]['id'] as string;
  }

  async setDomain(db: EntityManager, id: string, domain: GlossaryDomain): Promise<void> {
    await db.update(GlossaryTerm, id, { domain });
  }

  /** Writes the entries (one statement), replacing those of the same languages; search_text folded in SQL. */
  async upsertEntries(
    db: EntityManager,
    termId: string,
    entries: readonly EntryValues[],
    status: GlossaryEntryStatus,
    by: string | null,
  ): Promise<void> {
    if (!entries.length) return;
    const values = entries.map(
      (e) =>
        sql`(${termId}::uuid, ${e.language}, ${e.term}, ${e.partOfSpeech}, ${e.definition}, ${e.example},
             ${e.synonyms}::text[], ${status}, tandem_fold(${[e.term, ...e.synonyms].join(' ')}), ${by}::uuid)`,
    );
    await execute(
      db,
      sql`INSERT INTO glossary_entry (term_id, language, term, part_of_speech, definition, example, synonyms, status, search_text, proposed_by_id)
          VALUES ${sql.join(values)}
          ON CONFLICT (term_id, language) DO UPDATE SET term = EXCLUDED.term, part_of_speech = EXCLUDED.part_of_speech,
            definition = EXCLUDED.definition, example = EXCLUDED.example, synonyms = EXCLUDED.synonyms,
            status = EXCLUDED.status, search_text = EXCLUDED.search_text, updated_at = now()`,
    );
  }

  async markReviewed(db: EntityManager, termId: string, language: string): Promise<number> {
    return execute(
      db,
      sql`UPDATE glossary_entry SET status = 'REVIEWED', updated_at = now() WHERE term_id = ${termId} AND language = ${language}`,
    );
  }

  /** Replaces the term's relations (kept both ways). */
  async replaceRelations(db: EntityManager, termId: string, relatedIds: readonly string[]): Promise<void> {
    await execute(db, sql`DELETE FROM glossary_term_relation WHERE term_id = ${termId} OR related_id = ${termId}`);
    const others = relatedIds.filter((id) => id !== termId);
    if (!others.length) return;
    await execute(
      db,
      sql`INSERT INTO glossary_term_relation (term_id, related_id)
          SELECT ${termId}::uuid, r FROM unnest(${others}::uuid[]) r
          UNION SELECT r, ${termId}::uuid FROM unnest(${others}::uuid[]) r
          ON CONFLICT DO NOTHING`,
    );
  }

  /** Every term id in the export's order: domain, then the English term (A–Z), then id. */
  async allIds(db: EntityManager): Promise<string[]> {
    const found = await rows<{ id: string }>(
      db,
      sql`SELECT t.id FROM glossary_term t
           LEFT JOIN glossary_entry en ON en.term_id = t.id AND en.language = 'en'
           ORDER BY t.domain, tandem_fold(coalesce(en.term, '')), t.id`,
    );
    return found.map((r) => r.id);
  }

  /** Terms whose English entry is one of `pairs` (same domain, same term ignoring case): the import's match. */
  async byEnglishTerm(
    db: EntityManager,
    pairs: readonly { domain: string; term: string }[],
  ): Promise<{ id: string; domain: string; term: string }[]> {
    if (!pairs.length) return [];
    return rows<{ id: string; domain: string; term: string }>(
      db,
      sql`SELECT t.id, t.domain, lower(e.term) AS term
            FROM glossary_entry e JOIN glossary_term t ON t.id = e.term_id
           WHERE e.language = 'en'
             AND (t.domain, lower(e.term)) IN (SELECT * FROM unnest(${pairs.map((p) => p.domain)}::text[],
                                                                     ${pairs.map((p) => p.term.toLowerCase())}::text[]))`,
    );
  }

  /** New terms with ids chosen by the caller (so that their rows keep their place in the import). */
  async insertTerms(db: EntityManager, terms: readonly { id: string; domain: string }[], by: string | null) {
    if (!terms.length) return;
    await execute(
      db,
      sql`INSERT INTO glossary_term (id, domain, created_by_id)
          SELECT u.id, u.domain, ${by}::uuid FROM unnest(${terms.map((t) => t.id)}::uuid[], ${terms.map((t) => t.domain)}::text[]) AS u(id, domain)`,
    );
  }

  async setDomains(db: EntityManager, terms: readonly { id: string; domain: string }[]): Promise<void> {
    if (!terms.length) return;
    await execute(
      db,
      sql`UPDATE glossary_term t SET domain = u.domain
            FROM unnest(${terms.map((t) => t.id)}::uuid[], ${terms.map((t) => t.domain)}::text[]) AS u(id, domain)
           WHERE t.id = u.id AND t.domain <> u.domain`,
    );
  }

  /**
   * Writes many entries in one statement, each with its own status (synonyms travel as JSON: an
   * array of arrays would be flattened by unnest).
   */
  async upsertManyEntries(
    db: EntityManager,
    entries: readonly (EntryValues & { termId: string; status: GlossaryEntryStatus })[],
    by: string | null,
  ): Promise<void> {
    if (!entries.length) return;
    const col = <K extends keyof (typeof entries)[number]>(k: K) => entries.map((e) => e[k]);
    await execute(
      db,
      sql`INSERT INTO glossary_entry (term_id, language, term, part_of_speech, definition, example, synonyms, status, search_text, proposed_by_id)
          SELECT u.term_id, u.language, u.term, u.pos, u.definition, u.example, s.synonyms, u.status,
                 tandem_fold(array_to_string(u.term || s.synonyms, ' ')), ${by}::uuid
            FROM unnest(${col('termId')}::uuid[], ${col('language')}::text[], ${col('term')}::text[], ${col('partOfSpeech')}::text[],
                        ${col('definition')}::text[], ${col('example')}::text[], ${entries.map((e) => JSON.stringify(e.synonyms))}::text[],
                        ${col('status')}::text[]) AS u(term_id, language, term, pos, definition, example, synonyms, status)
           CROSS JOIN LATERAL (SELECT ARRAY(SELECT jsonb_array_elements_text(u.synonyms::jsonb)) AS synonyms) s
          ON CONFLICT (term_id, language) DO UPDATE SET term = EXCLUDED.term, part_of_speech = EXCLUDED.part_of_speech,
            definition = EXCLUDED.definition, example = EXCLUDED.example, synonyms = EXCLUDED.synonyms,
            status = EXCLUDED.status, search_text = EXCLUDED.search_text, updated_at = now()`,
    );
  }
}
