import { Injectable } from '@nestjs/common';
import type { CyclePhaseKind } from '@tandem/shared-domain';
import type { EntityManager } from 'typeorm';
import { maybeOne, one, rows, sql } from '../../database/sql';
import type { NationalProgrammeStatus } from '../national-programmes/national-programme.entity';
import { CyclePhase } from './cycle-phase.entity';
import { Edition } from './edition.entity';
import { Programme } from './programme.entity';

export type EditionChanges = Partial<
  Pick<Edition, 'name' | 'targetTrained' | 'languages' | 'crossBorderTandems' | 'timeZone' | 'maxSessionHoursPerDay'>
>;

/** Editions and their cycle phases (and the national-programme facts that change the next steps). */
@Injectable()
export class EditionsRepository {
  /** Editions with their programme and phases in one query, newest first (all of them, or one). */
  withPhases(db: EntityManager, id?: string): Promise<Edition[]> {
    const query = db
      .getRepository(Edition)
      .createQueryBuilder('e')
      .innerJoinAndSelect('e.programme', 'programme')
      .leftJoinAndSelect('e.phases', 'phase')
      .orderBy('e.starts_on', 'DESC')
      .addOrderBy('phase.position', 'ASC');
    if (id) query.where('e.id = :id', { id });
    return query.getMany();
  }

  /**
   * The id of the edition running on `today` (YYYY-MM-DD), else of the one that starts next, else of the
   * newest (ties by id): `EditionsService.current`'s choice in one read instead of every edition with its phases.
   */
  async currentId(db: EntityManager, today: string): Promise<string | null> {
    const row = await maybeOne<{ id: string }>(
      db,
      sql`SELECT id FROM edition
           ORDER BY (starts_on <= ${today}::date AND ${today}::date <= ends_on) DESC,
                    (starts_on > ${today}::date) DESC,
                    CASE WHEN starts_on <= ${today}::date AND ${today}::date <= ends_on THEN starts_on END DESC,
                    CASE WHEN starts_on > ${today}::date THEN starts_on END ASC,
                    starts_on DESC, id
           LIMIT 1`,
    );
    return row?.id ?? null;
  }

  find(db: EntityManager, id: string): Promise<Edition | null> {
    return db.getRepository(Edition).findOneBy({ id });
  }

  /** The edition row locked FOR UPDATE: changes of one edition (its phases, its target) run one at a time. */
  lock(db: EntityManager, id: string): Promise<Edition | null> {
    return db.getRepository(Edition).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Up to two programmes: the app keeps exactly one. */
  programmes(db: EntityManager): Promise<Programme[]> {
    return db.getRepository(Programme).find({ take: 2 });
  }

  insert(db: EntityManager, values: Omit<Edition, 'id' | 'programme' | 'phases' | 'createdAt' | 'updatedAt'>) {
    return db.save(db.create(Edition, values));
  }

  async insertPhases(
    db: EntityManager,
    editionId: string,
    phases: readonly { kind: CyclePhaseKind; startsOn: string; endsOn: string }[],
  ): Promise<void> {
    await db.insert(
      CyclePhase,
      phases.map((p, i) => ({ editionId, kind: p.kind, position: i + 1, startsOn: p.startsOn, endsOn: p.endsOn })),
    );
  }

  async update(db: EntityManager, id: string, changes: EditionChanges): Promise<void> {
    await db.update(Edition, id, changes);
  }

  phase(db: EntityManager, id: string, { lock = false } = {}): Promise<CyclePhase | null> {
    return db
      .getRepository(CyclePhase)
      .findOne({ where: { id }, ...(lock && { lock: { mode: 'pessimistic_write' } }) });
  }

  phases(db: EntityManager, editionId: string): Promise<CyclePhase[]> {
    return db.getRepository(CyclePhase).find({ where: { editionId }, order: { position: 'ASC' } });
  }

  async updatePhase(
    db: EntityManager,
    id: string,
    changes: Partial<Pick<CyclePhase, 'status' | 'startsOn' | 'endsOn'>>,
  ): Promise<void> {
    await db.update(CyclePhase, id, changes);
  }

  /** The status of each country's newest national programme revision in the edition (countries without one are missing). */
  newestProgrammeStatuses(
    db: EntityManager,
    editionId: string,
    countries: readonly string[],
  ): Promise<{ country_code: string; status: NationalProgrammeStatus }[]> {
    return rows(
      db,
      sql`SELECT DISTINCT ON (country_code) country_code::text AS country_code, status FROM national_programme
           WHERE edition_id = ${editionId} AND country_code = ANY(${countries}::text[]) ORDER BY country_code, revision DESC`,
    );
  }

  async submittedProgrammes(db: EntityManager, editionId: string): Promise<number> {
    const { n } = await one<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM national_programme WHERE edition_id = ${editionId} AND status = 'SUBMITTED'`,
    );
    return n;
  }
}
