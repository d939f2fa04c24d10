import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { rows, sql } from '../../database/sql';
import { Person } from '../people/person.entity';
import type { TutorSide } from '../people/tutor-profile.entity';
import { Edition } from '../programmes/edition.entity';
import { TandemMember } from './tandem-member.entity';
import { Tandem, TandemStatus } from './tandem.entity';

export interface TutorFactsRow {
  person_id: string;
  name: string;
  side: TutorSide;
  country_code: string;
  in_edition: boolean;
}

interface ClusterLinkRow {
  school_id: string;
  company_id: string;
}

/** The statuses that hold a tutor: a tutor is in at most one tandem of these per edition. */
const HOLDING: TandemStatus[] = ['FORMING', 'ACTIVE', 'COMPLETED'];

export type NewTandem = Partial<Tandem> & Pick<Tandem, 'editionId' | 'schoolTutorId' | 'companyTutorId' | 'status'>;

export interface TandemListFilter {
  editionId: string;
  /** The countries one of the tutors must work in; 'ALL' for programme-wide grants. */
  countries: readonly string[] | 'ALL';
  status?: TandemStatus | null;
  /** The id of the last tandem of the previous page. */
  afterId?: string;
  first: number;
}

/** The SQL of tandems and their members: pairing facts, the member rows, the keyset list. */
@Injectable()
export class TandemsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  get manager(): EntityManager {
    return this.db.manager;
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  edition(manager: EntityManager, id: string): Promise<Edition | null> {
    return manager.getRepository(Edition).findOneBy({ id });
  }

  /** Side, country and participation in the edition of the named people that have a tutor profile. */
  tutorFacts(manager: EntityManager, editionId: string, ids: readonly string[]): Promise<TutorFactsRow[]> {
    return rows<TutorFactsRow>(
      manager,
      sql`SELECT tp.person_id, p.given_name || ' ' || p.family_name AS name, tp.side, o.country_code,
              EXISTS (SELECT 1 FROM tutor_participation x WHERE x.edition_id = ${editionId} AND x.person_id = tp.person_id) AS in_edition
         FROM tutor_profile tp
         JOIN person p ON p.id = tp.person_id
         JOIN organisation o ON o.id = tp.organisation_id
        WHERE tp.person_id = ANY(${ids}::uuid[])`,
    );
  }

  /** Which of the people are held by a tandem (or an open invitation) in the edition. */
  busyMembers(manager: EntityManager, editionId: string, personIds: readonly string[]): Promise<TandemMember[]> {
    return manager.getRepository(TandemMember).find({
      select: { personId: true },
      where: { editionId, personId: In([...personIds]), tandemStatus: In(HOLDING) },
    });
  }

  /** Inserts the tandem and its two members; answers its id. */
  async insertTandem(manager: EntityManager, values: NewTandem): Promise<string> {
    const inserted = await manager.insert(Tandem, values);
    const id = inserted.identifiers[0]['id'] as string;
    const members = [
      {
        tandemId: id,
        editionId: values.editionId,
        tandemStatus: values.status,
        personId: values.schoolTutorId,
        side: 'SCHOOL' as const,
      },
      {
        tandemId: id,
        editionId: values.editionId,
        tandemStatus: values.status,
        personId: values.companyTutorId,
        side: 'COMPANY' as const,
      },
    ].sort((a, b) => a.personId.localeCompare(b.personId)); // one lock order for every pairing: no deadlocks
    await manager.insert(TandemMember, members);
    return id;
  }

  /** The status change reaches tandem_member through ON UPDATE CASCADE. */
  async update(manager: EntityManager, id: string, changes: Partial<Tandem>): Promise<void> {
    await manager.update(Tandem, { id }, changes);
  }

  byId(manager: EntityManager, id: string): Promise<Tandem | null> {
    return manager.getRepository(Tandem).findOneBy({ id });
  }

  lock(manager: EntityManager, id: string): Promise<Tandem> {
    return manager.getRepository(Tandem).findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The tandem of the person in the edition that still holds them, or null. */
  async holding(editionId: string, personId: string): Promise<Tandem | null> {
    const member = await this.db.getRepository(TandemMember).findOne({
      where: { editionId, personId, tandemStatus: In(HOLDING) },
    });
    if (!member) return null;
    return this.db.getRepository(Tandem).findOneByOrFail({ id: member.tandemId });
  }

  /** Display names of the people who formed or dissolved tandems. */
  actors(ids: readonly string[]): Promise<Person[]> {
    return this.db
      .getRepository(Person)
      .find({ where: { id: In([...ids]) }, select: { id: true, givenName: true, familyName: true } });
  }

  /** A keyset page of an edition's tandems, newest first (one more than asked, to tell whether there is more), and the total. */
  async page(filter: TandemListFilter): Promise<{ rows: Tandem[]; totalCount: number }> {
    const qb = this.db
      .getRepository(Tandem)
      .createQueryBuilder('t')
      .where('t.edition_id = :editionId', { editionId: filter.editionId });
    if (filter.countries !== 'ALL') {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM tutor_profile tp JOIN organisation o ON o.id = tp.organisation_id
                  WHERE tp.person_id IN (t.school_tutor_id, t.company_tutor_id) AND o.country_code = ANY(:countries))`,
        { countries: filter.countries },
      );
    }
    if (filter.status) qb.andWhere('t.status = :status', { status: filter.status });
    const totalCount = await qb.clone().getCount();
    if (filter.afterId) {
      // The key is read from the row itself: timestamps keep their microseconds, which a cursor in JSON would lose.
      qb.andWhere(
        '(t.created_at, t.id) < (SELECT a.created_at, a.id FROM tandem a WHERE a.id = CAST(:afterId AS uuid))',
        { afterId: filter.afterId },
      );
    }
    const found = await qb
      .orderBy('t.created_at', 'DESC')
      .addOrderBy('t.id', 'DESC')
      .limit(filter.first + 1)
      .getMany();
    return { rows: found, totalCount };
  }

  /** Cluster links between the schools and the companies. */
  clusterLinks(schoolIds: readonly string[], companyIds: readonly string[]): Promise<ClusterLinkRow[]> {
    return rows<ClusterLinkRow>(
      this.db.manager,
      sql`SELECT school_id, company_id FROM cluster_link
           WHERE school_id = ANY(${schoolIds}::uuid[]) AND company_id = ANY(${companyIds}::uuid[])`,
    );
  }
}
