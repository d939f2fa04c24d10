import { Alert, Stack, Text } from '@mantine/core';
import type { SubmissionFieldsFragment } from '@tandem/web-graphql';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';

/** The trainer's verdict on a submission: accepted, or a revision asked for with the comment. */
export function ReviewOutcome({ submission }: { submission: SubmissionFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const revision =
    submission.status === 'NEEDS_REVISION' || (submission.status === 'DRAFT' && !!submission.reviewComment);
  return (
    <Alert
      color={revision ? 'orange' : 'teal'}
      title={t(revision ? 'assignments.review.revisionAsked' : 'assignments.review.accepted')}
      data-testid="review-outcome"
    >
      <Stack gap={4}>
        {submission.reviewComment && <Text style={{ whiteSpace: 'pre-wrap' }}>{submission.reviewComment}</Text>}
        {submission.reviewedByName && submission.reviewedAt && (
          <Text size="sm" c="dimmed">
            {t('assignments.review.by', {
              name: submission.reviewedByName,
              when: format.dateTime(submission.reviewedAt),
            })}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
