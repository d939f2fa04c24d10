import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Errors } from '../../common/domain-error';
import type { Viewer } from '../../auth/viewer';
import { UpdateMyPreferencesInput } from './dto/update-my-preferences.input';
import { Person } from './person.entity';
import { invalid } from '../../common/field-error';

@Injectable()
export class PeopleService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async getWithGrants(personId: string): Promise<Person> {
    // One query with joins; findOne() with relations would add a DISTINCT pre-query for its LIMIT.
    const person = await this.db
      .getRepository(Person)
      .createQueryBuilder('p')
      .leftJoinAndSelect('p.roleGrants', 'g')
      .leftJoinAndSelect('g.organisation', 'o')
      .where('p.id = :personId', { personId })
      .orderBy('g.role', 'ASC')
      .addOrderBy('g.country_code', 'ASC')
      .getOne();
    if (!person) throw Errors.notFound('Person');
    return person;
  }

  async updateMyPreferences(viewer: Viewer, input: UpdateMyPreferencesInput, requestId: string): Promise<Person> {
    const changes: Partial<Person> = {};
    if (input.preferredLanguage !== undefined) changes.preferredLanguage = input.preferredLanguage;
    if (input.timeZone !== undefined) changes.timeZone = input.timeZone;
    if (Object.keys(changes).length === 0) {
      throw Errors.validation([invalid('input', 'nothingToChange')]);
    }
    await this.db.transaction(async (manager) => {
      await manager.update(Person, viewer.personId, changes);
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'updateMyPreferences',
        targetType: 'Person',
        targetId: viewer.personId,
        summary: `Preferences: ${Object.entries(changes)
          .map(([k, v]) => `${k}=${v}`)
          .join(', ')}`,
        requestId,
      });
    });
    return this.getWithGrants(viewer.personId);
  }
}
