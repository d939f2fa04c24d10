import { ROLES, type Role } from '@tandem/shared-domain';
import { isNavItemActive, navItem, navItemsFor } from './nav-items';

const grants = (...roles: Role[]) => roles.map((role) => ({ role }));
const ids = (...roles: Role[]) => navItemsFor(grants(...roles)).map((item) => item.id);

describe('navigation', () => {
  it('shows the audit log to administrators only', () => {
    expect(ids('ADMIN')).toEqual(['home', 'editions', 'account', 'auditLog']);
    for (const role of ROLES.filter((r) => r !== 'ADMIN')) {
      expect(ids(role)).toEqual(['home', 'editions', 'account']);
    }
  });

  it('shows an item once when several roles allow it', () => {
    expect(ids('ADMIN', 'RESEARCHER', 'OBSERVER')).toEqual(['home', 'editions', 'account', 'auditLog']);
  });

  it('still shows the pages for everyone to a person without roles', () => {
    expect(ids()).toEqual(['home', 'editions', 'account']);
  });

  it('marks the start page active only on "/", other items also below their path', () => {
    expect(isNavItemActive(navItem('home'), '/')).toBe(true);
    expect(isNavItemActive(navItem('home'), '/editions')).toBe(false);
    expect(isNavItemActive(navItem('editions'), '/editions/42')).toBe(true);
    expect(isNavItemActive(navItem('editions'), '/editions-archive')).toBe(false);
  });
});
