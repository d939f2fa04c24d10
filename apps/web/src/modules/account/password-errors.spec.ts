import { passwordFieldErrors, validatePasswordForm } from './password-errors';

describe('the change-password form', () => {
  const valid = {
    currentPassword: 'old secret',
    newPassword: 'a much longer secret',
    confirmPassword: 'a much longer secret',
  };

  it('accepts a new password of at least 12 characters that is repeated exactly', () => {
    expect(validatePasswordForm(valid)).toEqual({});
  });

  it('refuses a new password shorter than 12 characters', () => {
    expect(validatePasswordForm({ ...valid, newPassword: 'short', confirmPassword: 'short' }).newPassword).toEqual({
      key: 'account.password.errors.tooShort',
      values: { min: 12 },
    });
  });

  it('refuses a repetition that differs, and a new password equal to the current one', () => {
    expect(validatePasswordForm({ ...valid, confirmPassword: 'something else!' }).confirmPassword?.key).toBe(
      'account.password.errors.mismatch',
    );
    const same = 'the same secret';
    expect(
      validatePasswordForm({ currentPassword: same, newPassword: same, confirmPassword: same }).newPassword?.key,
    ).toBe('account.password.errors.sameAsCurrent');
  });

  it('translates the field errors the API sends, and any other as "not valid"', () => {
    expect(
      passwordFieldErrors([
        { field: 'currentPassword', rule: 'wrong', message: 'is wrong' },
        {
          field: 'input.newPassword',
          rule: 'minLength',
          params: { min: 12 },
          message: 'must be at least 12 characters',
        },
      ]),
    ).toEqual({
      currentPassword: { key: 'account.password.errors.currentWrong' },
      newPassword: { key: 'account.password.errors.tooShort', values: { min: 12 } },
    });
    expect(
      passwordFieldErrors([
        { field: 'newPassword', rule: 'passwordUnchanged', message: 'must differ from the current password' },
      ]),
    ).toEqual({
      newPassword: { key: 'account.password.errors.sameAsCurrent' },
    });
    expect(
      passwordFieldErrors([{ field: 'newPassword', rule: 'maxLength', params: { max: 72 }, message: 'x' }]),
    ).toEqual({
      newPassword: { key: 'validation.maxLength', values: { max: 72 } },
    });
  });
});
