import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { LOCALE_NATIVE_NAMES, isLocale } from '@tandem/shared-domain';
import { ErrorAlert, PageLoader, useDocumentTitle } from '@tandem/web-ui';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { toAppError } from '../../errors/to-app-error';
import { NotFoundNotice } from '../../errors/components/NotFoundNotice';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { organisationKindKey, organisationPath, sectorKey, sizeClassKey } from '../../network/labels';
import { NotGiven } from '../../network/components/OrganisationTable';
import { NetworkApplicationQuery } from '../graphql/network-applications';
import { useApplicationDecision } from '../hooks/useApplicationDecision';
import { applicationStatusKey } from '../labels';
import { RejectApplicationDialog } from './RejectApplicationDialog';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

/** One application: its details, and Approve / Reject while it is pending. */
export function ApplicationDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const { data, loading, error } = useQuery(NetworkApplicationQuery, { variables: { id } });
  const decision = useApplicationDecision(id);
  const [rejectOpen, setRejectOpen] = useState(false);
  const [done, setDone] = useState<'approved' | 'rejected' | null>(null);
  const application = data?.networkApplication;
  useDocumentTitle(application?.organisationName ?? t('networkApplication.list.title'));

  if (loading && !application) return <PageLoader />;
  if (!application) {
    const appError = error ? toAppError(error) : null;
    return appError && appError.code !== 'NOT_FOUND' ? <ErrorAlert error={appError} /> : <NotFoundNotice />;
  }

  async function onApprove() {
    if (await decision.approve()) setDone('approved');
  }

  async function onReject(reason: string) {
    if (!(await decision.reject(reason))) return;
    setRejectOpen(false);
    setDone('rejected');
  }

  const contactName = `${application.contactGivenName} ${application.contactFamilyName}`;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/network/applications" size="sm">
        {t('networkApplication.detail.back')}
      </Anchor>
      <div>
        <Group gap="sm" align="center">
          <Title order={1}>{application.organisationName}</Title>
          <Badge variant="light" data-testid="application-status">
            {t(applicationStatusKey(application.status))}
          </Badge>
        </Group>
        <Text c="dimmed" mt={4}>
          {t('networkApplication.detail.received', { date: format.dateTime(application.createdAt) })}
        </Text>
      </div>
      {done && (
        <Alert color="teal" role="status" data-testid="application-done">
          {t(done === 'approved' ? 'networkApplication.detail.approved' : 'networkApplication.detail.rejected')}
        </Alert>
      )}
      {decision.approveFailure && <ErrorAlert error={decision.approveFailure} />}
      <Paper withBorder p="lg">
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" m={0}>
          <Item label={t('networkApplication.fields.kind')}>{t(organisationKindKey(application.kind))}</Item>
          <Item label={t('networkApplication.fields.country')}>{format.country(application.country)}</Item>
          <Item label={t('networkApplication.fields.registryCode')}>{application.registryCode}</Item>
          <Item label={t('networkApplication.fields.city')}>{application.city}</Item>
          <Item label={t('networkApplication.fields.sector')}>
            {application.sector ? t(sectorKey(application.sector)) : <NotGiven />}
          </Item>
          <Item label={t('networkApplication.fields.sizeClass')}>
            {application.sizeClass ? t(sizeClassKey(application.sizeClass)) : <NotGiven />}
          </Item>
          <Item label={t('networkApplication.fields.website')}>
            {application.website ? (
              <Anchor href={application.website} target="_blank" rel="noopener noreferrer">
                {application.website}
              </Anchor>
            ) : (
              <NotGiven />
            )}
          </Item>
          <Item label={t('networkApplication.join.contact')}>
            {contactName} · <Anchor href={`mailto:${application.contactEmail}`}>{application.contactEmail}</Anchor>
          </Item>
          <Item label={t('networkApplication.fields.preferredLanguage')}>
            {isLocale(application.preferredLanguage)
              ? LOCALE_NATIVE_NAMES[application.preferredLanguage]
              : application.preferredLanguage}
          </Item>
          <Item label={t('networkApplication.fields.message')}>
            {application.message ? <span style={{ whiteSpace: 'pre-wrap' }}>{application.message}</span> : <NotGiven />}
          </Item>
        </SimpleGrid>
      </Paper>
      {application.status !== 'PENDING' && (
        <Stack gap="xs">
          {application.decidedAt && (
            <Text>
              {t('networkApplication.detail.decided', {
                name: application.decidedBy ?? '—',
                date: format.dateTime(application.decidedAt),
              })}
            </Text>
          )}
          {application.rejectionReason && (
            <Item label={t('networkApplication.detail.reason')}>
              <span style={{ whiteSpace: 'pre-wrap' }}>{application.rejectionReason}</span>
            </Item>
          )}
          {application.createdOrganisationId && (
            <Anchor component={Link} to={organisationPath(application.createdOrganisationId)}>
              {t('networkApplication.detail.openOrganisation')}
            </Anchor>
          )}
        </Stack>
      )}
      {application.status === 'PENDING' && (
        <Stack gap="xs">
          <Text size="sm">{t('networkApplication.detail.approveHelp', { name: contactName })}</Text>
          <Group>
            <Button onClick={() => void onApprove()} loading={decision.approving} disabled={decision.rejecting}>
              {t('networkApplication.detail.approve')}
            </Button>
            <Button
              variant="outline"
              color="red"
              onClick={() => {
                decision.clearRejectFailure();
                setRejectOpen(true);
              }}
              disabled={decision.approving}
            >
              {t('networkApplication.detail.reject')}
            </Button>
          </Group>
        </Stack>
      )}
      <RejectApplicationDialog
        opened={rejectOpen}
        saving={decision.rejecting}
        failure={decision.rejectFailure}
        onConfirm={(reason) => void onReject(reason)}
        onCancel={() => setRejectOpen(false)}
      />
    </Stack>
  );
}
