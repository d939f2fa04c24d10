import { grantsAllow, rolesWith, type Permission, type Role } from '@tandem/shared-domain';

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

interface ScopedGrant {
  role: Role;
  scopeKind?: string;
  countryCode?: string | null;
}

/**
 * Whether a grant without a country limit allows `permission` (an administrator's, programme-wide):
 * the web offers every country then. The roles come from the PERMISSIONS table, never a list here.
 */
export function mayEverywhere(grants: readonly ScopedGrant[], permission: Permission): boolean {
  const roles = rolesWith(permission);
  return grants.some(
    (g) => roles.includes(g.role) && !g.countryCode && (g.scopeKind === undefined || g.scopeKind === 'PROGRAMME'),
  );
}

/** The countries whose grants allow `permission`, each once (country-scoped grants only). */
export function countriesWhere(grants: readonly ScopedGrant[], permission: Permission): string[] {
  const roles = rolesWith(permission);
  const inCountry = (g: ScopedGrant) => g.scopeKind === undefined || g.scopeKind === 'COUNTRY';
  return [
    ...new Set(grants.flatMap((g) => (roles.includes(g.role) && g.countryCode && inCountry(g) ? [g.countryCode] : []))),
  ];
}
