import type { TutorSide } from '@tandem/web-graphql';

export interface SidedTutor {
  id: string;
  side: TutorSide;
}

/**
 * formTandem takes the school tutor and the company tutor by name; a suggestion lists "this tutor
 * and that one" in either order. Null when the two are not one of each side (or the same person):
 * such a pair is never offered.
 */
export function tandemPairInput(
  a: SidedTutor,
  b: SidedTutor,
): { schoolTutorId: string; companyTutorId: string } | null {
  if (a.id === b.id || a.side === b.side) return null;
  const school = a.side === 'SCHOOL' ? a : b;
  const company = a.side === 'COMPANY' ? a : b;
  return { schoolTutorId: school.id, companyTutorId: company.id };
}

/** The partner of `personId` in a tandem, and whether `personId` is in it at all. */
export function partnerOf<T extends { id: string }>(
  tandem: { schoolTutor: T; companyTutor: T },
  personId: string,
): T | null {
  if (tandem.schoolTutor.id === personId) return tandem.companyTutor;
  if (tandem.companyTutor.id === personId) return tandem.schoolTutor;
  return null;
}

/** The side a tandem partner is on. */
export function otherSide(side: TutorSide): TutorSide {
  return side === 'SCHOOL' ? 'COMPANY' : 'SCHOOL';
}
