import { PROGRAMME_COUNTRIES, type Role } from '@tandem/shared-domain';

/**
 * Where the viewer can import tutors into: a coordinator into their country (the API picks it when
 * there is one), an administrator into a programme country they name.
 */
export function importCountries(grants: readonly { role: Role; countryCode?: string | null }[]): {
  countries: string[];
  mustChoose: boolean;
} {
  if (grants.some((g) => g.role === 'ADMIN')) return { countries: [...PROGRAMME_COUNTRIES], mustChoose: true };
  const own = [
    ...new Set(grants.filter((g) => g.role === 'COORDINATOR' && g.countryCode).map((g) => g.countryCode as string)),
  ];
  return { countries: own, mustChoose: own.length > 1 };
}
