import { interpretUploadResponse, jobProgress } from './import-response';

describe('the answer to a tutor upload', () => {
  it('turns a clean dry run into a report that allows the import', () => {
    const outcome = interpretUploadResponse(
      200,
      JSON.stringify({ dryRun: true, totalRows: 3, summary: { new: 2, updated: 1, unchanged: 0 }, errors: [] }),
    );
    expect(outcome).toEqual({
      kind: 'dryRun',
      report: {
        totalRows: 3,
        summary: { new: 2, updated: 1, unchanged: 0 },
        rowErrors: [],
        canImport: true,
        nothingToChange: false,
      },
    });
  });

  it('refuses the import while any row has an error, and keeps the rows in order', () => {
    const outcome = interpretUploadResponse(
      200,
      JSON.stringify({
        dryRun: true,
        totalRows: 2,
        summary: { new: 1, updated: 0, unchanged: 0 },
        errors: [{ row: 3, column: 'email', message: 'ei ole e-posti aadress' }],
      }),
    );
    expect(outcome.kind === 'dryRun' && outcome.report.canImport).toBe(false);
    expect(outcome.kind === 'dryRun' && outcome.report.rowErrors).toEqual([
      { row: 3, column: 'email', message: 'ei ole e-posti aadress' },
    ]);
  });

  it('says when re-importing the same file would change nothing', () => {
    const outcome = interpretUploadResponse(
      200,
      JSON.stringify({ dryRun: true, totalRows: 2, summary: { new: 0, updated: 0, unchanged: 2 }, errors: [] }),
    );
    expect(outcome.kind === 'dryRun' && outcome.report).toMatchObject({ canImport: false, nothingToChange: true });
  });

  it('returns the started job of an import', () => {
    const outcome = interpretUploadResponse(
      202,
      JSON.stringify({ dryRun: false, importJob: { id: 'j1', status: 'QUEUED', totalRows: 2, processedRows: 0 } }),
    );
    expect(outcome).toEqual({ kind: 'started', job: { id: 'j1', status: 'QUEUED', totalRows: 2, processedRows: 0 } });
  });

  it('keeps the row errors of a refused import and the file messages of an unreadable file', () => {
    const refused = interpretUploadResponse(
      400,
      JSON.stringify({
        error: {
          code: 'VALIDATION_FAILED',
          message: 'The file has errors; nothing was imported.',
          fields: [{ field: 'file', message: '1 row error(s)' }],
          rowErrors: [{ row: 2, column: 'organisation_registry_code', message: 'unknown' }],
        },
      }),
    );
    expect(refused).toMatchObject({
      kind: 'failed',
      error: { code: 'VALIDATION_FAILED' },
      rowErrors: [{ row: 2 }],
      fileMessages: [],
    });

    const unreadable = interpretUploadResponse(
      400,
      JSON.stringify({
        error: {
          code: 'VALIDATION_FAILED',
          message: 'Invalid input',
          fields: [{ field: 'file', message: 'puuduvad veerud: email' }],
        },
      }),
    );
    expect(unreadable).toMatchObject({ kind: 'failed', fileMessages: ['puuduvad veerud: email'] });
  });

  it('reads the error code of a refusal, and tells a lost connection from a server failure', () => {
    expect(interpretUploadResponse(403, JSON.stringify({ error: { code: 'FORBIDDEN', message: 'no' } }))).toMatchObject(
      { error: { code: 'FORBIDDEN' } },
    );
    expect(interpretUploadResponse(401, '')).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    expect(interpretUploadResponse(413, JSON.stringify({ statusCode: 413, error: 'Payload Too Large' }))).toMatchObject(
      { tooLarge: true },
    );
    expect(interpretUploadResponse(401, JSON.stringify({ error: { code: 'UNAUTHENTICATED' } }))).toMatchObject({
      error: { code: 'UNAUTHENTICATED' },
    });
    expect(interpretUploadResponse(0, '')).toMatchObject({ error: { code: 'NETWORK' } });
    expect(interpretUploadResponse(502, '<html>Bad gateway</html>')).toMatchObject({ error: { code: 'NETWORK' } });
    expect(
      interpretUploadResponse(500, JSON.stringify({ error: { code: 'INTERNAL_SERVER_ERROR', requestId: 'r-1' } })),
    ).toMatchObject({
      error: { code: 'INTERNAL_SERVER_ERROR', correlationId: 'r-1' },
    });
  });
});

describe('the progress of an import job', () => {
  it('counts processed of total rows', () => {
    expect(jobProgress({ status: 'RUNNING', processedRows: 2000, totalRows: 8000 })).toEqual({
      processed: 2000,
      total: 8000,
      percent: 25,
      finished: false,
    });
  });

  it('is complete once the job has succeeded', () => {
    expect(jobProgress({ status: 'SUCCEEDED', processedRows: 0, totalRows: 2 })).toEqual({
      processed: 2,
      total: 2,
      percent: 100,
      finished: true,
    });
  });

  it('is finished but not complete when the job failed', () => {
    expect(jobProgress({ status: 'FAILED', processedRows: 0, totalRows: 2 })).toMatchObject({
      percent: 0,
      finished: true,
    });
  });
});
