import { act, renderHook } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { mockedApollo } from '../../../testing/mocked-apollo';
import { nationalProgramme } from '../../../testing/national-programmes';
import {
  ReturnNationalProgrammeMutation,
  SaveNationalProgrammeMutation,
  SubmitNationalProgrammeMutation,
} from '../graphql/national-programmes';
import { useProgrammeActions } from './useProgrammeActions';

const programme = { id: 'programme-1', editionId: 'edition-1', countryCode: 'LV', lockVersion: 2 };

describe('useProgrammeActions', () => {
  it('saves the modules in order with the lock version seen; a change to an approved programme answers the new revision', async () => {
    const apollo = mockedApollo([
      {
        request: {
          query: SaveNationalProgrammeMutation,
          variables: {
            input: { editionId: 'edition-1', countryCode: 'LV', expectedLockVersion: 2, moduleIds: ['m2', 'm1'] },
          },
        },
        result: { data: { saveNationalProgramme: nationalProgramme({ id: 'programme-2', revision: 2 }) } },
      },
    ]);
    const { result } = renderHook(() => useProgrammeActions(programme), { wrapper: apollo.wrapper });

    let saved: string | null = null;
    await act(async () => {
      saved = await result.current.save(['m2', 'm1']);
    });

    expect(saved).toBe('programme-2');
    expect(result.current.done).toBe('save');
    expect(apollo.cache.extract()['NationalProgramme:programme-2']).toMatchObject({ revision: 2 });
  });

  it('keeps a refused submission with the action it stopped', async () => {
    const apollo = mockedApollo([
      {
        request: { query: SubmitNationalProgrammeMutation, variables: { id: 'programme-1', expectedLockVersion: 2 } },
        result: { errors: [new GraphQLError('Changed meanwhile.', { extensions: { code: 'CONFLICT' } })] },
      },
    ]);
    const { result } = renderHook(() => useProgrammeActions(programme), { wrapper: apollo.wrapper });

    await act(() => result.current.submit());

    expect(result.current.failure).toMatchObject({ action: 'submit', error: { code: 'CONFLICT' } });
    expect(result.current.done).toBeNull();
    expect(result.current.busy).toBeNull();
  });

  it('returns a programme with the admin’s comments', async () => {
    const apollo = mockedApollo([
      {
        request: {
          query: ReturnNationalProgrammeMutation,
          variables: { id: 'programme-1', comments: 'Add module N3.', expectedLockVersion: 2 },
        },
        result: {
          data: {
            returnNationalProgramme: nationalProgramme({ status: 'RETURNED', returnComments: 'Add module N3.' }),
          },
        },
      },
    ]);
    const { result } = renderHook(() => useProgrammeActions(programme), { wrapper: apollo.wrapper });

    await act(() => result.current.giveBack('Add module N3.'));

    expect(result.current.done).toBe('return');
    expect(apollo.cache.extract()['NationalProgramme:programme-1']).toMatchObject({ status: 'RETURNED' });
  });
});
