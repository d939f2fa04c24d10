import { useSuspenseQuery } from '@apollo/client/react';
import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AuditTrail } from '../../audit/components/AuditTrail';
import { MyConsentsQuery } from '../graphql/privacy';
import { ConsentForm } from './ConsentForm';
import { DataExportPanel } from './DataExportPanel';
import { ErasurePanel } from './ErasurePanel';

/** The account page's "My data": the consents (changeable at any time), the copy of one's data and erasure. */
export function MyDataSection() {
  const { t } = useTranslation();
  const { data } = useSuspenseQuery(MyConsentsQuery, { fetchPolicy: 'cache-and-network' });
  return (
    <Stack gap="lg">
      <Text>{t('privacy.myData.intro')}</Text>
      <section aria-labelledby="my-data-consents">
        <Title order={3} id="my-data-consents" mb="sm">
          {t('privacy.myData.consentsTitle')}
        </Title>
        <ConsentForm consents={data.myConsents} showChanged />
      </section>
      <section aria-labelledby="my-data-export">
        <Title order={3} id="my-data-export" mb="sm">
          {t('privacy.myData.export.title')}
        </Title>
        <DataExportPanel />
      </section>
      <section aria-labelledby="my-data-access-log">
        <Title order={3} id="my-data-access-log" mb="sm">
          {t('privacy.accessLog.title')}
        </Title>
        <AuditTrail />
      </section>
      <section aria-labelledby="my-data-erasure">
        <Title order={3} id="my-data-erasure" mb="sm">
          {t('privacy.erasure.title')}
        </Title>
        <ErasurePanel />
      </section>
    </Stack>
  );
}
