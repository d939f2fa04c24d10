import {
  directoryFiltersToParams,
  EMPTY_DIRECTORY_FILTERS,
  hasDirectoryFilters,
  readDirectoryFilters,
  toOrganisationFilter,
} from './directory-filters';

const read = (query: string) => readDirectoryFilters(new URLSearchParams(query));

describe('directory filters in the address', () => {
  it('reads search, country, kind and sector', () => {
    expect(read('q=metall&country=EE&kind=COMPANY&sector=MANUFACTURING')).toEqual({
      search: 'metall',
      country: 'EE',
      kind: 'COMPANY',
      sector: 'MANUFACTURING',
    });
  });

  it('treats a missing, unknown or malformed value as no filter', () => {
    expect(read('')).toEqual(EMPTY_DIRECTORY_FILTERS);
    expect(read('country=Estonia&kind=BAKERY&sector=space&q=%20%20')).toEqual(EMPTY_DIRECTORY_FILTERS);
  });

  it('accepts a country code in lower case', () => {
    expect(read('country=lv').country).toBe('LV');
  });

  it('cuts the search to what the API accepts', () => {
    expect(read(`q=${'a'.repeat(150)}`).search).toHaveLength(100);
  });

  it('writes only the filters that are set, and reads them back the same', () => {
    const filters = { search: ' Harju ', country: 'EE', kind: null, sector: 'MANUFACTURING' as const };
    const params = directoryFiltersToParams(filters);
    expect(params.toString()).toBe('q=Harju&country=EE&sector=MANUFACTURING');
    expect(readDirectoryFilters(params)).toEqual({ ...filters, search: 'Harju' });
    expect(directoryFiltersToParams(EMPTY_DIRECTORY_FILTERS).toString()).toBe('');
  });

  it('sends the API only the filters that are set', () => {
    expect(toOrganisationFilter(EMPTY_DIRECTORY_FILTERS)).toEqual({});
    expect(toOrganisationFilter({ search: ' tartu ', country: null, kind: 'VET_INSTITUTION', sector: null })).toEqual({
      search: 'tartu',
      kind: 'VET_INSTITUTION',
    });
  });

  it('knows whether anything is filtered (for "Clear filters")', () => {
    expect(hasDirectoryFilters(EMPTY_DIRECTORY_FILTERS)).toBe(false);
    expect(hasDirectoryFilters({ ...EMPTY_DIRECTORY_FILTERS, country: 'LT' })).toBe(true);
  });
});
