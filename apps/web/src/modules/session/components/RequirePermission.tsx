import type { Permission } from '@tandem/shared-domain';
import type { ReactNode } from 'react';
import { ForbiddenNotice } from '../../errors/components/ForbiddenNotice';
import { may } from '../roles';
import { useSignedInPerson } from '../session-context';

/**
 * Hides a page from people whose roles do not allow it. A convenience only: the API checks role
 * and scope on every request and answers FORBIDDEN regardless.
 */
export function RequirePermission({
  permission,
  children,
}: {
  permission: Permission | undefined;
  children: ReactNode;
}) {
  const person = useSignedInPerson();
  return may(person.roles, permission) ? children : <ForbiddenNotice />;
}
