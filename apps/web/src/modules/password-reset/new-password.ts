import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type FieldError,
  type ValidationParams,
  type ValidationRule,
} from '@tandem/shared-domain';

/** A new password typed twice: on the reset page and when accepting an invitation. */
export interface NewPasswordForm {
  password: string;
  confirmPassword: string;
}

export type NewPasswordField = keyof NewPasswordForm;

export interface NewPasswordMessage {
  key:
    | 'passwordReset.errors.tooShort'
    | 'passwordReset.errors.tooLong'
    | 'passwordReset.errors.mismatch'
    | 'errors.fieldInvalid'
    | `validation.${ValidationRule}`;
  values?: ValidationParams;
}

/** The API's policy (PASSWORD_MIN_LENGTH …), checked before a round trip; the server decides. */
export function validateNewPassword(form: NewPasswordForm): Partial<Record<NewPasswordField, NewPasswordMessage>> {
  const errors: Partial<Record<NewPasswordField, NewPasswordMessage>> = {};
  if (form.password.length < PASSWORD_MIN_LENGTH) {
    errors.password = { key: 'passwordReset.errors.tooShort', values: { min: PASSWORD_MIN_LENGTH } };
  } else if (form.password.length > PASSWORD_MAX_LENGTH) {
    errors.password = { key: 'passwordReset.errors.tooLong', values: { max: PASSWORD_MAX_LENGTH } };
  } else if (form.confirmPassword !== form.password) {
    errors.confirmPassword = { key: 'passwordReset.errors.mismatch' };
  }
  return errors;
}

/** VALIDATION_FAILED `fields` about the password (`input.password`) → the password field's text. */
export function newPasswordFieldErrors(
  fields: readonly FieldError[],
): Partial<Record<NewPasswordField, NewPasswordMessage>> {
  const field = fields.find((f) => f.field.split('.').pop() === 'password');
  if (!field) return {};
  return field.rule === 'minLength'
    ? { password: { key: 'passwordReset.errors.tooShort', values: { min: PASSWORD_MIN_LENGTH } } }
    : { password: { key: `validation.${field.rule}`, values: field.params ?? {} } };
}
