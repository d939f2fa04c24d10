import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { scopeOf } from '../../access-facts/access-facts';
import { AccessFactsRepository } from '../../access-facts/access-facts.repository';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { ProgressService } from '../completion/progress.service';
import { toPersonRecordModel } from './person-record.mapper';
import type { PersonRecordModel } from './person-record.model';
import { PersonRecordRepository } from './person-record.repository';

/**
 * A person's record. Readers: the person; with 'person.record', ADMIN, the COORDINATOR of one of
 * the person's countries and the MANAGER of one of their organisations; with
 * 'person.recordOfTrainee', a TRAINER of a session the person holds a seat in. The record has no
 * ratings, so no reader needs a narrower version of it.
 */
@Injectable()
export class PersonRecordService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly records: PersonRecordRepository,
    private readonly facts: AccessFactsRepository,
    private readonly progress: ProgressService,
    private readonly audit: AuditService,
  ) {}

  private async mayRead(viewer: Viewer, personId: string): Promise<{ contact: boolean }> {
    const facts = (await this.facts.people(this.db.manager, [personId])).get(personId);
    if (!facts) throw Errors.notFound('Person');
    const scope = scopeOf.person(facts);
    const contact = personId === viewer.personId || Access.canReadContact(viewer, scope);
    if (personId === viewer.personId || Access.can(viewer, 'person.record', scope)) return { contact };
    if (
      Access.allows(viewer, 'person.recordOfTrainee') &&
      Access.canThroughSessions(
        viewer,
        'person.recordOfTrainee',
        await this.facts.sessionTrainersOf(this.db.manager, personId),
      )
    )
      return { contact };
    throw Errors.forbidden();
  }

  async get(viewer: Viewer, personId: string): Promise<PersonRecordModel> {
    const { contact } = await this.mayRead(viewer, personId);
    const db = this.db.manager;
    const [head, language] = await Promise.all([
      this.records.head(db, personId),
      this.records.languageOf(db, viewer.personId),
    ]);
    if (!head) throw Errors.notFound('Person');
    await this.audit.recordRead(db, {
      actorPersonId: viewer.personId,
      operation: 'viewPersonRecord',
      personId,
      summary: 'Viewed the person’s record',
    });
    const [tandems, enrolments, rounds, assignments, certificates, history, progress] = await Promise.all([
      this.records.tandems(db, personId),
      this.records.enrolments(db, personId, language),
      this.records.selfAssessments(db, personId),
      this.records.assignments(db, personId),
      this.records.certificates(db, personId),
      this.progress.history(personId),
      head.edition_id ? this.progress.compute(head.edition_id, personId) : Promise.resolve(null),
    ]);
    return toPersonRecordModel({
      head,
      contact,
      tandems,
      enrolments,
      rounds,
      assignments,
      certificates,
      history,
      progress,
    });
  }
}
