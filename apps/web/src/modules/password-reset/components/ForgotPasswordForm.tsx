import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { ErrorAlert, type AppError } from '@tandem/web-ui';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useRequestPasswordReset } from '../hooks/usePasswordReset';

/** How long a reset link works (the API's PASSWORD_RESET_VALID_MINUTES); said in the confirmation. */
export const PASSWORD_RESET_VALID_MINUTES = 60;

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type EmailError = 'passwordReset.errors.emailRequired' | 'passwordReset.errors.emailInvalid';

/**
 * Asks for a reset link. The confirmation is the same whether or not an account exists, so the
 * form does not tell strangers who has an account.
 */
export function ForgotPasswordForm() {
  const { t } = useTranslation();
  const { request, requesting: loading } = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const [emailError, setEmailError] = useState<EmailError | null>(null);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setFailure(null);
    setSentTo(null);
    const address = email.trim();
    const invalid: EmailError | null = !address
      ? 'passwordReset.errors.emailRequired'
      : EMAIL_SHAPE.test(address)
        ? null
        : 'passwordReset.errors.emailInvalid';
    setEmailError(invalid);
    if (invalid) {
      emailRef.current?.focus();
      return;
    }
    const { error } = await request(address);
    if (!error) setSentTo(address);
    else if (error.code === 'VALIDATION_FAILED') {
      setEmailError('passwordReset.errors.emailInvalid');
      emailRef.current?.focus();
    } else {
      setFailure(error);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        {sentTo && (
          <Alert color="teal" role="status" data-testid="reset-requested">
            {t('passwordReset.request.sent', { email: sentTo, minutes: PASSWORD_RESET_VALID_MINUTES })}
          </Alert>
        )}
        {failure && <ErrorAlert error={failure} />}
        <TextInput
          ref={emailRef}
          label={t('passwordReset.request.email')}
          type="email"
          name="email"
          autoComplete="username"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          required
          withAsterisk={false}
          maxLength={254}
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={emailError && t(emailError)}
        />
        <Button type="submit" loading={loading} fullWidth size="md">
          {t('passwordReset.request.submit')}
        </Button>
      </Stack>
    </form>
  );
}
