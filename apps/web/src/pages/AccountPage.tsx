import { Paper, Stack, Text, Title } from '@mantine/core';
import { PageHeader } from '@tandem/web-ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangePasswordForm } from '../modules/account/components/ChangePasswordForm';
import { PreferencesForm } from '../modules/account/components/PreferencesForm';
import { MyDataSection } from '../modules/privacy/components/MyDataSection';
import { useSignedInPerson } from '../modules/session/session-context';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper component="section" aria-labelledby={id} withBorder p="lg">
      <Title order={2} id={id} mb="md">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

export function AccountPage() {
  const { t } = useTranslation();
  const person = useSignedInPerson();
  return (
    <>
      <PageHeader title={t('account.title')} description={t('account.intro')} />
      <Stack gap="lg">
        <Section id="account-profile" title={t('account.profile.title')}>
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
        </Section>
        <Section id="account-preferences" title={t('account.preferences.title')}>
          <PreferencesForm person={person} />
        </Section>
        <Section id="account-password" title={t('account.password.title')}>
          <ChangePasswordForm email={person.email} />
        </Section>
        <Section id="account-my-data" title={t('privacy.myData.title')}>
          <MyDataSection />
        </Section>
      </Stack>
    </>
  );
}
