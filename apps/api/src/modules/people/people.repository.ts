import { Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { Person } from './person.entity';
import { TutorProfile } from './tutor-profile.entity';

/** The reads of people as the Person model shows them: grants with their organisations, and the tutor profile's employer. */
@Injectable()
export class PeopleRepository {
  async update(db: EntityManager, id: string, changes: Partial<Person>): Promise<void> {
    await db.update(Person, id, changes);
  }

  /** The people with grants and employer, in the order of `ids`, in one query (joins, no N+1). */
  async withGrants(db: DataSource | EntityManager, ids: readonly string[]): Promise<Person[]> {
    if (!ids.length) return [];
    // One query with joins; findOne() with relations would add a DISTINCT pre-query for its LIMIT.
    const people = await db
      .getRepository(Person)
      .createQueryBuilder('p')
      .leftJoinAndSelect('p.roleGrants', 'g')
      .leftJoinAndSelect('g.organisation', 'o')
      .leftJoinAndMapOne('p.tutorProfile', TutorProfile, 'tp', 'tp.person_id = p.id')
      .leftJoinAndSelect('tp.organisation', 'tpo')
      .where('p.id IN (:...ids)', { ids })
      .orderBy('g.role', 'ASC')
      .addOrderBy('g.country_code', 'ASC')
      .getMany();
    const byId = new Map(people.map((p) => [p.id, p]));
    return ids.map((id) => byId.get(id)).filter((p): p is Person => !!p);
  }
}
