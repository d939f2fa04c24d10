import { invitationState, validateAcceptInvitation, type AcceptInvitationForm } from './accept-invitation';

const valid: AcceptInvitationForm = {
  password: 'a-long-enough-password',
  confirmPassword: 'a-long-enough-password',
  preferredLanguage: 'et',
  privacyNoticeRead: true,
  researchConsent: 'no',
};

describe('accepting an invitation', () => {
  it('tells a used link from an expired one (used wins: signing in is the way on)', () => {
    expect(invitationState({ expired: false, used: false })).toBe('open');
    expect(invitationState({ expired: true, used: false })).toBe('expired');
    expect(invitationState({ expired: true, used: true })).toBe('used');
  });

  it('accepts a declined research consent: "no" is a choice', () => {
    expect(validateAcceptInvitation(valid)).toEqual({});
  });

  it('requires the privacy notice to be read and a research consent choice, with no default', () => {
    const errors = validateAcceptInvitation({ ...valid, privacyNoticeRead: false, researchConsent: null });
    expect(errors.privacyNoticeRead?.key).toBe('invitation.errors.privacyRequired');
    expect(errors.researchConsent?.key).toBe('invitation.errors.consentRequired');
  });

  it('applies the password policy', () => {
    expect(validateAcceptInvitation({ ...valid, password: 'short', confirmPassword: 'short' }).password?.key).toBe(
      'passwordReset.errors.tooShort',
    );
  });
});
