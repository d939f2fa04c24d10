import { act, renderHook, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { mockedApollo } from '../../../testing/mocked-apollo';
import { moduleDraft } from '../../../testing/modules';
import { ModuleQuery, PublishModuleMutation, SaveModuleDraftMutation } from '../graphql/modules';
import type { ModuleDraftInput } from '../module-form';
import { useModuleDraft } from './useModuleDraft';

const input: ModuleDraftInput = {
  texts: [{ language: 'en', title: 'Mentoring basics', summary: 'Why and how', learningOutcomes: [] }],
  contactHours: 8,
  selfStudyHours: 4,
  deliveryMode: 'IN_PERSON',
  changeReason: '',
};
const draftQuery = (lockVersion: number) => ({
  request: { query: ModuleQuery, variables: { id: 'module-1', draft: true, language: 'en' } },
  result: { data: { module: moduleDraft({ lockVersion }) } },
});

describe('useModuleDraft', () => {
  it('publishes unsaved changes with the lock version their save answered', async () => {
    const apollo = mockedApollo([
      draftQuery(5),
      {
        request: {
          query: SaveModuleDraftMutation,
          variables: { input: { moduleId: 'module-1', lockVersion: 5, ...input } },
        },
        result: { data: { saveModuleDraft: moduleDraft({ lockVersion: 6, summary: 'Why and how' }) } },
      },
      {
        request: { query: PublishModuleMutation, variables: { input: { moduleId: 'module-1', lockVersion: 6 } } },
        result: { data: { publishModule: moduleDraft({ lockVersion: 7, status: 'PUBLISHED', publishedVersion: 1 }) } },
      },
      draftQuery(7),
    ]);
    const { result } = renderHook(() => useModuleDraft('module-1'), { wrapper: apollo.wrapper });
    await waitFor(() => expect(result.current.draft?.lockVersion).toBe(5));

    await act(async () => {
      expect(await result.current.publish(5, input)).toBe(true);
    });

    expect(result.current.done).toBe('publish');
    expect(apollo.sent.map((r) => r.operationName)).toEqual(['Module', 'SaveModuleDraft', 'PublishModule', 'Module']);
    await waitFor(() => expect(result.current.draft?.lockVersion).toBe(7));
  });

  it('keeps a CONFLICT as the save’s failure and reloads the draft on request', async () => {
    const apollo = mockedApollo([
      draftQuery(5),
      {
        request: {
          query: SaveModuleDraftMutation,
          variables: { input: { moduleId: 'module-1', lockVersion: 5, ...input } },
        },
        result: { errors: [new GraphQLError('Changed meanwhile.', { extensions: { code: 'CONFLICT' } })] },
      },
      draftQuery(8),
    ]);
    const { result } = renderHook(() => useModuleDraft('module-1'), { wrapper: apollo.wrapper });
    await waitFor(() => expect(result.current.draft).not.toBeNull());

    await act(() => result.current.save(5, input));
    expect(result.current.failure).toMatchObject({ action: 'save', error: { code: 'CONFLICT' } });

    await act(() => result.current.reload());
    expect(result.current.failure).toBeNull();
    await waitFor(() => expect(result.current.draft?.lockVersion).toBe(8));
  });
});
