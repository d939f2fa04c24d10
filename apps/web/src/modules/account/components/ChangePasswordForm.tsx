import { Alert, Button, Group, Stack } from '@mantine/core';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@tandem/shared-domain';
import { ErrorAlert, PasswordField, type AppError } from '@tandem/web-ui';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useChangePassword } from '../hooks/useChangePassword';
import {
  passwordFieldErrors,
  validatePasswordForm,
  type PasswordField as FormField,
  type PasswordFieldMessage,
  type PasswordForm,
} from '../password-errors';

const EMPTY: PasswordForm = { currentPassword: '', newPassword: '', confirmPassword: '' };

/** `email`: the account's, for password managers (a hidden username field). */
export function ChangePasswordForm({ email }: { email: string }) {
  const { t } = useTranslation();
  const { changePassword, changing } = useChangePassword();
  const [form, setForm] = useState<PasswordForm>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<FormField, PasswordFieldMessage>>>({});
  const [failure, setFailure] = useState<AppError | null>(null);
  const [changed, setChanged] = useState(false);

  const message = (field: FormField) => {
    const error = errors[field];
    return error ? t(error.key, error.values ?? {}) : undefined;
  };
  const bind = (field: FormField) => ({
    name: field,
    value: form[field],
    error: message(field),
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      const value = event.currentTarget.value;
      setForm((current) => ({ ...current, [field]: value }));
    },
  });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChanged(false);
    setFailure(null);
    const invalid = validatePasswordForm(form);
    setErrors(invalid);
    const first = (['currentPassword', 'newPassword', 'confirmPassword'] as const).find((field) => invalid[field]);
    if (first) {
      event.currentTarget.querySelector<HTMLInputElement>(`input[name="${first}"]`)?.focus();
      return;
    }
    const { error } = await changePassword(form.currentPassword, form.newPassword);
    if (!error) {
      setForm(EMPTY);
      setChanged(true);
      return;
    }
    const fromServer = error.code === 'VALIDATION_FAILED' ? passwordFieldErrors(error.fields ?? []) : {};
    if (Object.keys(fromServer).length) setErrors(fromServer);
    else setFailure(error);
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md" maw={420}>
        {changed && (
          <Alert color="teal" role="status" title={null}>
            {t('account.password.changed')}
          </Alert>
        )}
        {failure && <ErrorAlert error={failure} />}
        {/* Lets password managers tie the new password to the account. */}
        <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
        <PasswordField
          label={t('account.password.current')}
          autoComplete="current-password"
          required
          {...bind('currentPassword')}
        />
        <PasswordField
          label={t('account.password.new')}
          description={t('account.password.newHelp', { min: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
          required
          maxLength={PASSWORD_MAX_LENGTH}
          {...bind('newPassword')}
        />
        <PasswordField
          label={t('account.password.confirm')}
          autoComplete="new-password"
          required
          {...bind('confirmPassword')}
        />
        <Group>
          <Button type="submit" loading={changing}>
            {t('account.password.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
