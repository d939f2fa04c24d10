import { PROGRAMME_COUNTRIES, type Role } from '@tandem/shared-domain';
import { countriesWhere, mayEverywhere } from '../session/roles';

/**
 * Where the viewer can import tutors into: a coordinator into their country (the API picks it when
 * there is one), an administrator into a programme country they name.
 */
export function importCountries(grants: readonly { role: Role; scopeKind?: string; countryCode?: string | null }[]): {
  countries: string[];
  mustChoose: boolean;
} {
  if (mayEverywhere(grants, 'tutorImport.run')) return { countries: [...PROGRAMME_COUNTRIES], mustChoose: true };
  const own = countriesWhere(grants, 'tutorImport.run');
  return { countries: own, mustChoose: own.length > 1 };
}
