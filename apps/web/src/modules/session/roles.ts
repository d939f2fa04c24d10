import { grantsAllow, type Permission, type Role } from '@tandem/shared-domain';

/** The roles a person holds, each once, in the order of DESIGN.md (ROLES). */
export function heldRoles(grants: readonly { role: Role }[]): Role[] {
  return [...new Set(grants.map((grant) => grant.role))];
}

/**
 * Whether the person's grants allow `permission` (the shared PERMISSIONS table); `undefined` means
 * "every signed-in person". A convenience for what to show: the API decides on every request.
 */
export function may(grants: readonly { role: Role }[], permission: Permission | undefined): boolean {
  return !permission || grantsAllow(grants, permission);
}
