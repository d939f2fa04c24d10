import { useQuery } from '@apollo/client/react';
import { act, renderHook, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { mockedApollo } from '../../../testing/mocked-apollo';
import { tandem } from '../../../testing/tandems';
import {
  FormTandemMutation,
  MyTandemQuery,
  RespondToTandemInvitationMutation,
  UnpairedTutorsQuery,
} from '../graphql/tandems';
import { useFormTandem } from './useFormTandem';
import { useInvitePartner } from './useInvitePartner';
import { useRespondToInvitation } from './useRespondToInvitation';

const unpaired = {
  request: { query: UnpairedTutorsQuery, variables: { countryCode: 'EE' } },
  result: { data: { unpairedTutors: [] } },
};

describe('useFormTandem', () => {
  const school = { id: 'school-1', side: 'SCHOOL' as const, displayName: 'Sam School' };
  const company = { id: 'company-1', side: 'COMPANY' as const, displayName: 'Cara Company' };
  const formTandem = {
    query: FormTandemMutation,
    variables: { input: { editionId: 'edition-1', schoolTutorId: 'school-1', companyTutorId: 'company-1' } },
  };

  it('sends the pair as school and company tutor, whichever order the suggestion named them in', async () => {
    const apollo = mockedApollo([
      unpaired,
      { request: formTandem, result: { data: { formTandem: tandem({ status: 'ACTIVE' }) } } },
      unpaired,
    ]);
    const { result } = renderHook(
      () => ({
        list: useQuery(UnpairedTutorsQuery, { variables: { countryCode: 'EE' } }),
        pairing: useFormTandem('edition-1'),
      }),
      { wrapper: apollo.wrapper },
    );
    await waitFor(() => expect(result.current.list.data).toBeDefined());

    await act(() => result.current.pairing.form(company, school));

    expect(result.current.pairing.formed).toEqual({ school: 'Sam School', company: 'Cara Company' });
    expect(apollo.sent.map((r) => r.operationName)).toEqual(['UnpairedTutors', 'FormTandem', 'UnpairedTutors']);
  });

  it('reads the unpaired tutors again after a refusal: the suggestions shown are no longer true', async () => {
    const apollo = mockedApollo([
      unpaired,
      {
        request: formTandem,
        result: { errors: [new GraphQLError('Already paired.', { extensions: { code: 'CONFLICT' } })] },
      },
      unpaired,
    ]);
    const { result } = renderHook(
      () => ({
        list: useQuery(UnpairedTutorsQuery, { variables: { countryCode: 'EE' } }),
        pairing: useFormTandem('edition-1'),
      }),
      { wrapper: apollo.wrapper },
    );
    await waitFor(() => expect(result.current.list.data).toBeDefined());

    await act(() => result.current.pairing.form(school, company));

    expect(result.current.pairing.failure).toMatchObject({ code: 'CONFLICT' });
    expect(result.current.pairing.formed).toBeNull();
    expect(apollo.sentAs('UnpairedTutors')).toHaveLength(2);
  });
});

describe('useRespondToInvitation', () => {
  it('accepts the invitation and shows the tandem ACTIVE before answering', async () => {
    const apollo = mockedApollo([
      { request: { query: MyTandemQuery }, result: { data: { myTandem: tandem() } } },
      {
        request: {
          query: RespondToTandemInvitationMutation,
          variables: { input: { tandemId: 'tandem-1', accept: true } },
        },
        result: { data: { respondToTandemInvitation: tandem({ status: 'ACTIVE', canRespond: false }) } },
      },
      {
        request: { query: MyTandemQuery },
        result: { data: { myTandem: tandem({ status: 'ACTIVE', canRespond: false }) } },
      },
    ]);
    const { result } = renderHook(() => ({ page: useQuery(MyTandemQuery), answer: useRespondToInvitation() }), {
      wrapper: apollo.wrapper,
    });
    await waitFor(() => expect(result.current.page.data?.myTandem?.status).toBe('FORMING'));

    await act(() => result.current.answer.respond('tandem-1', true));

    expect(result.current.answer.answer).toEqual({ accepted: true });
    expect(result.current.page.data?.myTandem?.status).toBe('ACTIVE');
    expect(apollo.sentAs('MyTandem')).toHaveLength(2);
  });
});

describe('useInvitePartner', () => {
  it('sends nothing while the edition is not known yet', async () => {
    const apollo = mockedApollo([]);
    const { result } = renderHook(() => useInvitePartner(null), { wrapper: apollo.wrapper });

    await act(async () => {
      expect(await result.current.invite('company-1')).toBe(false);
    });
    expect(apollo.sent).toEqual([]);
  });
});
