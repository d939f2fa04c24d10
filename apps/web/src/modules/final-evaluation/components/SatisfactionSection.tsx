import { Stack, Table, Text, Title } from '@mantine/core';
import { BarChart, ChartWithTable } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { Figure } from './Figure';
import type { Report, SatisfactionCell } from './types';

/** The overall question of the joint modules' feedback per module version: a bar per version, and the table by country. */
export function SatisfactionSection({ report }: { report: Report }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const cells = report.satisfaction;
  const version = (c: SatisfactionCell) =>
    c.moduleVersion === null
      ? t('finalEvaluation.satisfaction.allVersions')
      : t('finalEvaluation.satisfaction.versionLabel', { version: c.moduleVersion });
  const country = (code: string | null) => (code ? format.country(code) : t('finalEvaluation.allCountries'));
  // Programme-wide readers chart the versions over all countries; a country's reader their country's.
  const charted = cells.filter(
    (c) => c.moduleVersion !== null && (report.scope === 'ALL' ? c.countryCode === null : c.countryCode !== null),
  );
  const data = charted.map((c) => ({
    label: `${c.moduleCode} ${version(c)}${report.countryCodes.length > 1 && c.countryCode ? ` · ${c.countryCode}` : ''}`,
    mean: c.suppressed ? null : c.mean,
  }));
  return (
    <section aria-labelledby="final-satisfaction">
      <Stack gap="sm">
        <Title order={2} id="final-satisfaction">
          {t('finalEvaluation.satisfaction.title')}
        </Title>
        {report.satisfactionQuestion && (
          <Text size="sm" c="dimmed">
            {t('finalEvaluation.satisfaction.question', {
              code: report.satisfactionQuestionCode,
              text: report.satisfactionQuestion,
            })}
          </Text>
        )}
        {!cells.length ? (
          <Text>{t('finalEvaluation.satisfaction.none')}</Text>
        ) : (
          <ChartWithTable
            label={t('finalEvaluation.satisfaction.chartLabel')}
            chartLabel={t('finalEvaluation.view.chart')}
            tableLabel={t('finalEvaluation.view.table')}
            switchLabel={t('finalEvaluation.satisfaction.viewAs')}
            chart={
              <BarChart
                h={260}
                data={data}
                dataKey="label"
                yAxisProps={{ domain: [0, 10] }}
                series={[{ name: 'mean', label: t('finalEvaluation.satisfaction.mean'), color: 'teal.6' }]}
              />
            }
            table={
              <Table data-testid="satisfaction-table" striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('finalEvaluation.satisfaction.module')}</Table.Th>
                    <Table.Th scope="col">{t('finalEvaluation.satisfaction.version')}</Table.Th>
                    <Table.Th scope="col">{t('finalEvaluation.satisfaction.country')}</Table.Th>
                    <Table.Th scope="col">{t('finalEvaluation.satisfaction.count')}</Table.Th>
                    <Table.Th scope="col">{t('finalEvaluation.satisfaction.mean')}</Table.Th>
                    <Table.Th scope="col">{t('finalEvaluation.satisfaction.shareHigh')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {cells.map((c) => (
                    <Table.Tr key={`${c.moduleId}-${c.moduleVersion ?? 'all'}-${c.countryCode ?? 'all'}`}>
                      <Table.Th scope="row">{c.moduleCode}</Table.Th>
                      <Table.Td>{version(c)}</Table.Td>
                      <Table.Td>{country(c.countryCode)}</Table.Td>
                      <Table.Td>
                        <Figure value={c.count} suppressed={c.suppressed} />
                      </Table.Td>
                      <Table.Td>
                        <Figure value={c.mean} />
                      </Table.Td>
                      <Table.Td>
                        <Figure value={c.shareHigh} percent />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            }
          />
        )}
      </Stack>
    </section>
  );
}
