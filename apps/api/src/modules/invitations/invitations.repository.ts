import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { maybeOne, one, rows, sql } from '../../database/sql';
import { Organisation } from '../organisations/organisation.entity';
import { Person } from '../people/person.entity';
import { RoleGrant } from '../people/role-grant.entity';
import { TutorParticipation } from '../people/tutor-participation.entity';
import { TutorProfile } from '../people/tutor-profile.entity';
import { AccountToken } from './account-token.entity';

/** Serialises revocations of ADMIN, so that two admins cannot remove each other at once. */
const ADMIN_REVOCATION_LOCK = 72026002;

export interface NewPersonValues {
  email: string;
  givenName: string;
  familyName: string;
  preferredLanguage: string;
}

/** The SQL of invitations and role grants: people by e-mail, grants, tutor profiles and tokens. */
@Injectable()
export class InvitationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  get manager(): EntityManager {
    return this.db.manager;
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  organisation(manager: EntityManager, id: string): Promise<Organisation | null> {
    return manager.getRepository(Organisation).findOneBy({ id });
  }

  person(manager: EntityManager, id: string): Promise<Person | null> {
    return manager.getRepository(Person).findOneBy({ id });
  }

  personByEmail(manager: EntityManager, email: string): Promise<Person | null> {
    return manager.getRepository(Person).findOneBy({ email });
  }

  personOrFail(manager: EntityManager, id: string): Promise<Person> {
    return manager.getRepository(Person).findOneByOrFail({ id });
  }

  /** The person with the e-mail (with their password hash, to tell an account from an invitation), locked. */
  lockByEmail(manager: EntityManager, email: string): Promise<Person | null> {
    return manager
      .getRepository(Person)
      .createQueryBuilder('p')
      .addSelect('p.passwordHash')
      .where('p.email = :email', { email })
      .setLock('pessimistic_write')
      .getOne();
  }

  /** Creates the person unless someone has the e-mail already; answers the person with it. */
  async createOrFind(manager: EntityManager, values: NewPersonValues): Promise<Person> {
    await manager.createQueryBuilder().insert().into(Person).values(values).orIgnore().execute();
    return manager.getRepository(Person).findOneByOrFail({ email: values.email });
  }

  async updatePerson(manager: EntityManager, id: string, changes: Partial<Person>): Promise<void> {
    await manager.update(Person, id, changes);
  }

  /** Adds the grant; answers false when the person already holds it. */
  async insertGrant(manager: EntityManager, grant: Partial<RoleGrant>): Promise<boolean> {
    const inserted = await manager.createQueryBuilder().insert().into(RoleGrant).values(grant).orIgnore().execute();
    return (inserted.raw as unknown[]).length > 0;
  }

  /** A tutor profile at the organisation, unless the person has one. */
  async insertTutorProfile(
    manager: EntityManager,
    profile: Pick<TutorProfile, 'personId' | 'organisationId' | 'organisationKind' | 'side'>,
  ): Promise<void> {
    await manager.createQueryBuilder().insert().into(TutorProfile).values(profile).orIgnore().execute();
  }

  async insertParticipation(manager: EntityManager, editionId: string, personId: string): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(TutorParticipation)
      .values({ editionId, personId })
      .orIgnore()
      .execute();
  }

  grantWithOrganisation(manager: EntityManager, id: string): Promise<RoleGrant | null> {
    return manager.getRepository(RoleGrant).findOne({ where: { id }, relations: { organisation: true } });
  }

  /** The country of the tutor's employer, or null without a profile. */
  async tutorCountry(manager: EntityManager, personId: string): Promise<string | null> {
    const row = await maybeOne<{ country_code: string }>(
      manager,
      sql`SELECT o.country_code FROM tutor_profile tp JOIN organisation o ON o.id = tp.organisation_id WHERE tp.person_id = ${personId}`,
    );
    return row?.country_code ?? null;
  }

  /** Locks ADMIN revocations until the transaction ends, and answers how many ADMIN grants there are. */
  async lockAdminsAndCount(manager: EntityManager): Promise<number> {
    await rows(manager, sql`SELECT pg_advisory_xact_lock(${sql.raw(String(ADMIN_REVOCATION_LOCK))})`);
    const { n } = await one<{ n: number }>(
      manager,
      sql`SELECT count(*)::int AS n FROM role_grant WHERE role = 'ADMIN'`,
    );
    return n;
  }

  async deleteGrant(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(RoleGrant, { id });
  }

  /** An invitation token by its hash, with its person and who created it. */
  invitation(tokenHash: string): Promise<AccountToken | null> {
    return this.db
      .getRepository(AccountToken)
      .createQueryBuilder('t')
      .innerJoinAndSelect('t.person', 'p')
      .leftJoinAndSelect('t.createdBy', 'c')
      .where('t.token_hash = :hash AND t.purpose = :purpose', { hash: tokenHash, purpose: 'INVITATION' })
      .getOne();
  }
}
