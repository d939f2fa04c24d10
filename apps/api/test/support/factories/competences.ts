import { LOCALES } from '@tandem/shared-domain';
import type { DataSource } from 'typeorm';
import { row } from '../db';
import type { GivenEdition } from './programmes';

export interface GivenProfile {
  id: string;
  version: number;
  /** In profile order (area, then competence). */
  competences: { id: string; code: string }[];
}

/**
 * A competence profile version (PUBLISHED by default) with `perArea` competences in each area
 * (codes AREA.1…), every text and level descriptor in the five languages: "<code> <language>",
 * or the texts given in `titles`.
 */
export async function givenCompetenceProfile(
  db: DataSource,
  options: {
    areas: string[];
    perArea?: number;
    version?: number;
    status?: 'DRAFT' | 'PUBLISHED' | 'RETIRED';
    scaleLevels?: number;
    titles?: Record<string, Partial<Record<string, string>>>;
  },
): Promise<GivenProfile> {
  const scale = options.scaleLevels ?? 4;
  const version = options.version ?? 1;
  const status = options.status ?? 'PUBLISHED';
  const inAll = (f: (language: string) => unknown) => JSON.stringify(Object.fromEntries(LOCALES.map((l) => [l, f(l)])));
  const { id } = await row<{ id: string }>(
    db,
    `INSERT INTO competence_profile (version, status, scale_levels, published_at) VALUES ($1, $2, $3, CASE WHEN $2 <> 'DRAFT' THEN now() END) RETURNING id`,
    [version, status, scale],
  );
  const competences: GivenProfile['competences'] = [];
  for (const [a, area] of options.areas.entries()) {
    const { id: areaId } = await row<{ id: string }>(
      db,
      `INSERT INTO competence_area (profile_id, code, position, title, description) VALUES ($1, $2, $3, $4, '{}') RETURNING id`,
      [id, area, a + 1, inAll((l) => `${area} ${l}`)],
    );
    for (let n = 1; n <= (options.perArea ?? 4); n++) {
      const code = `${area}.${n}`;
      const own = options.titles?.[code] ?? {};
      const competence = await row<{ id: string }>(
        db,
        `INSERT INTO competence (profile_id, area_id, code, position, title, description, levels)
         VALUES ($1, $2, $3, $4, $5, '{}', $6) RETURNING id`,
        [
          id,
          areaId,
          code,
          n,
          inAll((l) => own[l] ?? `${code} ${l}`),
          inAll((l) => Array.from({ length: scale }, (_, i) => `${code} ${l} level ${i + 1}`)),
        ],
      );
      competences.push({ id: competence.id, code });
    }
  }
  return { id, version, competences };
}

export type RoundKind = 'BASELINE' | 'AFTER_MODULE' | 'FINAL';

const DAY = 86_400_000;

/** A self-assessment round of the edition, open from `opensInDays` to `closesInDays` (negative: past). */
export async function givenRound(
  db: DataSource,
  options: {
    edition: GivenEdition;
    profile: GivenProfile;
    kind: RoundKind;
    moduleNumber?: number;
    opensInDays: number;
    closesInDays: number;
  },
): Promise<string> {
  const { id } = await row<{ id: string }>(
    db,
    `INSERT INTO assessment_round (edition_id, kind, module_number, opens_at, closes_at, profile_version_id)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [
      options.edition.id,
      options.kind,
      options.moduleNumber ?? null,
      new Date(Date.now() + options.opensInDays * DAY),
      new Date(Date.now() + options.closesInDays * DAY),
      options.profile.id,
    ],
  );
  return id;
}

/**
 * A person's self-assessment in the round: the competences (all of the profile's by default)
 * rated `level(i)`, then SUBMITTED unless it stays a DRAFT.
 */
export async function givenSelfAssessment(
  db: DataSource,
  options: {
    roundId: string;
    profile: GivenProfile;
    personId: string;
    status?: 'DRAFT' | 'SUBMITTED';
    shared?: boolean;
    level?: (index: number) => number;
    rated?: number;
  },
): Promise<string> {
  const { id } = await row<{ id: string }>(
    db,
    `INSERT INTO self_assessment (round_id, profile_version_id, person_id, shared_with_partner) VALUES ($1, $2, $3, $4) RETURNING id`,
    [options.roundId, options.profile.id, options.personId, options.shared ?? false],
  );
  const rated = options.profile.competences.slice(0, options.rated ?? options.profile.competences.length);
  const level = options.level ?? (() => 3);
  await db.query(
    `INSERT INTO rating (self_assessment_id, profile_version_id, competence_id, level)
     SELECT $1, $2, c, l FROM unnest($3::uuid[], $4::int[]) AS x(c, l)`,
    [id, options.profile.id, rated.map((c) => c.id), rated.map((_, i) => level(i))],
  );
  if ((options.status ?? 'SUBMITTED') === 'SUBMITTED')
    await db.query(
      `UPDATE self_assessment SET status = 'SUBMITTED', submitted_at = now() - interval '1 day' WHERE id = $1`,
      [id],
    );
  return id;
}
