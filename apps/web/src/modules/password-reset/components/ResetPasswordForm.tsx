import { Button, Stack } from '@mantine/core';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@tandem/shared-domain';
import { ErrorAlert, PasswordField, type AppError } from '@tandem/web-ui';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useResetPassword } from '../hooks/usePasswordReset';
import {
  newPasswordFieldErrors,
  validateNewPassword,
  type NewPasswordField,
  type NewPasswordMessage,
} from '../new-password';

/** Where the reset ends: the sign-in page, with the "password changed" notice. */
export const PASSWORD_CHANGED_PATH = '/sign-in?reason=passwordChanged';

const LINK_FAILURES = new Set(['PASSWORD_RESET_EXPIRED', 'PASSWORD_RESET_USED', 'NOT_FOUND']);

/** The new password, twice. Every session of the account ends, so the person signs in afresh. */
export function ResetPasswordForm({ token }: { token: string }) {
  const { t } = useTranslation();
  const { reset, resetting: loading } = useResetPassword();
  const [password, setPassword] = useState('');
  const [confirmPassword, setConfirmPassword] = useState('');
  const [errors, setErrors] = useState<Partial<Record<NewPasswordField, NewPasswordMessage>>>({});
  const [failure, setFailure] = useState<AppError | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const message = (field: NewPasswordField) => {
    const error = errors[field];
    return error ? t(error.key, error.values ?? {}) : undefined;
  };

  function focus(invalid: Partial<Record<NewPasswordField, unknown>>) {
    const first = (['password', 'confirmPassword'] as const).find((field) => invalid[field]);
    if (first) formRef.current?.querySelector<HTMLInputElement>(`input[name="${first}"]`)?.focus();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setFailure(null);
    const invalid = validateNewPassword({ password, confirmPassword });
    setErrors(invalid);
    if (Object.keys(invalid).length) {
      focus(invalid);
      return;
    }
    const { error } = await reset(token, password);
    // A full load: the server has ended every session of the account, this tab's included.
    if (!error) return window.location.assign(PASSWORD_CHANGED_PATH);
    const fromServer = error.code === 'VALIDATION_FAILED' ? newPasswordFieldErrors(error.fields ?? []) : {};
    if (Object.keys(fromServer).length) {
      setErrors(fromServer);
      focus(fromServer);
    } else {
      setFailure(error);
    }
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        {failure && (
          <ErrorAlert
            error={failure}
            title={LINK_FAILURES.has(failure.code) ? null : undefined}
            message={failure.code === 'NOT_FOUND' ? t('passwordReset.reset.notFound') : undefined}
          >
            {LINK_FAILURES.has(failure.code) && (
              <div>
                <Button component={Link} to="/forgot-password" size="xs" variant="white">
                  {t('passwordReset.reset.requestNew')}
                </Button>
              </div>
            )}
          </ErrorAlert>
        )}
        <PasswordField
          label={t('passwordReset.reset.password')}
          description={t('passwordReset.reset.passwordHelp', { min: PASSWORD_MIN_LENGTH })}
          name="password"
          autoComplete="new-password"
          required
          maxLength={PASSWORD_MAX_LENGTH}
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={message('password')}
        />
        <PasswordField
          label={t('passwordReset.reset.confirmPassword')}
          name="confirmPassword"
          autoComplete="new-password"
          required
          maxLength={PASSWORD_MAX_LENGTH}
          value={confirmPassword}
          onChange={(event) => setConfirmPassword(event.currentTarget.value)}
          error={message('confirmPassword')}
        />
        <Button type="submit" loading={loading} fullWidth size="md">
          {t('passwordReset.reset.submit')}
        </Button>
      </Stack>
    </form>
  );
}
