import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PagedList } from '../../operations/components/PagedList';
import { useNetworkApplications } from '../hooks/useNetworkApplications';
import { APPLICATION_STATUSES, applicationStatusKey, isApplicationStatus } from '../labels';
import { ApplicationTable } from './ApplicationTable';

/** `/network/applications?status=`: pending first by default; the status lives in the address. */
export function ApplicationQueue() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const status = isApplicationStatus(raw) ? raw : 'PENDING';
  const page = useNetworkApplications(status);

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Text id="application-status-label" size="sm" fw={500}>
          {t('networkApplication.list.status')}
        </Text>
        <SegmentedControl
          aria-labelledby="application-status-label"
          value={status}
          onChange={(next) => setParams(next === 'PENDING' ? {} : { status: next })}
          data={APPLICATION_STATUSES.map((value) => ({ value, label: t(applicationStatusKey(value)) }))}
        />
      </Stack>
      <section aria-label={t('networkApplication.list.caption')}>
        <PagedList page={page} showMoreLabel={t('networkApplication.list.loadMore')} retryLabel={t('network.retry')}>
          {(connection) => {
            const applications = connection.edges.map((edge) => edge.node);
            return (
              <>
                <Text fw={500} role="status" data-testid="application-count">
                  {t('networkApplication.list.count', { count: connection.totalCount })}
                </Text>
                {applications.length === 0 ? (
                  <Text>{t('networkApplication.list.empty')}</Text>
                ) : (
                  <ApplicationTable applications={applications} />
                )}
              </>
            );
          }}
        </PagedList>
      </section>
    </Stack>
  );
}
