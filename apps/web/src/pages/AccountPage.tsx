import { Stack, Text } from '@mantine/core';
import { PageHeader, PageSection } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { ChangePasswordForm } from '../modules/account/components/ChangePasswordForm';
import { PreferencesForm } from '../modules/account/components/PreferencesForm';
import { MyDataSection } from '../modules/privacy/components/MyDataSection';
import { useSignedInPerson } from '../modules/session/session-context';

export function AccountPage() {
  const { t } = useTranslation();
  const person = useSignedInPerson();
  return (
    <>
      <PageHeader title={t('account.title')} description={t('account.intro')} />
      <Stack gap="lg">
        <PageSection id="account-profile" title={t('account.profile.title')}>
          <Stack component="dl" gap="sm" m={0}>
            <div>
              <Text component="dt" size="sm" c="dimmed">
                {t('account.profile.name')}
              </Text>
              <Text component="dd" m={0} fw={500}>
                {person.displayName}
              </Text>
            </div>
            <div>
              <Text component="dt" size="sm" c="dimmed">
                {t('account.profile.email')}
              </Text>
              <Text component="dd" m={0} fw={500}>
                {person.email}
              </Text>
            </div>
          </Stack>
        </PageSection>
        <PageSection id="account-preferences" title={t('account.preferences.title')}>
          <PreferencesForm person={person} />
        </PageSection>
        <PageSection id="account-password" title={t('account.password.title')}>
          <ChangePasswordForm email={person.email} />
        </PageSection>
        <PageSection id="account-my-data" title={t('privacy.myData.title')}>
          <MyDataSection />
        </PageSection>
      </Stack>
    </>
  );
}
