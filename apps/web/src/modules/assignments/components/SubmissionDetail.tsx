import { useSuspenseQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { may } from '../../session/roles';
import { useSignedInPerson } from '../../session/session-context';
import { SubmissionQuery } from '../graphql/assignments';
import { useSubmissionActions } from '../hooks/useSubmissionActions';
import { useSubmissionText } from '../hooks/useSubmissionText';
import { ReviewForm } from './ReviewForm';
import { ReviewOutcome } from './ReviewOutcome';
import { SubmissionAttachments } from './SubmissionAttachments';
import { SubmissionConfirmPanel } from './SubmissionConfirmPanel';
import { SubmissionFeedback } from './SubmissionFeedback';
import { SubmissionStatusBadge } from './SubmissionStatusBadge';
import { SubmissionTextSection } from './SubmissionTextSection';

/**
 * One submission: partners edit the shared text and files and confirm; a trainer of the country
 * reviews; everyone else who may read it sees it as it is. A CONFLICT (the partner saved first)
 * never overwrites: the viewer reloads and makes the change again.
 */
export function SubmissionDetail({ submissionId }: { submissionId: string }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const { data, refetch } = useSuspenseQuery(SubmissionQuery, {
    variables: { id: submissionId },
    fetchPolicy: 'network-only',
  });
  const submission = data.submission;
  const isTutor = may(useSignedInPerson().roles, 'assignment.work');
  const editor = useSubmissionText(submission.text);
  const actions = useSubmissionActions(submission, refetch);

  async function reload() {
    actions.clear();
    const res = await refetch();
    editor.replace(res.data?.submission.text ?? editor.text);
  }

  return (
    <>
      <Anchor component={Link} to={isTutor ? '/assignments' : '/reviews'} size="sm" mb="xs" display="inline-block">
        ← {isTutor ? t('assignments.backToList') : t('assignments.review.backToList')}
      </Anchor>
      <PageHeader
        title={submission.assignment.title}
        description={
          <>
            {submission.assignment.moduleCode} · {submission.assignment.moduleTitle} ·{' '}
            {t('assignments.dueOnValue', { date: format.date(submission.assignment.dueOn) })}
          </>
        }
      />
      <Stack gap="lg">
        <Group gap="sm">
          <SubmissionStatusBadge state={submission.status} />
          {submission.late && (
            <Badge color="red" variant="outline">
              {t('assignments.late')}
            </Badge>
          )}
          <Text size="sm" c="dimmed" data-testid="submission-tandem">
            {t('assignments.tandemNames', {
              school: submission.schoolTutorName,
              company: submission.companyTutorName,
            })}
          </Text>
        </Group>

        <SubmissionFeedback done={actions.done} failure={actions.failure} onReload={() => void reload()} />

        <Paper component="section" aria-labelledby="assignment-instructions" withBorder p="md">
          <Title order={2} size="h4" id="assignment-instructions" mb="xs">
            {t('assignments.fields.instructions')}
          </Title>
          <Text style={{ whiteSpace: 'pre-wrap' }}>
            {submission.assignment.instructions || t('assignments.noInstructions')}
          </Text>
        </Paper>

        {(submission.status === 'NEEDS_REVISION' || (submission.reviewedAt && submission.status !== 'SUBMITTED')) && (
          <ReviewOutcome submission={submission} />
        )}

        <SubmissionTextSection
          submission={submission}
          text={editor.text}
          dirty={editor.dirty}
          busy={actions.busy}
          onChange={editor.setText}
          onSave={() => void actions.save(editor.text)}
        />

        <SubmissionAttachments
          submission={submission}
          dirty={editor.dirty}
          busy={actions.busy}
          progress={actions.progress}
          onUpload={actions.upload}
          onRemove={(fileId) => void actions.remove(fileId)}
        />

        {(submission.canEdit || submission.canConfirm) && (
          <SubmissionConfirmPanel
            submission={submission}
            dirty={editor.dirty}
            busy={actions.busy}
            onConfirm={() => void actions.confirm()}
          />
        )}

        {submission.canReview && <ReviewForm submissionId={submission.id} onDone={actions.reviewed} />}
      </Stack>
    </>
  );
}
