import { isRole, type Role } from '@tandem/shared-domain';
import type { PersonStatus } from '@tandem/web-graphql';
import { useAddressParams } from '../../navigation/hooks/useAddressParams';

export const PERSON_STATUSES: readonly PersonStatus[] = ['ACTIVE', 'DEACTIVATED'];

export interface PeopleFilter {
  /** Words of the name or the e-mail address; empty for everyone. */
  search: string;
  role: Role | null;
  country: string | null;
  organisationId: string | null;
  status: PersonStatus | null;
}

export type PeopleFilterParam = 'q' | 'role' | 'country' | 'organisation' | 'status';

const isStatus = (value: string | null): value is PersonStatus =>
  !!value && (PERSON_STATUSES as readonly string[]).includes(value);

/**
 * The people list's filters live in the address (`?q=tamm&role=TUTOR&country=EE&organisation=…&status=ACTIVE`):
 * shareable, and Back works. Unknown values are ignored; the API validates what it is sent.
 */
export function usePeopleFilter() {
  const [params, update] = useAddressParams();
  const role = params.get('role');
  const status = params.get('status');
  const filter: PeopleFilter = {
    search: params.get('q') ?? '',
    role: role && isRole(role) ? role : null,
    country: /^[A-Z]{2}$/.test(params.get('country') ?? '') ? params.get('country') : null,
    organisationId: params.get('organisation') || null,
    status: isStatus(status) ? status : null,
  };
  const set = (changes: Partial<Record<PeopleFilterParam, string | null>>) => update(changes);
  return { filter, set };
}

/** The CSV of the filtered list (the API applies the same filters and the viewer's scope). */
export function peopleExportHref(filter: PeopleFilter): string {
  const query = new URLSearchParams();
  if (filter.search.trim()) query.set('search', filter.search.trim());
  if (filter.role) query.set('role', filter.role);
  if (filter.country) query.set('countryCode', filter.country);
  if (filter.organisationId) query.set('organisationId', filter.organisationId);
  if (filter.status) query.set('status', filter.status);
  const text = query.toString();
  return `/api/people/export.csv${text ? `?${text}` : ''}`;
}
