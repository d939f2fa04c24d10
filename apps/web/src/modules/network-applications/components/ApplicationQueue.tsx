import {
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  SegmentedControl,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { ErrorAlert } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { organisationKindKey } from '../../network/labels';
import { networkApplicationPath } from '../application-form';
import { useNetworkApplications } from '../hooks/useNetworkApplications';
import { APPLICATION_STATUSES, applicationStatusKey, isApplicationStatus } from '../labels';

const STATUS_COLOURS = { PENDING: 'yellow', APPROVED: 'teal', REJECTED: 'gray' } as const;

/** `/network/applications?status=`: pending first by default; the status lives in the address. */
export function ApplicationQueue() {
  const { t } = useTranslation();
  const format = useFormatter();
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const status = isApplicationStatus(raw) ? raw : 'PENDING';
  const { connection, stale, loading, loadingMore, error, showMore, refetch } = useNetworkApplications(status);

  let results;
  if (!connection && error) {
    results = (
      <ErrorAlert error={error}>
        <Group>
          <Button variant="default" size="xs" onClick={() => void refetch()}>
            {t('network.retry')}
          </Button>
        </Group>
      </ErrorAlert>
    );
  } else if (!connection) {
    results = (
      <Group role="status" gap="sm">
        <Loader size="sm" aria-hidden="true" />
        <Text>{t('app.loading')}</Text>
      </Group>
    );
  } else {
    const applications = connection.edges.map((edge) => edge.node);
    results = (
      <Stack gap="md" style={{ opacity: stale ? 0.6 : 1 }} aria-busy={loading}>
        <Text fw={500} role="status" data-testid="application-count">
          {t('networkApplication.list.count', { count: connection.totalCount })}
        </Text>
        {applications.length === 0 ? (
          <Text>{t('networkApplication.list.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table striped highlightOnHover verticalSpacing="sm" bg="white" withTableBorder>
              <caption>
                <VisuallyHidden>{t('networkApplication.list.caption')}</VisuallyHidden>
              </caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('networkApplication.list.organisation')}</Table.Th>
                  <Table.Th scope="col">{t('networkApplication.list.kind')}</Table.Th>
                  <Table.Th scope="col">{t('networkApplication.list.country')}</Table.Th>
                  <Table.Th scope="col">{t('networkApplication.list.contact')}</Table.Th>
                  <Table.Th scope="col">{t('networkApplication.list.received')}</Table.Th>
                  <Table.Th scope="col">{t('networkApplication.list.state')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {applications.map((application) => (
                  <Table.Tr key={application.id} data-testid="application-row">
                    <Table.Th scope="row" fw={500}>
                      <Anchor component={Link} to={networkApplicationPath(application.id)}>
                        {application.organisationName}
                      </Anchor>
                    </Table.Th>
                    <Table.Td>{t(organisationKindKey(application.kind))}</Table.Td>
                    <Table.Td>
                      {format.country(application.country)}, {application.city}
                    </Table.Td>
                    <Table.Td>
                      {application.contactGivenName} {application.contactFamilyName}
                    </Table.Td>
                    <Table.Td>{format.dateTime(application.createdAt)}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={STATUS_COLOURS[application.status]}>
                        {t(applicationStatusKey(application.status))}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {error && <ErrorAlert error={error} />}
        {connection.pageInfo.hasNextPage && !stale && (
          <Group justify="center">
            <Button variant="light" onClick={() => void showMore()} loading={loadingMore}>
              {t('networkApplication.list.loadMore')}
            </Button>
          </Group>
        )}
      </Stack>
    );
  }

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
      <section aria-label={t('networkApplication.list.caption')}>{results}</section>
    </Stack>
  );
}
