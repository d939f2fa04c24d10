import type { FieldError } from '@tandem/shared-domain';
import type { TutorSide } from '../people/tutor-profile.entity';
import { invalid } from '../../common/field-error';

/** What the pairing rules need to know about a tutor named in a request. */
export interface TutorFacts {
  personId: string;
  displayName: string;
  side: TutorSide;
  countryCode: string;
  /** Whether the tutor takes part in the edition of the tandem. */
  inEdition: boolean;
}

/** One tutor of a requested tandem: the input field that named them, and the side the request expects there. */
export interface TandemSlot {
  field: string;
  facts: TutorFacts | null;
  expectedSide: TutorSide;
}

/**
 * Field errors for pairing two tutors in an edition: two different people, each a tutor of the side
 * expected, both taking part in the edition, and of one country unless the edition allows cross-border
 * tandems. Empty when they may form a tandem (whether they are free is checked against the database).
 */
export function pairingErrors(first: TandemSlot, second: TandemSlot, crossBorderAllowed: boolean): FieldError[] {
  if (first.facts && second.facts && first.facts.personId === second.facts.personId) {
    return [invalid(second.field, 'samePerson')];
  }
  const errors: FieldError[] = [];
  for (const slot of [first, second]) {
    const f = slot.facts;
    if (!f) errors.push(invalid(slot.field, 'notTutor'));
    else if (f.side !== slot.expectedSide) {
      errors.push(invalid(slot.field, 'wrongSide', { name: f.displayName, side: f.side }));
    } else if (!f.inEdition) errors.push(invalid(slot.field, 'notInEdition', { name: f.displayName }));
  }
  if (
    !errors.length &&
    first.facts &&
    second.facts &&
    first.facts.countryCode !== second.facts.countryCode &&
    !crossBorderAllowed
  ) {
    errors.push(
      invalid(second.field, 'crossBorder', {
        name: second.facts.displayName,
        country: second.facts.countryCode,
        otherName: first.facts.displayName,
        otherCountry: first.facts.countryCode,
      }),
    );
  }
  return errors;
}

export const TANDEM_SUGGESTION_REASONS = ['SAME_CLUSTER', 'SAME_CITY', 'SAME_SECTOR'] as const;
export type TandemSuggestionReason = (typeof TANDEM_SUGGESTION_REASONS)[number];

export interface PairingCandidate {
  personId: string;
  side: TutorSide;
  organisationId: string;
  city: string | null;
  sector: string | null;
}

/**
 * Partners to suggest for an unpaired tutor among unpaired tutors of the other side: first those whose
 * employer is in the same cluster (the company trains the school's learners), then those in the same
 * city, then in the same sector. Candidates keep their given order within a reason.
 */
export function suggestPartners(
  tutor: PairingCandidate,
  candidates: readonly PairingCandidate[],
  clusterLinks: ReadonlySet<string>,
  limit = 3,
): { personId: string; reason: TandemSuggestionReason }[] {
  const linked = (a: PairingCandidate, b: PairingCandidate) => {
    const [school, company] = a.side === 'SCHOOL' ? [a, b] : [b, a];
    return clusterLinks.has(clusterKey(school.organisationId, company.organisationId));
  };
  const same = (a: string | null, b: string | null) =>
    !!a && !!b && a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;
  const reasonFor = (c: PairingCandidate): TandemSuggestionReason | null =>
    linked(tutor, c)
      ? 'SAME_CLUSTER'
      : same(tutor.city, c.city)
        ? 'SAME_CITY'
        : same(tutor.sector, c.sector)
          ? 'SAME_SECTOR'
          : null;
  return candidates
    .filter((c) => c.side !== tutor.side && c.personId !== tutor.personId)
    .map((c) => ({ personId: c.personId, reason: reasonFor(c) }))
    .filter((s): s is { personId: string; reason: TandemSuggestionReason } => s.reason !== null)
    .sort((a, b) => TANDEM_SUGGESTION_REASONS.indexOf(a.reason) - TANDEM_SUGGESTION_REASONS.indexOf(b.reason))
    .slice(0, limit);
}

/**
 * Every unpaired tutor of the other side as a possible partner for the tutor who looks for one
 * themself: the suggested ones first (cluster, city, sector), then the rest, each group by name.
 */
export function rankPartnerCandidates<C extends PairingCandidate & { name: string }>(
  tutor: PairingCandidate,
  candidates: readonly C[],
  clusterLinks: ReadonlySet<string>,
): { candidate: C; reason: TandemSuggestionReason | null }[] {
  const suggested = new Map(
    suggestPartners(tutor, candidates, clusterLinks, candidates.length).map((s) => [s.personId, s.reason]),
  );
  const rank = (reason: TandemSuggestionReason | null) =>
    reason ? TANDEM_SUGGESTION_REASONS.indexOf(reason) : TANDEM_SUGGESTION_REASONS.length;
  return candidates
    .filter((c) => c.side !== tutor.side && c.personId !== tutor.personId)
    .map((candidate) => ({ candidate, reason: suggested.get(candidate.personId) ?? null }))
    .sort((a, b) => rank(a.reason) - rank(b.reason) || a.candidate.name.localeCompare(b.candidate.name));
}

export function clusterKey(schoolId: string, companyId: string): string {
  return `${schoolId}|${companyId}`;
}
