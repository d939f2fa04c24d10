import { COUNTRY_GRANTABLE_ROLES, ROLES, ROLE_SCOPE_KINDS, isRole } from './roles';
import { ISO_COUNTRY_CODES, PROGRAMME_COUNTRIES } from './countries';

describe('roles', () => {
  it('lets a country grant every role but the programme-wide ADMIN and RESEARCHER', () => {
    expect(COUNTRY_GRANTABLE_ROLES).toEqual(['COORDINATOR', 'TRAINER', 'TUTOR', 'MANAGER', 'OBSERVER']);
  });

  it('gives every role at least one scope kind', () => {
    for (const role of ROLES) expect(ROLE_SCOPE_KINDS[role].length).toBeGreaterThan(0);
  });
  it('recognises only known roles', () => {
    expect(isRole('ADMIN')).toBe(true);
    expect(isRole('admin')).toBe(false);
    expect(isRole('ROOT')).toBe(false);
  });
});

describe('countries', () => {
  it('lists each ISO code once, including the programme countries and Finland', () => {
    expect(new Set(ISO_COUNTRY_CODES).size).toBe(ISO_COUNTRY_CODES.length);
    expect(ISO_COUNTRY_CODES.length).toBe(249);
    for (const c of [...PROGRAMME_COUNTRIES, 'FI']) expect(ISO_COUNTRY_CODES).toContain(c);
  });
});
