import { type Permission, PROGRAMME_COUNTRIES, type Role, rolesWith } from '@tandem/shared-domain';

interface Grant {
  role: Role;
  scopeKind: 'COUNTRY' | 'ORGANISATION' | 'PROGRAMME' | 'SELF';
  countryCode: string | null;
}

/**
 * The countries where the viewer's grants allow `permission`: every programme country for
 * a programme-wide grant (an administrator, a programme observer), else the countries of the
 * country grants. The server decides again on every request; this only picks what to offer.
 */
export function viewerCountries(grants: readonly Grant[], permission: Permission): string[] {
  const roles = rolesWith(permission);
  const relevant = grants.filter((grant) => roles.includes(grant.role));
  if (relevant.some((grant) => grant.scopeKind === 'PROGRAMME')) return [...PROGRAMME_COUNTRIES];
  const countries = relevant.flatMap((grant) =>
    grant.scopeKind === 'COUNTRY' && grant.countryCode ? [grant.countryCode] : [],
  );
  return [...new Set(countries)].sort((a, b) => order(a) - order(b) || a.localeCompare(b));
}

/** Programme countries in their usual order (EE, LV, LT), others after them. */
function order(code: string): number {
  const index = (PROGRAMME_COUNTRIES as readonly string[]).indexOf(code);
  return index === -1 ? PROGRAMME_COUNTRIES.length : index;
}
