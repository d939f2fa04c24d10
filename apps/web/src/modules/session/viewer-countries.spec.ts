import { viewerCountries } from './viewer-countries';

const LISTERS = 'tandem.list';

describe('the countries a viewer works with', () => {
  it('are every programme country for a programme-wide grant', () => {
    expect(viewerCountries([{ role: 'ADMIN', scopeKind: 'PROGRAMME', countryCode: null }], LISTERS)).toEqual([
      'EE',
      'LV',
      'LT',
    ]);
  });

  it('are the countries of a coordinator’s grants, in programme order', () => {
    const grants = [
      { role: 'COORDINATOR' as const, scopeKind: 'COUNTRY' as const, countryCode: 'LT' },
      { role: 'COORDINATOR' as const, scopeKind: 'COUNTRY' as const, countryCode: 'EE' },
      { role: 'TRAINER' as const, scopeKind: 'COUNTRY' as const, countryCode: 'LV' },
    ];
    expect(viewerCountries(grants, LISTERS)).toEqual(['EE', 'LT']);
  });

  it('are none for roles that do not list tandems', () => {
    expect(viewerCountries([{ role: 'TUTOR', scopeKind: 'SELF', countryCode: null }], LISTERS)).toEqual([]);
  });
});
