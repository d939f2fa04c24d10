import { uploadError, uploadProblem } from './material-upload';

describe('upload errors', () => {
  it('reads the code and the fields of the API answer', () => {
    const error = uploadError(
      400,
      JSON.stringify({
        error: {
          code: 'VALIDATION_FAILED',
          message: 'bad',
          requestId: 'r-1',
          fields: [{ field: 'file', rule: 'fileType', params: { accepted: 'pdf' }, message: 'type not allowed' }],
        },
      }),
    );
    expect(error).toEqual({
      code: 'VALIDATION_FAILED',
      serverMessage: 'bad',
      correlationId: 'r-1',
      fields: [{ field: 'file', rule: 'fileType', params: { accepted: 'pdf' }, message: 'type not allowed' }],
    });
    expect(uploadProblem(error)).toBe('fileRefused');
  });

  it('tells a stale draft (STALE_WRITE) apart from a refused file', () => {
    const error = uploadError(409, JSON.stringify({ error: { code: 'STALE_WRITE', message: 'stale' } }));
    expect(error.code).toBe('STALE_WRITE');
    expect(uploadProblem(error)).toBe('conflict');
    expect(uploadProblem(uploadError(403, JSON.stringify({ error: { code: 'FORBIDDEN', message: 'no' } })))).toBe(
      'other',
    );
  });

  it('calls an unknown code UNKNOWN', () => {
    expect(uploadError(400, JSON.stringify({ error: { code: 'WHATEVER' } })).code).toBe('UNKNOWN');
  });

  it('classifies answers that are not the API JSON by their status', () => {
    expect(uploadError(0, '')).toEqual({ code: 'NETWORK' });
    expect(uploadError(502, '<html>Bad gateway</html>').code).toBe('NETWORK');
    expect(uploadError(500, 'oops').code).toBe('INTERNAL_SERVER_ERROR');
    expect(uploadProblem(uploadError(413, 'Payload Too Large'))).toBe('fileRefused');
    expect(uploadError(401, '').code).toBe('UNAUTHENTICATED');
  });
});
