import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FieldError } from '@tandem/shared-domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { Viewer } from '../../auth/viewer';
import { Errors } from '../../common/domain-error';
import type { ProfileView } from '../competences/competence-profile.mapper';
import { CompetencesService } from '../competences/competences.service';
import { Person } from '../people/person.entity';
import { AssessmentRound } from './assessment-round.entity';
import { AssessmentRoundsService, assertRoundOpen, roundOrder, RoundView } from './assessment-rounds.service';
import type {
  SaveSelfAssessmentInput,
  ShareSelfAssessmentInput,
  SubmitSelfAssessmentInput,
} from './dto/self-assessment.input';
import { Rating } from './rating.entity';
import { SelfAssessment } from './self-assessment.entity';

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

const ALREADY_SUBMITTED = 'This self-assessment was submitted: it cannot be changed any more.';

/**
 * A tutor's self-assessments. Individual ratings are read by their owner, and by the owner's tandem
 * partner once submitted and shared; nobody else (not ADMIN, not trainers: they see aggregates only).
 * Everyone else gets NOT_FOUND, so that not even the existence of a self-assessment leaks.
 */
@Injectable()
export class SelfAssessmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly rounds: AssessmentRoundsService,
    private readonly competences: CompetencesService,
    private readonly audit: AuditService,
  ) {}

  /** Views of many self-assessments in a fixed number of queries. */
  private async views(manager: EntityManager, viewer: Viewer, items: SelfAssessment[]): Promise<SelfAssessmentView[]> {
    if (!items.length) return [];
    const rounds = await manager
      .getRepository(AssessmentRound)
      .findBy({ id: In([...new Set(items.map((s) => s.roundId))]) });
    const [roundViews, profiles, ratings, owners] = await Promise.all([
      this.rounds.views(rounds, manager),
      this.competences.byIds(
        items.map((s) => s.profileVersionId),
        manager,
      ),
      manager.getRepository(Rating).findBy({ selfAssessmentId: In(items.map((s) => s.id)) }),
      manager.getRepository(Person).find({
        where: { id: In([...new Set(items.map((s) => s.personId))]) },
        select: { id: true, givenName: true, familyName: true },
      }),
    ]);
    const roundById = new Map(roundViews.map((r) => [r.round.id, r]));
    const names = new Map(owners.map((p) => [p.id, `${p.givenName} ${p.familyName}`]));
    return items.map((selfAssessment) => ({
      selfAssessment,
      round: roundById.get(selfAssessment.roundId) as RoundView,
      profile: profiles.get(selfAssessment.profileVersionId) as ProfileView,
      ratings: ratings.filter((r) => r.selfAssessmentId === selfAssessment.id),
      ownerName: names.get(selfAssessment.personId) ?? '',
      isMine: selfAssessment.personId === viewer.personId,
    }));
  }

  /** The viewer's tandem partner in an edition (a non-dissolved tandem), if any. */
  async partnerOf(
    manager: EntityManager,
    personId: string,
    editionId: string,
  ): Promise<{ personId: string; side: string; mySide: string; tandemId: string } | null> {
    const [row]: { person_id: string; side: string; my_side: string; tandem_id: string }[] = await manager.query(
      `SELECT other.person_id, other.side, me.side AS my_side, me.tandem_id FROM tandem_member me
         JOIN tandem_member other ON other.tandem_id = me.tandem_id AND other.person_id <> me.person_id
        WHERE me.edition_id = $1 AND me.person_id = $2 AND me.tandem_status <> 'DISSOLVED'`,
      [editionId, personId],
    );
    return row ? { personId: row.person_id, side: row.side, mySide: row.my_side, tandemId: row.tandem_id } : null;
  }

  async mine(viewer: Viewer, editionId?: string | null): Promise<SelfAssessmentView[]> {
    const edition = await this.rounds.editionId(editionId);
    if (!edition) return [];
    const items = await this.db
      .getRepository(SelfAssessment)
      .createQueryBuilder('s')
      .innerJoin(AssessmentRound, 'r', 'r.id = s.round_id')
      .where('s.person_id = :person AND r.edition_id = :edition', { person: viewer.personId, edition })
      .getMany();
    const views = await this.views(this.db.manager, viewer, items);
    return views.sort((a, b) => roundOrder(a.round.round) - roundOrder(b.round.round));
  }

  async get(viewer: Viewer, id: string, manager: EntityManager = this.db.manager): Promise<SelfAssessmentView> {
    const item = await manager.getRepository(SelfAssessment).findOneBy({ id });
    if (!item) throw Errors.notFound('Self-assessment');
    if (item.personId !== viewer.personId) {
      const round = await this.rounds.get(item.roundId, manager);
      const partner = await this.partnerOf(manager, viewer.personId, round.editionId);
      const readable = partner?.personId === item.personId && item.sharedWithPartner && item.status === 'SUBMITTED';
      if (!readable) throw Errors.notFound('Self-assessment');
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
      if (!competences.has(r.competenceId))
        errors.push({
          field: `ratings.${i}.competenceId`,
          message: 'is not a competence of this round’s profile version',
        });
      else if (seen.has(r.competenceId)) errors.push({ field: `ratings.${i}.competenceId`, message: 'is rated twice' });
      seen.add(r.competenceId);
      if (r.level !== null && (r.level < 1 || r.level > profile.profile.scaleLevels))
        errors.push({ field: `ratings.${i}.level`, message: `must be between 1 and ${profile.profile.scaleLevels}` });
    });
    if (errors.length) throw Errors.validation(errors);
  }

  /** The viewer's own self-assessment, locked for a change; another person's is NOT_FOUND. */
  private async lockOwn(manager: EntityManager, viewer: Viewer, id: string): Promise<SelfAssessment> {
    const item = await manager
      .getRepository(SelfAssessment)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
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
      const [participant] = await manager.query(
        `SELECT 1 FROM tutor_participation WHERE edition_id = $1 AND person_id = $2`,
        [round.editionId, viewer.personId],
      );
      if (!participant)
        throw Errors.forbidden('Only tutors taking part in the edition assess themselves in its rounds.');
      assertRoundOpen(round);
      this.validate(await this.competences.view(round.profileVersionId, manager), input);
      // Create-if-missing without a race: two first saves at once end up on the same row.
      await manager.query(
        `INSERT INTO self_assessment (round_id, profile_version_id, person_id) VALUES ($1, $2, $3) ON CONFLICT (round_id, person_id) DO NOTHING`,
        [round.id, round.profileVersionId, viewer.personId],
      );
      const item = await manager.getRepository(SelfAssessment).findOneOrFail({
        where: { roundId: round.id, personId: viewer.personId },
        lock: { mode: 'pessimistic_write' },
      });
      if (item.status === 'SUBMITTED') throw Errors.conflict(ALREADY_SUBMITTED);
      const removed = input.ratings.filter((r) => r.level === null).map((r) => r.competenceId);
      const kept = input.ratings.filter((r): r is typeof r & { level: number } => r.level !== null);
      if (removed.length)
        await manager.getRepository(Rating).delete({ selfAssessmentId: item.id, competenceId: In(removed) });
      if (kept.length) {
        await manager.query(
          // An omitted evidence note keeps the stored one (a level change alone does not erase it); "" clears it.
          `INSERT INTO rating (self_assessment_id, profile_version_id, competence_id, level, evidence)
           SELECT $1, $2, c, l, NULLIF(trim(e), '') FROM unnest($3::uuid[], $4::int[], $5::text[], $6::bool[]) AS x(c, l, e, given)
           ON CONFLICT (self_assessment_id, competence_id) DO UPDATE
             SET level = EXCLUDED.level,
                 evidence = CASE WHEN (SELECT given FROM unnest($3::uuid[], $6::bool[]) AS y(c, given) WHERE y.c = EXCLUDED.competence_id) THEN EXCLUDED.evidence ELSE rating.evidence END`,
          [
            item.id,
            item.profileVersionId,
            kept.map((r) => r.competenceId),
            kept.map((r) => r.level),
            kept.map((r) => r.evidence ?? null),
            kept.map((r) => r.evidence !== undefined),
          ],
        );
      }
      await manager.update(
        SelfAssessment,
        { id: item.id },
        { sharedWithPartner: input.sharedWithPartner ?? item.sharedWithPartner, updatedAt: new Date() },
      );
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
      if (item.status === 'SUBMITTED') throw Errors.conflict(ALREADY_SUBMITTED);
      const round = await this.rounds.get(item.roundId, manager);
      assertRoundOpen(round);
      const profile = await this.competences.view(item.profileVersionId, manager);
      const rated = new Set(
        (
          await manager
            .getRepository(Rating)
            .find({ where: { selfAssessmentId: item.id }, select: { competenceId: true } })
        ).map((r) => r.competenceId),
      );
      const missing = profile.areas.flatMap((a) => a.competences).filter((c) => !rated.has(c.id));
      if (missing.length)
        throw Errors.validation(
          missing.map((c) => ({ field: `ratings.${c.code}`, message: 'needs a level before submitting' })),
          'Rate every competence before submitting.',
        );
      await manager.update(SelfAssessment, { id: item.id }, { status: 'SUBMITTED', submittedAt: () => 'now()' });
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
      await manager.update(SelfAssessment, { id: item.id }, { sharedWithPartner: input.shared });
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
    const partner = await this.partnerOf(manager, viewer.personId, editionId);
    if (!partner) return null;
    const submitted = await manager.getRepository(SelfAssessment).find({
      where: {
        personId: In([viewer.personId, partner.personId]),
        status: 'SUBMITTED',
        ...(round ? { roundId: round.id } : {}),
      },
    });
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
    const people = await manager.getRepository(Person).find({
      where: { id: In([viewer.personId, partner.personId]) },
      select: { id: true, givenName: true, familyName: true },
    });
    const name = (personId: string) =>
      people.filter((p) => p.id === personId).map((p) => `${p.givenName} ${p.familyName}`)[0] ?? '';
    const [schoolId, companyId] =
      partner.mySide === 'SCHOOL' ? [viewer.personId, partner.personId] : [partner.personId, viewer.personId];
    return {
      round: chosen,
      mySide: partner.mySide,
      names: { school: name(schoolId), company: name(companyId) },
      mine: inEdition.find((v) => v.round.round.id === id && v.isMine) ?? null,
      theirs: inEdition.find((v) => v.round.round.id === id && !v.isMine) ?? null,
    };
  }
}
