import type { OrganisationFilter, OrganisationKind, Sector } from '@tandem/web-graphql';
import { isOrganisationKind, isSector } from './labels';

/** What the directory is filtered by; kept in the address (`?q=metall&country=EE&kind=COMPANY`). */
export interface DirectoryFilters {
  search: string;
  country: string | null;
  kind: OrganisationKind | null;
  sector: Sector | null;
}

export const EMPTY_DIRECTORY_FILTERS: DirectoryFilters = { search: '', country: null, kind: null, sector: null };

/** The API's limit on the search text. */
export const DIRECTORY_SEARCH_MAX_LENGTH = 100;

const COUNTRY = /^[A-Z]{2}$/;

/** Reads the filters from the address; anything unknown or malformed counts as "no filter". */
export function readDirectoryFilters(params: URLSearchParams): DirectoryFilters {
  const search = (params.get('q') ?? '').trim().slice(0, DIRECTORY_SEARCH_MAX_LENGTH);
  const country = (params.get('country') ?? '').toUpperCase();
  const kind = params.get('kind');
  const sector = params.get('sector');
  return {
    search,
    country: COUNTRY.test(country) ? country : null,
    kind: isOrganisationKind(kind) ? kind : null,
    sector: isSector(sector) ? sector : null,
  };
}

/** The address form of the filters: only those set, in a stable order. */
export function directoryFiltersToParams(filters: DirectoryFilters): URLSearchParams {
  const params = new URLSearchParams();
  const search = filters.search.trim();
  if (search) params.set('q', search);
  if (filters.country) params.set('country', filters.country);
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.sector) params.set('sector', filters.sector);
  return params;
}

/** The API's OrganisationFilter: only the fields that are set. */
export function toOrganisationFilter(filters: DirectoryFilters): OrganisationFilter {
  return {
    ...(filters.search.trim() && { search: filters.search.trim() }),
    ...(filters.country && { country: filters.country }),
    ...(filters.kind && { kind: filters.kind }),
    ...(filters.sector && { sector: filters.sector }),
  };
}

export function hasDirectoryFilters(filters: DirectoryFilters): boolean {
  return !!(filters.search || filters.country || filters.kind || filters.sector);
}
