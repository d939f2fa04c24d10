import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Errors } from '../../common/domain-error';
import type { Viewer } from '../../auth/viewer';
import { UpdateMyPreferencesInput } from './dto/update-my-preferences.input';
import { PeopleRepository } from './people.repository';
import type { Person } from './person.entity';
import { invalid } from '../../common/field-error';

@Injectable()
export class PeopleService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly people: PeopleRepository,
  ) {}

  async getWithGrants(personId: string): Promise<Person> {
    const [person] = await this.people.withGrants(this.db, [personId]);
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
      await this.people.update(manager, viewer.personId, changes);
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
