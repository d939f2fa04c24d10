import { Injectable } from '@nestjs/common';
import { Brackets, In, type EntityManager } from 'typeorm';
import { execute, sql } from '../../database/sql';
import { NationalProgrammeItem } from './national-programme-item.entity';
import { NationalProgramme } from './national-programme.entity';

/** National programme revisions (one row each; the newest is the one being worked on) and their ordered items. */
@Injectable()
export class NationalProgrammesRepository {
  /**
   * The revisions of an edition, per country newest first; `full` are the countries (or ALL) whose
   * every revision may be read, elsewhere only APPROVED ones.
   */
  revisions(
    db: EntityManager,
    editionId: string,
    full: 'ALL' | readonly string[],
    countryCode?: string,
  ): Promise<NationalProgramme[]> {
    const query = db
      .getRepository(NationalProgramme)
      .createQueryBuilder('p')
      .where('p.edition_id = :editionId', { editionId })
      .orderBy('p.country_code', 'ASC')
      .addOrderBy('p.revision', 'DESC');
    if (countryCode) query.andWhere('p.country_code = :countryCode', { countryCode });
    if (full !== 'ALL')
      query.andWhere(
        new Brackets((b) => b.where(`p.status = 'APPROVED'`).orWhere('p.country_code = ANY(:full)', { full })),
      );
    return query.getMany();
  }

  find(db: EntityManager, id: string): Promise<NationalProgramme | null> {
    return db.getRepository(NationalProgramme).findOneBy({ id });
  }

  lock(db: EntityManager, id: string): Promise<NationalProgramme | null> {
    return db.getRepository(NationalProgramme).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The newest revision of the country's programme, locked: one save at a time per programme. */
  lockNewest(db: EntityManager, editionId: string, countryCode: string): Promise<NationalProgramme | null> {
    return db.getRepository(NationalProgramme).findOne({
      where: { editionId, countryCode },
      order: { revision: 'DESC' },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** The items of the revisions, in order, each with its module. */
  items(db: EntityManager, programmeIds: readonly string[]): Promise<NationalProgrammeItem[]> {
    return db.getRepository(NationalProgrammeItem).find({
      where: { programmeId: In([...programmeIds]) },
      relations: { module: true },
      order: { position: 'ASC' },
    });
  }

  /** The module ids of a revision, in order. */
  async moduleIdsOf(db: EntityManager, programmeId: string): Promise<string[]> {
    const items = await db
      .getRepository(NationalProgrammeItem)
      .find({ where: { programmeId }, order: { position: 'ASC' } });
    return items.map((i) => i.moduleId);
  }

  countItems(db: EntityManager, programmeId: string): Promise<number> {
    return db.getRepository(NationalProgrammeItem).countBy({ programmeId });
  }

  /** Inserts a DRAFT revision; the same revision number twice fails with the unique violation. */
  async insertRevision(
    db: EntityManager,
    values: Pick<NationalProgramme, 'editionId' | 'countryCode' | 'revision' | 'createdById' | 'lockVersion'>,
  ): Promise<string> {
    const inserted = await db.insert(NationalProgramme, { ...values, status: 'DRAFT' });
    return inserted.identifiers[0]['id'] as string;
  }

  /** The ordered modules replace the revision's items. */
  async replaceItems(db: EntityManager, programmeId: string, moduleIds: readonly string[]): Promise<void> {
    await db.delete(NationalProgrammeItem, { programmeId });
    if (moduleIds.length)
      await db.insert(
        NationalProgrammeItem,
        moduleIds.map((moduleId, i) => ({ programmeId, position: i + 1, moduleId })),
      );
  }

  /** Moves a revision to `status`, with who and when, past its lock version. */
  async transition(
    db: EntityManager,
    id: string,
    change:
      | { status: 'DRAFT' }
      | { status: 'SUBMITTED'; by: string }
      | { status: 'APPROVED'; by: string }
      | { status: 'RETURNED'; by: string; comments: string },
  ): Promise<void> {
    const set =
      change.status === 'DRAFT'
        ? sql`status = 'DRAFT'`
        : change.status === 'SUBMITTED'
          ? sql`status = 'SUBMITTED', submitted_at = now(), submitted_by_id = ${change.by}`
          : change.status === 'APPROVED'
            ? sql`status = 'APPROVED', decided_at = now(), decided_by_id = ${change.by}`
            : sql`status = 'RETURNED', return_comments = ${change.comments}, decided_at = now(), decided_by_id = ${change.by}`;
    await execute(db, sql`UPDATE national_programme SET ${set}, lock_version = lock_version + 1 WHERE id = ${id}`);
  }

  /** The revision in force of the country steps down (the in-force index admits one at a time). */
  async supersedeInForce(db: EntityManager, p: Pick<NationalProgramme, 'id' | 'editionId' | 'countryCode'>) {
    await execute(
      db,
      sql`UPDATE national_programme SET superseded_at = now(), lock_version = lock_version + 1
           WHERE edition_id = ${p.editionId} AND country_code = ${p.countryCode} AND status = 'APPROVED'
             AND superseded_at IS NULL AND id <> ${p.id}`,
    );
  }
}
