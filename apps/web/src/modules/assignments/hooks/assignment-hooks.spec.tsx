import { useQuery } from '@apollo/client/react';
import { act, renderHook, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { assignment, submission } from '../../../testing/assignments';
import { mockedApollo } from '../../../testing/mocked-apollo';
import {
  ConfirmSubmissionMutation,
  CreateAssignmentMutation,
  ReviewSubmissionMutation,
  SaveSubmissionMutation,
  SubmissionQuery,
  UpdateAssignmentMutation,
} from '../graphql/assignments';
import { useReviewSubmission } from './useReviewSubmission';
import { useSaveAssignment } from './useSaveAssignment';
import { useSubmissionActions } from './useSubmissionActions';

const conflict = () => ({
  errors: [new GraphQLError('Changed meanwhile.', { extensions: { code: 'CONFLICT' } })],
});
const submissionQuery = (text: string, lockVersion: number) => ({
  request: { query: SubmissionQuery, variables: { id: 'submission-1' } },
  result: { data: { submission: submission({ text, lockVersion }) } },
});

describe('useSubmissionActions', () => {
  function render(mocks: Parameters<typeof mockedApollo>[0]) {
    const apollo = mockedApollo(mocks);
    const reread = vi.fn(async () => undefined);
    const hook = renderHook(
      () => {
        const page = useQuery(SubmissionQuery, { variables: { id: 'submission-1' } });
        const shown = page.data?.submission ?? submission();
        return { page, actions: useSubmissionActions(shown, reread) };
      },
      { wrapper: apollo.wrapper },
    );
    return { apollo, reread, ...hook };
  }

  it('saves the text with the lock version seen and shows the server’s answer', async () => {
    const { apollo, result } = render([
      submissionQuery('First ideas', 3),
      {
        request: {
          query: SaveSubmissionMutation,
          variables: { input: { assignmentId: 'assignment-1', text: 'Better ideas', lockVersion: 3 } },
        },
        result: { data: { saveSubmission: submission({ text: 'Better ideas', lockVersion: 4 }) } },
      },
      submissionQuery('Better ideas', 4),
    ]);
    await waitFor(() => expect(result.current.page.data).toBeDefined());

    await act(async () => {
      expect(await result.current.actions.save('Better ideas')).toBe(true);
    });

    expect(result.current.actions.done).toBe('save');
    expect(result.current.actions.busy).toBeNull();
    expect(result.current.page.data?.submission).toMatchObject({ text: 'Better ideas', lockVersion: 4 });
    expect(apollo.sent.map((r) => r.operationName)).toEqual(['Submission', 'SaveSubmission', 'Submission']);
  });

  it('keeps a CONFLICT (the partner saved first) with the action it stopped', async () => {
    const { result } = render([
      submissionQuery('First ideas', 3),
      {
        request: {
          query: ConfirmSubmissionMutation,
          variables: { input: { submissionId: 'submission-1', lockVersion: 3 } },
        },
        result: conflict(),
      },
    ]);
    await waitFor(() => expect(result.current.page.data).toBeDefined());

    await act(async () => {
      expect(await result.current.actions.confirm()).toBe(false);
    });

    expect(result.current.actions.failure).toMatchObject({ action: 'confirm', error: { code: 'CONFLICT' } });
    expect(result.current.actions.done).toBeNull();
    expect(result.current.page.data?.submission.text).toBe('First ideas');
  });
});

describe('useReviewSubmission', () => {
  it('tells the form when the server asks for the comment, without a general failure', async () => {
    const apollo = mockedApollo([
      {
        request: {
          query: ReviewSubmissionMutation,
          variables: { input: { submissionId: 'submission-1', outcome: 'NEEDS_REVISION', comment: '' } },
        },
        result: {
          errors: [
            new GraphQLError('Invalid', {
              extensions: { code: 'VALIDATION_FAILED', fields: [{ field: 'comment', message: 'required' }] },
            }),
          ],
        },
      },
    ]);
    const { result } = renderHook(() => useReviewSubmission('submission-1'), { wrapper: apollo.wrapper });

    let outcome: string | undefined;
    await act(async () => {
      outcome = await result.current.review('NEEDS_REVISION', '   ');
    });

    expect(outcome).toBe('commentMissing');
    expect(result.current.failure).toBeNull();
  });
});

describe('useSaveAssignment', () => {
  const fields = { title: '  Plan the first week ', instructions: 'Meet twice', dueOn: '2030-04-01' };

  it('creates an assignment for the module with the title trimmed', async () => {
    const apollo = mockedApollo([
      {
        request: {
          query: CreateAssignmentMutation,
          variables: {
            input: {
              moduleId: 'module-1',
              title: 'Plan the first week',
              instructions: 'Meet twice',
              dueOn: '2030-04-01',
            },
          },
        },
        result: { data: { createAssignment: assignment({ id: 'assignment-new' }) } },
      },
    ]);
    const { result } = renderHook(() => useSaveAssignment('module-1', null), { wrapper: apollo.wrapper });

    let error: unknown = 'unset';
    await act(async () => {
      ({ error } = await result.current.save(fields));
    });

    expect(error).toBeNull();
    expect(apollo.cache.extract()['TandemAssignment:assignment-new']).toMatchObject({ title: 'Plan the first week' });
  });

  it('changes an existing one by its id, and answers a refused due date', async () => {
    const apollo = mockedApollo([
      {
        request: {
          query: UpdateAssignmentMutation,
          variables: {
            input: {
              assignmentId: 'assignment-1',
              title: 'Plan the first week',
              instructions: 'Meet twice',
              dueOn: '2030-04-01',
            },
          },
        },
        result: {
          errors: [
            new GraphQLError('Invalid', {
              extensions: { code: 'VALIDATION_FAILED', fields: [{ field: 'dueOn', message: 'past' }] },
            }),
          ],
        },
      },
    ]);
    const { result } = renderHook(() => useSaveAssignment('module-1', 'assignment-1'), { wrapper: apollo.wrapper });

    let outcome: Awaited<ReturnType<typeof result.current.save>> | undefined;
    await act(async () => {
      outcome = await result.current.save(fields);
    });

    expect(outcome?.error).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'dueOn', message: 'past' }] });
  });
});
