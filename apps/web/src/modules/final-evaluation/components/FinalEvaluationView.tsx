import { useSuspenseQuery } from '@apollo/client/react';
import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ActionsList } from '../../evidence/components/ActionsList';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { useCurrentLocale } from '../../i18n/hooks/useLocale';
import { FinalEvaluationQuery } from '../graphql/final-evaluation';
import { CompetenceChangeSection } from './CompetenceChangeSection';
import { CompletionSection } from './CompletionSection';
import { FinalSurveySection } from './FinalSurveySection';
import { SatisfactionSection } from './SatisfactionSection';

/** The report of the current edition in the viewer's scope and language; the PDF prints the same query's numbers. */
export function FinalEvaluationView() {
  const { t } = useTranslation();
  const format = useFormatter();
  const language = useCurrentLocale();
  const { data } = useSuspenseQuery(FinalEvaluationQuery, {
    variables: { language },
    fetchPolicy: 'cache-and-network',
  });
  const report = data.finalEvaluation;
  const pdf = `/api/final-evaluation.pdf?${new URLSearchParams({ editionId: report.editionId, lang: language })}`;
  return (
    <Stack gap="xl">
      <Group justify="space-between" align="flex-start">
        <Text size="sm" c="dimmed" data-testid="final-evaluation-scope">
          {report.editionName} ·{' '}
          {report.scope === 'ALL'
            ? t('finalEvaluation.allCountries')
            : report.countryCodes.map((c) => format.country(c)).join(', ')}{' '}
          · {t('finalEvaluation.computedAt', { date: format.dateTime(report.computedAt) })}
        </Text>
        <Anchor href={pdf} download data-testid="final-evaluation-pdf">
          {t('finalEvaluation.downloadPdf')}
        </Anchor>
      </Group>
      <CompetenceChangeSection report={report} />
      <SatisfactionSection report={report} />
      <CompletionSection report={report} />
      <section aria-labelledby="final-actions">
        <Stack gap="sm">
          <Title order={2} id="final-actions">
            {t('finalEvaluation.actions.title')}
          </Title>
          <ActionsList actions={report.improvementActions} />
        </Stack>
      </section>
      <FinalSurveySection report={report} />
    </Stack>
  );
}
