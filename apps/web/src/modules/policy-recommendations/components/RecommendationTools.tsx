import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import type { PolicyRecommendationFieldsFragment } from '@tandem/web-graphql';
import { ErrorAlert, useFieldErrors, type AppError } from '@tandem/web-ui';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CitationPicker } from '../../evidence/components/CitationPicker';
import {
  useCommentOnPolicyRecommendation,
  usePolicyRecommendationActions,
} from '../hooks/usePolicyRecommendationActions';
import { RecommendationForm } from './RecommendationForm';

/** Under a recommendation: the writer edits, cites and moves it a step on; a commenter comments during the consultation. */
export function RecommendationTools({ recommendation }: { recommendation: PolicyRecommendationFieldsFragment }) {
  const { t } = useTranslation();
  const r = recommendation;
  const { cite, citing, setStatus, stepping } = usePolicyRecommendationActions();
  const [editing, setEditing] = useState(false);
  const [failure, setFailure] = useState<AppError | null>(null);
  const { all } = useFieldErrors(failure);
  const next = r.status === 'DRAFT' ? 'IN_CONSULTATION' : r.status === 'IN_CONSULTATION' ? 'PUBLISHED' : null;
  return (
    <Stack gap="sm">
      {r.canEdit && (
        <>
          {editing ? (
            <Suspense fallback={null}>
              <RecommendationForm recommendation={r} onDone={() => setEditing(false)} />
            </Suspense>
          ) : null}
          <Suspense fallback={null}>
            <CitationPicker
              name={`cite-${r.id}`}
              citing={citing}
              onCite={(choice) => cite({ recommendationId: r.id, ...choice })}
            />
          </Suspense>
          <Group>
            {!editing && (
              <Button variant="default" onClick={() => setEditing(true)}>
                {t('policy.form.edit')}
              </Button>
            )}
            {next && (
              <Button
                onClick={async () => setFailure((await setStatus(r.id, next, r.lockVersion)).error)}
                loading={stepping}
              >
                {next === 'IN_CONSULTATION' ? t('policy.steps.toConsultation') : t('policy.steps.publish')}
              </Button>
            )}
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
        </>
      )}
      {r.canComment && <CommentForm recommendationId={r.id} />}
    </Stack>
  );
}

function CommentForm({ recommendationId }: { recommendationId: string }) {
  const { t } = useTranslation();
  const { comment, commenting } = useCommentOnPolicyRecommendation();
  const [text, setText] = useState('');
  const [failure, setFailure] = useState<AppError | null>(null);
  const { fieldError } = useFieldErrors(failure);
  return (
    <form
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const { error } = await comment(recommendationId, text);
        setFailure(error);
        if (!error) setText('');
      }}
    >
      <Stack gap="xs">
        <Textarea
          label={t('policy.comments.label')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={fieldError('text')}
          autosize
        />
        {failure && failure.code !== 'VALIDATION_FAILED' && <ErrorAlert error={failure} />}
        <Group>
          <Button type="submit" variant="light" loading={commenting}>
            {t('policy.comments.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
