import { isUuid } from '@tandem/shared-domain';
import type { MobilityFilter, MobilityKind } from '@tandem/web-graphql';
import { MOBILITY_KINDS } from './labels';

/** What the register is filtered by; kept in the address (`?kind=JOB_SHADOWING&country=FI&year=2026&organisation=…`). */
export interface MobilityFilters {
  kind: MobilityKind | null;
  hostCountry: string | null;
  year: number | null;
  organisationId: string | null;
}

export const EMPTY_MOBILITY_FILTERS: MobilityFilters = {
  kind: null,
  hostCountry: null,
  year: null,
  organisationId: null,
};

const COUNTRY = /^[A-Z]{2}$/;
const YEAR = /^(20\d\d|2100)$/;

/** Reads the filters from the address; anything unknown or malformed counts as "no filter". */
export function readMobilityFilters(params: URLSearchParams): MobilityFilters {
  const kind = params.get('kind');
  const country = (params.get('country') ?? '').toUpperCase();
  const year = params.get('year') ?? '';
  const organisation = params.get('organisation');
  return {
    kind: MOBILITY_KINDS.find((k) => k === kind) ?? null,
    hostCountry: COUNTRY.test(country) ? country : null,
    year: YEAR.test(year) ? Number(year) : null,
    organisationId: isUuid(organisation) ? organisation : null,
  };
}

/** The address form of the filters: only those set, in a stable order. */
export function mobilityFiltersToParams(filters: MobilityFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.hostCountry) params.set('country', filters.hostCountry);
  if (filters.year) params.set('year', String(filters.year));
  if (filters.organisationId) params.set('organisation', filters.organisationId);
  return params;
}

export function toMobilityFilter(filters: MobilityFilters): MobilityFilter {
  return {
    ...(filters.kind && { kind: filters.kind }),
    ...(filters.hostCountry && { hostCountry: filters.hostCountry }),
    ...(filters.year && { year: filters.year }),
    ...(filters.organisationId && { organisationId: filters.organisationId }),
  };
}

export const hasMobilityFilters = (f: MobilityFilters) => !!(f.kind || f.hostCountry || f.year || f.organisationId);
