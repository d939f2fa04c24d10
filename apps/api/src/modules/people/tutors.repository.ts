import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { rows, sql } from '../../database/sql';
import { TutorProfile } from './tutor-profile.entity';

/** The SQL of tutors: profiles with their person and employer (by name), and tandem partners. */
@Injectable()
export class TutorsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  get manager(): EntityManager {
    return this.db.manager;
  }

  private profiles(manager: EntityManager): SelectQueryBuilder<TutorProfile> {
    return manager
      .getRepository(TutorProfile)
      .createQueryBuilder('tp')
      .innerJoinAndSelect('tp.person', 'p')
      .innerJoinAndSelect('tp.organisation', 'o')
      .orderBy('p.family_name', 'ASC')
      .addOrderBy('p.given_name', 'ASC')
      .addOrderBy('p.id', 'ASC');
  }

  byPersonIds(manager: EntityManager, ids: readonly string[]): Promise<TutorProfile[]> {
    return this.profiles(manager).where('tp.person_id IN (:...ids)', { ids }).getMany();
  }

  ofOrganisation(organisationId: string): Promise<TutorProfile[]> {
    return this.profiles(this.db.manager).where('tp.organisation_id = :organisationId', { organisationId }).getMany();
  }

  /** Tutors of a country who take part in the edition and are in no non-dissolved tandem of it. */
  unpaired(editionId: string, countryCode: string): Promise<TutorProfile[]> {
    return this.profiles(this.db.manager)
      .innerJoin('tutor_participation', 'tpart', 'tpart.person_id = tp.person_id AND tpart.edition_id = :editionId', {
        editionId,
      })
      .where('o.country_code = :countryCode', { countryCode })
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM tandem_member m WHERE m.edition_id = :editionId AND m.person_id = tp.person_id AND m.tandem_status <> 'DISSOLVED')`,
      )
      .getMany();
  }

  /** The person's partners in ACTIVE or COMPLETED tandems. */
  async partners(manager: EntityManager, personId: string): Promise<string[]> {
    const found = await rows<{ person_id: string }>(
      manager,
      sql`SELECT other.person_id
         FROM tandem_member me
         JOIN tandem_member other ON other.tandem_id = me.tandem_id AND other.person_id <> me.person_id
        WHERE me.person_id = ${personId} AND me.tandem_status IN ('ACTIVE', 'COMPLETED')`,
    );
    return found.map((r) => r.person_id);
  }
}
