import type { Role } from '@tandem/shared-domain';
import { may } from '../session/roles';

/** Whether the viewer's roles open other people's records at all (in scope: 'person.record'; a trainer's session people). */
export function mayOpenRecords(grants: readonly { role: Role }[]): boolean {
  return may(grants, 'person.record') || may(grants, 'person.recordOfTrainee');
}

export const personRecordPath = (personId: string) => `/people/${personId}`;
