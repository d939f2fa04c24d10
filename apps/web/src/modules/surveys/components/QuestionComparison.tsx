import { useSuspenseQuery } from '@apollo/client/react';
import { Badge, Group, NativeSelect, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { LOCALE_NATIVE_NAMES, LOCALES } from '@tandem/shared-domain';
import { BarChart, ChartWithTable } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { SurveyQuestionComparisonQuery } from '../graphql/surveys';

export type ComparisonBy = 'SESSION' | 'MODULE_VERSION';

/** The groups compared: respondents of one side, answers in one language, the sessions of one trainer (null: all). */
export interface ComparisonFilters {
  side: string | null;
  responseLanguage: string | null;
  trainerId: string | null;
}

const LIKERT_COLORS = ['red.6', 'orange.5', 'gray.5', 'teal.4', 'teal.7'];
const COLORS = [
  'teal.6',
  'blue.6',
  'grape.6',
  'orange.6',
  'cyan.6',
  'pink.6',
  'lime.6',
  'indigo.6',
  'red.6',
  'yellow.6',
  'gray.6',
];

/**
 * One template question side by side over the sessions (or versions) of the module: a bar of the
 * answers per group with the mean, and the same figures as a table. Groups under the minimum are
 * "too few to show" (decided by the API).
 */
export function QuestionComparison({
  surveyId,
  questionCode,
  by,
  filters,
  onFilter,
}: {
  surveyId: string;
  questionCode: string;
  by: ComparisonBy;
  filters: ComparisonFilters;
  onFilter: (changes: Partial<ComparisonFilters>) => void;
}) {
  const { t } = useTranslation();
  const format = useFormatter();
  const { data } = useSuspenseQuery(SurveyQuestionComparisonQuery, {
    variables: { surveyId, questionCode, by, ...filters },
  });
  const c = data.surveyQuestionComparison;
  const likert = c.type === 'LIKERT_5';
  const valueLabel = (value: string, label: string) =>
    likert && ['1', '2', '3', '4', '5'].includes(value)
      ? t(`surveys.likert.${value as '1' | '2' | '3' | '4' | '5'}`)
      : label;
  const groupLabel = (g: (typeof c.groups)[number]) =>
    by === 'MODULE_VERSION'
      ? t('surveys.compare.version', { version: String(g.moduleVersion) })
      : [
          g.sessionStartsAt ? format.dateTime(g.sessionStartsAt) : g.label,
          g.countryCode ? format.country(g.countryCode) : t('surveys.joint'),
          t('surveys.compare.version', { version: String(g.moduleVersion) }),
        ].join(' · ');
  const values = c.groups.find((g) => !g.suppressed)?.distribution ?? [];
  const shown = c.groups.filter((g) => !g.suppressed);
  const chart = (
    <BarChart
      h={60 + 44 * Math.max(shown.length, 1)}
      type="percent"
      orientation="vertical"
      data={shown.map((g) =>
        Object.fromEntries([['group', groupLabel(g)], ...g.distribution.map((d) => [d.value, d.count])]),
      )}
      dataKey="group"
      yAxisProps={{ width: 220 }}
      series={values.map((d, i) => ({
        name: d.value,
        label: valueLabel(d.value, d.label),
        color: likert ? LIKERT_COLORS[i] : COLORS[i % COLORS.length],
      }))}
      withLegend
    />
  );
  return (
    <Paper withBorder p="md" data-testid="comparison">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {c.text}
        </Title>
        <Group gap="md" align="end" data-testid="comparison-filters">
          <NativeSelect
            label={t('surveys.results.side')}
            value={filters.side ?? ''}
            onChange={(e) => onFilter({ side: e.currentTarget.value || null })}
            data={[
              { value: '', label: t('surveys.results.bothSides') },
              { value: 'SCHOOL', label: t('insights.sides.SCHOOL') },
              { value: 'COMPANY', label: t('insights.sides.COMPANY') },
            ]}
            w={200}
          />
          <NativeSelect
            label={t('surveys.compare.responseLanguage')}
            value={filters.responseLanguage ?? ''}
            onChange={(e) => onFilter({ responseLanguage: e.currentTarget.value || null })}
            data={[
              { value: '', label: t('surveys.compare.allLanguages') },
              ...LOCALES.map((l) => ({ value: l, label: LOCALE_NATIVE_NAMES[l] })),
            ]}
            w={200}
          />
          {c.trainers.length > 1 || filters.trainerId ? (
            <NativeSelect
              label={t('surveys.compare.trainer')}
              value={filters.trainerId ?? ''}
              onChange={(e) => onFilter({ trainerId: e.currentTarget.value || null })}
              data={[
                { value: '', label: t('surveys.compare.allTrainers') },
                ...c.trainers.map((tr) => ({ value: tr.id, label: tr.name })),
              ]}
              w={240}
            />
          ) : null}
        </Group>
        <Text size="sm" c="dimmed">
          {t('surveys.compare.rule', { k: String(c.minGroupSize) })}
        </Text>
        {c.totalCount !== null && <Text size="sm">{t('surveys.compare.total', { count: c.totalCount })}</Text>}
        {!c.groups.length ? (
          <Text>{t('surveys.compare.none')}</Text>
        ) : (
          <ChartWithTable
            label={t('surveys.compare.chartLabel', { question: c.text })}
            chartLabel={t('surveys.results.chart')}
            tableLabel={t('surveys.results.table')}
            switchLabel={t('surveys.results.viewAs')}
            chart={shown.length ? chart : <Text c="dimmed">{t('surveys.results.tooFew')}</Text>}
            table={
              <Table.ScrollContainer minWidth={480}>
                <Table data-testid="comparison-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">
                        {t(by === 'SESSION' ? 'surveys.compare.session' : 'surveys.compare.versionColumn')}
                      </Table.Th>
                      <Table.Th scope="col">{t('surveys.results.answers')}</Table.Th>
                      {values.length > 0 && c.type !== 'SINGLE' && c.type !== 'MULTI' && (
                        <Table.Th scope="col">{t('surveys.compare.mean')}</Table.Th>
                      )}
                      {values.map((d) => (
                        <Table.Th scope="col" key={d.value}>
                          {valueLabel(d.value, d.label)}
                        </Table.Th>
                      ))}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {c.groups.map((g) => (
                      <Table.Tr
                        key={g.key}
                        data-testid="comparison-row"
                        data-suppressed={g.suppressed}
                        data-version={g.moduleVersion}
                      >
                        <Table.Th scope="row">{groupLabel(g)}</Table.Th>
                        {g.suppressed ? (
                          <Table.Td colSpan={1 + values.length + (c.type === 'SINGLE' || c.type === 'MULTI' ? 0 : 1)}>
                            <Badge variant="light" color="gray">
                              {t('surveys.results.tooFew')}
                            </Badge>
                          </Table.Td>
                        ) : (
                          <>
                            <Table.Td>{format.number(g.count ?? 0)}</Table.Td>
                            {c.type !== 'SINGLE' && c.type !== 'MULTI' && (
                              <Table.Td data-testid="comparison-mean">
                                {g.mean === null ? '–' : format.number(g.mean)}
                              </Table.Td>
                            )}
                            {g.distribution.map((d) => (
                              <Table.Td key={d.value}>{format.number(d.count)}</Table.Td>
                            ))}
                          </>
                        )}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            }
          />
        )}
      </Stack>
    </Paper>
  );
}
