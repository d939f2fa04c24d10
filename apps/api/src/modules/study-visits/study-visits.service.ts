import { Injectable } from '@nestjs/common';
import { type FieldError, grantsAllow, isProgrammeCountry } from '@tandem/shared-domain';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Access } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import { invalid } from '../../common/field-error';
import type { StudyVisitInput } from './dto/study-visit.inputs';
import type { StudyVisit } from './study-visit.entity';
import type { StudyVisitModel } from './study-visit.model';
import {
  MobilityCountRow,
  ParticipantRow,
  StudyVisitsRepository,
  type StudyVisitValues,
} from './study-visits.repository';

/**
 * Who plans a visit: ADMIN any (also one of the whole programme, `organisedByCountry` null); a
 * coordinator the visits organised by one of their countries.
 */
const canPlan = (viewer: Viewer, organisedByCountry: string | null) =>
  Access.can(viewer, 'studyVisit.manage', { countryCode: organisedByCountry });

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
    // One pass over the participants, not one filter per visit (the list shows every visit).
    const byVisit = new Map<string, ParticipantRow[]>();
    for (const p of participants) byVisit.set(p.studyVisitId, [...(byVisit.get(p.studyVisitId) ?? []), p]);
    return visits.map((v) => {
      const own = byVisit.get(v.id) ?? [];
      return {
        id: v.id,
        title: v.title,
        hostCountry: v.hostCountry,
        hostOrganisations: v.hostOrganisations,
        startsOn: v.startsOn,
        endsOn: v.endsOn,
        description: v.description,
        agenda: v.agenda.map((a) => ({ day: a.day, time: a.time ?? null, title: a.title, place: a.place ?? null })),
        budget: v.budget.map((b) => ({ label: b.label, amount: b.amountCents / 100 })),
        budgetTotal: v.budget.reduce((sum, b) => sum + b.amountCents, 0) / 100,
        organisedByCountry: v.organisedByCountry,
        canEdit: canPlan(viewer, v.organisedByCountry),
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

  /**
   * The organising country of a new visit: the one given, else a coordinator's only country, else
   * (programme-wide planners) none. A coordinator of several countries names one.
   */
  private organiserOf(viewer: Viewer, given: string | null | undefined): string | null {
    if (given) return given.toUpperCase();
    if (given === null) return null;
    const countries = Access.countries(viewer, 'studyVisit.manage');
    if (countries === 'ALL') return null;
    if (countries.length === 1) return countries[0];
    throw Errors.validation([invalid('input.organisedByCountry', 'ownCountry')]);
  }

  /** Checks the plan; answers the values to store (refusing every bad field at once). */
  private async values(
    manager: EntityManager,
    input: StudyVisitInput,
    organisedByCountry: string | null,
  ): Promise<StudyVisitValues> {
    const errors: FieldError[] = [];
    const hostCountry = input.hostCountry.toUpperCase();
    if (!(await this.visits.countryExists(manager, hostCountry)))
      errors.push(invalid('input.hostCountry', 'countryCode'));
    if (organisedByCountry && !isProgrammeCountry(organisedByCountry))
      errors.push(invalid('input.organisedByCountry', 'balticCountry'));
    const datesOk = input.endsOn >= input.startsOn;
    if (!datesOk) errors.push(invalid('input.endsOn', 'notBeforeStart'));
    input.agenda.forEach((item, i) => {
      if (datesOk && (item.day < input.startsOn || item.day > input.endsOn))
        errors.push(
          invalid(`input.agenda.${i}.day`, 'withinVisit', { startsOn: input.startsOn, endsOn: input.endsOn }),
        );
    });
    if (errors.length) throw Errors.validation(errors);
    return {
      title: input.title.trim(),
      hostCountry,
      hostOrganisations: input.hostOrganisations.map((o) => o.trim()),
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      description: clean(input.description),
      agenda: [...input.agenda]
        .map((a) => ({ day: a.day, time: clean(a.time), title: a.title.trim(), place: clean(a.place) }))
        .sort((a, b) => a.day.localeCompare(b.day) || (a.time ?? '').localeCompare(b.time ?? '')),
      budget: input.budget.map((b) => ({ label: b.label.trim(), amountCents: Math.round(b.amount * 100) })),
      organisedByCountry,
    };
  }

  /** Plans a new study visit (ADMIN; a coordinator for one of their countries). */
  async create(viewer: Viewer, input: StudyVisitInput, requestId: string): Promise<string> {
    const organisedByCountry = this.organiserOf(viewer, input.organisedByCountry);
    return this.db.transaction(async (manager) => {
      const values = await this.values(manager, input, organisedByCountry);
      if (!canPlan(viewer, organisedByCountry))
        throw Errors.forbidden('You plan the study visits of your own country only.');
      const id = await this.visits.insertVisit(manager, values);
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'createStudyVisit',
        targetType: 'StudyVisit',
        targetId: id,
        summary: `Planned ${values.title} (${values.hostCountry}, ${values.startsOn} to ${values.endsOn})`,
        requestId,
      });
      return id;
    });
  }

  /** Changes the plan; the organising country stays unless the input names another one the viewer plans for. */
  async update(viewer: Viewer, id: string, input: StudyVisitInput, requestId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const current = await this.visits.lockVisit(manager, id);
      if (!current) throw Errors.notFound('Study visit');
      if (!canPlan(viewer, current.organisedByCountry))
        throw Errors.forbidden('You plan the study visits of your own country only.');
      const organisedByCountry =
        input.organisedByCountry === undefined
          ? current.organisedByCountry
          : this.organiserOf(viewer, input.organisedByCountry);
      const values = await this.values(manager, input, organisedByCountry);
      if (!canPlan(viewer, organisedByCountry))
        throw Errors.forbidden('You plan the study visits of your own country only.');
      await this.visits.updateVisit(manager, id, values);
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'updateStudyVisit',
        targetType: 'StudyVisit',
        targetId: id,
        summary: `Changed the plan of ${values.title} (${values.hostCountry}, ${values.startsOn} to ${values.endsOn})`,
        requestId,
      });
    });
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
      // A visit organised by a country is selected for by its coordinators (and ADMIN); one of the
      // whole programme by any coordinator, as before planning had an owner.
      const [visit] = await this.visits.visits(manager, id);
      if (!visit) throw Errors.notFound('Study visit');
      if (visit.organisedByCountry && !canPlan(viewer, visit.organisedByCountry))
        throw Errors.forbidden('Participants of this visit are selected by its country’s coordinators.');
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
