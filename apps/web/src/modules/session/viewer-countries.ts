import { type Permission, PROGRAMME_COUNTRIES, type Role } from '@tandem/shared-domain';
import { countriesWhere, mayEverywhere } from './roles';

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
  if (mayEverywhere(grants, permission)) return [...PROGRAMME_COUNTRIES];
  return countriesWhere(grants, permission).sort((a, b) => order(a) - order(b) || a.localeCompare(b));
}

/** Programme countries in their usual order (EE, LV, LT), others after them. */
function order(code: string): number {
  const index = (PROGRAMME_COUNTRIES as readonly string[]).indexOf(code);
  return index === -1 ? PROGRAMME_COUNTRIES.length : index;
}
