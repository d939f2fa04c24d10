import { Anchor } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useSignedInPerson } from '../../session/session-context';
import { mayOpenRecordOf, personRecordPath } from '../record-access';

/**
 * A person's name, linked to their record where the viewer may open it (mayOpenRecordOf); plain
 * text otherwise. The API still decides per person (FORBIDDEN out of scope).
 */
export function PersonLink({
  personId,
  sessionTrainerIds,
  children,
}: {
  personId: string;
  /** On a session's roster: its trainers (a trainer opens the records of the sessions they train). */
  sessionTrainerIds?: readonly string[];
  children: ReactNode;
}) {
  const viewer = useSignedInPerson();
  if (!mayOpenRecordOf(viewer, personId, sessionTrainerIds)) return children;
  return (
    <Anchor component={Link} to={personRecordPath(personId)} inherit>
      {children}
    </Anchor>
  );
}
