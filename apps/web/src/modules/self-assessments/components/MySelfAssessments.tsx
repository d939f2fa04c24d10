import { Badge, Button, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { MySelfAssessmentsQuery as Data } from '@tandem/web-graphql';
import { ErrorAlert, RecordCard, RecordCards, useIsPhone } from '@tandem/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { useRoundLabel } from '../hooks/useRoundLabel';
import { useStartSelfAssessment } from '../hooks/useStartSelfAssessment';

type Round = Data['assessmentRounds'][number];
type Item = Data['mySelfAssessments'][number];

function statusOf(
  round: Round,
  item: Item | undefined,
  now: number,
): 'NOT_STARTED' | 'DRAFT' | 'SUBMITTED' | 'CLOSED' | 'UPCOMING' {
  if (item?.status === 'SUBMITTED') return 'SUBMITTED';
  if (new Date(round.opensAt).getTime() > now) return 'UPCOMING';
  if (!round.isOpen) return 'CLOSED';
  return item ? 'DRAFT' : 'NOT_STARTED';
}
// The colours of the submission badges, whose light variants pass the contrast check.
const COLOR = { NOT_STARTED: 'gray', DRAFT: 'blue', SUBMITTED: 'violet', CLOSED: 'gray', UPCOMING: 'gray' } as const;

/**
 * The rounds of the edition with the tutor's self-assessment in each: start, continue or view it.
 * On a phone, one card per round with the button in full view.
 */
export function MySelfAssessments({ rounds, items }: { rounds: Round[]; items: Item[] }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const navigate = useNavigate();
  const label = useRoundLabel();
  const { start, starting: loading, failure } = useStartSelfAssessment();
  const [now] = useState(() => Date.now());
  const phone = useIsPhone();

  async function onStart(roundId: string) {
    const selfAssessmentId = await start(roundId);
    if (selfAssessmentId) await navigate(`/self-assessments/${selfAssessmentId}`);
  }

  const rows = rounds.map((round) => {
    const item = items.find((i) => i.round.id === round.id);
    return { round, item, status: statusOf(round, item, now), name: label(round) };
  });
  type Row = (typeof rows)[number];
  const rowData = ({ round }: Row) => ({
    'data-testid': 'round-row',
    'data-kind': round.kind,
    'data-module': round.moduleNumber ?? '',
  });
  const windowOf = ({ round }: Row) =>
    t('selfAssessment.window', { opens: format.dateTime(round.opensAt), closes: format.dateTime(round.closesAt) });
  const badgeOf = ({ status }: Row) => (
    <Badge color={COLOR[status]} variant="light">
      {t(`selfAssessment.status.${status}`)}
    </Badge>
  );
  const actionOf = ({ round, item, status, name }: Row) =>
    item ? (
      <Button
        component={Link}
        to={`/self-assessments/${item.id}`}
        size="xs"
        variant="light"
        aria-label={t(item.canEdit ? 'selfAssessment.continueNamed' : 'selfAssessment.viewNamed', { round: name })}
      >
        {t(item.canEdit ? 'selfAssessment.continue' : 'selfAssessment.view')}
      </Button>
    ) : status === 'NOT_STARTED' ? (
      <Button
        size="xs"
        variant="light"
        loading={loading}
        onClick={() => void onStart(round.id)}
        aria-label={t('selfAssessment.startNamed', { round: name })}
      >
        {t('selfAssessment.start')}
      </Button>
    ) : null;

  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('selfAssessment.roundsTitle')}
      </Title>
      {failure && <ErrorAlert error={failure} />}
      {!rounds.length ? (
        <Paper withBorder p="lg">
          <Text>{t('selfAssessment.noRounds')}</Text>
        </Paper>
      ) : phone ? (
        <RecordCards aria-label={t('selfAssessment.roundsTitle')} data-testid="self-assessment-rounds">
          {rows.map((row) => (
            <RecordCard
              key={row.round.id}
              {...rowData(row)}
              title={row.name}
              fields={[
                { label: t('selfAssessment.columns.window'), value: windowOf(row) },
                { label: t('selfAssessment.columns.status'), value: badgeOf(row) },
              ]}
              actions={actionOf(row)}
            />
          ))}
        </RecordCards>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped data-testid="self-assessment-rounds">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('selfAssessment.columns.round')}</Table.Th>
                <Table.Th scope="col">{t('selfAssessment.columns.window')}</Table.Th>
                <Table.Th scope="col">{t('selfAssessment.columns.status')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('selfAssessment.columns.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.round.id} {...rowData(row)}>
                  <Table.Td>
                    <Text fw={500}>{row.name}</Text>
                  </Table.Td>
                  <Table.Td>{windowOf(row)}</Table.Td>
                  <Table.Td>{badgeOf(row)}</Table.Td>
                  <Table.Td>{actionOf(row)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
