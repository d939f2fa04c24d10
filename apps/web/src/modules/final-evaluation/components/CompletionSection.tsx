import { Stack, Table, Text, Title } from '@mantine/core';
import { BarChart, ChartWithTable } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { Figure } from './Figure';
import type { Report } from './types';

/** Trained against the target, per country and side. */
export function CompletionSection({ report }: { report: Report }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const c = report.completion;
  const data = c.cells.map((x) => ({
    group: `${x.countryCode} · ${t(`insights.sides.${x.side}`)}`,
    trained: x.trained,
    target: x.target,
  }));
  return (
    <section aria-labelledby="final-completion">
      <Stack gap="sm">
        <Title order={2} id="final-completion">
          {t('finalEvaluation.completion.title')}
        </Title>
        <Text data-testid="final-completion-headline">
          {c.target === null
            ? t('finalEvaluation.completion.headlineNoTarget', { trained: c.trained, registered: c.registered })
            : t('finalEvaluation.completion.headline', {
                trained: c.trained,
                target: c.target,
                registered: c.registered,
              })}
        </Text>
        <ChartWithTable
          label={t('finalEvaluation.completion.chartLabel')}
          chartLabel={t('finalEvaluation.view.chart')}
          tableLabel={t('finalEvaluation.view.table')}
          switchLabel={t('finalEvaluation.completion.viewAs')}
          chart={
            <BarChart
              h={260}
              data={data}
              dataKey="group"
              withLegend
              series={[
                { name: 'trained', label: t('finalEvaluation.completion.trained'), color: 'teal.6' },
                { name: 'target', label: t('finalEvaluation.completion.target'), color: 'gray.5' },
              ]}
            />
          }
          table={
            <Table data-testid="final-completion-table" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('finalEvaluation.completion.country')}</Table.Th>
                  <Table.Th scope="col">{t('finalEvaluation.completion.side')}</Table.Th>
                  <Table.Th scope="col">{t('finalEvaluation.completion.registered')}</Table.Th>
                  <Table.Th scope="col">{t('finalEvaluation.completion.trained')}</Table.Th>
                  <Table.Th scope="col">{t('finalEvaluation.completion.target')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {c.cells.map((x) => (
                  <Table.Tr key={`${x.countryCode}-${x.side}`}>
                    <Table.Th scope="row">{format.country(x.countryCode)}</Table.Th>
                    <Table.Td>{t(`insights.sides.${x.side}`)}</Table.Td>
                    <Table.Td>{format.number(x.registered)}</Table.Td>
                    <Table.Td>{format.number(x.trained)}</Table.Td>
                    <Table.Td>
                      <Figure value={x.target} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          }
        />
      </Stack>
    </section>
  );
}
