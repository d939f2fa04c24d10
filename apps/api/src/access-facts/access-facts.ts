import type { ResourceScope } from '../auth/access';

/** Where a tutor belongs: their organisation and its country. */
export interface TutorFacts {
  personId: string;
  organisationId: string;
  countryCode: string;
  side: 'SCHOOL' | 'COMPANY';
}

/** Where a tandem belongs: both tutors, their organisations and countries (two for a cross-border tandem). */
export interface TandemFacts {
  id: string;
  editionId: string;
  status: 'FORMING' | 'ACTIVE' | 'COMPLETED' | 'DISSOLVED';
  schoolTutorId: string;
  companyTutorId: string;
  countryCodes: string[];
  organisationIds: string[];
}

/** A tutor taking part in an edition, with the members of their non-dissolved tandem there (themselves included). */
export interface ParticipantFacts extends TutorFacts {
  editionId: string;
  memberIds: string[];
}

/** A tutor's partner in their non-dissolved tandem of an edition. */
export interface PartnerFacts {
  tandemId: string;
  partnerId: string;
  partnerSide: 'SCHOOL' | 'COMPANY';
  ownSide: 'SCHOOL' | 'COMPANY';
}

/** Where a session belongs: its country (null for a joint session) and the trainers assigned to it. */
export interface SessionFacts {
  id: string;
  editionId: string;
  countryCode: string | null;
  trainerIds: string[];
}

/** Where a person belongs: their tutor profile's country and the countries and organisations of their grants. */
export interface PersonFacts {
  personId: string;
  countryCodes: string[];
  organisationIds: string[];
}

/** The facts as the ResourceScope that Access.can/assert check a grant against. */
export const scopeOf = {
  tutor: (t: TutorFacts): ResourceScope => ({
    personId: t.personId,
    countryCode: t.countryCode,
    organisationId: t.organisationId,
  }),
  /** The tandem's countries and organisations; its two tutors through SELF grants. */
  tandem: (t: TandemFacts): ResourceScope => ({
    countryCodes: t.countryCodes,
    organisationIds: t.organisationIds,
    memberIds: [t.schoolTutorId, t.companyTutorId],
  }),
  /** The tutor; their tandem partner through SELF grants. */
  participant: (p: ParticipantFacts): ResourceScope => ({
    personId: p.personId,
    countryCode: p.countryCode,
    organisationId: p.organisationId,
    memberIds: p.memberIds,
  }),
  /** A joint session (no country) is in every country's scope only where the caller says so: Access sees `countryCode: null`. */
  session: (s: SessionFacts): ResourceScope => ({ countryCode: s.countryCode }),
  person: (p: PersonFacts): ResourceScope => ({
    personId: p.personId,
    countryCodes: p.countryCodes,
    organisationIds: p.organisationIds,
  }),
};
