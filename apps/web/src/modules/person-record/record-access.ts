import type { Role } from '@tandem/shared-domain';
import { may } from '../session/roles';

/**
 * Whether to link a person's name to their record: their own; 'person.record' (its scope is the
 * API's to check); a trainer ('person.recordOfTrainee') only where `sessionTrainerIds`, the
 * trainers of the session shown, include them, or where no session is at hand.
 */
export function mayOpenRecordOf(
  viewer: { id: string; roles: readonly { role: Role }[] },
  personId: string,
  sessionTrainerIds?: readonly string[],
): boolean {
  if (viewer.id === personId || may(viewer.roles, 'person.record')) return true;
  return may(viewer.roles, 'person.recordOfTrainee') && (!sessionTrainerIds || sessionTrainerIds.includes(viewer.id));
}

export const personRecordPath = (personId: string) => `/people/${personId}`;
