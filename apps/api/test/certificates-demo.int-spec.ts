import pino from 'pino';
import { DEMO_TRAINED_TUTOR, issueDemoCertificates } from '../src/database/demo/demo-certificates';
import { loadDemoData } from '../src/database/demo/demo-loader';
import { DEMO_PASSWORD } from '../src/database/demo/demo-people';
import { IssuingService } from '../src/modules/certificates/issuing.service';
import { GqlClient } from './support/gql-client';
import { startTestApp, type TestApp } from './support/test-app';

/** The certificates demo (and the acceptance operations on it): the demo's smoke test for this slice. */
describe('certificates demo', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    const logger = pino({ level: 'silent' });
    await loadDemoData(t.db, logger, 'test');
    await issueDemoCertificates(t.app, logger);
  }, 120_000);
  afterAll(() => t.close());

  it('gives every tutor counted TRAINED a certificate, one revoked with a reason and one re-issued', async () => {
    await t.app.get(IssuingService).issueDue();
    const [row] = await t.db.query(
      `SELECT count(*) FILTER (WHERE cs.status = 'TRAINED')::int AS trained,
              count(*) FILTER (WHERE cs.status = 'TRAINED' AND NOT EXISTS (
                SELECT 1 FROM certificate c WHERE c.person_id = cs.person_id AND c.edition_id = cs.edition_id AND c.replaced_at IS NULL))::int AS without
         FROM completion_status cs`,
    );
    expect(row.trained).toBeGreaterThan(250);
    expect(row.without).toBe(0);
    const statuses: { status: string; reason: string | null }[] = await t.db.query(
      `SELECT status, revocation_reason AS reason FROM certificate WHERE status <> 'VALID' ORDER BY status`,
    );
    expect(statuses).toEqual([
      { status: 'REPLACED', reason: null },
      { status: 'REVOKED', reason: expect.stringContaining('Issued in error') },
    ]);
  });

  it('answers the acceptance operations for the trained Latvian demo tutor', async () => {
    const tutor = new GqlClient(t.baseUrl);
    expect((await tutor.login(DEMO_TRAINED_TUTOR, DEMO_PASSWORD)).errors).toBeUndefined();
    const mine = await tutor.request<{
      myCertificates: { id: string; number: string; status: string; publicId: string }[];
    }>(`query { myCertificates { id number status publicId } }`);
    expect(mine.data!.myCertificates).toEqual([
      {
        id: expect.any(String),
        number: expect.stringMatching(/^TND-\d{4}-LV-\d{6}$/),
        status: 'VALID',
        publicId: expect.any(String),
      },
    ]);
    const res = await fetch(`${t.baseUrl}/api/credentials/${mine.data!.myCertificates[0].publicId}`);
    expect(res.headers.get('content-type')).toMatch(/^application\/(vc\+)?ld\+json/);
    const credential = (await res.json()) as { credentialSubject: { name: string } };
    expect(credential.credentialSubject.name).toBe('Līga Ozoliņa');
    const verified = await new GqlClient(t.baseUrl).request<{
      verifyCredential: { verified: boolean; revoked: boolean };
    }>(`mutation V($credential: JSON!) { verifyCredential(credential: $credential) { verified revoked } }`, {
      credential,
    });
    expect(verified.data!.verifyCredential).toEqual({ verified: true, revoked: false });
  });
});
