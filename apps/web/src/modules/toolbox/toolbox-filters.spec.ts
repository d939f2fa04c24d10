import {
  EMPTY_TOOLBOX_FILTERS,
  hasToolboxFilters,
  readToolboxFilters,
  toResourceFilter,
  toResourceSort,
  toolboxFiltersToParams,
} from './toolbox-filters';

const C = '0b6c1b7e-3f55-4c43-9a57-0c9d1c2f0a11';
const M = '5d0f7a8e-1c2b-4b7e-8f1e-2a3b4c5d6e7f';

const read = (query: string) => readToolboxFilters(new URLSearchParams(query));

describe('toolbox filters in the address', () => {
  it('reads search, kind, language, audience and order', () => {
    expect(
      read(`q=darba+drosiba&kind=MANUAL&language=lv&audience=TRAINER&competence=${C}&module=${M}&sort=MOST_USED`),
    ).toEqual({
      search: 'darba drosiba',
      kind: 'MANUAL',
      language: 'lv',
      audience: 'TRAINER',
      competenceId: C,
      moduleId: M,
      sort: 'MOST_USED',
    });
  });

  it('treats unknown values as no filter, and RELEVANCE is not a choice of the person', () => {
    expect(read('kind=POEM&language=de&audience=CEO&competence=7&module=x&sort=RELEVANCE&q=%20')).toEqual(
      EMPTY_TOOLBOX_FILTERS,
    );
  });

  it('writes only what is set and reads back the same filters', () => {
    const filters = { ...EMPTY_TOOLBOX_FILTERS, search: ' ühine ', kind: 'COLLABORATION_WAY' as const };
    const params = toolboxFiltersToParams(filters);
    expect(params.toString()).toBe('q=%C3%BChine&kind=COLLABORATION_WAY');
    expect(read(params.toString())).toEqual({ ...filters, search: 'ühine' });
  });

  it('sends the API only the filters set', () => {
    expect(toResourceFilter(EMPTY_TOOLBOX_FILTERS)).toEqual({});
    expect(toResourceFilter({ ...EMPTY_TOOLBOX_FILTERS, search: ' x ', language: 'et', moduleId: M })).toEqual({
      search: 'x',
      language: 'et',
      moduleId: M,
    });
  });

  it('orders a search by relevance and a plain list by newest unless the person chose', () => {
    expect(toResourceSort(EMPTY_TOOLBOX_FILTERS)).toBe('NEWEST');
    expect(toResourceSort({ ...EMPTY_TOOLBOX_FILTERS, search: 'safety' })).toBe('RELEVANCE');
    expect(toResourceSort({ ...EMPTY_TOOLBOX_FILTERS, search: 'safety', sort: 'MOST_USED' })).toBe('MOST_USED');
  });

  it('knows when any filter is set', () => {
    expect(hasToolboxFilters(EMPTY_TOOLBOX_FILTERS)).toBe(false);
    expect(hasToolboxFilters({ ...EMPTY_TOOLBOX_FILTERS, sort: 'NEWEST' })).toBe(true);
  });
});
