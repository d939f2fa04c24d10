/** The roles of DESIGN.md. A person may hold several, each granted in a scope. */
export const ROLES = ['ADMIN', 'COORDINATOR', 'TRAINER', 'TUTOR', 'MANAGER', 'RESEARCHER', 'OBSERVER'] as const;
export type Role = (typeof ROLES)[number];

/** Where a role grant applies. */
export const SCOPE_KINDS = ['PROGRAMME', 'COUNTRY', 'ORGANISATION', 'SELF'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

/** The scope kind each role is granted in (DESIGN.md, "Roles"). OBSERVER may be programme- or country-wide. */
export const ROLE_SCOPE_KINDS: Record<Role, readonly ScopeKind[]> = {
  ADMIN: ['PROGRAMME'],
  COORDINATOR: ['COUNTRY'],
  TRAINER: ['COUNTRY'],
  TUTOR: ['SELF'],
  MANAGER: ['ORGANISATION'],
  RESEARCHER: ['PROGRAMME'],
  OBSERVER: ['PROGRAMME', 'COUNTRY'],
};

/**
 * The roles that can be granted inside one country (every role with a scope narrower than the
 * programme): what a coordinator may hand out there. ADMIN and RESEARCHER reach beyond one
 * country, so only an ADMIN grants them. The API's grant rules and the invite form both read this.
 */
export const COUNTRY_GRANTABLE_ROLES: readonly Role[] = ROLES.filter((role) =>
  ROLE_SCOPE_KINDS[role].some((kind) => kind !== 'PROGRAMME'),
);

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
