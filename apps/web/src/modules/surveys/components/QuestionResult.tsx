import { Badge, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { SurveyResultsQuery } from '@tandem/web-graphql';
import { BarChart, ChartWithTable } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';

export type QuestionResultData = SurveyResultsQuery['surveyResults']['questions'][number];

const LIKERT_VALUES = ['1', '2', '3', '4', '5'] as const;
const isLikert = (v: string): v is (typeof LIKERT_VALUES)[number] => (LIKERT_VALUES as readonly string[]).includes(v);

// Disagree (red) → agree (teal): the Likert bar reads from left to right.
const LIKERT_COLORS = ['red.6', 'orange.5', 'gray.5', 'teal.4', 'teal.7'];

/** One question's figures: a chart with a table of the same counts, or "too few to show". */
export function QuestionResult({ q }: { q: QuestionResultData }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const share = (v: number | null) => (v === null ? '–' : `${format.number(Math.round(v * 100))} %`);
  return (
    <Paper withBorder p="md" data-testid={`result-${q.code}`} data-suppressed={q.suppressed}>
      <Stack gap="sm">
        <Title order={2} size="h5">
          {q.text}
        </Title>
        {q.byTrainer && (
          <Group gap="xs">
            <Badge variant="light" color="grape" data-testid="by-trainer">
              {t('surveys.own.badge')}
            </Badge>
            <Text size="sm" c="dimmed">
              {t('surveys.own.notCompared')}
            </Text>
          </Group>
        )}
        {q.suppressed ? (
          <Text c="dimmed" data-testid="too-few">
            {t('surveys.results.tooFew')}
          </Text>
        ) : (
          <>
            <Group gap="lg">
              <Text size="sm">{t('surveys.results.count', { count: q.count ?? 0 })}</Text>
              {q.mean !== null && <Text size="sm">{t('surveys.results.mean', { value: format.number(q.mean) })}</Text>}
              {q.median !== null && (
                <Text size="sm">{t('surveys.results.median', { value: format.number(q.median) })}</Text>
              )}
              {q.notApplicableCount !== null && (
                <Text size="sm">{t('surveys.results.notApplicable', { count: q.notApplicableCount })}</Text>
              )}
              {q.type === 'SCALE_0_10' && (
                <Text size="sm">
                  {t('surveys.results.shares', { high: share(q.shareHigh), low: share(q.shareLow) })}
                </Text>
              )}
            </Group>
            {q.type === 'TEXT' ? <Texts texts={q.texts} /> : <Distribution q={q} />}
          </>
        )}
      </Stack>
    </Paper>
  );
}

function Texts({ texts }: { texts: string[] | null }) {
  const { t } = useTranslation();
  if (!texts) return <Text c="dimmed">{t('surveys.results.textsWithheld')}</Text>;
  return (
    <List spacing="xs" size="sm">
      {texts.map((text, i) => (
        <List.Item key={i}>{text}</List.Item>
      ))}
    </List>
  );
}

function Distribution({ q }: { q: QuestionResultData }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const label = (d: QuestionResultData['distribution'][number]): string =>
    q.type === 'LIKERT_5' && isLikert(d.value)
      ? t(`surveys.likert.${d.value}`)
      : d.value === 'OTHER'
        ? t('surveys.other')
        : d.label;
  const likert = q.type === 'LIKERT_5';
  const chart = likert ? (
    <BarChart
      h={90}
      type="percent"
      orientation="vertical"
      data={[Object.fromEntries([['row', ''], ...q.distribution.map((d) => [d.value, d.count])])]}
      dataKey="row"
      yAxisProps={{ width: 8 }}
      series={q.distribution.map((d, i) => ({ name: d.value, label: label(d), color: LIKERT_COLORS[i] }))}
      withLegend
    />
  ) : (
    <BarChart
      h={q.type === 'SCALE_0_10' ? 200 : 40 + 36 * q.distribution.length}
      data={q.distribution.map((d) => ({ answer: label(d), count: d.count }))}
      dataKey="answer"
      orientation={q.type === 'SCALE_0_10' ? 'horizontal' : 'vertical'}
      yAxisProps={q.type === 'SCALE_0_10' ? undefined : { width: 160 }}
      series={[{ name: 'count', label: t('surveys.results.answers'), color: 'teal.6' }]}
    />
  );
  return (
    <ChartWithTable
      label={t('surveys.results.chartLabel', { question: q.text })}
      chartLabel={t('surveys.results.chart')}
      tableLabel={t('surveys.results.table')}
      switchLabel={t('surveys.results.viewAs')}
      chart={chart}
      table={
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('surveys.results.answer')}</Table.Th>
              <Table.Th scope="col">{t('surveys.results.answers')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {q.distribution.map((d) => (
              <Table.Tr key={d.value}>
                <Table.Th scope="row">{label(d)}</Table.Th>
                <Table.Td>{format.number(d.count)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      }
    />
  );
}
