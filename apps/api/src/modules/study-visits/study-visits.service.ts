import { Injectable } from '@nestjs/common';
import { grantsAllow } from '@tandem/shared-domain';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import type { StudyVisit } from './study-visit.entity';
import type { StudyVisitModel } from './study-visit.model';
import { MobilityCountRow, ParticipantRow, StudyVisitsRepository } from './study-visits.repository';

const clean = (text: string | null | undefined) => {
  const t = text?.trim();
  return t ? t : null;
};

/**
 * Study visits: everyone signed in reads them (the shared report is the network's); tutors,
 * trainers and coordinators apply; a coordinator or admin selects; who went writes their part.
 */
@Injectable()
export class StudyVisitsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly visits: StudyVisitsRepository,
    private readonly audit: AuditService,
  ) {}

  private async models(viewer: Viewer, visits: StudyVisit[]): Promise<StudyVisitModel[]> {
    const participants = await this.visits.participants(
      this.db.manager,
      visits.map((v) => v.id),
    );
    const allNames = grantsAllow(viewer.grants, 'studyVisit.participantNames');
    const consentingNames = grantsAllow(viewer.grants, 'studyVisit.consentingNames');
    const nameOf = (p: ParticipantRow) =>
      allNames || p.personId === viewer.personId || (consentingNames && p.rosterName) ? p.name : null;
    return visits.map((v) => {
      const own = participants.filter((p) => p.studyVisitId === v.id);
      return {
        id: v.id,
        title: v.title,
        hostCountry: v.hostCountry,
        hostOrganisations: v.hostOrganisations,
        startsOn: v.startsOn,
        endsOn: v.endsOn,
        description: v.description,
        agenda: v.agenda.map((a) => ({ day: a.day, time: a.time ?? null, title: a.title, place: a.place ?? null })),
        participants: own.map((p) => ({
          person: { id: p.personId, name: nameOf(p) },
          status: p.status,
          whatISaw: p.whatISaw,
          whatIWillTransfer: p.whatIWillTransfer,
        })),
        reportSummary: v.reportSummary,
        reportPublishedAt: v.reportPublishedAt,
        myStatus: own.find((p) => p.personId === viewer.personId)?.status ?? null,
      };
    });
  }

  async list(viewer: Viewer): Promise<StudyVisitModel[]> {
    return this.models(viewer, await this.visits.visits(this.db.manager));
  }

  async get(viewer: Viewer, id: string): Promise<StudyVisitModel> {
    const [model] = await this.models(viewer, await this.visits.visits(this.db.manager, id));
    if (!model) throw Errors.notFound('Study visit');
    return model;
  }

  async apply(viewer: Viewer, id: string, requestId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const [visit] = await this.visits.visits(manager, id);
      if (!visit) throw Errors.notFound('Study visit');
      await this.visits.apply(manager, id, viewer.personId);
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'applyToStudyVisit',
        targetType: 'StudyVisit',
        targetId: id,
        summary: `Applied to ${visit.title}`,
        requestId,
      });
    });
  }

  async setStatus(
    viewer: Viewer,
    id: string,
    personId: string,
    status: StudyVisitModel['participants'][number]['status'],
    requestId: string,
  ) {
    await this.db.transaction(async (manager) => {
      if (!(await this.visits.setStatus(manager, id, personId, status))) throw Errors.notFound('Participant');
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'setStudyVisitParticipantStatus',
        targetType: 'StudyVisit',
        targetId: id,
        summary: `Participant ${personId} → ${status}`,
        requestId,
      });
    });
  }

  /** A participant who went writes their part of the shared report. */
  async contribute(
    viewer: Viewer,
    id: string,
    texts: { whatISaw?: string | null; whatIWillTransfer?: string | null },
    requestId: string,
  ): Promise<void> {
    await this.db.transaction(async (manager) => {
      const participant = await this.visits.findParticipant(manager, id, viewer.personId);
      if (!participant) throw Errors.notFound('Study visit');
      if (participant.status !== 'WENT') throw Errors.forbidden('Only participants who went write the report.');
      await this.visits.contribute(manager, id, viewer.personId, clean(texts.whatISaw), clean(texts.whatIWillTransfer));
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'contributeToStudyVisitReport',
        targetType: 'StudyVisit',
        targetId: id,
        summary: 'Wrote their part of the report',
        requestId,
      });
    });
  }

  mobilityCounts(): Promise<MobilityCountRow[]> {
    return this.visits.mobilityCounts(this.db.manager);
  }
}
