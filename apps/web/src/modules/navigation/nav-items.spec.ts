import { ROLES, type Role } from '@tandem/shared-domain';
import { isNavItemActive, navGroupsFor, navItem, navItemsFor, UNGROUPED_NAV_LIMIT } from './nav-items';

const grants = (...roles: Role[]) => roles.map((role) => ({ role }));
const ids = (...roles: Role[]) => navItemsFor(grants(...roles)).map((item) => item.id);

describe('navigation', () => {
  it('shows the audit log to administrators only', () => {
    expect(ids('ADMIN')).toContain('auditLog');
    for (const role of ROLES.filter((r) => r !== 'ADMIN')) {
      expect(ids(role)).not.toContain('auditLog');
    }
  });

  it('shows an item once when several roles allow it', () => {
    const shown = ids('ADMIN', 'RESEARCHER', 'OBSERVER');
    expect(new Set(shown).size).toBe(shown.length);
    expect(shown).toContain('auditLog');
  });

  it('still shows the pages for everyone to a person without roles', () => {
    expect(ids()).toEqual(expect.arrayContaining(['home', 'editions', 'account']));
    expect(ids()).not.toContain('auditLog');
  });

  it('shows the module catalogue and the national programmes to every signed-in person', () => {
    for (const role of ROLES) {
      expect(ids(role)).toEqual(expect.arrayContaining(['modules', 'nationalProgrammes']));
    }
    expect(isNavItemActive(navItem('modules'), '/modules/0b7e')).toBe(true);
  });

  it('shows the network to everyone, my tandem to tutors, the tandems to coordinators and administrators (observers see aggregates only)', () => {
    for (const role of ROLES) expect(ids(role)).toContain('network');
    expect(ids('TUTOR')).toContain('myTandem');
    expect(ids('TUTOR')).not.toContain('tandems');
    for (const role of ['COORDINATOR', 'ADMIN'] as const) {
      expect(ids(role)).toContain('tandems');
      expect(ids(role)).not.toContain('myTandem');
    }
    for (const role of ['TRAINER', 'MANAGER', 'RESEARCHER', 'OBSERVER'] as const)
      expect(ids(role)).not.toContain('tandems');
    // `/tandem` (mine) and `/tandems` (all) are different pages.
    expect(isNavItemActive(navItem('myTandem'), '/tandems')).toBe(false);
    expect(isNavItemActive(navItem('network'), '/organisations/0b7e')).toBe(true);
  });

  it('marks only the most specific item: inviting is not also "People"', () => {
    expect(isNavItemActive(navItem('people'), '/people/invite')).toBe(false);
    expect(isNavItemActive(navItem('invitePeople'), '/people/invite')).toBe(true);
    expect(isNavItemActive(navItem('people'), '/people/0b7e')).toBe(true);
    expect(ids('COORDINATOR')).toContain('people');
    expect(ids('TRAINER')).not.toContain('people');
  });

  it('shows "Invite people" and "Import tutors" to administrators and coordinators, the outbox to administrators only', () => {
    for (const role of ['ADMIN', 'COORDINATOR'] as const)
      expect(ids(role)).toEqual(expect.arrayContaining(['invitePeople', 'importTutors']));
    for (const role of ROLES.filter((r) => r !== 'ADMIN' && r !== 'COORDINATOR')) {
      expect(ids(role)).not.toContain('invitePeople');
      expect(ids(role)).not.toContain('importTutors');
    }
    expect(ids('ADMIN')).toContain('outbox');
    for (const role of ROLES.filter((r) => r !== 'ADMIN')) expect(ids(role)).not.toContain('outbox');
  });

  it('marks the start page active only on "/", other items also below their path', () => {
    expect(isNavItemActive(navItem('home'), '/')).toBe(true);
    expect(isNavItemActive(navItem('home'), '/editions')).toBe(false);
    expect(isNavItemActive(navItem('editions'), '/editions/42')).toBe(true);
    expect(isNavItemActive(navItem('editions'), '/editions-archive')).toBe(false);
  });
});

describe('navigation groups', () => {
  const groupsOf = (...roles: Role[]) => navGroupsFor(roles.map((role) => ({ role })));

  it('put every item a person sees under exactly one heading, in the list’s order', () => {
    for (const roles of [['ADMIN'], ['COORDINATOR'], ['TUTOR'], ['TRAINER', 'MANAGER']] as Role[][]) {
      const flat = navItemsFor(roles.map((role) => ({ role }))).map((i) => i.id);
      const grouped = groupsOf(...roles).flatMap((g) => g.items.map((i) => i.id));
      expect([...grouped].sort()).toEqual([...flat].sort());
      expect(new Set(grouped).size).toBe(grouped.length);
    }
  });

  it('are used only where the list is long (an administrator’s, not that of a person without roles)', () => {
    expect(navItemsFor([{ role: 'ADMIN' }]).length).toBeGreaterThan(UNGROUPED_NAV_LIMIT);
    expect(navItemsFor([]).length).toBeLessThanOrEqual(UNGROUPED_NAV_LIMIT);
    expect(groupsOf('ADMIN').map((g) => g.group)).toEqual([
      'start',
      'training',
      'programme',
      'network',
      'people',
      'system',
    ]);
  });

  it('leave out a heading with nothing under it', () => {
    expect(groupsOf('TUTOR').map((g) => g.group)).not.toContain('system');
  });
});
