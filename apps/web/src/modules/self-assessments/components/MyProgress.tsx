import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { CompetenceProfileQuery, MySelfAssessmentsQuery } from '@tandem/web-graphql';
import { ChartWithTable, RadarChart } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { useRoundLabel } from '../hooks/useRoundLabel';
import { areaMeans, changesSinceBaseline } from '../progress';

type Profile = CompetenceProfileQuery['competenceProfile'];
type Item = MySelfAssessmentsQuery['mySelfAssessments'][number];
const COLORS = ['gray.6', 'blue.6', 'teal.6', 'violet.6', 'orange.6'];

/** The tutor's levels per area, round over round (radar chart or table), and the change since baseline per competence. */
export function MyProgress({ profile, items }: { profile: Profile; items: Item[] }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const label = useRoundLabel();
  const submitted = items.filter((i) => i.status === 'SUBMITTED');
  if (!submitted.length) {
    return (
      <Paper withBorder p="lg">
        <Text>{t('selfAssessment.progress.none')}</Text>
      </Paper>
    );
  }
  const rounds = submitted.map((i) => ({ roundKey: label(i.round), ratings: i.ratings }));
  const areaTitle = new Map(profile.areas.map((a) => [a.code, a.title]));
  const data: Record<string, string | number>[] = areaMeans(
    rounds,
    profile.areas.map((a) => a.code),
  ).map((row) => ({ ...row, area: areaTitle.get(String(row.area)) ?? row.area }));
  const competences = profile.areas.flatMap((a) => a.competences);
  const baseline = submitted.find((i) => i.round.kind === 'BASELINE');
  const latest = submitted[submitted.length - 1];
  const changes = changesSinceBaseline(
    baseline && { roundKey: 'baseline', ratings: baseline.ratings },
    latest && latest !== baseline ? { roundKey: 'latest', ratings: latest.ratings } : undefined,
    competences.map((c) => c.code),
  );
  const signed = (n: number | null) => (n === null ? '–' : n > 0 ? `+${format.number(n)}` : format.number(n));

  return (
    <Stack gap="md">
      <ChartWithTable
        label={t('selfAssessment.progress.chartLabel')}
        chartLabel={t('selfAssessment.progress.chart')}
        tableLabel={t('selfAssessment.progress.table')}
        switchLabel={t('selfAssessment.progress.viewAs')}
        chart={
          <RadarChart
            h={360}
            data={data}
            dataKey="area"
            withLegend
            withPolarRadiusAxis
            polarRadiusAxisProps={{ domain: [0, profile.scaleLevels], tickCount: profile.scaleLevels + 1 }}
            series={rounds.map((r, i) => ({ name: r.roundKey, color: COLORS[i % COLORS.length], opacity: 0.15 }))}
          />
        }
        table={
          <Table.ScrollContainer minWidth={480}>
            <Table striped data-testid="progress-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('selfAssessment.progress.area')}</Table.Th>
                  {rounds.map((r) => (
                    <Table.Th scope="col" key={r.roundKey}>
                      {r.roundKey}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.map((row) => (
                  <Table.Tr key={String(row.area)}>
                    <Table.Th scope="row">{row.area}</Table.Th>
                    {rounds.map((r) => (
                      <Table.Td key={r.roundKey}>
                        {typeof row[r.roundKey] === 'number' ? format.number(row[r.roundKey] as number) : '–'}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        }
      />
      {baseline && latest !== baseline && (
        <Stack gap="xs">
          <Title order={3} size="h4">
            {t('selfAssessment.progress.changesTitle')}
          </Title>
          <Table.ScrollContainer minWidth={480}>
            <Table striped data-testid="changes-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('selfAssessment.progress.competence')}</Table.Th>
                  <Table.Th scope="col">{t('selfAssessment.progress.baseline')}</Table.Th>
                  <Table.Th scope="col">{label(latest.round)}</Table.Th>
                  <Table.Th scope="col">{t('selfAssessment.progress.change')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {changes.map((c) => {
                  const competence = competences.find((x) => x.code === c.code);
                  return (
                    <Table.Tr key={c.code}>
                      <Table.Th scope="row">
                        {c.code} {competence?.title}
                      </Table.Th>
                      <Table.Td>{c.baseline ?? '–'}</Table.Td>
                      <Table.Td>{c.latest ?? '–'}</Table.Td>
                      <Table.Td>{signed(c.change)}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}
    </Stack>
  );
}
