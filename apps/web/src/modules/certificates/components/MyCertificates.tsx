import { useSuspenseQuery } from '@apollo/client/react';
import { Anchor, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MyCertificatesQuery } from '../graphql/certificates';
import { CertificateCard } from './CertificateCard';

/** The signed-in tutor's certificates, newest first; replaced and revoked ones stay listed as history. */
export function MyCertificates() {
  const { t } = useTranslation();
  const { data } = useSuspenseQuery(MyCertificatesQuery, { fetchPolicy: 'cache-and-network' });
  if (!data.myCertificates.length)
    return (
      <Paper withBorder p="lg">
        <Text>{t('certificates.mine.empty')}</Text>
        <Anchor component={Link} to="/progress" size="sm">
          {t('certificates.mine.seeProgress')}
        </Anchor>
      </Paper>
    );
  return (
    <Stack gap="md">
      {data.myCertificates.map((c) => (
        <CertificateCard key={c.id} certificate={c} />
      ))}
    </Stack>
  );
}
