import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import type { DocumentLoader, VerifyCredentialResult } from '@digitalbazaar/vc';
import { checkStatus, createCredential, createList, decodeList } from '@digitalbazaar/vc-bitstring-status-list';

/**
 * The one boundary to the Digital Bazaar libraries: key generation, signing with an embedded
 * DataIntegrityProof (cryptosuite eddsa-rdfc-2022: RDF Dataset Canonicalization + Ed25519), and
 * verification including the Bitstring Status List. Nothing here canonicalises or signs by hand.
 */

export interface SigningKey {
  /** The verification method's URL (the key document). */
  id: string;
  /** The controller document's URL (the issuer). */
  controller: string;
  publicKeyMultibase: string;
  secretKeyMultibase: string;
}

export interface KeyPairText {
  publicKeyMultibase: string;
  secretKeyMultibase: string;
}

/** A new Ed25519 key pair, or the one a 32-byte seed determines (the key given as configuration). */
export async function generateKeyPair(seed?: Uint8Array): Promise<KeyPairText> {
  const pair = await Ed25519Multikey.generate(seed ? { seed } : {});
  const exported = await pair.export({ publicKey: true, secretKey: true });
  return {
    publicKeyMultibase: exported['publicKeyMultibase'] as string,
    secretKeyMultibase: exported['secretKeyMultibase'] as string,
  };
}

/** Signs a copy of the credential (the library adds the proof to the object it is given). */
export async function signCredential(
  credential: Record<string, unknown>,
  key: SigningKey,
  documentLoader: DocumentLoader,
  date = new Date(),
): Promise<Record<string, unknown>> {
  const pair = await Ed25519Multikey.from({
    '@context': 'https://w3id.org/security/multikey/v1',
    type: 'Multikey',
    id: key.id,
    controller: key.controller,
    publicKeyMultibase: key.publicKeyMultibase,
    secretKeyMultibase: key.secretKeyMultibase,
  });
  const suite = new DataIntegrityProof({ signer: pair.signer(), cryptosuite: eddsaRdfc2022, date });
  return vc.issue({ credential: structuredClone(credential), suite, documentLoader, now: date });
}

export interface StatusCheck {
  purpose: string;
  /** The bit of the credential in the list: true means the purpose applies (revoked). */
  set: boolean;
}

export interface LibraryVerification {
  /** The library's verdict on the proof, the issuer's key and the dates: true also for a revoked credential. */
  proofVerified: boolean;
  statuses: StatusCheck[];
  /** Whether the status list itself could be loaded and verified. */
  statusVerified: boolean;
  errors: string[];
}

function messages(result: VerifyCredentialResult): string[] {
  const found: string[] = [];
  const walk = (e: { message?: string; errors?: { message?: string }[] } | undefined) => {
    if (!e) return;
    if (e.message) found.push(e.message);
    for (const inner of e.errors ?? []) walk(inner);
  };
  walk(result.error);
  for (const r of result.results ?? []) walk(r.error);
  walk(result.statusResult?.error);
  return found;
}

export async function verifyWithLibrary(
  credential: Record<string, unknown>,
  documentLoader: DocumentLoader,
  now = new Date(),
): Promise<LibraryVerification> {
  const suite = new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 });
  const result = await vc.verifyCredential({
    credential: structuredClone(credential),
    suite,
    documentLoader,
    checkStatus,
    now,
  });
  const statusResults = result.statusResult?.results ?? [];
  return {
    // the status is only checked once the proof has passed
    proofVerified: result.verified || !!result.statusResult,
    statuses: statusResults.map((r) => ({ purpose: r.credentialStatus.statusPurpose, set: r.status })),
    statusVerified: !!result.statusResult?.verified,
    errors: messages(result),
  };
}

/** The encoded (GZIP, base64url) bitstring of `length` bits with the given indexes set. */
export async function encodeStatusBits(length: number, setIndexes: readonly number[]): Promise<string> {
  const list = await createList({ length });
  for (const index of setIndexes) list.setStatus(index, true);
  return list.encode();
}

export async function readStatusBit(encodedList: string, index: number): Promise<boolean> {
  return (await decodeList({ encodedList })).getStatus(index);
}

/** An unsigned BitstringStatusListCredential (VCDM 2.0) for the list of `length` bits. */
export async function statusListCredential(options: {
  id: string;
  length: number;
  setIndexes: readonly number[];
  purpose: string;
}): Promise<Record<string, unknown>> {
  const list = await createList({ length: options.length });
  for (const index of options.setIndexes) list.setStatus(index, true);
  return createCredential({ id: options.id, list, statusPurpose: options.purpose });
}
