import type { Viewer } from '../../auth/viewer';
import { mayManageGrant, scopeOfGrant } from './grant-rules';

const coordinatorEE: Viewer = {
  personId: 'c',
  sessionId: 's',
  grants: [{ role: 'COORDINATOR', scopeKind: 'COUNTRY', countryCode: 'EE', organisationId: null }],
};
const admin: Viewer = {
  personId: 'a',
  sessionId: 's',
  grants: [{ role: 'ADMIN', scopeKind: 'PROGRAMME', countryCode: null, organisationId: null }],
};

describe('grant rules', () => {
  it('gives each role its scope and names the missing or extra field', () => {
    expect(scopeOfGrant({ role: 'ADMIN' })).toEqual({
      scopeKind: 'PROGRAMME',
      countryCode: null,
      organisationId: null,
    });
    expect(scopeOfGrant({ role: 'TRAINER', countryCode: 'LV' })).toEqual({
      scopeKind: 'COUNTRY',
      countryCode: 'LV',
      organisationId: null,
    });
    expect(scopeOfGrant({ role: 'MANAGER', organisationId: 'o' })).toEqual({
      scopeKind: 'ORGANISATION',
      countryCode: null,
      organisationId: 'o',
    });
    expect(scopeOfGrant({ role: 'TUTOR', organisationId: 'o' })).toEqual({
      scopeKind: 'SELF',
      countryCode: null,
      organisationId: null,
    });
    expect(scopeOfGrant({ role: 'OBSERVER' })).toMatchObject({ scopeKind: 'PROGRAMME' });
    expect(scopeOfGrant({ role: 'COORDINATOR' })).toEqual([
      expect.objectContaining({ field: 'countryCode', message: 'is required for the role COORDINATOR' }),
    ]);
    expect(scopeOfGrant({ role: 'ADMIN', countryCode: 'EE' })).toEqual([
      expect.objectContaining({ field: 'countryCode', message: 'is not used for the role ADMIN' }),
    ]);
  });

  it('lets a coordinator manage only non-programme roles of their own country', () => {
    expect(mayManageGrant(coordinatorEE, 'TRAINER', 'EE')).toBe(true);
    expect(mayManageGrant(coordinatorEE, 'COORDINATOR', 'EE')).toBe(true);
    expect(mayManageGrant(coordinatorEE, 'TRAINER', 'LV')).toBe(false);
    expect(mayManageGrant(coordinatorEE, 'ADMIN', null)).toBe(false);
    expect(mayManageGrant(coordinatorEE, 'ADMIN', 'EE')).toBe(false);
    expect(mayManageGrant(coordinatorEE, 'OBSERVER', null)).toBe(false);
    expect(mayManageGrant(admin, 'ADMIN', null)).toBe(true);
  });
});
