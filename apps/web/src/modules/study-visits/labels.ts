import { isUuid, type Locale } from '@tandem/shared-domain';
import { intlLocale } from '@tandem/shared-i18n';
import type { MobilityKind, StudyVisitParticipantStatus } from '@tandem/web-graphql';

/* Every value of the schema's enums once: a value the API adds is a compile error until it is named. */

const STATUSES: Record<StudyVisitParticipantStatus, true> = { APPLIED: true, SELECTED: true, WENT: true };
/** In the order a participant moves through them. */
export const PARTICIPANT_STATUSES = Object.keys(STATUSES) as StudyVisitParticipantStatus[];

const KINDS: Record<MobilityKind, true> = {
  STUDY_VISIT: true,
  JOB_SHADOWING: true,
  TEACHER_EXCHANGE: true,
  LEARNER_PLACEMENT: true,
  EXPERT_VISIT: true,
};
export const MOBILITY_KINDS = Object.keys(KINDS) as MobilityKind[];

export const participantStatusKey = (s: StudyVisitParticipantStatus) => `toolbox.studyVisits.statuses.${s}` as const;
export const mobilityKindKey = (k: MobilityKind) => `toolbox.mobility.kinds.${k}` as const;

export const isParticipantStatus = (value: string | null | undefined): value is StudyVisitParticipantStatus =>
  !!value && value in STATUSES;

export const studyVisitPath = (id: string) => `/study-visits/${encodeURIComponent(id)}`;
export const isStudyVisitId = (value: string | undefined): value is string => isUuid(value);

export const mobilityPath = (id: string) => `/mobilities/${encodeURIComponent(id)}`;
export const isMobilityId = (value: string | undefined): value is string => isUuid(value);
export const hostOfferRequestStatusKey = (s: 'REQUESTED' | 'ACCEPTED' | 'DECLINED') =>
  `toolbox.hostOffers.statuses.${s}` as const;

/** An amount in euro in the viewer's language: "1 200,50 €", "€1,200.50". */
export const euro = (locale: Locale, amount: number) =>
  new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency: 'EUR' }).format(amount);
