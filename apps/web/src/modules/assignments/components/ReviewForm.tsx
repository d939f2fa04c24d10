import { Button, Group, Paper, Radio, Stack, Textarea, Title } from '@mantine/core';
import { ErrorAlert } from '@tandem/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useReviewSubmission, type ReviewOutcomeChoice } from '../hooks/useReviewSubmission';
import { reviewCommentMissing } from '../submission-state';

/** A trainer's review: accept, or ask for a revision (then a comment is required). */
export function ReviewForm({ submissionId, onDone }: { submissionId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<ReviewOutcomeChoice>('ACCEPTED');
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const { review, reviewing, failure } = useReviewSubmission(submissionId);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const isMissing = reviewCommentMissing(outcome, comment);
    setMissing(isMissing);
    if (isMissing) return;
    const result = await review(outcome, comment);
    if (result === 'saved') onDone();
    else if (result === 'commentMissing') setMissing(true);
  }

  return (
    <Paper component="section" aria-labelledby="submission-review" withBorder p="md">
      <Title order={2} size="h4" id="submission-review" mb="xs">
        {t('assignments.review.title')}
      </Title>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <Stack gap="sm">
          {failure && <ErrorAlert error={failure} />}
          <Radio.Group
            label={t('assignments.review.outcome')}
            value={outcome}
            onChange={(v) => setOutcome(v as ReviewOutcomeChoice)}
            required
          >
            <Group mt="xs">
              <Radio value="ACCEPTED" label={t('assignments.review.accept')} />
              <Radio value="NEEDS_REVISION" label={t('assignments.review.askRevision')} />
            </Group>
          </Radio.Group>
          <Textarea
            label={t('assignments.review.comment')}
            description={t('assignments.review.commentHelp')}
            required={outcome === 'NEEDS_REVISION'}
            autosize
            minRows={3}
            maxLength={5000}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            error={missing ? t('assignments.review.commentRequired') : undefined}
          />
          <Group>
            <Button type="submit" loading={reviewing} data-testid="review-submit">
              {t('assignments.review.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
