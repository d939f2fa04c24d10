import { Button, Checkbox, Group, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, type Locale } from '@tandem/shared-domain';
import { ErrorAlert, LanguagePicker, PasswordField, type AppError } from '@tandem/web-ui';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCurrentLocale } from '../../i18n/hooks/useLocale';
import { newPasswordFieldErrors } from '../../password-reset/new-password';
import {
  ACCEPT_INVITATION_FIELDS,
  validateAcceptInvitation,
  type AcceptInvitationField,
  type AcceptInvitationMessage,
} from '../accept-invitation';
import { useAcceptInvitation } from '../hooks/useAcceptInvitation';

interface AcceptInvitationFormProps {
  token: string;
  email: string;
}

/**
 * Password (twice), language, the privacy notice and the research-consent choice. The language
 * field is the page's language: choosing one shows the page in it at once.
 */
export function AcceptInvitationForm({ token, email }: AcceptInvitationFormProps) {
  const { t, i18n } = useTranslation();
  const locale = useCurrentLocale();
  const navigate = useNavigate();
  const { accept, accepting: loading } = useAcceptInvitation();
  const [password, setPassword] = useState('');
  const [confirmPassword, setConfirmPassword] = useState('');
  const [privacyNoticeRead, setPrivacyNoticeRead] = useState(false);
  const [researchConsent, setResearchConsent] = useState<'yes' | 'no' | null>(null);
  const [errors, setErrors] = useState<Partial<Record<AcceptInvitationField, AcceptInvitationMessage>>>({});
  const [failure, setFailure] = useState<AppError | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const message = (field: AcceptInvitationField) => {
    const error = errors[field];
    return error ? t(error.key, error.values ?? {}) : undefined;
  };

  function focusFirst(invalid: Partial<Record<AcceptInvitationField, unknown>>) {
    const first = ACCEPT_INVITATION_FIELDS.find((field) => invalid[field]);
    if (first)
      formRef.current
        ?.querySelector<HTMLInputElement>(`[data-field="${first}"] input, input[data-field="${first}"]`)
        ?.focus();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setFailure(null);
    const invalid = validateAcceptInvitation({
      password,
      confirmPassword,
      preferredLanguage: locale,
      privacyNoticeRead,
      researchConsent,
    });
    setErrors(invalid);
    if (Object.keys(invalid).length) {
      focusFirst(invalid);
      return;
    }
    const { error } = await accept({
      token,
      password,
      preferredLanguage: locale,
      researchConsent: researchConsent === 'yes',
    });
    // The first sign-in: on through the consent page for the purposes not asked here (issue 17).
    if (!error) return navigate('/consents?next=%2F', { replace: true });
    const fromServer = error.code === 'VALIDATION_FAILED' ? newPasswordFieldErrors(error.fields ?? []) : {};
    if (Object.keys(fromServer).length) {
      setErrors(fromServer);
      focusFirst(fromServer);
    } else {
      setFailure(error);
    }
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-label={t('invitation.formLabel')}>
      <Stack gap="md">
        {failure && (
          <ErrorAlert error={failure} message={failure.code === 'NOT_FOUND' ? t('invitation.notFound') : undefined} />
        )}
        {/* Lets password managers store the new password for this account. */}
        <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
        <PasswordField
          data-field="password"
          label={t('invitation.password')}
          description={t('invitation.passwordHelp', { min: PASSWORD_MIN_LENGTH })}
          name="password"
          autoComplete="new-password"
          required
          maxLength={PASSWORD_MAX_LENGTH}
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={message('password')}
        />
        <PasswordField
          data-field="confirmPassword"
          label={t('invitation.confirmPassword')}
          name="confirmPassword"
          autoComplete="new-password"
          required
          maxLength={PASSWORD_MAX_LENGTH}
          value={confirmPassword}
          onChange={(event) => setConfirmPassword(event.currentTarget.value)}
          error={message('confirmPassword')}
        />
        <LanguagePicker
          withVisibleLabel
          description={t('invitation.languageHelp')}
          value={locale}
          onChange={(next: Locale) => void i18n.changeLanguage(next)}
        />

        <Paper component="section" aria-labelledby="privacy-notice" withBorder p="md" bg="gray.0">
          <Title order={2} size="h4" id="privacy-notice" mb="xs">
            {t('invitation.privacy.title')}
          </Title>
          <Stack gap="xs">
            <Text size="sm">{t('invitation.privacy.body')}</Text>
            <Text size="sm">{t('invitation.privacy.rights')}</Text>
          </Stack>
          <Checkbox
            mt="md"
            data-field="privacyNoticeRead"
            label={t('invitation.privacy.accept')}
            required
            checked={privacyNoticeRead}
            onChange={(event) => setPrivacyNoticeRead(event.currentTarget.checked)}
            error={message('privacyNoticeRead')}
          />
        </Paper>

        <Radio.Group
          data-field="researchConsent"
          label={t('invitation.consent.label')}
          description={t('invitation.consent.help')}
          required
          value={researchConsent}
          onChange={(value) => setResearchConsent(value === 'yes' ? 'yes' : 'no')}
          error={message('researchConsent')}
        >
          <Group gap="lg" mt="xs">
            <Radio value="yes" name="researchConsent" label={t('invitation.consent.yes')} />
            <Radio value="no" name="researchConsent" label={t('invitation.consent.no')} />
          </Group>
        </Radio.Group>

        <Button type="submit" loading={loading} size="md" fullWidth>
          {t('invitation.submit')}
        </Button>
      </Stack>
    </form>
  );
}
