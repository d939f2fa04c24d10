import { useSuspenseQuery } from '@apollo/client/react';
import { Alert, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { SurveyResultsQuery } from '../graphql/surveys';
import { QuestionResult } from './QuestionResult';
import { SurveyActions } from './SurveyActions';

/** k-anonymous results of one survey with the filters of the viewer's scope (country, side). */
export function SurveyResultsView({ surveyId, open }: { surveyId: string; open: boolean }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const [countryCode, setCountryCode] = useState<string | null>(null);
  const [side, setSide] = useState<string | null>(null);
  const { data } = useSuspenseQuery(SurveyResultsQuery, {
    variables: { surveyId, countryCode, side },
    fetchPolicy: 'cache-and-network',
  });
  const r = data.surveyResults;
  return (
    <Stack gap="md">
      <Group gap="md" align="end">
        {r.countryCodes.length > 1 && (
          <Select
            label={t('surveys.results.country')}
            data={[
              { value: '', label: t('surveys.results.allCountries') },
              ...r.countryCodes.map((c) => ({ value: c, label: format.country(c) })),
            ]}
            value={countryCode ?? ''}
            onChange={(v) => setCountryCode(v || null)}
            allowDeselect={false}
            w={220}
          />
        )}
        <Select
          label={t('surveys.results.side')}
          data={[
            { value: '', label: t('surveys.results.bothSides') },
            { value: 'SCHOOL', label: t('insights.sides.SCHOOL') },
            { value: 'COMPANY', label: t('insights.sides.COMPANY') },
          ]}
          value={side ?? ''}
          onChange={(v) => setSide(v || null)}
          allowDeselect={false}
          w={220}
        />
      </Group>
      <SurveyActions surveyId={surveyId} open={open} countryCode={countryCode} side={side} />
      <Paper withBorder p="md" data-testid="results-headline">
        {r.suppressed ? (
          <Text data-testid="too-few">{t('surveys.results.tooFewAll', { k: r.minGroupSize })}</Text>
        ) : (
          <Text>
            {t('surveys.results.rate', {
              responses: r.responseCount ?? 0,
              invited: r.invitedCount,
              rate: format.number(Math.round((r.responseRate ?? 0) * 100)),
            })}
          </Text>
        )}
      </Paper>
      <Alert color="gray">{t('surveys.results.rule', { k: r.minGroupSize })}</Alert>
      {r.questions.map((q) => (
        <QuestionResult key={q.id} q={q} />
      ))}
    </Stack>
  );
}
