/** The cockpit's export URLs (`/api/cockpit/export/:table`), with the drill-down filters when given. */
export type CockpitTable = 'matrix' | 'funnel' | 'burn-up' | 'people';

export interface PeopleFilter {
  countryCode?: string | null;
  side?: 'SCHOOL' | 'COMPANY' | null;
  status?: 'REGISTERED' | 'IN_TANDEM' | 'IN_TRAINING' | 'TRAINED' | 'WITHDRAWN' | null;
}

export function exportHref(table: CockpitTable, format: 'csv' | 'xlsx', filter: PeopleFilter = {}): string {
  const params = new URLSearchParams({ format });
  if (filter.countryCode) params.set('countryCode', filter.countryCode);
  if (filter.side) params.set('side', filter.side);
  if (filter.status) params.set('status', filter.status);
  return `/api/cockpit/export/${table}?${params.toString()}`;
}
