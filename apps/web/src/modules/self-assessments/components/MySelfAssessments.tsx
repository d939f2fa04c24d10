import { Badge, Button, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { MySelfAssessmentsQuery as Data } from '@tandem/web-graphql';
import { ErrorAlert } from '@tandem/web-ui';
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

/** The rounds of the edition with the tutor's self-assessment in each: start, continue or view it. */
export function MySelfAssessments({ rounds, items }: { rounds: Round[]; items: Item[] }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const navigate = useNavigate();
  const label = useRoundLabel();
  const { start, starting: loading, failure } = useStartSelfAssessment();
  const [now] = useState(() => Date.now());

  async function onStart(roundId: string) {
    const selfAssessmentId = await start(roundId);
    if (selfAssessmentId) await navigate(`/self-assessments/${selfAssessmentId}`);
  }

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
              {rounds.map((round) => {
                const item = items.find((i) => i.round.id === round.id);
                const status = statusOf(round, item, now);
                const name = label(round);
                return (
                  <Table.Tr
                    key={round.id}
                    data-testid="round-row"
                    data-kind={round.kind}
                    data-module={round.moduleNumber ?? ''}
                  >
                    <Table.Td>
                      <Text fw={500}>{name}</Text>
                    </Table.Td>
                    <Table.Td>
                      {t('selfAssessment.window', {
                        opens: format.dateTime(round.opensAt),
                        closes: format.dateTime(round.closesAt),
                      })}
                    </Table.Td>
                    <Table.Td>
                      <Badge color={COLOR[status]} variant="light" radius="sm" tt="none">
                        {t(`selfAssessment.status.${status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {item ? (
                        <Button
                          component={Link}
                          to={`/self-assessments/${item.id}`}
                          size="xs"
                          variant="light"
                          aria-label={t(item.canEdit ? 'selfAssessment.continueNamed' : 'selfAssessment.viewNamed', {
                            round: name,
                          })}
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
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
