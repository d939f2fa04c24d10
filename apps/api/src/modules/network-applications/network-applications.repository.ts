import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Organisation } from '../organisations/organisation.entity';
import { Person } from '../people/person.entity';
import { NetworkApplication, type NetworkApplicationStatus } from './network-application.entity';

export type NewApplication = Omit<
  NetworkApplication,
  | 'id'
  | 'status'
  | 'decidedById'
  | 'decidedBy'
  | 'decidedAt'
  | 'rejectionReason'
  | 'createdOrganisationId'
  | 'createdAt'
>;

export interface ApplicationQueue {
  countries: 'ALL' | readonly string[];
  status?: NetworkApplicationStatus | null;
}

/** Applications to join the network, and the organisation and account an approval creates or finds. */
@Injectable()
export class NetworkApplicationsRepository {
  /** Files the application; null when one for the same registry code is pending already (dropped silently). */
  async insert(db: EntityManager, application: NewApplication): Promise<string | null> {
    const inserted = await db
      .createQueryBuilder()
      .insert()
      .into(NetworkApplication)
      .values(application)
      .orIgnore()
      .returning(['id'])
      .execute();
    return (inserted.raw as { id: string }[])[0]?.id ?? null;
  }

  private queue(db: EntityManager, filter: ApplicationQueue) {
    const query = db.getRepository(NetworkApplication).createQueryBuilder('a').leftJoinAndSelect('a.decidedBy', 'd');
    if (filter.countries !== 'ALL')
      query.andWhere('a.country_code IN (:...countries)', { countries: filter.countries });
    if (filter.status) query.andWhere('a.status = :status', { status: filter.status });
    return query;
  }

  count(db: EntityManager, filter: ApplicationQueue): Promise<number> {
    return this.queue(db, filter).getCount();
  }

  /** Oldest first (the queue order), after the keyset (created_at, id). */
  page(
    db: EntityManager,
    filter: ApplicationQueue,
    after: { at: string; id: string } | null,
    limit: number,
  ): Promise<NetworkApplication[]> {
    const query = this.queue(db, filter);
    if (after)
      query.andWhere('(a.created_at, a.id) > (CAST(:at AS timestamptz), CAST(:id AS uuid))', {
        at: after.at,
        id: after.id,
      });
    return query.orderBy('a.created_at', 'ASC').addOrderBy('a.id', 'ASC').limit(limit).getMany();
  }

  find(db: EntityManager, id: string): Promise<NetworkApplication | null> {
    return db.getRepository(NetworkApplication).findOne({ where: { id }, relations: { decidedBy: true } });
  }

  /** Locked for a decision: of two deciding at once, the second waits and then finds it decided. */
  lock(db: EntityManager, id: string): Promise<NetworkApplication | null> {
    return db
      .getRepository(NetworkApplication)
      .createQueryBuilder('a')
      .where('a.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  async decide(
    db: EntityManager,
    id: string,
    decision: Pick<NetworkApplication, 'status' | 'decidedById' | 'decidedAt'> &
      Partial<Pick<NetworkApplication, 'rejectionReason' | 'createdOrganisationId'>>,
  ): Promise<void> {
    await db.update(NetworkApplication, id, decision);
  }

  organisationExists(db: EntityManager, countryCode: string, registryCode: string): Promise<boolean> {
    return db.getRepository(Organisation).existsBy({ countryCode, registryCode });
  }

  /** The organisation an approval creates; the same registry code in the country fails with the unique violation. */
  async insertOrganisation(db: EntityManager, application: NetworkApplication): Promise<string> {
    const created = await db.insert(Organisation, {
      name: application.organisationName,
      kind: application.kind,
      countryCode: application.countryCode,
      registryCode: application.registryCode,
      city: application.city,
      website: application.website,
      sector: application.sector,
      sizeClass: application.sizeClass,
    });
    return created.identifiers[0]['id'] as string;
  }

  /** The account with this e-mail, with whether it has a password (an active account). */
  accountOf(db: EntityManager, email: string): Promise<Person | null> {
    return db
      .getRepository(Person)
      .createQueryBuilder('p')
      .addSelect('p.passwordHash')
      .where('p.email = :email', { email })
      .getOne();
  }
}
