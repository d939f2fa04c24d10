import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, Loader, Stack, Text } from '@mantine/core';
import { isLocale, LOCALE_NATIVE_NAMES } from '@tandem/shared-domain';
import type { MyProposalsQuery as MyProposalsData, ProposalStatus } from '@tandem/web-graphql';
import { ErrorAlert } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { glossaryTermPath } from '../../dictionary/labels';
import { toAppError } from '../../errors/to-app-error';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { MyProposalsQuery } from '../graphql/proposals';
import { resourceKindKey, resourcePath } from '../labels';

type Proposal = MyProposalsData['myProposals'][number];

const STATUS_COLOUR: Record<ProposalStatus, string> = {
  PENDING: 'gray.8',
  CHANGES_REQUESTED: 'orange.9',
  APPROVED: 'green.9',
  REJECTED: 'red.9',
};

function ProposalItem({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const resource = proposal.kind === 'RESOURCE';
  const language = proposal.language && isLocale(proposal.language) ? proposal.language : null;
  return (
    <Stack component="li" gap={4} py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
      <Group gap="xs" wrap="wrap">
        <Anchor
          component={Link}
          to={resource ? resourcePath(proposal.targetId) : glossaryTermPath(proposal.targetId)}
          fw={500}
          lang={language ?? undefined}
        >
          {proposal.title}
        </Anchor>
        <Badge variant="light" color={STATUS_COLOUR[proposal.status]} data-testid="proposal-status">
          {t(`toolbox.proposals.statuses.${proposal.status}`)}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed">
        {resource && proposal.resourceKind
          ? t('toolbox.proposals.resourceOf', { kind: t(resourceKindKey(proposal.resourceKind)) })
          : t('toolbox.proposals.entryIn', { language: language ? LOCALE_NATIVE_NAMES[language] : proposal.language })}
        {' · '}
        {t('toolbox.proposals.proposedOn', { date: format.dateTime(proposal.proposedAt) })}
        {proposal.decidedAt &&
          ` · ${
            proposal.reviewerName
              ? t('toolbox.proposals.decidedBy', {
                  name: proposal.reviewerName,
                  date: format.dateTime(proposal.decidedAt),
                })
              : t('toolbox.proposals.decidedOn', { date: format.dateTime(proposal.decidedAt) })
          }`}
      </Text>
      {proposal.reason && (
        <Text size="sm">
          <Text span fw={500}>
            {t('toolbox.proposals.reason')}
          </Text>{' '}
          {proposal.reason}
        </Text>
      )}
      {proposal.status === 'CHANGES_REQUESTED' && (
        <Text size="sm">
          {t('toolbox.proposals.changesHint')}{' '}
          <Anchor component={Link} to="/toolbox/propose">
            {t('toolbox.proposals.proposeAgain')}
          </Anchor>
        </Text>
      )}
    </Stack>
  );
}

/** `/toolbox/my-proposals`: what the viewer proposed, newest first, with the decision and the reason. */
export function MyProposals() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(MyProposalsQuery, { fetchPolicy: 'cache-and-network' });
  if (error) return <ErrorAlert error={toAppError(error)} />;
  if (!data) return loading ? <Loader size="sm" aria-label={t('app.loading')} /> : null;
  if (!data.myProposals.length) return <Text c="dimmed">{t('toolbox.proposals.empty')}</Text>;
  return (
    <Stack
      component="ul"
      gap={0}
      aria-label={t('toolbox.proposals.listLabel')}
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      {data.myProposals.map((p) => (
        <ProposalItem key={p.id} proposal={p} />
      ))}
    </Stack>
  );
}
