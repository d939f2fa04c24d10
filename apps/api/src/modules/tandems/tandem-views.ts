import type { ResourceScope } from '../../auth/access';
import type { TutorView } from '../people/tutors.service';
import type { TandemSuggestionReason } from './tandem-rules';
import type { Tandem } from './tandem.entity';

export interface TandemView {
  tandem: Tandem;
  school: TutorView;
  company: TutorView;
  formedByName: string | null;
  dissolvedByName: string | null;
  canRespond: boolean;
  canDissolve: boolean;
  canSeeReason: boolean;
}

export interface UnpairedView {
  tutor: TutorView;
  suggestions: { tutor: TutorView; reason: TandemSuggestionReason }[];
}

/** Who a tandem belongs to, for `Access`: both tutors' countries and organisations, and the tutors themselves. */
export function tandemScope(t: Tandem, school: TutorView, company: TutorView): ResourceScope {
  return {
    countryCodes: [school.organisation.countryCode, company.organisation.countryCode],
    organisationIds: [school.organisation.id, company.organisation.id],
    memberIds: [t.schoolTutorId, t.companyTutorId],
  };
}

export const invitedPartnerOf = (t: Tandem) => (t.formedById === t.schoolTutorId ? t.companyTutorId : t.schoolTutorId);
