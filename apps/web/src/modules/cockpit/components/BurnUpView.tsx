import { Table } from '@mantine/core';
import { ChartWithTable, LineChart } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from './ScrollRegion';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import type { Progress } from './types';

/** Trained over the edition's dates against the target, the straight-line plan and the forecast. */
export function BurnUpView({ p }: { p: Progress }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const data = p.burnUp.map((b) => ({
    date: format.date(b.date),
    trained: b.trained ?? undefined,
    target: b.target ?? undefined,
    plan: b.plan ?? undefined,
    forecast: b.forecast ?? undefined,
  }));
  const show = (n: number | null | undefined) => (n === null || n === undefined ? '–' : format.number(n));
  return (
    <ChartWithTable
      label={t('cockpit.burnUp.chartLabel')}
      chartLabel={t('cockpit.view.chart')}
      tableLabel={t('cockpit.view.table')}
      switchLabel={t('cockpit.burnUp.viewAs')}
      chart={
        <LineChart
          h={320}
          data={data}
          dataKey="date"
          connectNulls
          withDots={false}
          withLegend
          series={[
            {
              name: 'trained',
              label: t('cockpit.burnUp.trained'),
              color: 'teal.7',
            },
            {
              name: 'target',
              label: t('cockpit.burnUp.target'),
              color: 'red.6',
              strokeDasharray: '6 4',
            },
            {
              name: 'plan',
              label: t('cockpit.burnUp.plan'),
              color: 'gray.5',
              strokeDasharray: '2 4',
            },
            {
              name: 'forecast',
              label: t('cockpit.burnUp.forecast'),
              color: 'orange.6',
              strokeDasharray: '4 4',
            },
          ]}
        />
      }
      table={
        <ScrollRegion label={t('cockpit.burnUp.title')} minWidth={480}>
          <Table striped data-testid="burn-up-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('cockpit.burnUp.date')}</Table.Th>
                <Table.Th scope="col">{t('cockpit.burnUp.trained')}</Table.Th>
                <Table.Th scope="col">{t('cockpit.burnUp.plan')}</Table.Th>
                <Table.Th scope="col">{t('cockpit.burnUp.forecast')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {p.burnUp.map((b) => (
                <Table.Tr key={b.date}>
                  <Table.Th scope="row">{format.date(b.date)}</Table.Th>
                  <Table.Td>{show(b.trained)}</Table.Td>
                  <Table.Td>{show(b.plan)}</Table.Td>
                  <Table.Td>{show(b.forecast)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      }
    />
  );
}
