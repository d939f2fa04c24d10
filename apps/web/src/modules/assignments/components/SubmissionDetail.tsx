import { useMutation, useSuspenseQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  FileInput,
  Group,
  Paper,
  Progress,
  Radio,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import type { SubmissionFieldsFragment } from '@tandem/web-graphql';
import { ErrorAlert, PageHeader, type AppError } from '@tandem/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { toAppError } from '../../errors/to-app-error';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { may } from '../../session/roles';
import { useSignedInPerson } from '../../session/session-context';
import { uploadProblem } from '../../modules/material-upload';
import {
  ConfirmSubmissionMutation,
  RemoveSubmissionAttachmentMutation,
  ReviewSubmissionMutation,
  SaveSubmissionMutation,
  SubmissionQuery,
} from '../graphql/assignments';
import { confirmationKey, reviewCommentMissing } from '../submission-state';
import { uploadSubmissionAttachment } from '../submission-upload';
import { SubmissionStatusBadge } from './SubmissionStatusBadge';

const REFETCH = ['Submission', 'MyAssignments', 'SubmissionsToReview'];
type Action = 'save' | 'confirm' | 'upload' | 'remove' | 'review';

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
  const [text, setText] = useState(submission.text);
  const [baseText, setBaseText] = useState(submission.text);
  const [failure, setFailure] = useState<{
    action: Action;
    error: AppError;
  } | null>(null);
  const [busy, setBusy] = useState<Action | null>(null);
  const [done, setDone] = useState<Action | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [save] = useMutation(SaveSubmissionMutation);
  const [confirm] = useMutation(ConfirmSubmissionMutation);
  const [remove] = useMutation(RemoveSubmissionAttachmentMutation);

  // The server's text replaces the editor's only when the viewer has no unsaved changes
  // (adjusting state while rendering, as React recommends, rather than in an effect).
  if (submission.text !== baseText) {
    setBaseText(submission.text);
    if (text === baseText) setText(submission.text);
  }
  const dirty = text !== submission.text;

  async function run(action: Action, work: () => Promise<unknown>): Promise<boolean> {
    setFailure(null);
    setDone(null);
    setBusy(action);
    try {
      await work();
      setDone(action);
      return true;
    } catch (e) {
      setFailure({
        action,
        error: 'code' in (e as object) && !(e instanceof Error) ? (e as AppError) : toAppError(e),
      });
      return false;
    } finally {
      setBusy(null);
    }
  }

  async function reload() {
    setFailure(null);
    setDone(null);
    const res = await refetch();
    setText(res.data?.submission.text ?? text);
  }

  const onSave = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run('save', () =>
      save({
        variables: {
          input: {
            assignmentId: submission.assignment.id,
            text,
            lockVersion: submission.lockVersion,
          },
        },
        refetchQueries: REFETCH,
        awaitRefetchQueries: true,
      }),
    );
  };
  const onConfirm = () =>
    void run('confirm', () =>
      confirm({
        variables: {
          input: { submissionId, lockVersion: submission.lockVersion },
        },
        refetchQueries: REFETCH,
        awaitRefetchQueries: true,
      }),
    );
  const onUpload = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) return;
    const ok = await run('upload', async () => {
      setProgress(0);
      try {
        await uploadSubmissionAttachment({
          submissionId,
          lockVersion: submission.lockVersion,
          file,
          onProgress: setProgress,
        });
      } finally {
        setProgress(null);
      }
      await refetch();
    });
    if (ok) setFile(null);
  };
  const onRemove = (fileId: string) =>
    void run('remove', () =>
      remove({
        variables: {
          input: { submissionId, fileId, lockVersion: submission.lockVersion },
        },
        refetchQueries: REFETCH,
        awaitRefetchQueries: true,
      }),
    );

  const conflict = failure?.error.code === 'CONFLICT';
  const fileRefused = failure?.action === 'upload' && uploadProblem(failure.error) === 'fileRefused';

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
            {t('assignments.dueOnValue', {
              date: format.date(submission.assignment.dueOn),
            })}
          </>
        }
      />
      <Stack gap="lg">
        <Group gap="sm">
          <SubmissionStatusBadge state={submission.status} />
          {submission.late && (
            <Badge color="red" variant="outline" radius="sm" tt="none">
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

        {conflict && (
          <Alert color="yellow" role="alert" title={t('assignments.conflict.title')} data-testid="submission-conflict">
            <Stack gap="xs">
              <Text size="sm">{t('assignments.conflict.body')}</Text>
              <Group>
                <Button size="xs" variant="light" onClick={() => void reload()}>
                  {t('assignments.conflict.reload')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
        {failure && !conflict && (
          <ErrorAlert
            error={failure.error}
            message={
              fileRefused
                ? t('assignments.attachments.refused')
                : failure.error.code === 'VALIDATION_FAILED' && failure.action === 'confirm'
                  ? t('assignments.confirm.empty')
                  : undefined
            }
          />
        )}
        {done && (
          <Alert color="teal" role="status" data-testid="submission-done">
            {t(`assignments.done.${done}`)}
          </Alert>
        )}

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

        <Paper component="section" aria-labelledby="submission-text" withBorder p="md">
          <Title order={2} size="h4" id="submission-text" mb="xs">
            {t('assignments.submission.title')}
          </Title>
          {submission.canEdit ? (
            <form onSubmit={onSave} noValidate>
              <Stack gap="sm">
                <Textarea
                  label={t('assignments.submission.text')}
                  description={t('assignments.submission.textHelp')}
                  autosize
                  minRows={8}
                  maxLength={20000}
                  value={text}
                  onChange={(e) => setText(e.currentTarget.value)}
                  data-testid="submission-text"
                />
                <Group>
                  <Button type="submit" loading={busy === 'save'} disabled={!dirty || !!busy}>
                    {t('assignments.submission.save')}
                  </Button>
                  {submission.lastEditedByName && (
                    <Text size="sm" c="dimmed">
                      {t('assignments.submission.lastEdited', {
                        name: submission.lastEditedByName,
                        when: format.dateTime(submission.updatedAt),
                      })}
                    </Text>
                  )}
                </Group>
              </Stack>
            </form>
          ) : (
            <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="submission-text-readonly">
              {submission.text || t('assignments.submission.empty')}
            </Text>
          )}
        </Paper>

        <Paper component="section" aria-labelledby="submission-files" withBorder p="md">
          <Title order={2} size="h4" id="submission-files" mb="xs">
            {t('assignments.attachments.title')}
          </Title>
          <Stack gap="sm">
            {submission.attachments.length === 0 ? (
              <Text c="dimmed">{t('assignments.attachments.none')}</Text>
            ) : (
              <Stack
                component="ul"
                gap="xs"
                p={0}
                m={0}
                style={{ listStyle: 'none' }}
                data-testid="submission-attachments"
              >
                {submission.attachments.map((a) => (
                  <Group component="li" key={a.fileId} justify="space-between">
                    <Anchor href={a.downloadPath} download={a.fileName}>
                      {a.fileName}
                    </Anchor>
                    {submission.canEdit && (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        disabled={!!busy}
                        onClick={() => onRemove(a.fileId)}
                        aria-label={t('assignments.attachments.removeNamed', {
                          name: a.fileName,
                        })}
                      >
                        {t('assignments.attachments.remove')}
                      </Button>
                    )}
                  </Group>
                ))}
              </Stack>
            )}
            {submission.canEdit && (
              <form onSubmit={(e) => void onUpload(e)} noValidate>
                <Stack gap="xs">
                  <FileInput
                    label={t('assignments.attachments.file')}
                    description={t('assignments.attachments.help')}
                    placeholder={t('assignments.attachments.choose')}
                    value={file}
                    onChange={setFile}
                    clearable
                    disabled={!!busy || dirty}
                  />
                  {dirty && (
                    <Text size="sm" c="dimmed">
                      {t('assignments.attachments.saveFirst')}
                    </Text>
                  )}
                  {progress !== null && (
                    <Progress value={progress * 100} aria-label={t('assignments.attachments.progress')} animated />
                  )}
                  <Group>
                    <Button
                      type="submit"
                      variant="light"
                      loading={busy === 'upload'}
                      disabled={!file || !!busy || dirty}
                    >
                      {t('assignments.attachments.upload')}
                    </Button>
                  </Group>
                </Stack>
              </form>
            )}
          </Stack>
        </Paper>

        {(submission.canEdit || submission.canConfirm) && (
          <Paper component="section" aria-labelledby="submission-confirm" withBorder p="md">
            <Title order={2} size="h4" id="submission-confirm" mb="xs">
              {t('assignments.confirm.title')}
            </Title>
            <Stack gap="sm">
              <Text data-testid="confirmation-state">
                {t(`assignments.confirm.state.${confirmationKey(submission)}`)}
              </Text>
              <Text size="sm" c="dimmed">
                {t('assignments.confirm.help')}
              </Text>
              {submission.canConfirm && (
                <Group>
                  <Button
                    onClick={onConfirm}
                    loading={busy === 'confirm'}
                    disabled={dirty || !!busy}
                    data-testid="confirm-submission"
                  >
                    {submission.confirmedByPartner ? t('assignments.confirm.submit') : t('assignments.confirm.button')}
                  </Button>
                  {dirty && (
                    <Text size="sm" c="dimmed">
                      {t('assignments.confirm.saveFirst')}
                    </Text>
                  )}
                </Group>
              )}
            </Stack>
          </Paper>
        )}

        {submission.canReview && <ReviewForm submission={submission} onDone={() => setDone('review')} />}
      </Stack>
    </>
  );
}

function ReviewOutcome({ submission }: { submission: SubmissionFieldsFragment }) {
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

function ReviewForm({ submission, onDone }: { submission: SubmissionFieldsFragment; onDone: () => void }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<'ACCEPTED' | 'NEEDS_REVISION'>('ACCEPTED');
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [review, { loading }] = useMutation(ReviewSubmissionMutation);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const isMissing = reviewCommentMissing(outcome, comment);
    setMissing(isMissing);
    if (isMissing) return;
    setFailure(null);
    try {
      await review({
        variables: {
          input: {
            submissionId: submission.id,
            outcome,
            comment: comment.trim(),
          },
        },
        refetchQueries: REFETCH,
        awaitRefetchQueries: true,
      });
      onDone();
    } catch (e) {
      const error = toAppError(e);
      if (error.code === 'VALIDATION_FAILED' && error.fields?.some((f) => f.field === 'comment')) setMissing(true);
      else setFailure(error);
    }
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
            onChange={(v) => setOutcome(v as typeof outcome)}
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
            <Button type="submit" loading={loading} data-testid="review-submit">
              {t('assignments.review.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
