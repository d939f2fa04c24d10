import { useMutation } from '@apollo/client/react';
import type { AppError } from '@tandem/web-ui';
import { useCallback, useReducer } from 'react';
import { toAppError } from '../../errors/to-app-error';
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

/** One action at a time: the one running, the last one done, or the last failure. */
export interface SubmissionActionsState {
  busy: SubmissionAction | null;
  done: SubmissionAction | null;
  failure: { action: SubmissionAction; error: AppError } | null;
  /** 0..1 while a file is on its way (null when the total is unknown or nothing is sent). */
  progress: number | null;
}

export type SubmissionActionEvent =
  | { type: 'started'; action: SubmissionAction }
  | { type: 'succeeded'; action: SubmissionAction }
  | { type: 'failed'; action: SubmissionAction; error: AppError }
  | { type: 'progress'; fraction: number | null }
  | { type: 'cleared' };

export const IDLE: SubmissionActionsState = { busy: null, done: null, failure: null, progress: null };

export function submissionActionsReducer(
  state: SubmissionActionsState,
  event: SubmissionActionEvent,
): SubmissionActionsState {
  switch (event.type) {
    case 'started':
      return { ...state, busy: event.action, done: null, failure: null };
    case 'succeeded':
      return { ...state, busy: null, done: event.action, progress: null };
    case 'failed':
      return { ...state, busy: null, failure: { action: event.action, error: event.error }, progress: null };
    case 'progress':
      return { ...state, progress: event.fraction };
    case 'cleared':
      return { ...state, done: null, failure: null };
  }
}

/** The upload answers an AppError itself; Apollo's errors are reduced to one. */
function asAppError(e: unknown): AppError {
  return typeof e === 'object' && e !== null && 'code' in e && !(e instanceof Error) ? (e as AppError) : toAppError(e);
}

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
  const [state, dispatch] = useReducer(submissionActionsReducer, IDLE);
  const [saveMutation] = useMutation(SaveSubmissionMutation, OPTIONS);
  const [confirmMutation] = useMutation(ConfirmSubmissionMutation, OPTIONS);
  const [removeMutation] = useMutation(RemoveSubmissionAttachmentMutation, OPTIONS);
  const { id: submissionId, lockVersion } = submission;
  const assignmentId = submission.assignment.id;

  const run = useCallback(async (action: SubmissionAction, work: () => Promise<unknown>) => {
    dispatch({ type: 'started', action });
    try {
      await work();
      dispatch({ type: 'succeeded', action });
      return true;
    } catch (e) {
      dispatch({ type: 'failed', action, error: asAppError(e) });
      return false;
    }
  }, []);

  return {
    ...state,
    save: (text: string) =>
      run('save', () => saveMutation({ variables: { input: { assignmentId, text, lockVersion } } })),
    confirm: () => run('confirm', () => confirmMutation({ variables: { input: { submissionId, lockVersion } } })),
    remove: (fileId: string) =>
      run('remove', () => removeMutation({ variables: { input: { submissionId, fileId, lockVersion } } })),
    upload: (file: File) =>
      run('upload', async () => {
        dispatch({ type: 'progress', fraction: 0 });
        await uploadSubmissionAttachment({
          submissionId,
          lockVersion,
          file,
          onProgress: (fraction) => dispatch({ type: 'progress', fraction }),
        });
        dispatch({ type: 'progress', fraction: null });
        await reread();
      }),
    /** A review was sent (from the review form): say so like the partners' actions. */
    reviewed: () => dispatch({ type: 'succeeded', action: 'review' }),
    clear: () => dispatch({ type: 'cleared' }),
  };
}
