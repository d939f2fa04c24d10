import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FieldError } from '@tandem/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { AccessFactsRepository } from '../../access-facts/access-facts.repository';
import { AuditService } from '../../audit/audit.service';
import type { Viewer } from '../../auth/viewer';
import { DomainError, Errors } from '../../common/domain-error';
import { displayNames } from '../../database/display-names';
import type { ProfileView } from '../competences/competence-profile.mapper';
import { CompetencesService } from '../competences/competences.service';
import { AssessmentRoundsService, assertRoundOpen, roundOrder, RoundView } from './assessment-rounds.service';
import type {
  SaveSelfAssessmentInput,
  ShareSelfAssessmentInput,
  SubmitSelfAssessmentInput,
} from './dto/self-assessment.input';
import type { Rating } from './rating.entity';
import type { SelfAssessment } from './self-assessment.entity';
import { SelfAssessmentsRepository } from './self-assessments.repository';
import { invalid } from '../../common/field-error';

export interface SelfAssessmentView {
  selfAssessment: SelfAssessment;
  round: RoundView;
  profile: ProfileView;
  ratings: Rating[];
  ownerName: string;
  isMine: boolean;
}

export interface TandemPair {
  round: RoundView;
  mySide: string;
  names: { school: string; company: string };
  mine: SelfAssessmentView | null;
  theirs: SelfAssessmentView | null;
}

const alreadySubmitted = () =>
  new DomainError('ALREADY_SUBMITTED', 'This self-assessment was submitted: it cannot be changed any more.');

/**
 * A tutor's self-assessments. Individual ratings are read by their owner, and by the owner's tandem
 * partner once submitted and shared; nobody else (not ADMIN, not trainers: they see aggregates only).
 * Everyone else gets NOT_FOUND, so that not even the existence of a self-assessment leaks.
 */
@Injectable()
export class SelfAssessmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly selfAssessments: SelfAssessmentsRepository,
    private readonly facts: AccessFactsRepository,
    private readonly rounds: AssessmentRoundsService,
    private readonly competences: CompetencesService,
    private readonly audit: AuditService,
  ) {}

  /** Views of many self-assessments in a fixed number of queries, run one after the other on `manager`. */
  private async views(manager: EntityManager, viewer: Viewer, items: SelfAssessment[]): Promise<SelfAssessmentView[]> {
    if (!items.length) return [];
    const rounds = await this.selfAssessments.rounds(
      manager,
      items.map((s) => s.roundId),
    );
    const roundViews = await this.rounds.views(rounds, manager);
    const profiles = await this.competences.byIds(
      items.map((s) => s.profileVersionId),
      manager,
    );
    const ratings = await this.selfAssessments.ratings(
      manager,
      items.map((s) => s.id),
    );
    const names = await displayNames(
      manager,
      items.map((s) => s.personId),
    );
    const roundById = new Map(roundViews.map((r) => [r.round.id, r]));
    return items.map((selfAssessment) => ({
      selfAssessment,
      round: roundById.get(selfAssessment.roundId) as RoundView,
      profile: profiles.get(selfAssessment.profileVersionId) as ProfileView,
      ratings: ratings.filter((r) => r.selfAssessmentId === selfAssessment.id),
      ownerName: names.get(selfAssessment.personId) ?? '',
      isMine: selfAssessment.personId === viewer.personId,
    }));
  }

  async mine(viewer: Viewer, editionId?: string | null): Promise<SelfAssessmentView[]> {
    const edition = await this.rounds.editionId(editionId);
    if (!edition) return [];
    const items = await this.selfAssessments.ofPersonInEdition(this.db.manager, viewer.personId, edition);
    const views = await this.views(this.db.manager, viewer, items);
    return views.sort((a, b) => roundOrder(a.round.round) - roundOrder(b.round.round));
  }

  async get(viewer: Viewer, id: string, manager: EntityManager = this.db.manager): Promise<SelfAssessmentView> {
    const item = await this.selfAssessments.find(manager, id);
    if (!item) throw Errors.notFound('Self-assessment');
    if (item.personId !== viewer.personId) {
      const round = await this.rounds.get(item.roundId, manager);
      const partner = await this.facts.partner(manager, round.editionId, viewer.personId);
      const readable = partner?.partnerId === item.personId && item.sharedWithPartner && item.status === 'SUBMITTED';
      if (!readable) throw Errors.notFound('Self-assessment');
      await this.audit.recordRead(manager, {
        actorPersonId: viewer.personId,
        operation: 'readSelfAssessment',
        personId: item.personId,
        summary: 'Read a shared self-assessment (the tandem partner)',
      });
    }
    const [view] = await this.views(manager, viewer, [item]);
    return view;
  }

  /** The checks of a rating change against the round's profile version: fields name the failing input. */
  private validate(profile: ProfileView, input: SaveSelfAssessmentInput): void {
    const competences = new Set(profile.areas.flatMap((a) => a.competences.map((c) => c.id)));
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    input.ratings.forEach((r, i) => {
      if (!competences.has(r.competenceId)) errors.push(invalid(`ratings.${i}.competenceId`, 'notRoundCompetence'));
      else if (seen.has(r.competenceId)) errors.push(invalid(`ratings.${i}.competenceId`, 'ratedTwice'));
      seen.add(r.competenceId);
      if (r.level !== null && (r.level < 1 || r.level > profile.profile.scaleLevels))
        errors.push(invalid(`ratings.${i}.level`, 'levelRange', { max: profile.profile.scaleLevels }));
    });
    if (errors.length) throw Errors.validation(errors);
  }

  /** The viewer's own self-assessment, locked for a change; another person's is NOT_FOUND. */
  private async lockOwn(manager: EntityManager, viewer: Viewer, id: string): Promise<SelfAssessment> {
    const item = await this.selfAssessments.lock(manager, id);
    if (!item || item.personId !== viewer.personId) throw Errors.notFound('Self-assessment');
    return item;
  }

  /**
   * Saves changed ratings of the viewer's draft in a round (the first save creates it). Autosave calls
   * this as the tutor goes; drafts are not audited (that would log every keystroke pause), submits are.
   */
  async save(viewer: Viewer, input: SaveSelfAssessmentInput): Promise<string> {
    return this.db.transaction(async (manager) => {
      const round = await this.rounds.get(input.roundId, manager);
      if (!(await this.selfAssessments.takesPart(manager, round.editionId, viewer.personId)))
        throw Errors.forbidden('Only tutors taking part in the edition assess themselves in its rounds.');
      assertRoundOpen(round);
      this.validate(await this.competences.view(round.profileVersionId, manager), input);
      // Create-if-missing without a race: two first saves at once end up on the same row.
      const item = await this.selfAssessments.lockOrCreate(manager, round, viewer.personId);
      if (item.status === 'SUBMITTED') throw alreadySubmitted();
      await this.selfAssessments.removeRatings(
        manager,
        item.id,
        input.ratings.filter((r) => r.level === null).map((r) => r.competenceId),
      );
      // An omitted evidence note keeps the stored one (a level change alone does not erase it); "" clears it.
      await this.selfAssessments.upsertRatings(
        manager,
        item,
        input.ratings.filter((r): r is typeof r & { level: number } => r.level !== null),
      );
      await this.selfAssessments.update(manager, item.id, {
        sharedWithPartner: input.sharedWithPartner ?? item.sharedWithPartner,
        updatedAt: new Date(),
      });
      return item.id;
    });
  }

  /**
   * Submits the viewer's draft once. Under the row lock, two submits at the same moment serialise:
   * the second sees SUBMITTED and is refused, so there is exactly one submission.
   */
  async submit(viewer: Viewer, input: SubmitSelfAssessmentInput, requestId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const item = await this.lockOwn(manager, viewer, input.id);
      if (item.status === 'SUBMITTED') throw alreadySubmitted();
      const round = await this.rounds.get(item.roundId, manager);
      assertRoundOpen(round);
      const profile = await this.competences.view(item.profileVersionId, manager);
      const rated = await this.selfAssessments.ratedCompetences(manager, item.id);
      const missing = profile.areas.flatMap((a) => a.competences).filter((c) => !rated.has(c.id));
      if (missing.length)
        throw Errors.validation(
          missing.map((c) => invalid(`ratings.${c.code}`, 'levelNeeded')),
          'Rate every competence before submitting.',
        );
      await this.selfAssessments.update(manager, item.id, { submit: true });
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'submitSelfAssessment',
        targetType: 'SelfAssessment',
        targetId: item.id,
        summary: `Submitted the ${round.kind}${round.moduleNumber ? ` ${round.moduleNumber}` : ''} self-assessment`,
        requestId,
      });
    });
  }

  /** The owner decides whether their partner reads it; also after submitting (it is no change of content). */
  async share(viewer: Viewer, input: ShareSelfAssessmentInput, requestId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const item = await this.lockOwn(manager, viewer, input.id);
      if (item.sharedWithPartner === input.shared) return;
      await this.selfAssessments.update(manager, item.id, { sharedWithPartner: input.shared });
      await this.audit.record(manager, {
        actorPersonId: viewer.personId,
        operation: 'shareSelfAssessment',
        targetType: 'SelfAssessment',
        targetId: item.id,
        summary: input.shared
          ? 'Shared a self-assessment with the tandem partner'
          : 'Stopped sharing a self-assessment with the tandem partner',
        requestId,
      });
    });
  }

  /** Both partners' SUBMITTED self-assessments of a round (for the comparison); sharing is checked by the caller. */
  async pair(viewer: Viewer, roundId?: string): Promise<TandemPair | null> {
    const manager = this.db.manager;
    const round = roundId ? await this.rounds.get(roundId) : null;
    const editionId = round?.editionId ?? (await this.rounds.editionId());
    if (!editionId) return null;
    const partner = await this.facts.partner(manager, editionId, viewer.personId);
    if (!partner) return null;
    const submitted = await this.selfAssessments.submittedOf(manager, [viewer.personId, partner.partnerId], round?.id);
    const views = await this.views(manager, viewer, submitted);
    const inEdition = views.filter((v) => v.round.round.editionId === editionId);
    let chosen = round ? (await this.rounds.views([round]))[0] : null;
    if (!chosen) {
      // The latest round both submitted, else the latest the viewer submitted.
      const byRound = new Map<string, SelfAssessmentView[]>();
      inEdition.forEach((v) => byRound.set(v.round.round.id, [...(byRound.get(v.round.round.id) ?? []), v]));
      const ordered = [...byRound.values()].sort((a, b) => roundOrder(b[0].round.round) - roundOrder(a[0].round.round));
      chosen = (ordered.find((vs) => vs.length === 2) ?? ordered[0])?.[0].round ?? null;
    }
    if (!chosen) return null;
    const id = chosen.round.id;
    const theirs = inEdition.find((v) => v.round.round.id === chosen.round.id && !v.isMine) ?? null;
    if (theirs?.selfAssessment.sharedWithPartner)
      await this.audit.recordRead(manager, {
        actorPersonId: viewer.personId,
        operation: 'readSelfAssessment',
        personId: partner.partnerId,
        summary: 'Compared self-assessments with theirs (the tandem partner)',
      });
    const names = await displayNames(manager, [viewer.personId, partner.partnerId]);
    const name = (personId: string) => names.get(personId) ?? '';
    const [schoolId, companyId] =
      partner.ownSide === 'SCHOOL' ? [viewer.personId, partner.partnerId] : [partner.partnerId, viewer.personId];
    return {
      round: chosen,
      mySide: partner.ownSide,
      names: { school: name(schoolId), company: name(companyId) },
      mine: inEdition.find((v) => v.round.round.id === id && v.isMine) ?? null,
      theirs,
    };
  }
}
