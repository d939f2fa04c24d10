import { useQuery } from '@apollo/client/react';
import { Badge, Button, Checkbox, Group, NativeSelect, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import type { CertificateFieldsFragment, CertificateStatus } from '@tandem/web-graphql';
import { ErrorAlert } from '@tandem/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { toAppError } from '../../errors/to-app-error';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { CertificatesQuery } from '../graphql/certificates';
import { useReissueCertificate, useRevokeCertificate } from '../hooks/useCertificateActions';
import { CertificateActionDialog, type CertificateAction } from './CertificateActionDialog';
import { CertificateStatusBadge } from './CertificateStatusBadge';

const PAGE = 50;
const STATUSES: CertificateStatus[] = ['VALID', 'REVOKED', 'REPLACED'];

/** Certificates in the coordinator's country (ADMIN: all), with the flagged ones to decide on. */
export function ManageCertificates() {
  const { t } = useTranslation();
  const format = useFormatter();
  const [params, setParams] = useSearchParams();
  const flaggedOnly = params.get('flagged') === '1';
  const [status, setStatus] = useState<CertificateStatus | ''>('');
  const [search, setSearch] = useState('');
  const [acting, setActing] = useState<{ action: CertificateAction; certificate: CertificateFieldsFragment } | null>(
    null,
  );
  const [revoke] = useRevokeCertificate();
  const [reissue] = useReissueCertificate();
  const filter = { flaggedOnly, status: status || null, search: search.trim() || null };
  const { data, error, loading, fetchMore } = useQuery(CertificatesQuery, {
    variables: { first: PAGE, filter },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.certificates;

  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <Group align="flex-end" gap="md">
          <TextInput
            label={t('certificates.manage.search')}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            w={260}
          />
          <NativeSelect
            label={t('certificates.manage.statusFilter')}
            value={status}
            onChange={(e) => setStatus(e.currentTarget.value as CertificateStatus | '')}
            data={[
              { value: '', label: t('certificates.manage.allStatuses') },
              ...STATUSES.map((s) => ({ value: s, label: t(`certificates.status.${s}`) })),
            ]}
          />
          <Checkbox
            label={t('certificates.manage.flaggedOnly')}
            checked={flaggedOnly}
            onChange={(e) => setParams(e.currentTarget.checked ? { flagged: '1' } : {})}
          />
        </Group>
      </Paper>
      {error && <ErrorAlert error={toAppError(error)} />}
      {page && (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={760}>
            <Table striped highlightOnHover aria-label={t('certificates.manage.tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('certificates.manage.number')}</Table.Th>
                  <Table.Th>{t('certificates.manage.holder')}</Table.Th>
                  <Table.Th>{t('certificates.manage.country')}</Table.Th>
                  <Table.Th>{t('certificates.manage.issued')}</Table.Th>
                  <Table.Th>{t('certificates.manage.status')}</Table.Th>
                  <Table.Th>{t('certificates.manage.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.edges.map(({ node: c }) => (
                  <Table.Tr key={c.id} data-testid="certificate-row">
                    <Table.Td>
                      <a href={c.verificationUrl}>{c.number}</a>
                    </Table.Td>
                    <Table.Td>{c.holderName}</Table.Td>
                    <Table.Td>{format.country(c.countryCode)}</Table.Td>
                    <Table.Td>{format.dateTime(c.issuedAt)}</Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        <CertificateStatusBadge status={c.status} />
                        {c.flaggedAt && (
                          <Badge color="orange.9" title={t('certificates.manage.flaggedHint')}>
                            {t('certificates.manage.flagged')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      {!c.replacedAt && (
                        <Group gap={4} wrap="nowrap">
                          {c.status === 'VALID' && (
                            <Button
                              size="xs"
                              color="red"
                              variant="light"
                              onClick={() => setActing({ action: 'revoke', certificate: c })}
                            >
                              {t('certificates.manage.revoke.button')}
                            </Button>
                          )}
                          <Button
                            size="xs"
                            variant="light"
                            onClick={() => setActing({ action: 'reissue', certificate: c })}
                          >
                            {t('certificates.manage.reissue.button')}
                          </Button>
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group justify="space-between" p="sm">
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('certificates.manage.count', { shown: page.edges.length, total: page.totalCount })}
            </Text>
            {page.pageInfo.hasNextPage && (
              <Button
                variant="default"
                loading={loading}
                onClick={() => void fetchMore({ variables: { after: page.pageInfo.endCursor } })}
              >
                {t('certificates.manage.more')}
              </Button>
            )}
          </Group>
        </Paper>
      )}
      {acting && (
        <CertificateActionDialog
          action={acting.action}
          number={acting.certificate.number}
          holderName={acting.certificate.holderName}
          onClose={() => setActing(null)}
          onConfirm={(text) =>
            acting.action === 'revoke' ? revoke(acting.certificate.id, text) : reissue(acting.certificate.id, text)
          }
        />
      )}
    </Stack>
  );
}
