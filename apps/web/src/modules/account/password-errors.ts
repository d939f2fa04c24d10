import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type FieldError,
  type ValidationParams,
  type ValidationRule,
} from '@tandem/shared-domain';

export type PasswordField = 'currentPassword' | 'newPassword' | 'confirmPassword';

export interface PasswordFieldMessage {
  key:
    | 'account.password.errors.currentRequired'
    | 'account.password.errors.currentWrong'
    | 'account.password.errors.tooShort'
    | 'account.password.errors.tooLong'
    | 'account.password.errors.mismatch'
    | 'account.password.errors.sameAsCurrent'
    | 'errors.fieldInvalid'
    | `validation.${ValidationRule}`;
  values?: ValidationParams;
}

export interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** The same rules the API applies (PASSWORD_MIN_LENGTH …), checked before a round trip. */
export function validatePasswordForm(form: PasswordForm): Partial<Record<PasswordField, PasswordFieldMessage>> {
  const errors: Partial<Record<PasswordField, PasswordFieldMessage>> = {};
  if (!form.currentPassword) errors.currentPassword = { key: 'account.password.errors.currentRequired' };
  if (form.newPassword.length < PASSWORD_MIN_LENGTH) {
    errors.newPassword = { key: 'account.password.errors.tooShort', values: { min: PASSWORD_MIN_LENGTH } };
  } else if (form.newPassword.length > PASSWORD_MAX_LENGTH) {
    errors.newPassword = { key: 'account.password.errors.tooLong', values: { max: PASSWORD_MAX_LENGTH } };
  } else if (form.newPassword === form.currentPassword) {
    errors.newPassword = { key: 'account.password.errors.sameAsCurrent' };
  }
  if (!errors.newPassword && form.confirmPassword !== form.newPassword) {
    errors.confirmPassword = { key: 'account.password.errors.mismatch' };
  }
  return errors;
}

/**
 * VALIDATION_FAILED `fields` of changePassword → translated texts. The server's messages are
 * English and for developers; the ones it is known to send get their own text, any other the
 * general "not valid".
 */
export function passwordFieldErrors(
  fields: readonly FieldError[],
): Partial<Record<PasswordField, PasswordFieldMessage>> {
  const errors: Partial<Record<PasswordField, PasswordFieldMessage>> = {};
  for (const { field, rule, params } of fields) {
    const name = field.split('.').pop();
    const asSent = { key: `validation.${rule}`, values: params ?? {} } as const;
    if (name === 'currentPassword') {
      errors.currentPassword = rule === 'wrong' ? { key: 'account.password.errors.currentWrong' } : asSent;
    } else if (name === 'newPassword') {
      if (rule === 'minLength') {
        errors.newPassword = { key: 'account.password.errors.tooShort', values: { min: PASSWORD_MIN_LENGTH } };
      } else if (rule === 'passwordUnchanged') errors.newPassword = { key: 'account.password.errors.sameAsCurrent' };
      else errors.newPassword = asSent;
    }
  }
  return errors;
}
