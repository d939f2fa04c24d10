import { Alert, Anchor, Button, Paper, Stack, Text, Title } from '@mantine/core';
import type { SurveyQuery } from '@tandem/web-graphql';
import { ErrorAlert, type AppError } from '@tandem/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSubmitSurveyResponse } from '../hooks/useSubmitSurveyResponse';
import { emptyAnswers, isShown, missingRequired, type AnswerState, type FormQuestion } from '../survey-form';
import { QuestionField } from './QuestionField';

type Survey = SurveyQuery['survey'];

/** How a filled-in form is sent: as the signed-in tutor, or through a stakeholder's one-time link. */
export interface SurveySender {
  submit: (questions: readonly FormQuestion[], state: AnswerState) => Promise<boolean>;
  submitting: boolean;
  failure: AppError | null;
}

/** The respondent's form: the mode first (who will see what), then the questions, sent once. */
export function SurveyForm({ survey, answerable }: { survey: Survey; answerable: boolean }) {
  const sender = useSubmitSurveyResponse(survey.id);
  return <SurveyFormView survey={survey} answerable={answerable} sender={sender} backToList />;
}

export function SurveyFormView({
  survey,
  answerable,
  sender,
  backToList = false,
  notice,
}: {
  survey: Survey;
  answerable: boolean;
  sender: SurveySender;
  /** After sending, a link back to "My surveys" (not for stakeholders, who have no account). */
  backToList?: boolean;
  /** Shown above the questions (a stakeholder is told the link works once). */
  notice?: string;
}) {
  const { t } = useTranslation();
  const [state, setState] = useState<AnswerState>(emptyAnswers);
  const [missing, setMissing] = useState<string[]>([]);
  const [done, setDone] = useState(false);
  const { submit, submitting, failure } = sender;

  if (done) {
    return (
      <Paper withBorder p="lg" data-testid="survey-thanks">
        <Stack gap="sm">
          <Title order={2} size="h3">
            {survey.thankYou || t('surveys.thanks')}
          </Title>
          {backToList && (
            <Anchor component={Link} to="/my-surveys">
              {t('surveys.backToList')}
            </Anchor>
          )}
        </Stack>
      </Paper>
    );
  }

  async function onSubmit() {
    const gaps = missingRequired(survey.questions, state);
    setMissing(gaps);
    if (gaps.length) return;
    if (await submit(survey.questions, state)) setDone(true);
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit();
      }}
      noValidate
    >
      <Stack gap="lg">
        {survey.intro && <Text>{survey.intro}</Text>}
        <Alert color="blue" title={t(`surveys.mode.${survey.mode}.title`)} data-testid="survey-mode">
          {t(`surveys.mode.${survey.mode}.text`)}
          {survey.textsMayBeQuoted && survey.mode !== 'NAMED' && <Text mt="xs">{t('surveys.mayBeQuoted')}</Text>}
        </Alert>
        {notice && <Text size="sm">{notice}</Text>}
        <Text size="sm" c="dimmed">
          {t('surveys.requiredHint')}
        </Text>
        {survey.questions
          .filter((q) => isShown(q, state))
          .map((q) => (
            <QuestionField
              key={q.id}
              question={q}
              values={state.values[q.id] ?? []}
              other={state.other[q.id] ?? ''}
              error={missing.includes(q.id) ? t('surveys.requiredError') : undefined}
              onChange={(values) => setState((s) => ({ ...s, values: { ...s.values, [q.id]: values } }))}
              onOther={(text) => setState((s) => ({ ...s, other: { ...s.other, [q.id]: text } }))}
            />
          ))}
        {missing.length > 0 && (
          <Alert color="red" role="alert">
            {t('surveys.missing', { count: missing.length })}
          </Alert>
        )}
        {failure && <ErrorAlert error={failure} />}
        {answerable ? (
          <Button type="submit" loading={submitting} w="fit-content">
            {t('surveys.submit')}
          </Button>
        ) : (
          <Text c="dimmed">{t('surveys.notAnswerable')}</Text>
        )}
      </Stack>
    </form>
  );
}
