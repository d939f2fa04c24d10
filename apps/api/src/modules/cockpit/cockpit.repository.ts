import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { one, rows, sql, type Sql } from '../../database/sql';
import type { CompletionStatusValue } from '../completion/completion-status.entity';
import type { CockpitScope } from './cockpit-scope';

/** Counts per country × side in the viewer's scope, from the tallies. */
export interface MatrixRow {
  country: string;
  side: 'SCHOOL' | 'COMPANY';
  registered: number;
  in_tandem: number;
  in_training: number;
  trained: number;
  withdrawn: number;
  on_track: number;
  marked: number;
  present: number;
}

export interface CountryRateRow {
  country: string;
  marked: number;
  present: number;
}

export interface PeopleFilter {
  countryCode?: string | null;
  side?: 'SCHOOL' | 'COMPANY' | null;
  status?: CompletionStatusValue | null;
  onTrackOnly?: boolean;
}

export interface PersonRow {
  person_id: string;
  sort_name: string;
  given_name: string;
  family_name: string;
  email: string;
  country_code: string;
  side: 'SCHOOL' | 'COMPANY';
  organisation_id: string;
  organisation_name: string;
  status: CompletionStatusValue;
  national_hours: number;
  joint_attended: number[];
  self_assessment_done: boolean;
  assignments_accepted: number;
  assignments_required: number;
  trained_at: Date | null;
  on_track: boolean;
}

/** The viewer's part of the edition over `cs` (completion_status or a tally): filter in SQL, never after loading. */
const inScope = (scope: CockpitScope): Sql =>
  sql`(${scope.all}::boolean OR cs.country_code = ANY(${scope.countries}::text[])
       OR cs.organisation_id = ANY(${scope.organisations}::uuid[]))`;

const peopleWhere = (editionId: string, scope: CockpitScope, f: PeopleFilter): Sql =>
  sql`cs.edition_id = ${editionId} AND ${inScope(scope)}
      AND (${f.countryCode ?? null}::text IS NULL OR cs.country_code = ${f.countryCode ?? null}::text)
      AND (${f.side ?? null}::text IS NULL OR cs.side = ${f.side ?? null}::text)
      AND (${f.status ?? null}::text IS NULL OR cs.status = ${f.status ?? null}::text)
      AND (NOT ${!!f.onTrackOnly}::boolean OR cs.on_track)`;

/**
 * The cockpit's reads. They touch only completion_status and its tallies (one row per tutor, or per
 * organisation × side × status), so their cost does not grow with attendance or submissions.
 */
@Injectable()
export class CockpitRepository {
  matrix(db: EntityManager, editionId: string, scope: CockpitScope): Promise<MatrixRow[]> {
    return rows<MatrixRow>(
      db,
      sql`SELECT cs.country_code::text AS country, cs.side,
                 coalesce(sum(cs.tutors) FILTER (WHERE cs.status <> 'WITHDRAWN'), 0)::int AS registered,
                 coalesce(sum(cs.tutors) FILTER (WHERE cs.status = 'IN_TANDEM'), 0)::int AS in_tandem,
                 coalesce(sum(cs.tutors) FILTER (WHERE cs.status = 'IN_TRAINING'), 0)::int AS in_training,
                 coalesce(sum(cs.tutors) FILTER (WHERE cs.status = 'TRAINED'), 0)::int AS trained,
                 coalesce(sum(cs.tutors) FILTER (WHERE cs.status = 'WITHDRAWN'), 0)::int AS withdrawn,
                 coalesce(sum(cs.tutors) FILTER (WHERE cs.on_track), 0)::int AS on_track,
                 coalesce(sum(cs.sessions_marked), 0)::int AS marked,
                 coalesce(sum(cs.sessions_present), 0)::int AS present
            FROM completion_tally cs
           WHERE cs.edition_id = ${editionId} AND ${inScope(scope)}
           GROUP BY cs.country_code, cs.side
           ORDER BY cs.country_code, cs.side`,
    );
  }

  /**
   * The attendance rate of each country over the whole edition (aggregate, no scope): a cell's
   * forecast is the same whoever looks at it.
   */
  countryRates(db: EntityManager, editionId: string): Promise<CountryRateRow[]> {
    return rows<CountryRateRow>(
      db,
      sql`SELECT country_code::text AS country, sum(sessions_marked)::int AS marked, sum(sessions_present)::int AS present
            FROM completion_tally WHERE edition_id = ${editionId} GROUP BY country_code`,
    );
  }

  /** Tutors who became TRAINED per day (UTC), for the burn-up drawn under the rule in force. */
  trainedPerDay(db: EntityManager, editionId: string, scope: CockpitScope): Promise<{ day: string; n: number }[]> {
    return rows(
      db,
      sql`SELECT cs.day::text AS day, sum(cs.tutors)::int AS n
            FROM completion_trained_day cs
           WHERE cs.edition_id = ${editionId} AND ${inScope(scope)}
           GROUP BY cs.day ORDER BY cs.day`,
    );
  }

  /** The people behind a number, by name, after the keyset (sort name, person id). */
  people(
    db: EntityManager,
    editionId: string,
    scope: CockpitScope,
    filter: PeopleFilter,
    after: readonly [string, string] | null,
    limit: number,
  ): Promise<PersonRow[]> {
    return rows<PersonRow>(
      db,
      sql`SELECT cs.person_id, cs.sort_name, p.given_name, p.family_name, p.email, cs.country_code::text AS country_code,
                 cs.side, cs.organisation_id, o.name AS organisation_name, cs.status,
                 cs.national_hours::float AS national_hours, cs.joint_attended, cs.self_assessment_done,
                 cs.assignments_accepted, cs.assignments_required, cs.trained_at, cs.on_track
            FROM completion_status cs
            JOIN person p ON p.id = cs.person_id
            JOIN organisation o ON o.id = cs.organisation_id
           WHERE ${peopleWhere(editionId, scope, filter)}
             AND (${after?.[0] ?? null}::text IS NULL OR (cs.sort_name, cs.person_id) > (${after?.[0] ?? null}::text, ${after?.[1] ?? null}::uuid))
           ORDER BY cs.sort_name, cs.person_id
           LIMIT ${limit}`,
    );
  }

  async peopleCount(db: EntityManager, editionId: string, scope: CockpitScope, filter: PeopleFilter) {
    return (
      await one<{ n: number }>(
        db,
        sql`SELECT count(*)::int AS n FROM completion_status cs WHERE ${peopleWhere(editionId, scope, filter)}`,
      )
    ).n;
  }
}
