import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { Figure } from './Figure';
import type { Report } from './types';

/** The final-evaluation survey's results per question, suppressed as every survey result is. */
export function FinalSurveySection({ report }: { report: Report }) {
  const { t } = useTranslation();
  const format = useFormatter();
  return (
    <section aria-labelledby="final-survey">
      <Stack gap="sm">
        <Title order={2} id="final-survey">
          {t('finalEvaluation.finalSurvey.title')}
        </Title>
        {!report.finalSurveyResults.length && <Text>{t('finalEvaluation.finalSurvey.none')}</Text>}
        {report.finalSurveyResults.map((r) => (
          <Stack key={`${r.surveyId}-${r.countryCode ?? 'all'}`} gap="xs">
            <Text size="sm" c="dimmed">
              {r.countryCode ? format.country(r.countryCode) : t('finalEvaluation.allCountries')} ·{' '}
              {r.suppressed || r.responseCount === null
                ? t('finalEvaluation.tooFew')
                : t('finalEvaluation.finalSurvey.responses', { count: r.responseCount })}
            </Text>
            <Table striped data-testid="final-survey-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('finalEvaluation.finalSurvey.question')}</Table.Th>
                  <Table.Th scope="col">{t('finalEvaluation.finalSurvey.count')}</Table.Th>
                  <Table.Th scope="col">{t('finalEvaluation.finalSurvey.mean')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {r.questions.map((q) => (
                  <Table.Tr key={q.id}>
                    <Table.Th scope="row">
                      {q.code} {q.text}
                    </Table.Th>
                    <Table.Td>
                      <Figure value={q.count} suppressed={q.suppressed} />
                    </Table.Td>
                    <Table.Td>
                      <Figure value={q.mean} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        ))}
      </Stack>
    </section>
  );
}
