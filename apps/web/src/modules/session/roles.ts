import type { Role } from '@tandem/shared-domain';

/** The roles a person holds, each once, in the order of DESIGN.md (ROLES). */
export function heldRoles(grants: readonly { role: Role }[]): Role[] {
  return [...new Set(grants.map((grant) => grant.role))];
}

/** `allowed` undefined means "every signed-in person". */
export function hasAnyRole(grants: readonly { role: Role }[], allowed: readonly Role[] | undefined): boolean {
  if (!allowed) return true;
  return grants.some((grant) => allowed.includes(grant.role));
}
