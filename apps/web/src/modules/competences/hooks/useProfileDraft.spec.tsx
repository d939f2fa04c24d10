import { act, renderHook } from '@testing-library/react';
import { mockedApollo } from '../../../testing/mocked-apollo';
import { useProfileDraft } from './useProfileDraft';

const reread = vi.fn(async () => ({ data: undefined }));

describe('useProfileDraft', () => {
  it('refuses a file that is no profile document as a VALIDATION_FAILED on the file, sending nothing', async () => {
    const apollo = mockedApollo([]);
    const { result } = renderHook(() => useProfileDraft('profile-1', reread), { wrapper: apollo.wrapper });

    let doc: unknown = 'unset';
    await act(async () => {
      doc = await result.current.importJson(new File(['not json'], 'profile.json'), 'Not a profile document.');
    });

    expect(doc).toBeNull();
    expect(result.current.failure).toEqual({
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'file', rule: 'notJson', message: 'Not a profile document.' }],
    });
    expect(apollo.sent).toEqual([]);
  });

  it('shows the workbook’s refusal by the code the server answers, and reads nothing again', async () => {
    const fetchMock = vi
      .spyOn(globalThis, 'fetch')
      .mockResolvedValue(new Response(JSON.stringify({ error: { code: 'FORBIDDEN' } }), { status: 403 }));
    const apollo = mockedApollo([]);
    const { result } = renderHook(() => useProfileDraft('profile-1', reread), { wrapper: apollo.wrapper });

    await act(async () => {
      await result.current.importXlsx(new File(['x'], 'translations.xlsx'));
    });

    expect(fetchMock).toHaveBeenCalledWith('/api/competence-profiles/profile-1/translations.xlsx', expect.anything());
    expect(result.current.failure).toMatchObject({ code: 'FORBIDDEN' });
    expect(reread).not.toHaveBeenCalled();
    fetchMock.mockRestore();
  });
});
