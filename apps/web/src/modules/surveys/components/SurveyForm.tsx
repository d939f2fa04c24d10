import { Alert, Anchor, Button, Paper, Stack, Text, Title } from '@mantine/core';
import type { SurveyQuery } from '@tandem/web-graphql';
import { ErrorAlert, type AppError } from '@tandem/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSubmitSurveyResponse } from '../hooks/useSubmitSurveyResponse';
import { useSurveyDraft } from '../hooks/useSurveyDraft';
import { useUpdateSurveyResponse } from '../hooks/useUpdateSurveyResponse';
import { emptyAnswers, isShown, missingRequired, type AnswerState, type FormQuestion } from '../survey-form';
import { QuestionField, type Question } from './QuestionField';

// Only what the form shows: a stakeholder's link reads a smaller survey than a signed-in tutor (no id).
type Survey = Pick<SurveyQuery['survey'], 'intro' | 'mode' | 'textsMayBeQuoted' | 'thankYou'> & {
  id?: string;
  questions: Question[];
};

/** How a filled-in form is sent: as the signed-in tutor, or through a stakeholder's one-time link. */
export interface SurveySender {
  submit: (questions: readonly FormQuestion[], state: AnswerState) => Promise<boolean>;
  submitting: boolean;
  failure: AppError | null;
}

/**
 * The respondent's form: the mode first (who will see what), then the questions. While answering, the
 * answers are saved as a draft as they go (and come back when the person returns); they are sent once,
 * or, where the survey allows it, changed after sending (`editing`) until it closes.
 */
export function SurveyForm({
  survey,
  answerable,
  initial,
  editing = false,
  sender,
  notice,
}: {
  survey: Survey;
  answerable: boolean;
  /** The answers saved earlier: the draft, or one's response when `editing`. */
  initial?: AnswerState;
  editing?: boolean;
  /** Another way to send (a stakeholder's one-time link): no draft then, and no account to go back to. */
  sender?: SurveySender;
  /** Shown above the questions (a stakeholder is told the link works once). */
  notice?: string;
}) {
  const { t } = useTranslation();
  const [state, setAnswers] = useState<AnswerState>(() => initial ?? emptyAnswers());
  const [missing, setMissing] = useState<string[]>([]);
  const [done, setDone] = useState(false);
  const [changesSaved, setChangesSaved] = useState(false);
  // A signed-in respondent's survey has its id; a stakeholder's link sends through `sender` instead.
  const surveyId = survey.id ?? '';
  const asTutor = useSubmitSurveyResponse(surveyId);
  const { submit, submitting, failure } = sender ?? asTutor;
  const { update, updating, failure: updateFailure } = useUpdateSurveyResponse(surveyId);
  // Drafts belong to a signed-in person: a stakeholder's link answers in one go.
  const drafts = answerable && !editing && !sender;
  const draft = useSurveyDraft(surveyId, survey.questions, drafts);
  const restored = !editing && !!initial && Object.keys(initial.values).length + Object.keys(initial.other).length > 0;
  const setState = (next: (s: AnswerState) => AnswerState) => {
    const value = next(state);
    setAnswers(value);
    setChangesSaved(false);
    if (drafts) draft.change(value);
  };

  if (done) {
    return (
      <Paper withBorder p="lg" data-testid="survey-thanks">
        <Stack gap="sm">
          <Title order={2} size="h3">
            {survey.thankYou || t('surveys.thanks')}
          </Title>
          {!sender && (
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
    if (editing) {
      setChangesSaved(await update(survey.questions, state));
      return;
    }
    if (await submit(survey.questions, state)) {
      draft.stop();
      setDone(true);
    }
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
        {editing && <Alert color="teal">{t('surveys.edit.intro')}</Alert>}
        {restored && answerable && (
          <Alert color="teal" data-testid="draft-restored">
            {t('surveys.draft.restored')}
          </Alert>
        )}
        {notice && <Text size="sm">{notice}</Text>}
        {drafts && survey.mode === 'ANONYMOUS' && <Text size="sm">{t('surveys.draft.anonymity')}</Text>}
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
        {updateFailure && <ErrorAlert error={updateFailure} />}
        {drafts && draft.state !== 'saved' && (
          <Text
            size="sm"
            role="status"
            data-testid="draft-state"
            data-state={draft.state}
            fw={draft.state === 'unsaved' ? 600 : 400}
          >
            {t(draft.state === 'unsaved' ? 'surveys.draft.failed' : 'surveys.draft.saving')}
          </Text>
        )}
        {drafts && draft.state === 'saved' && (
          <Text size="sm" role="status" data-testid="draft-state" data-state="saved" c="dimmed">
            {draft.everSaved ? t('surveys.draft.saved') : ''}
          </Text>
        )}
        {changesSaved && (
          <Alert color="teal" role="status" data-testid="changes-saved">
            {t('surveys.edit.saved')}
          </Alert>
        )}
        {answerable ? (
          <Button type="submit" loading={submitting || updating} w="fit-content">
            {t(editing ? 'surveys.edit.submit' : 'surveys.submit')}
          </Button>
        ) : (
          <Text c="dimmed">{t('surveys.notAnswerable')}</Text>
        )}
      </Stack>
    </form>
  );
}

/** The form sent through `sender` (a stakeholder's one-time link), without drafts. */
export function SurveyFormView(props: { survey: Survey; answerable: boolean; sender: SurveySender; notice?: string }) {
  return <SurveyForm {...props} />;
}
