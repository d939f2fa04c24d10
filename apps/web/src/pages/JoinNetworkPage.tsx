import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BareLayout } from '../app/layout/BareLayout';
import { JoinNetworkForm } from '../modules/network-applications/components/JoinNetworkForm';

/** `/join` — an organisation applies to join the network (public). */
export function JoinNetworkPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('networkApplication.join.title'));
  return (
    <BareLayout size="sm">
      <Paper withBorder shadow="xs" p="xl" mt="lg">
        <Stack gap="md">
          <div>
            <Title order={1}>{t('networkApplication.join.title')}</Title>
            <Text c="dimmed" mt={4}>
              {t('networkApplication.join.intro')}
            </Text>
          </div>
          <JoinNetworkForm />
          <Anchor component={Link} to="/sign-in" size="sm">
            {t('networkApplication.join.backToSignIn')}
          </Anchor>
        </Stack>
      </Paper>
    </BareLayout>
  );
}
