import type { EntityManager } from 'typeorm';
import { rows, sql } from './sql';

/** "Given Family" of each person, in one query; unknown ids are missing from the map. */
export async function displayNames(db: EntityManager, personIds: readonly string[]): Promise<Map<string, string>> {
  const ids = [...new Set(personIds)];
  if (!ids.length) return new Map();
  const found = await rows<{ id: string; name: string }>(
    db,
    sql`SELECT id, given_name || ' ' || family_name AS name FROM person WHERE id = ANY(${ids}::uuid[])`,
  );
  return new Map(found.map((p) => [p.id, p.name]));
}
