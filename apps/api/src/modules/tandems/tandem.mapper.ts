import { toTutorModel } from '../people/tutor.mapper';
import type { TandemModel } from './tandem.model';
import type { TandemView } from './tandem-views';

export function toTandemModel(view: TandemView): TandemModel {
  const t = view.tandem;
  return {
    id: t.id,
    editionId: t.editionId,
    status: t.status,
    schoolTutor: toTutorModel(view.school),
    companyTutor: toTutorModel(view.company),
    crossBorder: view.school.organisation.countryCode !== view.company.organisation.countryCode,
    byInvitation: t.byInvitation,
    formedByName: view.formedByName,
    createdAt: t.createdAt,
    activatedAt: t.activatedAt,
    dissolvedAt: t.dissolvedAt,
    dissolvedByName: view.dissolvedByName,
    dissolutionKind: t.dissolutionKind,
    // Why a tandem ended can be personal: the partners and those who may dissolve it read it.
    dissolutionReason: view.canSeeReason ? t.dissolutionReason : null,
    canRespond: view.canRespond,
    canDissolve: view.canDissolve,
  };
}
