import { toCompetenceModel } from '../competences/competence-profile.mapper';
import type { ProfileView } from '../competences/competence-profile.mapper';
import type { CompetenceModel } from '../competences/competence-profile.model';
import { isRoundOpen, type RoundView } from './assessment-rounds.service';
import type { AssessmentRoundModel, SelfAssessmentModel, TandemComparisonModel } from './self-assessment.model';
import type { SelfAssessmentView, TandemPair } from './self-assessments.service';

export function toRoundModel(view: RoundView, now = new Date()): AssessmentRoundModel {
  const r = view.round;
  return {
    id: r.id,
    editionId: r.editionId,
    kind: r.kind,
    moduleNumber: r.moduleNumber,
    opensAt: r.opensAt,
    closesAt: r.closesAt,
    profileVersionId: r.profileVersionId,
    profileVersion: view.profileVersion,
    isOpen: isRoundOpen(r, now),
  };
}

/** The competences of a profile version in profile order, as models. */
export function competenceModels(profile: ProfileView, language: string): CompetenceModel[] {
  return profile.areas.flatMap((a) =>
    a.competences.map((c) => toCompetenceModel(c, a.area.code, language, profile.profile.scaleLevels)),
  );
}

export function toSelfAssessmentModel(
  view: SelfAssessmentView,
  language: string,
  now = new Date(),
): SelfAssessmentModel {
  const s = view.selfAssessment;
  const byCompetence = new Map(view.ratings.map((r) => [r.competenceId, r]));
  return {
    id: s.id,
    round: toRoundModel(view.round, now),
    status: s.status,
    submittedAt: s.submittedAt,
    updatedAt: s.updatedAt,
    sharedWithPartner: s.sharedWithPartner,
    isMine: view.isMine,
    ownerName: view.ownerName,
    canEdit: view.isMine && s.status === 'DRAFT' && isRoundOpen(view.round.round, now),
    ratings: competenceModels(view.profile, language).flatMap((competence) => {
      const r = byCompetence.get(competence.id);
      return r ? [{ competence, level: r.level, evidence: view.isMine ? r.evidence : null }] : [];
    }),
  };
}

/**
 * Side by side where both partners submitted and shared (the owner's choice is respected both ways);
 * the biggest differences first, as topics to work on together. Evidence notes stay private.
 */
export function toComparisonModel(pair: TandemPair, language: string): TandemComparisonModel {
  const mineShared = !!pair.mine?.selfAssessment.sharedWithPartner;
  const partnerShared = !!pair.theirs?.selfAssessment.sharedWithPartner;
  const profile = mineShared && partnerShared && pair.theirs ? pair.mine?.profile : undefined;
  const levels = (v: SelfAssessmentView | null) => new Map((v?.ratings ?? []).map((r) => [r.competenceId, r.level]));
  const [school, company] =
    pair.mySide === 'SCHOOL' ? [levels(pair.mine), levels(pair.theirs)] : [levels(pair.theirs), levels(pair.mine)];
  const rows = profile
    ? competenceModels(profile, language).map((competence) => {
        const s = school.get(competence.id) ?? null;
        const c = company.get(competence.id) ?? null;
        return {
          competence,
          schoolLevel: s,
          companyLevel: c,
          difference: s !== null && c !== null ? Math.abs(s - c) : null,
        };
      })
    : [];
  // A stable sort keeps the profile order among equal differences.
  rows.sort((a, b) => (b.difference ?? -1) - (a.difference ?? -1));
  return {
    round: toRoundModel(pair.round),
    schoolTutorName: pair.names.school,
    companyTutorName: pair.names.company,
    mineShared,
    partnerShared,
    rows,
  };
}
