import type { Role } from '@tandem/shared-domain';
import type { ReactNode } from 'react';
import { ForbiddenNotice } from '../../errors/components/ForbiddenNotice';
import { hasAnyRole } from '../roles';
import { useSignedInPerson } from '../session-context';

/**
 * Hides a page from people whose roles do not allow it. A convenience only: the API checks role
 * and scope on every request and answers FORBIDDEN regardless.
 */
export function RequireRoles({ roles, children }: { roles: readonly Role[] | undefined; children: ReactNode }) {
  const person = useSignedInPerson();
  return hasAnyRole(person.roles, roles) ? children : <ForbiddenNotice />;
}
