import { useMutation } from '@apollo/client/react';
import { useTrackedActions, type TrackedActions } from '../../operations/hooks/useTrackedActions';
import {
  ConfirmSubmissionMutation,
  MyAssignmentsQuery,
  RemoveSubmissionAttachmentMutation,
  SaveSubmissionMutation,
  SubmissionQuery,
  SubmissionsToReviewQuery,
} from '../graphql/assignments';
import { uploadSubmissionAttachment } from '../submission-upload';

/** Everything that shows a submission's state: read again after every change to it. */
export const SUBMISSION_QUERIES = [SubmissionQuery, MyAssignmentsQuery, SubmissionsToReviewQuery];
const OPTIONS = { refetchQueries: SUBMISSION_QUERIES, awaitRefetchQueries: true };

export type SubmissionAction = 'save' | 'confirm' | 'upload' | 'remove' | 'review';
export type SubmissionActionsState = TrackedActions<SubmissionAction>;

interface EditedSubmission {
  id: string;
  lockVersion: number;
  assignment: { id: string };
}

/**
 * The partners' work on one submission: save the shared text, confirm, add or remove a file, each
 * with the lock version seen (a CONFLICT, the partner saved first, never overwrites). `reread`
 * reads the submission again (after an upload, which goes past GraphQL).
 */
export function useSubmissionActions(submission: EditedSubmission, reread: () => Promise<unknown>) {
  const actions = useTrackedActions<SubmissionAction>();
  const { run, setProgress } = actions;
  const [saveMutation] = useMutation(SaveSubmissionMutation, OPTIONS);
  const [confirmMutation] = useMutation(ConfirmSubmissionMutation, OPTIONS);
  const [removeMutation] = useMutation(RemoveSubmissionAttachmentMutation, OPTIONS);
  const { id: submissionId, lockVersion } = submission;
  const assignmentId = submission.assignment.id;

  return {
    busy: actions.busy,
    done: actions.done,
    failure: actions.failure,
    progress: actions.progress,
    save: (text: string) =>
      run('save', () => saveMutation({ variables: { input: { assignmentId, text, lockVersion } } })),
    confirm: () => run('confirm', () => confirmMutation({ variables: { input: { submissionId, lockVersion } } })),
    remove: (fileId: string) =>
      run('remove', () => removeMutation({ variables: { input: { submissionId, fileId, lockVersion } } })),
    upload: (file: File) =>
      run('upload', async () => {
        setProgress(0);
        try {
          await uploadSubmissionAttachment({ submissionId, lockVersion, file, onProgress: setProgress });
        } finally {
          setProgress(null);
        }
        await reread();
      }),
    /** A review was sent (from the review form): said like the partners' actions. */
    reviewed: () => actions.succeeded('review'),
    clear: actions.clear,
  };
}
