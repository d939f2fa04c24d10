import { useSuspenseQuery } from '@apollo/client/react';
import { Anchor, Box, Group, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { BarChart, ChartWithTable } from '@tandem/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { AssessmentRoundsQuery } from '../graphql/rounds';
import { CompetenceInsightsQuery } from '../graphql/competences';
import { useRoundLabel } from '../../self-assessments/hooks/useRoundLabel';
import { useSignedInPerson } from '../../session/session-context';
import { may } from '../../session/roles';

/** The insights page: pick a round, read mean level and change per competence and group (chart or table). */
export function CompetenceInsightsView() {
  const { t } = useTranslation();
  const label = useRoundLabel();
  const { data } = useSuspenseQuery(AssessmentRoundsQuery);
  const rounds = data.assessmentRounds;
  const fallback = [...rounds].reverse().find((r) => new Date(r.opensAt).getTime() <= Date.now()) ?? rounds[0];
  const [roundId, setRoundId] = useState<string | null>(fallback?.id ?? null);
  const isResearcher = may(useSignedInPerson().roles, 'research.export');
  if (!rounds.length || !roundId) {
    return (
      <Paper withBorder p="lg">
        <Text>{t('insights.noRounds')}</Text>
      </Paper>
    );
  }
  return (
    <Stack gap="md">
      <Select
        label={t('insights.round')}
        data={rounds.map((r) => ({ value: r.id, label: label(r) }))}
        value={roundId}
        onChange={(v) => v && setRoundId(v)}
        allowDeselect={false}
        w={320}
      />
      <Group gap="lg" aria-label={t('insights.downloads')} role="group">
        <Anchor href={`/api/competences/insights.csv?roundId=${roundId}`} download>
          {t('insights.downloadCsv')}
        </Anchor>
        {isResearcher && (
          <>
            <Anchor href="/api/competences/research-ratings.csv" download>
              {t('insights.researchExport')}
            </Anchor>
            <Anchor href="/api/competences/research-codebook.csv" download>
              {t('insights.codebook')}
            </Anchor>
          </>
        )}
      </Group>
      <InsightsTable roundId={roundId} />
    </Stack>
  );
}

function InsightsTable({ roundId }: { roundId: string }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const { data } = useSuspenseQuery(CompetenceInsightsQuery, { variables: { roundId } });
  const ins = data.competenceInsights;
  if (!ins.cells.length) {
    return (
      <Paper withBorder p="lg">
        <Text>{t('insights.none')}</Text>
      </Paper>
    );
  }
  // Groups as columns: each country (both sides, school, company), then all countries when in scope.
  const groups = [...new Set(ins.cells.map((c) => `${c.countryCode ?? ''}|${c.side ?? ''}`))].sort((a, b) => {
    const [ca, sa] = a.split('|');
    const [cb, sb] = b.split('|');
    return (ca || '~').localeCompare(cb || '~') || (sa || '').localeCompare(sb || '');
  });
  const groupLabel = (key: string) => {
    const [country, side] = key.split('|');
    return `${country ? format.country(country) : t('insights.allCountries')} · ${side ? t(`insights.sides.${side as 'SCHOOL' | 'COMPANY'}`) : t('insights.bothSides')}`;
  };
  const cellOf = (code: string, key: string) =>
    ins.cells.find((c) => c.competenceCode === code && `${c.countryCode ?? ''}|${c.side ?? ''}` === key);
  // The chart shows the widest group in scope: all countries, else the viewer's country, both sides.
  const widest = groups.includes('|') ? '|' : groups.find((g) => g.endsWith('|'));
  const chartData = ins.competences.map((c) => ({
    competence: c.code,
    mean: (widest && cellOf(c.code, widest)?.meanLevel) ?? 0,
  }));
  const signed = (n: number) => (n > 0 ? `+${format.number(n)}` : format.number(n));
  return (
    <ChartWithTable
      label={t('insights.chartLabel')}
      chartLabel={t('insights.chart')}
      tableLabel={t('insights.table')}
      switchLabel={t('insights.viewAs')}
      defaultView="table"
      chart={
        <BarChart
          h={360}
          data={chartData}
          dataKey="competence"
          series={[{ name: 'mean', label: t('insights.mean'), color: 'blue.6' }]}
          yAxisProps={{ domain: [0, 4] }}
        />
      }
      table={
        // A wide table (every country and side) scrolls: the region takes focus so that keyboards can scroll it.
        <Box style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label={t('insights.title')}>
          <Table striped withColumnBorders miw={720} data-testid="insights-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('insights.competence')}</Table.Th>
                {groups.map((g) => (
                  <Table.Th scope="col" key={g}>
                    {groupLabel(g)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {ins.competences.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Th scope="row">
                    {c.code} {c.title}
                  </Table.Th>
                  {groups.map((g) => {
                    const cell = cellOf(c.code, g);
                    return (
                      <Table.Td
                        key={g}
                        data-testid="insight-cell"
                        data-group={g}
                        data-suppressed={cell?.suppressed ? 'true' : 'false'}
                      >
                        {!cell ? (
                          '–'
                        ) : cell.suppressed ? (
                          <Text size="sm" c="dimmed" fs="italic">
                            {t('insights.tooFew')}
                          </Text>
                        ) : (
                          <Stack gap={0}>
                            <Text size="sm">
                              {t('insights.mean')}: {cell.meanLevel === null ? '–' : format.number(cell.meanLevel)}
                            </Text>
                            <Text size="xs" c="dimmed">
                              {t('insights.count')}: {cell.count}
                            </Text>
                            {cell.meanChange !== null && !cell.changeSuppressed && (
                              <Text size="xs">
                                {t('insights.change')}: {signed(cell.meanChange)}
                              </Text>
                            )}
                          </Stack>
                        )}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Box>
      }
    />
  );
}
