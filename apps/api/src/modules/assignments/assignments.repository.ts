import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { rows, sql, type Sql } from '../../database/sql';
import { TandemAssignment } from './tandem-assignment.entity';

/** An assignment with what the API shows about its module, read in one query. */
export interface AssignmentView {
  id: string;
  moduleId: string;
  moduleCode: string;
  moduleKind: 'JOINT' | 'NATIONAL';
  moduleCountryCode: string | null;
  moduleTitle: Record<string, string>;
  moduleVersion: number;
  editionId: string;
  title: string;
  instructions: string;
  dueOn: string;
  createdByName: string | null;
  createdAt: Date;
}

interface AssignmentRow {
  id: string;
  module_id: string;
  module_code: string;
  module_kind: 'JOINT' | 'NATIONAL';
  module_country_code: string | null;
  module_title: Record<string, string>;
  module_version: number;
  edition_id: string;
  title: string;
  instructions: string;
  due_on: string;
  created_by_name: string | null;
  created_at: Date;
}

const toView = (r: AssignmentRow): AssignmentView => ({
  id: r.id,
  moduleId: r.module_id,
  moduleCode: r.module_code,
  moduleKind: r.module_kind,
  moduleCountryCode: r.module_country_code,
  moduleTitle: r.module_title,
  moduleVersion: r.module_version,
  editionId: r.edition_id,
  title: r.title,
  instructions: r.instructions,
  dueOn: r.due_on,
  createdByName: r.created_by_name,
  createdAt: r.created_at,
});

/** Tandem assignments of module versions. */
@Injectable()
export class AssignmentsRepository {
  /** The assignments matching `where` (over `a` assignment, `mv` version, `m` module), due first. */
  private async views(db: EntityManager, where: Sql): Promise<AssignmentView[]> {
    const found = await rows<AssignmentRow>(
      db,
      sql`SELECT a.id, m.id AS module_id, m.code AS module_code, m.kind AS module_kind,
                 m.country_code::text AS module_country_code, mv.title AS module_title, mv.version AS module_version,
                 m.edition_id, a.title, a.instructions, a.due_on::text AS due_on,
                 p.given_name || ' ' || p.family_name AS created_by_name, a.created_at
            FROM tandem_assignment a
            JOIN module_version mv ON mv.id = a.module_version_id
            JOIN module m ON m.id = mv.module_id
            LEFT JOIN person p ON p.id = a.created_by_id
           WHERE ${where}
           ORDER BY a.due_on ASC, m.code ASC, a.title ASC, a.id ASC`,
    );
    return found.map(toView);
  }

  async byIds(db: EntityManager, ids: readonly string[]): Promise<Map<string, AssignmentView>> {
    if (!ids.length) return new Map();
    const views = await this.views(db, sql`a.id = ANY(${[...new Set(ids)]}::uuid[])`);
    return new Map(views.map((v) => [v.id, v]));
  }

  /** The assignments of every version of a module. */
  ofModule(db: EntityManager, moduleId: string): Promise<AssignmentView[]> {
    return this.views(db, sql`m.id = ${moduleId}`);
  }

  /** The joint modules' assignments and those of the national modules of the countries, in the edition. */
  forCountries(db: EntityManager, editionId: string, countryCodes: readonly string[]): Promise<AssignmentView[]> {
    return this.views(
      db,
      sql`m.edition_id = ${editionId} AND (m.kind = 'JOINT' OR m.country_code = ANY(${countryCodes}::text[]))`,
    );
  }

  async insert(
    db: EntityManager,
    values: Pick<TandemAssignment, 'moduleVersionId' | 'title' | 'instructions' | 'dueOn' | 'createdById'>,
  ): Promise<string> {
    const inserted = await db.insert(TandemAssignment, values);
    return inserted.identifiers[0]['id'] as string;
  }

  async update(
    db: EntityManager,
    id: string,
    values: Pick<TandemAssignment, 'title' | 'instructions' | 'dueOn'>,
  ): Promise<void> {
    await db.update(TandemAssignment, { id }, values);
  }
}
