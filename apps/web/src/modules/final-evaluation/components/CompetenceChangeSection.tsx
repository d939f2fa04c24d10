import { Stack, Table, Text, Title } from '@mantine/core';
import { BarChart, ChartWithTable } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { Figure } from './Figure';
import type { ChangeCell, Report } from './types';

const groupKey = (c: Pick<ChangeCell, 'countryCode' | 'side'>) => `${c.countryCode ?? 'ALL'}_${c.side ?? 'ALL'}`;

/** Paired change baseline → final per competence area: a bar per group, and the full table with n, interval and d_z. */
export function CompetenceChangeSection({ report }: { report: Report }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const groupName = (c: Pick<ChangeCell, 'countryCode' | 'side'>) =>
    [
      c.countryCode ? format.country(c.countryCode) : t('finalEvaluation.allCountries'),
      c.side ? t(`insights.sides.${c.side}`) : null,
    ]
      .filter(Boolean)
      .join(' · ');
  const cells = report.competenceChange;
  // The chart compares countries (programme-wide readers) or the sides of one's country.
  const charted = cells.filter((c) => (report.scope === 'ALL' ? c.side === null : true));
  const groups = [...new Map(charted.map((c) => [groupKey(c), c])).values()];
  const title = (code: string) => report.competenceAreas.find((a) => a.code === code)?.title ?? code;
  const data = report.competenceAreas.map((a) => ({
    area: a.title,
    ...Object.fromEntries(
      charted.filter((c) => c.areaCode === a.code && !c.suppressed).map((c) => [groupKey(c), c.meanChange]),
    ),
  }));
  const colors = ['teal.6', 'indigo.6', 'orange.6', 'grape.6', 'cyan.6', 'lime.7', 'red.6'];
  return (
    <section aria-labelledby="final-competence">
      <Stack gap="sm">
        <Title order={2} id="final-competence">
          {t('finalEvaluation.competence.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('finalEvaluation.competence.note')}
        </Text>
        {!cells.length ? (
          <Text>{t('finalEvaluation.competence.none')}</Text>
        ) : (
          <ChartWithTable
            label={t('finalEvaluation.competence.chartLabel')}
            chartLabel={t('finalEvaluation.view.chart')}
            tableLabel={t('finalEvaluation.view.table')}
            switchLabel={t('finalEvaluation.competence.viewAs')}
            chart={
              <BarChart
                h={300}
                data={data}
                dataKey="area"
                withLegend
                // Every area named under its bars, long titles shortened (the table has them whole).
                xAxisProps={{ interval: 0, tickFormatter: (v: string) => (v.length > 22 ? `${v.slice(0, 21)}…` : v) }}
                series={groups.map((g, i) => ({
                  name: groupKey(g),
                  label: groupName(g),
                  color: colors[i % colors.length],
                }))}
              />
            }
            table={
              <Table.ScrollContainer minWidth={760}>
                <Table data-testid="competence-change-table" striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('finalEvaluation.competence.area')}</Table.Th>
                      <Table.Th scope="col">{t('finalEvaluation.competence.group')}</Table.Th>
                      <Table.Th scope="col">{t('finalEvaluation.competence.n')}</Table.Th>
                      <Table.Th scope="col">{t('finalEvaluation.competence.baseline')}</Table.Th>
                      <Table.Th scope="col">{t('finalEvaluation.competence.final')}</Table.Th>
                      <Table.Th scope="col">{t('finalEvaluation.competence.change')}</Table.Th>
                      <Table.Th scope="col">{t('finalEvaluation.competence.interval')}</Table.Th>
                      <Table.Th scope="col">{t('finalEvaluation.competence.effect')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {cells.map((c) => (
                      <Table.Tr key={`${c.areaCode}-${groupKey(c)}`}>
                        <Table.Th scope="row">{title(c.areaCode)}</Table.Th>
                        <Table.Td>{groupName(c)}</Table.Td>
                        <Table.Td>
                          <Figure value={c.n} suppressed={c.suppressed} />
                        </Table.Td>
                        <Table.Td>
                          <Figure value={c.meanBaseline} />
                        </Table.Td>
                        <Table.Td>
                          <Figure value={c.meanFinal} />
                        </Table.Td>
                        <Table.Td>
                          <Figure value={c.meanChange} />
                        </Table.Td>
                        <Table.Td>
                          {c.ciLow === null || c.ciHigh === null
                            ? '–'
                            : t('finalEvaluation.competence.range', { low: c.ciLow, high: c.ciHigh })}
                        </Table.Td>
                        <Table.Td>
                          <Figure value={c.effectSize} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            }
          />
        )}
      </Stack>
    </section>
  );
}
