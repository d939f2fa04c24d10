import { useQuery, useSuspenseQuery } from '@apollo/client/react';
import { Button, Group, Select, Stack, Text } from '@mantine/core';
import type { CitationSourceInput } from '@tandem/web-graphql';
import { ErrorAlert, useFieldErrors, type AppError } from '@tandem/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { SurveysQuery } from '../../surveys/graphql/surveys';
import { CitationSurveyQuery } from '../graphql/evidence';

const ALL = 'ALL';

/**
 * Cites a survey question's result for a group (in a draft finding, a policy recommendation): pick
 * the survey, the question, the country and the side; the API takes the snapshot (and refuses a
 * group under 5).
 */
export function CitationPicker({
  onCite,
  citing,
}: {
  onCite: (source: CitationSourceInput) => Promise<{ error: AppError | null }>;
  citing: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormatter();
  const { data } = useSuspenseQuery(SurveysQuery, { fetchPolicy: 'cache-first' });
  const [surveyId, setSurveyId] = useState<string | null>(null);
  const [questionId, setQuestionId] = useState<string | null>(null);
  const [country, setCountry] = useState(ALL);
  const [side, setSide] = useState(ALL);
  const [failure, setFailure] = useState<AppError | null>(null);
  const { all } = useFieldErrors(failure);
  const survey = useQuery(CitationSurveyQuery, { variables: { id: surveyId ?? '' }, skip: !surveyId });
  const surveys = data.surveys.filter((s) => s.hasResponses);
  const questions = (survey.data?.survey.questions ?? []).filter((q) => q.type !== 'SECTION' && q.type !== 'TEXT');

  async function cite() {
    if (!surveyId || !questionId) return;
    const { error } = await onCite({
      surveyId,
      questionId,
      countryCode: country === ALL ? null : country,
      side: side === ALL ? null : side,
    });
    setFailure(error);
  }

  return (
    <Stack gap="xs" data-testid="citation-picker">
      <Text size="sm" fw={600}>
        {t('evidence.cite.title')}
      </Text>
      <Group align="flex-end" wrap="wrap">
        <Select
          label={t('evidence.cite.survey')}
          value={surveyId}
          onChange={(v) => {
            setSurveyId(v);
            setQuestionId(null);
          }}
          data={surveys.map((s) => ({
            value: s.id,
            label: [s.moduleCode, s.sessionStartsAt && format.dateTime(s.sessionStartsAt), s.title]
              .filter(Boolean)
              .join(' · '),
          }))}
          searchable
          w={280}
        />
        <Select
          label={t('evidence.cite.question')}
          value={questionId}
          onChange={setQuestionId}
          data={questions.map((q) => ({ value: q.id, label: `${q.code} ${q.text}` }))}
          disabled={!surveyId}
          w={280}
        />
        <Select
          label={t('evidence.cite.country')}
          value={country}
          onChange={(v) => setCountry(v ?? ALL)}
          data={[
            { value: ALL, label: t('evidence.snapshot.allCountries') },
            ...['EE', 'LV', 'LT'].map((c) => ({ value: c, label: format.country(c) })),
          ]}
          allowDeselect={false}
          w={160}
        />
        <Select
          label={t('evidence.cite.side')}
          value={side}
          onChange={(v) => setSide(v ?? ALL)}
          data={[
            { value: ALL, label: t('evidence.snapshot.bothSides') },
            { value: 'SCHOOL', label: t('evidence.side.SCHOOL') },
            { value: 'COMPANY', label: t('evidence.side.COMPANY') },
          ]}
          allowDeselect={false}
          w={160}
        />
        <Button onClick={cite} loading={citing} disabled={!surveyId || !questionId} variant="light">
          {t('evidence.cite.submit')}
        </Button>
      </Group>
      {failure && (
        <ErrorAlert error={failure}>
          {all.map((e) => (
            <Text key={e.field} size="sm">
              {e.text}
            </Text>
          ))}
        </ErrorAlert>
      )}
    </Stack>
  );
}
