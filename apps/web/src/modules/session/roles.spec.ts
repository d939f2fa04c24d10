import { countriesWhere, mayEverywhere } from './roles';

describe('permission scope in the web app (from the PERMISSIONS table)', () => {
  it('a programme-wide grant of a listed role is everywhere; a country grant is not', () => {
    expect(mayEverywhere([{ role: 'ADMIN', scopeKind: 'PROGRAMME', countryCode: null }], 'role.manage')).toBe(true);
    expect(mayEverywhere([{ role: 'COORDINATOR', scopeKind: 'COUNTRY', countryCode: 'EE' }], 'role.manage')).toBe(
      false,
    );
    // RESEARCHER is programme-wide, but role.manage does not list it.
    expect(mayEverywhere([{ role: 'RESEARCHER', scopeKind: 'PROGRAMME', countryCode: null }], 'role.manage')).toBe(
      false,
    );
  });

  it('countries come from country grants of listed roles only, each once', () => {
    const grants = [
      { role: 'COORDINATOR', scopeKind: 'COUNTRY', countryCode: 'LV' },
      { role: 'TRAINER', scopeKind: 'COUNTRY', countryCode: 'LV' },
      { role: 'TUTOR', scopeKind: 'ORGANISATION', countryCode: 'EE' },
      { role: 'OBSERVER', scopeKind: 'COUNTRY', countryCode: 'LT' },
    ] as const;
    expect(countriesWhere(grants, 'session.schedule')).toEqual(['LV']);
  });
});
