import { Button, Stack, TextInput } from '@mantine/core';
import { PASSWORD_MAX_LENGTH } from '@tandem/shared-domain';
import { ErrorAlert, PasswordField, type AppError } from '@tandem/web-ui';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignIn } from '../hooks/useSignIn';

type Field = 'email' | 'password';
type FieldErrorKey =
  | 'signIn.errors.emailRequired'
  | 'signIn.errors.emailInvalid'
  | 'signIn.errors.passwordRequired'
  | 'errors.fieldInvalid';

// Deliberately loose: the server decides; this only catches the obvious slip before a round trip.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function validate(email: string, password: string): Partial<Record<Field, FieldErrorKey>> {
  const errors: Partial<Record<Field, FieldErrorKey>> = {};
  if (!email.trim()) errors.email = 'signIn.errors.emailRequired';
  else if (!EMAIL_SHAPE.test(email.trim())) errors.email = 'signIn.errors.emailInvalid';
  if (!password) errors.password = 'signIn.errors.passwordRequired';
  return errors;
}

/**
 * E-mail and password in a real <form>: Enter submits from either field, the browser's password
 * manager recognises it, and every error is written next to its field and announced.
 */
export function SignInForm() {
  const { t } = useTranslation();
  const { login, signingIn: loading } = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, FieldErrorKey>>>({});
  const [failure, setFailure] = useState<AppError | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setFailure(null);
    const errors = validate(email, password);
    setFieldErrors(errors);
    if (errors.email || errors.password) {
      (errors.email ? emailRef : passwordRef).current?.focus();
      return;
    }

    const { error } = await login(email, password);
    if (!error) return;
    if (error.code === 'VALIDATION_FAILED' && error.fields?.length) {
      setFieldErrors(
        Object.fromEntries(
          error.fields.map(({ field }) =>
            field.endsWith('email') ? ['email', 'signIn.errors.emailInvalid'] : ['password', 'errors.fieldInvalid'],
          ),
        ),
      );
    } else {
      setFailure(error);
    }
    passwordRef.current?.focus();
  }

  // Both fields are required, so neither gets an asterisk (the inputs still say `required`).
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        {failure && (
          <ErrorAlert
            error={failure}
            title={null}
            message={failure.code === 'UNAUTHENTICATED' ? t('signIn.errors.badCredentials') : undefined}
          />
        )}
        <TextInput
          ref={emailRef}
          label={t('signIn.email')}
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
          error={fieldErrors.email && t(fieldErrors.email)}
        />
        <PasswordField
          ref={passwordRef}
          label={t('signIn.password')}
          name="password"
          autoComplete="current-password"
          required
          withAsterisk={false}
          maxLength={PASSWORD_MAX_LENGTH}
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={fieldErrors.password && t(fieldErrors.password)}
        />
        <Button type="submit" loading={loading} fullWidth size="md">
          {t('signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}
