import { Access } from './access';
import type { Viewer } from './viewer';

const viewer = (grants: Viewer['grants']): Viewer => ({ personId: 'p1', sessionId: 's1', grants });

describe('Access', () => {
  const coordinatorEE = viewer([
    { role: 'COORDINATOR', scopeKind: 'COUNTRY', countryCode: 'EE', organisationId: null },
  ]);
  const admin = viewer([{ role: 'ADMIN', scopeKind: 'PROGRAMME', countryCode: null, organisationId: null }]);
  const tutor = viewer([{ role: 'TUTOR', scopeKind: 'SELF', countryCode: null, organisationId: null }]);
  const manager = viewer([{ role: 'MANAGER', scopeKind: 'ORGANISATION', countryCode: null, organisationId: 'o1' }]);

  it('lets a coordinator act in their own country only', () => {
    expect(Access.can(coordinatorEE, 'tandem.form', { countryCode: 'EE' })).toBe(true);
    expect(Access.can(coordinatorEE, 'tandem.form', { countryCode: 'LV' })).toBe(false);
  });

  it('does not let a role stand in for another role', () => {
    expect(Access.can(coordinatorEE, 'submission.review', { countryCode: 'EE' })).toBe(false);
  });

  it('gives ADMIN only what the permissions table lists for ADMIN', () => {
    expect(Access.allows(admin, 'selfAssessment.own')).toBe(false);
    expect(Access.can(admin, 'selfAssessment.own', { personId: 'p1' })).toBe(false);
  });

  it('lets an admin act everywhere', () => {
    expect(Access.can(admin, 'tandem.form', { countryCode: 'LT' })).toBe(true);
    expect(Access.countries(admin, 'tandem.form')).toBe('ALL');
  });

  it('limits a tutor to records about themselves', () => {
    expect(Access.can(tutor, 'tutor.self', { personId: 'p1' })).toBe(true);
    expect(Access.can(tutor, 'tutor.self', { personId: 'p2' })).toBe(false);
    expect(Access.can(tutor, 'tutor.self', {})).toBe(false);
  });

  it('lets a trainer open the records of the sessions they train only, not their whole country', () => {
    const trainerEE = viewer([{ role: 'TRAINER', scopeKind: 'COUNTRY', countryCode: 'EE', organisationId: null }]);
    expect(Access.canThroughSessions(trainerEE, 'person.recordOfTrainee', ['p0', 'p1'])).toBe(true);
    expect(Access.canThroughSessions(trainerEE, 'person.recordOfTrainee', ['p0'])).toBe(false);
    expect(Access.can(trainerEE, 'person.record', { countryCodes: ['EE'] })).toBe(false);
    // Being listed as a trainer gives nothing without a role the permission lists.
    expect(Access.canThroughSessions(coordinatorEE, 'person.recordOfTrainee', ['p1'])).toBe(false);
  });

  it('limits a manager to their organisation', () => {
    expect(Access.can(manager, 'cockpit.read', { organisationId: 'o1' })).toBe(true);
    expect(Access.can(manager, 'cockpit.read', { organisationId: 'o2' })).toBe(false);
  });

  it('throws FORBIDDEN when the scope does not match', () => {
    expect(() => Access.assert(coordinatorEE, 'tandem.form', { countryCode: 'LT' })).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
  });

  it('lists the countries a viewer may read', () => {
    expect(Access.countries(coordinatorEE, 'tandem.form')).toEqual(['EE']);
    expect(Access.countries(tutor, 'tandem.form')).toEqual([]);
  });

  it('covers records that span several countries, organisations or people through any one of them', () => {
    const tandem = { countryCodes: ['LV', 'EE'], organisationIds: ['o2', 'o1'], memberIds: ['p2', 'p1'] };
    expect(Access.can(coordinatorEE, 'tandem.form', tandem)).toBe(true);
    expect(Access.can(coordinatorEE, 'tandem.form', { countryCodes: ['LV', 'LT'] })).toBe(false);
    expect(Access.can(manager, 'cockpit.read', tandem)).toBe(true);
    expect(Access.can(tutor, 'tutor.self', tandem)).toBe(true);
    expect(Access.can(tutor, 'tutor.self', { memberIds: ['p2', 'p3'] })).toBe(false);
  });

  it('shows contact details to the country coordinator, the organisation manager, the person and their partner only', () => {
    const tutorP2 = { countryCode: 'EE', organisationId: 'o1', personId: 'p2', memberIds: ['p1'] };
    expect(Access.canReadContact(coordinatorEE, tutorP2)).toBe(true);
    expect(Access.canReadContact(manager, tutorP2)).toBe(true);
    expect(Access.canReadContact(tutor, tutorP2)).toBe(true);
    expect(Access.canReadContact(tutor, { ...tutorP2, memberIds: [] })).toBe(false);
    expect(Access.canReadContact(coordinatorEE, { ...tutorP2, countryCode: 'LV' })).toBe(false);
    const observer = viewer([{ role: 'OBSERVER', scopeKind: 'PROGRAMME', countryCode: null, organisationId: null }]);
    expect(Access.canReadContact(observer, tutorP2)).toBe(false);
  });
});
