import { Stack, Table, Text } from '@mantine/core';
import { BarChart, ChartWithTable } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import type { Progress } from './types';

/** Registered → in tandem → in training → trained, each stage counting everyone who reached it. */
export function FunnelView({ p }: { p: Progress }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const stages = [
    { stage: t('cockpit.funnel.registered'), tutors: p.funnel.registered },
    { stage: t('cockpit.funnel.inTandem'), tutors: p.funnel.inTandem },
    { stage: t('cockpit.funnel.inTraining'), tutors: p.funnel.inTraining },
    { stage: t('cockpit.funnel.trained'), tutors: p.funnel.trained },
  ];
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed" data-testid="funnel-note">
        {t('cockpit.funnel.note')}
      </Text>
      <ChartWithTable
        label={t('cockpit.funnel.chartLabel')}
        chartLabel={t('cockpit.view.chart')}
        tableLabel={t('cockpit.view.table')}
        switchLabel={t('cockpit.funnel.viewAs')}
        chart={
          <BarChart
            h={240}
            data={stages}
            dataKey="stage"
            orientation="vertical"
            yAxisProps={{ width: 120 }}
            series={[
              {
                name: 'tutors',
                label: t('cockpit.funnel.tutors'),
                color: 'teal.6',
              },
            ]}
          />
        }
        table={
          <Table data-testid="funnel-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('cockpit.funnel.stage')}</Table.Th>
                <Table.Th scope="col">{t('cockpit.funnel.tutors')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {stages.map((s) => (
                <Table.Tr key={s.stage}>
                  <Table.Th scope="row">{s.stage}</Table.Th>
                  <Table.Td>{format.number(s.tutors)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        }
      />
    </Stack>
  );
}
