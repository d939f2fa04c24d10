import { PASSWORD_MIN_LENGTH } from '@tandem/shared-domain';
import { newPasswordFieldErrors, validateNewPassword } from './new-password';

const long = 'x'.repeat(PASSWORD_MIN_LENGTH);

describe('a new password', () => {
  it('refuses one shorter than the policy, naming the minimum', () => {
    expect(validateNewPassword({ password: 'short', confirmPassword: 'short' })).toEqual({
      password: { key: 'passwordReset.errors.tooShort', values: { min: PASSWORD_MIN_LENGTH } },
    });
  });

  it('refuses a repetition that differs', () => {
    expect(validateNewPassword({ password: long, confirmPassword: `${long}y` })).toEqual({
      confirmPassword: { key: 'passwordReset.errors.mismatch' },
    });
  });

  it('accepts a long enough password typed twice the same', () => {
    expect(validateNewPassword({ password: long, confirmPassword: long })).toEqual({});
  });

  it('puts the server’s complaint about input.password on the password field', () => {
    expect(
      newPasswordFieldErrors([
        { field: 'input.password', rule: 'minLength', params: { min: 12 }, message: 'must be at least 12 characters' },
      ]).password?.key,
    ).toBe('passwordReset.errors.tooShort');
    expect(
      newPasswordFieldErrors([{ field: 'input.token', rule: 'minLength', params: { min: 20 }, message: 'too short' }]),
    ).toEqual({});
  });
});
