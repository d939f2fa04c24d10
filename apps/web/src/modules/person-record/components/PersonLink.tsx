import { Anchor } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useSignedInPerson } from '../../session/session-context';
import { mayOpenRecords, personRecordPath } from '../record-access';

/**
 * A person's name, linked to their record where the viewer's roles may open records (or it is
 * their own); plain text otherwise. The API still decides per person (FORBIDDEN out of scope).
 */
export function PersonLink({ personId, children }: { personId: string; children: ReactNode }) {
  const viewer = useSignedInPerson();
  if (!mayOpenRecords(viewer.roles) && viewer.id !== personId) return children;
  return (
    <Anchor component={Link} to={personRecordPath(personId)} inherit>
      {children}
    </Anchor>
  );
}
