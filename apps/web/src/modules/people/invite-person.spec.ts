import { ROLES } from '@tandem/shared-domain';
import {
  countryUse,
  grantableCountries,
  grantableRoles,
  invitePersonFieldErrors,
  toInvitePersonInput,
  validateInvitePerson,
  type InvitePersonForm,
} from './invite-person';

const form: InvitePersonForm = {
  email: ' Mari.Maasikas@example.ee ',
  givenName: 'Mari',
  familyName: 'Maasikas',
  preferredLanguage: 'et',
  role: 'TUTOR',
  countryCode: 'EE',
  organisationId: 'org-1',
};

describe('inviting a person', () => {
  it('offers a coordinator only the roles of their country, never ADMIN or RESEARCHER', () => {
    const roles = grantableRoles([{ role: 'COORDINATOR', countryCode: 'EE' }]);
    expect(roles).toEqual(['COORDINATOR', 'TRAINER', 'TUTOR', 'MANAGER', 'OBSERVER']);
    expect(grantableCountries([{ role: 'COORDINATOR', countryCode: 'EE' }])).toEqual(['EE']);
  });

  it('offers an administrator every role in every programme country', () => {
    expect(grantableRoles([{ role: 'ADMIN' }])).toEqual([...ROLES]);
    expect(grantableCountries([{ role: 'ADMIN' }])).toEqual(['EE', 'LV', 'LT']);
  });

  it('offers nothing to a tutor', () => {
    expect(grantableRoles([{ role: 'TUTOR' }])).toEqual([]);
  });

  it('asks a coordinator for a country for an observer, an administrator may leave it programme-wide', () => {
    expect(countryUse('OBSERVER', false)).toBe('required');
    expect(countryUse('OBSERVER', true)).toBe('optional');
    expect(countryUse('TUTOR', false)).toBe('employer');
    expect(countryUse('RESEARCHER', true)).toBe('none');
  });

  it('requires the employer of a tutor', () => {
    expect(validateInvitePerson({ ...form, organisationId: null }, false)).toEqual({
      organisationId: 'people.invite.errors.organisationRequired',
    });
    expect(validateInvitePerson(form, false)).toEqual({});
  });

  it('sends only the scope fields the role uses', () => {
    expect(toInvitePersonInput({ ...form, role: 'TUTOR' }, false)).toEqual({
      email: 'Mari.Maasikas@example.ee',
      givenName: 'Mari',
      familyName: 'Maasikas',
      preferredLanguage: 'et',
      role: 'TUTOR',
      organisationId: 'org-1',
    });
    expect(toInvitePersonInput({ ...form, role: 'TRAINER' }, false)).toMatchObject({ countryCode: 'EE' });
    expect(toInvitePersonInput({ ...form, role: 'TRAINER' }, false)).not.toHaveProperty('organisationId');
    expect(toInvitePersonInput({ ...form, role: 'RESEARCHER' }, true)).not.toHaveProperty('countryCode');
  });

  it('writes the API’s refusals next to their fields', () => {
    expect(invitePersonFieldErrors({ code: 'CONFLICT' })).toEqual({ email: 'people.invite.errors.alreadyHasAccount' });
    expect(invitePersonFieldErrors({ code: 'FORBIDDEN' })).toEqual({ role: 'people.invite.errors.forbidden' });
    expect(
      invitePersonFieldErrors({
        code: 'VALIDATION_FAILED',
        fields: [
          { field: 'input.email', rule: 'email', message: 'must be an e-mail address' },
          {
            field: 'organisationId',
            rule: 'requiredForRole',
            params: { role: 'TUTOR' },
            message: 'is required for the role TUTOR',
          },
        ],
      }),
    ).toEqual({
      email: 'people.invite.errors.emailInvalid',
      organisationId: 'people.invite.errors.organisationRequired',
    });
    expect(invitePersonFieldErrors({ code: 'NETWORK' })).toBeNull();
  });
});
