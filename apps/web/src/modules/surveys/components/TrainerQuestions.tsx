import {
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { LOCALE_NATIVE_NAMES, LOCALES } from '@tandem/shared-domain';
import type { SurveyQuery } from '@tandem/web-graphql';
import { ErrorAlert } from '@tandem/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTrainerQuestions, type TrainerQuestionDraft } from '../hooks/useTrainerQuestions';

type Survey = SurveyQuery['survey'];
type Question = Survey['questions'][number];

export const MAX_OWN_QUESTIONS = 3;
const TYPES = ['LIKERT_5', 'SCALE_0_10', 'SINGLE', 'MULTI', 'TEXT'] as const;

const emptyDraft = (): TrainerQuestionDraft => ({
  type: 'LIKERT_5',
  texts: {},
  required: false,
  options: '',
});

function draftOf(q: Question): TrainerQuestionDraft {
  return {
    type: q.type,
    texts: Object.fromEntries(q.translations.map((x) => [x.language, x.text])),
    required: q.required,
    options: q.optionTranslations.map((o) => o.find((x) => x.language === 'en')?.text ?? '').join('\n'),
  };
}

/**
 * The session's trainer's own questions (up to three) in its feedback: added, changed and removed until
 * the first response, with the question in up to five languages (English is shown where one is missing).
 */
export function TrainerQuestions({ survey }: { survey: Survey }) {
  const { t } = useTranslation();
  const own = survey.questions.filter((q) => q.byTrainer);
  const { add, update, remove, busy, failure } = useTrainerQuestions(survey.id);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [draft, setDraft] = useState<TrainerQuestionDraft>(emptyDraft);
  if (!survey.canAddOwnQuestions && !own.length) return null;

  async function save() {
    const ok = editing === 'new' ? await add(draft) : editing ? await update(editing, draft) : false;
    if (ok) setEditing(null);
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="own-questions-title" data-testid="own-questions">
      <Stack gap="sm">
        <Title order={2} size="h4" id="own-questions-title">
          {t('surveys.own.title')}
        </Title>
        <Text size="sm">{t('surveys.own.intro', { max: String(MAX_OWN_QUESTIONS) })}</Text>
        {own.map((q) => (
          <Group key={q.id} justify="space-between" data-testid={`own-${q.code}`}>
            <Group gap="xs">
              <Badge variant="light">{t(`surveys.own.type.${q.type}`)}</Badge>
              <Text>{q.text}</Text>
            </Group>
            {survey.canAddOwnQuestions && (
              <Group gap="xs">
                <Button
                  size="xs"
                  variant="subtle"
                  onClick={() => {
                    setDraft(draftOf(q));
                    setEditing(q.id);
                  }}
                  aria-label={t('surveys.own.editOf', { question: q.text })}
                >
                  {t('surveys.own.edit')}
                </Button>
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  loading={busy}
                  onClick={() => void remove(q.id)}
                  aria-label={t('surveys.own.removeOf', { question: q.text })}
                >
                  {t('surveys.own.remove')}
                </Button>
              </Group>
            )}
          </Group>
        ))}
        {!survey.canAddOwnQuestions && (
          <Text size="sm" c="dimmed">
            {t('surveys.own.frozen')}
          </Text>
        )}
        {survey.canAddOwnQuestions && editing === null && own.length < MAX_OWN_QUESTIONS && (
          <Button
            variant="light"
            w="fit-content"
            onClick={() => {
              setDraft(emptyDraft());
              setEditing('new');
            }}
          >
            {t('surveys.own.add')}
          </Button>
        )}
        {editing !== null && (
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            <Stack gap="sm">
              <NativeSelect
                label={t('surveys.own.typeLabel')}
                value={draft.type}
                onChange={(e) => setDraft({ ...draft, type: e.currentTarget.value })}
                data={TYPES.map((v) => ({ value: v, label: t(`surveys.own.type.${v}`) }))}
                maw={320}
              />
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
                {LOCALES.map((l) => (
                  <TextInput
                    key={l}
                    lang={l}
                    label={t('surveys.own.textIn', { language: LOCALE_NATIVE_NAMES[l] })}
                    required={l === 'en'}
                    maxLength={500}
                    value={draft.texts[l] ?? ''}
                    onChange={(e) => setDraft({ ...draft, texts: { ...draft.texts, [l]: e.currentTarget.value } })}
                    data-testid={`own-text-${l}`}
                  />
                ))}
              </SimpleGrid>
              {(draft.type === 'SINGLE' || draft.type === 'MULTI') && (
                <Textarea
                  label={t('surveys.own.options')}
                  description={t('surveys.own.optionsHint')}
                  autosize
                  minRows={3}
                  value={draft.options}
                  onChange={(e) => setDraft({ ...draft, options: e.currentTarget.value })}
                />
              )}
              <Checkbox
                label={t('surveys.own.required')}
                checked={draft.required}
                onChange={(e) => setDraft({ ...draft, required: e.currentTarget.checked })}
              />
              <Group gap="sm">
                <Button type="submit" loading={busy}>
                  {t('surveys.own.save')}
                </Button>
                <Button variant="subtle" onClick={() => setEditing(null)}>
                  {t('surveys.own.cancel')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
        {failure && <ErrorAlert error={failure} />}
      </Stack>
    </Paper>
  );
}
