import type { TandemStatus } from '@tandem/web-graphql';
import { isTandemStatus } from './tandem-labels';

/** The tandem list's filters, kept in the address (`/tandems?country=LV&status=ACTIVE`). */
export interface TandemFilters {
  country: string | null;
  status: TandemStatus | null;
}

const COUNTRY = /^[A-Z]{2}$/;

export function readTandemFilters(params: URLSearchParams): TandemFilters {
  const country = (params.get('country') ?? '').toUpperCase();
  const status = params.get('status');
  return { country: COUNTRY.test(country) ? country : null, status: isTandemStatus(status) ? status : null };
}

/**
 * Writes the filters into the address, keeping whatever else it holds (the unpaired tutors' country).
 */
export function writeTandemFilters(params: URLSearchParams, filters: TandemFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  if (filters.country) next.set('country', filters.country);
  else next.delete('country');
  if (filters.status) next.set('status', filters.status);
  else next.delete('status');
  return next;
}
