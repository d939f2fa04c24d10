import { useQuery } from '@apollo/client/react';
import { Loader, Stack, Table, Text, Title } from '@mantine/core';
import { BarChart, ChartWithTable, ErrorAlert } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { toAppError } from '../../errors/to-app-error';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { MobilityCountsQuery } from '../graphql/study-visits';
import { mobilityKindKey } from '../labels';
import { kindsPresent, mobilityByPair, mobilityByYear } from '../mobility-counts';

const COLOURS = ['teal.6', 'blue.6', 'grape.6', 'orange.6', 'gray.6'];

/** Mobilities by year and kind as bars (with the same numbers as a table), and the country pairs. */
export function MobilityCounts() {
  const { t } = useTranslation();
  const format = useFormatter();
  const { data, loading, error } = useQuery(MobilityCountsQuery);
  if (error) return <ErrorAlert error={toAppError(error)} />;
  if (loading && !data) return <Loader size="sm" aria-label={t('app.loading')} />;
  const counts = data?.mobilityCounts ?? [];
  if (counts.length === 0) return <Text>{t('toolbox.mobility.empty')}</Text>;
  const years = mobilityByYear(counts);
  const kinds = kindsPresent(counts);
  const pairs = mobilityByPair(counts);

  return (
    <Stack gap="lg">
      <ChartWithTable
        label={t('toolbox.mobility.chartLabel')}
        chartLabel={t('toolbox.mobility.chart')}
        tableLabel={t('toolbox.mobility.table')}
        switchLabel={t('toolbox.mobility.viewAs')}
        chart={
          <BarChart
            h={260}
            data={years}
            dataKey="year"
            type="stacked"
            withLegend
            series={kinds.map((k, i) => ({
              name: k,
              label: t(mobilityKindKey(k)),
              color: COLOURS[i % COLOURS.length],
            }))}
          />
        }
        table={
          <Table data-testid="mobility-table">
            <Table.Caption>{t('toolbox.mobility.tableCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('toolbox.mobility.year')}</Table.Th>
                {kinds.map((k) => (
                  <Table.Th key={k} scope="col">
                    {t(mobilityKindKey(k))}
                  </Table.Th>
                ))}
                <Table.Th scope="col">{t('toolbox.mobility.total')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {years.map((row) => (
                <Table.Tr key={row.year}>
                  <Table.Th scope="row">{row.year}</Table.Th>
                  {kinds.map((k) => (
                    <Table.Td key={k}>{format.number(row[k])}</Table.Td>
                  ))}
                  <Table.Td>{format.number(row.total)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        }
      />
      <Stack gap="xs">
        <Title order={3} size="h5" id="mobility-pairs">
          {t('toolbox.mobility.pairs')}
        </Title>
        <Table.ScrollContainer minWidth={480} mah={360}>
          <Table aria-labelledby="mobility-pairs" data-testid="mobility-pairs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('toolbox.mobility.from')}</Table.Th>
                <Table.Th scope="col">{t('toolbox.mobility.host')}</Table.Th>
                <Table.Th scope="col">{t('toolbox.mobility.mobilities')}</Table.Th>
                <Table.Th scope="col">{t('toolbox.mobility.learners')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pairs.map((p) => (
                <Table.Tr key={`${p.fromCountry}-${p.hostCountry}`}>
                  <Table.Td>{format.country(p.fromCountry)}</Table.Td>
                  <Table.Td>{format.country(p.hostCountry)}</Table.Td>
                  <Table.Td>{format.number(p.mobilities)}</Table.Td>
                  <Table.Td>{format.number(p.learners)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Stack>
  );
}
