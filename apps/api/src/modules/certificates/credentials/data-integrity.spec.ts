import { createDocumentLoader } from './document-loader';
import { CREDENTIALS_V2_CONTEXT, DID_CONTEXT, MULTIKEY_CONTEXT, OPEN_BADGES_CONTEXT } from './contexts';
import {
  generateKeyPair,
  readStatusBit,
  signCredential,
  statusListCredential,
  verifyWithLibrary,
} from './data-integrity';

const BASE = 'https://tandem.test';
const ISSUER = `${BASE}/api/issuer`;
const KEY = `${ISSUER}/keys/k1`;
const LIST = `${BASE}/api/status-lists/1`;

describe('signing and verifying with eddsa-rdfc-2022', () => {
  const docs = new Map<string, Record<string, unknown>>();
  const loader = createDocumentLoader(async (url) => docs.get(url) ?? null);
  let key: Awaited<ReturnType<typeof generateKeyPair>>;
  const signingKey = () => ({ id: KEY, controller: ISSUER, ...key });
  const publishList = async (revoked: number[]) => {
    const list = await statusListCredential({ id: LIST, length: 131072, setIndexes: revoked, purpose: 'revocation' });
    docs.set(LIST, await signCredential({ ...list, issuer: ISSUER }, signingKey(), loader));
  };
  const credential = {
    '@context': [CREDENTIALS_V2_CONTEXT, OPEN_BADGES_CONTEXT],
    id: `${BASE}/api/credentials/abc`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: 'WBL tutor',
    issuer: { id: ISSUER, type: ['Profile'], name: 'Tandem' },
    validFrom: '2026-01-10T10:00:00Z',
    credentialSubject: {
      type: ['AchievementSubject'],
      name: 'Līga Ozoliņa',
      achievement: {
        id: 'urn:uuid:6f1f3a52-5d0e-4c43-9c55-0d1d4c1f0f7e',
        type: ['Achievement'],
        achievementType: 'Certificate',
        name: 'WBL tutor',
        description: 'Trained',
        criteria: { narrative: 'Attended' },
      },
    },
    credentialStatus: {
      id: `${LIST}#7`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: '7',
      statusListCredential: LIST,
    },
  };

  beforeAll(async () => {
    key = await generateKeyPair();
    const publicKey = {
      '@context': MULTIKEY_CONTEXT,
      id: KEY,
      type: 'Multikey',
      controller: ISSUER,
      publicKeyMultibase: key.publicKeyMultibase,
    };
    docs.set(KEY, publicKey);
    docs.set(ISSUER, {
      '@context': [DID_CONTEXT, MULTIKEY_CONTEXT],
      id: ISSUER,
      assertionMethod: [KEY],
      verificationMethod: [publicKey],
    });
    await publishList([]);
  });

  it('derives the same key pair from the same configured seed', async () => {
    const seed = new Uint8Array(32).fill(7);
    expect(await generateKeyPair(seed)).toEqual(await generateKeyPair(seed));
    expect((await generateKeyPair(seed)).publicKeyMultibase).not.toBe(key.publicKeyMultibase);
  });

  it('verifies what it signed, and reads the status bit', async () => {
    const signed = await signCredential(credential, signingKey(), loader);
    expect(signed['proof']).toMatchObject({
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdfc-2022',
      verificationMethod: KEY,
    });
    const result = await verifyWithLibrary(signed, loader);
    expect(result).toMatchObject({
      proofVerified: true,
      statusVerified: true,
      statuses: [{ purpose: 'revocation', set: false }],
    });
  });

  it('fails a credential with one letter of the name changed', async () => {
    const signed = await signCredential(credential, signingKey(), loader);
    const tampered = structuredClone(signed) as typeof credential;
    tampered.credentialSubject.name = 'Līga Ozoliņš';
    expect((await verifyWithLibrary(tampered, loader)).proofVerified).toBe(false);
  });

  it('reports a revoked credential as verified by the library with its status bit set', async () => {
    const signed = await signCredential(credential, signingKey(), loader);
    await publishList([7]);
    const result = await verifyWithLibrary(signed, loader);
    expect(result.proofVerified).toBe(true);
    expect(result.statuses).toEqual([{ purpose: 'revocation', set: true }]);
    expect(await readStatusBit((docs.get(LIST)!['credentialSubject'] as { encodedList: string }).encodedList, 7)).toBe(
      true,
    );
    await publishList([]);
  });

  it('does not trust a key it cannot resolve offline', async () => {
    const other = await generateKeyPair();
    const signed = await signCredential(
      credential,
      { id: `${ISSUER}/keys/unknown`, controller: ISSUER, ...other },
      loader,
    );
    expect((await verifyWithLibrary(signed, loader)).proofVerified).toBe(false);
  });
});
