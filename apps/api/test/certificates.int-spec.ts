import { createDocumentLoader } from '../src/modules/certificates/credentials/document-loader';
import { verifyWithLibrary } from '../src/modules/certificates/credentials/data-integrity';
import { IssuingService } from '../src/modules/certificates/issuing.service';
import { VERIFICATIONS_PER_WINDOW } from '../src/modules/certificates/verification.service';
import {
  attendModule,
  correctAttendance,
  createCertificateWorld,
  createTutor,
  type CertificateWorld,
} from './support/factories/certificates';
import { createPerson, TEST_PASSWORD } from './support/fixtures';
import { errorCode, GqlClient } from './support/gql-client';
import { startTestApp, type TestApp } from './support/test-app';
import { pdfText } from './support/pdf-text';

const MINE = `query { myCertificates { id number status publicId holderName verificationUrl credentialUrl pdfUrl linkedInUrl modules { code hours } } }`;
const VERIFY = `mutation V($credential: JSON!) { verifyCredential(credential: $credential) { verified revoked status reason signatureValid revokedAt replacedAt certificate { holderName number modules { code title hours } competenceAreas } } }`;
const BY_ID = `query P($publicId: String!, $language: String) { certificateVerification(publicId: $publicId, language: $language) { verified revoked status certificate { holderName number issuerName modules { title } } } }`;
const BY_NUMBER = `query N($number: String!) { certificateVerificationByNumber(number: $number) { status verified } }`;
const REVOKE = `mutation R($input: RevokeCertificateInput!) { revokeCertificate(input: $input) { id status revokedAt revocationReason } }`;
const REISSUE = `mutation R($input: ReissueCertificateInput!) { reissueCertificate(input: $input) { id status number } }`;
const ISSUE = `mutation I($input: IssueCertificateInput!) { issueCertificate(input: $input) { id status number } }`;
const PERSON = `query P($personId: ID!) { personCertificates(personId: $personId) { id number } }`;
const LIST = `query L($filter: CertificateFilterInput) { certificates(first: 50, filter: $filter) { totalCount edges { node { id number countryCode flaggedAt flaggedStatus status } } } }`;

interface Mine {
  myCertificates: {
    id: string;
    number: string;
    status: string;
    publicId: string;
    holderName: string;
    verificationUrl: string;
    credentialUrl: string;
    pdfUrl: string;
    linkedInUrl: string;
    modules: { code: string; hours: number }[];
  }[];
}
interface Verification {
  verified: boolean;
  revoked: boolean;
  status: string;
  reason: string | null;
  signatureValid: boolean;
  revokedAt: string | null;
  replacedAt: string | null;
  certificate: { holderName: string; number: string; modules: { code: string; title: string; hours: number }[] } | null;
}

describe('certificates', () => {
  let t: TestApp;
  let world: CertificateWorld;
  let issuing: IssuingService;
  const as = async (email: string) => {
    const client = new GqlClient(t.baseUrl);
    expect((await client.login(email, TEST_PASSWORD)).errors).toBeUndefined();
    return client;
  };
  const count = async (personId: string) =>
    (
      (await t.db.query(`SELECT count(*)::int AS n FROM certificate WHERE person_id = $1`, [personId])) as {
        n: number;
      }[]
    )[0].n;
  /** The credential JSON as anyone gets it. */
  const fetchCredential = async (publicId: string) => {
    const res = await fetch(`${t.baseUrl}/api/credentials/${publicId}`, { headers: { 'x-forwarded-for': '10.9.9.9' } });
    expect(res.status).toBe(200);
    return { type: res.headers.get('content-type'), body: (await res.json()) as Record<string, unknown> };
  };
  /** An outside verifier: the library with the bundled contexts, fetching the issuer's documents over HTTP from the app. */
  const independentlyVerify = (credential: Record<string, unknown>) =>
    verifyWithLibrary(
      credential,
      createDocumentLoader(async (url) => {
        const res = await fetch(url.replace('http://localhost:3000', t.baseUrl));
        return res.ok ? ((await res.json()) as Record<string, unknown>) : null;
      }),
    );
  const publicClient = () => new GqlClient(t.baseUrl);
  const verify = async (credential: unknown, client = publicClient()) => {
    const res = await client.request<{ verifyCredential: Verification }>(VERIFY, { credential });
    expect(res.errors).toBeUndefined();
    return res.data!.verifyCredential;
  };
  const trainedWithCertificate = async (options: Parameters<typeof createTutor>[2] = {}) => {
    const tutor = await createTutor(t.db, world, options);
    await issuing.issueDue();
    const mine = (await (await as(tutor.email)).request<Mine>(MINE)).data!.myCertificates;
    return { tutor, certificate: mine[0] };
  };

  let admin: string;
  let coordinatorLv: string;
  let coordinatorEe: string;
  let trainer: string;

  beforeAll(async () => {
    t = await startTestApp();
    issuing = t.app.get(IssuingService);
    world = await createCertificateWorld(t.db);
    admin = (await createPerson(t.db, [{ role: 'ADMIN' }])).email;
    coordinatorLv = (await createPerson(t.db, [{ role: 'COORDINATOR', countryCode: 'LV' }])).email;
    coordinatorEe = (await createPerson(t.db, [{ role: 'COORDINATOR', countryCode: 'EE' }])).email;
    trainer = (await createPerson(t.db, [{ role: 'TRAINER', countryCode: 'LV' }])).email;
  });
  afterAll(() => t.close());

  it('issues a TRAINED tutor one certificate with a human number and an unguessable public id, listed under myCertificates', async () => {
    const { tutor, certificate } = await trainedWithCertificate({
      givenName: 'Līga',
      familyName: 'Ozoliņa',
      language: 'lv',
    });
    expect(certificate).toMatchObject({ status: 'VALID', holderName: 'Līga Ozoliņa' });
    expect(certificate.number).toMatch(/^TND-\d{4}-LV-\d{6}$/);
    expect(certificate.publicId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(certificate.modules).toEqual([
      { code: 'JM1', hours: 8 },
      { code: 'LV-N1', hours: 8 },
    ]);
    expect(certificate.linkedInUrl).toContain('https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME');
    expect(new URL(certificate.linkedInUrl).searchParams.get('certId')).toBe(certificate.number);
    // told in their language: a notification and a mail in Latvian
    const [mail] = await t.db.query(`SELECT subject, language FROM outbox_message WHERE recipient_person_id = $1`, [
      tutor.id,
    ]);
    expect(mail).toEqual({ subject: `Jūsu sertifikāts ${certificate.number}`, language: 'lv' });
    const [note] = await t.db.query(`SELECT kind FROM notification WHERE recipient_person_id = $1`, [tutor.id]);
    expect(note.kind).toBe('CERTIFICATE_ISSUED');
  });

  it('serves the signed OpenBadgeCredential as JSON-LD that the library verifies on its own, offline but for our URLs', async () => {
    const { certificate } = await trainedWithCertificate({ givenName: 'Jānis', familyName: 'Kalniņš', language: 'lv' });
    const { type, body } = await fetchCredential(certificate.publicId);
    expect(type).toBe('application/vc+ld+json');
    expect(body['@context']).toEqual([
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ]);
    expect(body['type']).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(body['proof']).toMatchObject({
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdfc-2022',
      proofPurpose: 'assertionMethod',
    });
    const subject = body['credentialSubject'] as Record<string, unknown>;
    expect(subject).toMatchObject({ type: ['AchievementSubject'], name: 'Jānis Kalniņš' });
    expect(subject['achievement']).toMatchObject({
      type: ['Achievement'],
      achievementType: 'Certificate',
      inLanguage: 'lv',
    });
    // the e-mail appears only as a salted hash
    const [row] = await t.db.query(
      `SELECT p.email FROM certificate c JOIN person p ON p.id = c.person_id WHERE c.public_id = $1`,
      [certificate.publicId],
    );
    expect(JSON.stringify(body)).not.toContain(row.email);
    expect(JSON.stringify(body)).toMatch(/"identityHash":"sha256\$[0-9a-f]{64}"/);

    expect(await independentlyVerify(body)).toMatchObject({
      proofVerified: true,
      statusVerified: true,
      statuses: [{ set: false }],
    });
    expect(await verify(body)).toMatchObject({ verified: true, revoked: false, status: 'VALID', signatureValid: true });
  });

  it('fails a credential with one letter of the holder’s name changed, and shows nothing of it', async () => {
    const { certificate } = await trainedWithCertificate({ givenName: 'Ilze', familyName: 'Liepiņa', language: 'lv' });
    const { body } = await fetchCredential(certificate.publicId);
    const tampered = structuredClone(body) as { credentialSubject: { name: string } };
    tampered.credentialSubject.name = 'Ilze Liepiņš';
    expect(await verify(tampered)).toEqual({
      verified: false,
      revoked: false,
      status: 'NOT_VALID',
      reason: 'TAMPERED',
      signatureValid: false,
      revokedAt: null,
      replacedAt: null,
      certificate: null,
    });
    expect((await independentlyVerify(tampered)).proofVerified).toBe(false);
    expect(await verify('not a credential')).toMatchObject({ status: 'NOT_VALID', reason: 'MALFORMED' });
    expect(await verify({ ...body, issuer: { id: 'https://elsewhere.example/issuer' } })).toMatchObject({
      reason: 'UNKNOWN_ISSUER',
    });
  });

  it('shows a revoked certificate as revoked (with the date), through the re-signed status list, also to an outside verifier', async () => {
    const { certificate } = await trainedWithCertificate();
    const coordinator = await as(coordinatorLv);
    expect(
      errorCode(await coordinator.request(REVOKE, { input: { certificateId: certificate.id, reason: '  ' } })),
    ).toBe('VALIDATION_FAILED');
    const revoked = await coordinator.request<{ revokeCertificate: { status: string; revocationReason: string } }>(
      REVOKE,
      {
        input: { certificateId: certificate.id, reason: 'Attendance was recorded for the wrong person.' },
      },
    );
    expect(revoked.data!.revokeCertificate).toMatchObject({
      status: 'REVOKED',
      revocationReason: 'Attendance was recorded for the wrong person.',
    });
    const { body } = await fetchCredential(certificate.publicId);
    const result = await verify(body);
    expect(result).toMatchObject({ verified: false, revoked: true, status: 'REVOKED', signatureValid: true });
    expect(result.revokedAt).not.toBeNull();
    expect((await independentlyVerify(body)).statuses).toEqual([{ purpose: 'revocation', set: true }]);
    // once is enough; and the job does not issue a new one behind the coordinator's back
    expect(
      errorCode(await coordinator.request(REVOKE, { input: { certificateId: certificate.id, reason: 'again' } })),
    ).toBe('CERTIFICATE_NOT_VALID');
    await issuing.runJob();
    const page = await publicClient().request<{ certificateVerification: { status: string } }>(BY_ID, {
      publicId: certificate.publicId,
    });
    expect(page.data!.certificateVerification.status).toBe('REVOKED');
  });

  it('re-issues after a correction: the new certificate is valid and the old one shows “replaced”', async () => {
    const { tutor, certificate } = await trainedWithCertificate({ familyName: 'Ozola' });
    const old = (await fetchCredential(certificate.publicId)).body;
    await t.db.query(`UPDATE person SET family_name = 'Ozoliņa' WHERE id = $1`, [tutor.id]);
    const coordinator = await as(coordinatorLv);
    const res = await coordinator.request<{ reissueCertificate: { id: string; status: string; number: string } }>(
      REISSUE,
      {
        input: { certificateId: certificate.id, note: 'Family name corrected' },
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.reissueCertificate.number).not.toBe(certificate.number);
    expect(await verify(old)).toMatchObject({ verified: false, revoked: true, status: 'REPLACED' });
    const mine = (await (await as(tutor.email)).request<Mine>(MINE)).data!.myCertificates;
    expect(mine.map((c) => [c.status, c.holderName])).toEqual([
      ['VALID', 'Test Ozoliņa'],
      ['REPLACED', 'Test Ozola'],
    ]);
    expect(await verify((await fetchCredential(mine[0].publicId)).body)).toMatchObject({
      verified: true,
      status: 'VALID',
    });
    expect(errorCode(await coordinator.request(REISSUE, { input: { certificateId: certificate.id, note: 'x' } }))).toBe(
      'CERTIFICATE_REPLACED',
    );
  });

  it('gives no certificate before TRAINED, neither by the job nor by hand', async () => {
    const tutor = await createTutor(t.db, world, { trained: false });
    await issuing.runJob();
    expect(await count(tutor.id)).toBe(0);
    const res = await (
      await as(coordinatorLv)
    ).request(ISSUE, { input: { editionId: world.editionId, personId: tutor.id } });
    expect(errorCode(res)).toBe('CERTIFICATE_NOT_TRAINED');
    await attendModule(t.db, world, tutor.id, 'LV-N1');
    await correctAttendance(t.db, world, tutor.id, 'PRESENT');
    const issued = await (
      await as(coordinatorLv)
    ).request<{ issueCertificate: { status: string } }>(ISSUE, {
      input: { editionId: world.editionId, personId: tutor.id, note: 'Before the job ran' },
    });
    expect(issued.data!.issueCertificate.status).toBe('VALID');
    expect(
      errorCode(
        await (await as(coordinatorLv)).request(ISSUE, { input: { editionId: world.editionId, personId: tutor.id } }),
      ),
    ).toBe('CERTIFICATE_EXISTS');
  });

  it('makes one certificate when issue jobs run concurrently for the same tutor', async () => {
    const tutor = await createTutor(t.db, world);
    const runs = await Promise.all([
      issuing.issueDue(),
      issuing.issueDue(),
      issuing.issue({ editionId: world.editionId, personId: tutor.id, actorPersonId: null }),
      issuing.issue({ editionId: world.editionId, personId: tutor.id, actorPersonId: null }),
    ]);
    const issued = (runs[0] as number) + (runs[1] as number) + (runs[2] ? 1 : 0) + (runs[3] ? 1 : 0);
    expect(issued).toBe(1);
    expect(await count(tutor.id)).toBe(1);
  });

  it('flags the certificate for the coordinator when the holder’s status goes back, and clears it when TRAINED again', async () => {
    const { tutor, certificate } = await trainedWithCertificate();
    await correctAttendance(t.db, world, tutor.id, 'ABSENT');
    expect((await issuing.runJob()).flagged).toBe(1);
    const coordinator = await as(coordinatorLv);
    const flagged = await coordinator.request<{
      certificates: { edges: { node: { id: string; flaggedStatus: string } }[] };
    }>(LIST, {
      filter: { flaggedOnly: true },
    });
    expect(flagged.errors).toBeUndefined();
    expect(flagged.data!.certificates.edges.map((e) => e.node)).toContainEqual(
      expect.objectContaining({ id: certificate.id, flaggedStatus: 'IN_TRAINING' }),
    );
    const [note] = await t.db.query(
      `SELECT n.kind FROM notification n JOIN person p ON p.id = n.recipient_person_id WHERE p.email = $1 AND n.kind = 'CERTIFICATE_FLAGGED'`,
      [coordinatorLv],
    );
    expect(note).toBeDefined();
    await correctAttendance(t.db, world, tutor.id, 'PRESENT');
    await issuing.runJob();
    const [row] = await t.db.query(`SELECT flagged_at FROM certificate WHERE id = $1`, [certificate.id]);
    expect(row.flagged_at).toBeNull();
  });

  it('lets only the tutor, a coordinator of their country and ADMIN list and act on a person’s certificates', async () => {
    const { tutor, certificate } = await trainedWithCertificate();
    const other = await createTutor(t.db, world, { trained: false });
    const numbersFor = async (email: string) => {
      const res = await (
        await as(email)
      ).request<{ personCertificates: { number: string }[] }>(PERSON, { personId: tutor.id });
      return res.errors ? errorCode(res) : res.data!.personCertificates.map((c) => c.number);
    };
    expect(await numbersFor(tutor.email)).toEqual([certificate.number]);
    expect(await numbersFor(coordinatorLv)).toEqual([certificate.number]);
    expect(await numbersFor(admin)).toEqual([certificate.number]);
    expect(await numbersFor(coordinatorEe)).toEqual([]);
    expect(await numbersFor(other.email)).toEqual([]);
    expect(await numbersFor(trainer)).toBe('FORBIDDEN');
    const ee = await as(coordinatorEe);
    expect(errorCode(await ee.request(REVOKE, { input: { certificateId: certificate.id, reason: 'no' } }))).toBe(
      'NOT_FOUND',
    );
    const list = await ee.request<{ certificates: { edges: { node: { countryCode: string } }[] } }>(LIST);
    expect(list.data!.certificates.edges.every((e) => e.node.countryCode === 'EE')).toBe(true);
    expect(errorCode(await (await as(tutor.email)).request(LIST))).toBe('FORBIDDEN');
    expect(
      errorCode(
        await (await as(tutor.email)).request(REVOKE, { input: { certificateId: certificate.id, reason: 'x' } }),
      ),
    ).toBe('FORBIDDEN');
    // the PDF: the holder and their coordinator, nobody else
    const pdf = (client: GqlClient) =>
      fetch(certificate.pdfUrl.replace('http://localhost:3000', t.baseUrl), {
        headers: { cookie: client.cookie ?? '' },
      });
    expect((await pdf(await as(tutor.email))).status).toBe(200);
    expect((await pdf(await as(coordinatorEe))).status).toBe(404);
    expect((await fetch(certificate.pdfUrl.replace('http://localhost:3000', t.baseUrl))).status).toBe(401);
  });

  it('shows on the public page only what the certificate shows, by link or by number; an unknown number is just not found', async () => {
    const { tutor, certificate } = await trainedWithCertificate({
      givenName: 'Rūta',
      familyName: 'Žukauskienė',
      language: 'lv',
    });
    const page = await publicClient().request<{ certificateVerification: Record<string, unknown> }>(BY_ID, {
      publicId: certificate.publicId,
      language: 'ru',
    });
    expect(page.data!.certificateVerification).toMatchObject({
      verified: true,
      status: 'VALID',
      certificate: {
        holderName: 'Rūta Žukauskienė',
        number: certificate.number,
        modules: [{ title: 'Планирование обучения на рабочем месте' }, { title: 'Правовая база WBL в Латвии' }],
      },
    });
    expect(JSON.stringify(page.data)).not.toContain(tutor.email);
    const byNumber = await publicClient().request<{ certificateVerificationByNumber: { status: string } | null }>(
      BY_NUMBER,
      {
        number: ` ${certificate.number.toLowerCase()} `,
      },
    );
    expect(byNumber.data!.certificateVerificationByNumber?.status).toBe('VALID');
    const unknown = await publicClient().request<{ certificateVerificationByNumber: unknown }>(BY_NUMBER, {
      number: 'TND-2026-LV-999999',
    });
    expect(unknown.data!.certificateVerificationByNumber).toBeNull();
    expect(errorCode(await publicClient().request(BY_NUMBER, { number: 'hello' }))).toBe('VALIDATION_FAILED');
    expect((await fetch(`${t.baseUrl}/api/credentials/AAAAAAAAAAAAAAAAAAAAAA`)).status).toBe(404);
  });

  it('answers NOT_FOUND, not a server error, for the settings of an edition that does not exist', async () => {
    const res = await (
      await as(admin)
    ).request(`mutation ($input: CertificateSettingsInput!) { setCertificateSettings(input: $input) { editionId } }`, {
      input: {
        editionId: '55bb68e6-4ef8-4719-85d5-b8efd2ad815e',
        issuerName: [{ language: 'en', text: 'Issuer' }],
        signatories: [{ name: 'Someone', position: [] }],
      },
    });
    expect(errorCode(res)).toBe('NOT_FOUND');
  });

  it('rate-limits public verification per address', async () => {
    const client = publicClient();
    const results = [];
    for (let i = 0; i <= VERIFICATIONS_PER_WINDOW; i++)
      results.push(errorCode(await client.request(BY_NUMBER, { number: 'TND-2026-LV-999999' })));
    expect(results.slice(0, VERIFICATIONS_PER_WINDOW).every((c) => c === undefined)).toBe(true);
    expect(results[VERIFICATIONS_PER_WINDOW]).toBe('TOO_MANY_ATTEMPTS');
  });

  it('keeps credentials signed with an old key verifiable after ADMIN rotates the key', async () => {
    const { certificate } = await trainedWithCertificate();
    const res = await (
      await as(admin)
    ).request<{ rotateIssuerKey: { current: boolean } }>(`mutation { rotateIssuerKey { id current } }`);
    expect(res.data!.rotateIssuerKey.current).toBe(true);
    const { body } = await fetchCredential(certificate.publicId);
    expect(await verify(body)).toMatchObject({ verified: true });
    const controller = (await (await fetch(`${t.baseUrl}/api/issuer`)).json()) as { assertionMethod: string[] };
    expect(controller.assertionMethod).toHaveLength(2);
    const { certificate: next } = await trainedWithCertificate();
    expect(await verify((await fetchCredential(next.publicId)).body)).toMatchObject({ verified: true });
  });

  it('renders the PDF of a Latvian and of a Russian tutor so that text extraction gives back the exact names', async () => {
    const latvian = await trainedWithCertificate({ givenName: 'Līga', familyName: 'Ozoliņa', language: 'lv' });
    const russian = await trainedWithCertificate({ givenName: 'Ольга', familyName: 'Кузнецова', language: 'ru' });
    for (const [{ tutor, certificate }, name, heading] of [
      [latvian, 'Līga Ozoliņa', 'SERTIFIKĀTS'],
      [russian, 'Ольга Кузнецова', 'СЕРТИФИКАТ'],
    ] as const) {
      const client = await as(tutor.email);
      const res = await fetch(certificate.pdfUrl.replace('http://localhost:3000', t.baseUrl) + '?second=en', {
        headers: { cookie: client.cookie ?? '' },
      });
      expect(res.headers.get('content-type')).toBe('application/pdf');
      const text = await pdfText(Buffer.from(await res.arrayBuffer()));
      expect(text).toContain(name);
      expect(text).toContain(heading);
      expect(text).toContain(certificate.number);
      expect(text).toContain('CERTIFICATE');
    }
  });
});
