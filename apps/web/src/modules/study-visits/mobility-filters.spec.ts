import { describe, expect, it } from 'vitest';
import { mobilityFiltersToParams, readMobilityFilters, toMobilityFilter } from './mobility-filters';

const ORG = '0b6a18d5-aebd-4f3f-a306-7baa9cc8a001';

describe('the mobility register’s filters in the address', () => {
  it('reads back what it writes, in a stable order', () => {
    const filters = { kind: 'JOB_SHADOWING' as const, hostCountry: 'FI', year: 2026, organisationId: ORG };
    const params = mobilityFiltersToParams(filters);
    expect(params.toString()).toBe(`kind=JOB_SHADOWING&country=FI&year=2026&organisation=${ORG}`);
    expect(readMobilityFilters(params)).toEqual(filters);
  });

  it('counts anything malformed as no filter', () => {
    const read = readMobilityFilters(new URLSearchParams('kind=HOLIDAY&country=Finland&year=26&organisation=x'));
    expect(read).toEqual({ kind: null, hostCountry: null, year: null, organisationId: null });
    expect(toMobilityFilter(read)).toEqual({});
  });

  it('takes a country code in any case', () => {
    expect(readMobilityFilters(new URLSearchParams('country=se')).hostCountry).toBe('SE');
  });
});
