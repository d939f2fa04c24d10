import { Access } from './access';
import type { Viewer } from './viewer';

const viewer = (grants: Viewer['grants']): Viewer => ({ personId: 'p1', sessionId: 's1', grants });

describe('Access', () => {
  const coordinatorEE = viewer([{ role: 'COORDINATOR', scopeKind: 'COUNTRY', countryCode: 'EE', organisationId: null }]);
  const admin = viewer([{ role: 'ADMIN', scopeKind: 'PROGRAMME', countryCode: null, organisationId: null }]);
  const tutor = viewer([{ role: 'TUTOR', scopeKind: 'SELF', countryCode: null, organisationId: null }]);
  const manager = viewer([{ role: 'MANAGER', scopeKind: 'ORGANISATION', countryCode: null, organisationId: 'o1' }]);

  it('lets a coordinator act in their own country only', () => {
    expect(Access.can(coordinatorEE, ['COORDINATOR'], { countryCode: 'EE' })).toBe(true);
    expect(Access.can(coordinatorEE, ['COORDINATOR'], { countryCode: 'LV' })).toBe(false);
  });

  it('does not let a role stand in for another role', () => {
    expect(Access.can(coordinatorEE, ['TRAINER'], { countryCode: 'EE' })).toBe(false);
  });

  it('lets an admin act everywhere', () => {
    expect(Access.can(admin, ['COORDINATOR'], { countryCode: 'LT' })).toBe(true);
    expect(Access.countries(admin, ['COORDINATOR'])).toBe('ALL');
  });

  it('limits a tutor to records about themselves', () => {
    expect(Access.can(tutor, ['TUTOR'], { personId: 'p1' })).toBe(true);
    expect(Access.can(tutor, ['TUTOR'], { personId: 'p2' })).toBe(false);
    expect(Access.can(tutor, ['TUTOR'], {})).toBe(false);
  });

  it('limits a manager to their organisation', () => {
    expect(Access.can(manager, ['MANAGER'], { organisationId: 'o1' })).toBe(true);
    expect(Access.can(manager, ['MANAGER'], { organisationId: 'o2' })).toBe(false);
  });

  it('throws FORBIDDEN when the scope does not match', () => {
    expect(() => Access.assert(coordinatorEE, ['COORDINATOR'], { countryCode: 'LT' })).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
  });

  it('lists the countries a viewer may read', () => {
    expect(Access.countries(coordinatorEE, ['COORDINATOR'])).toEqual(['EE']);
    expect(Access.countries(tutor, ['COORDINATOR'])).toEqual([]);
  });
});
