import { Injectable } from '@nestjs/common';
import { Errors } from '../../common/domain-error';
import { CertificatesRepository } from './certificates.repository';
import type { Certificate } from './certificate.entity';
import { CREDENTIALS_V2_CONTEXT } from './credentials/contexts';
import { verifyWithLibrary } from './credentials/data-integrity';
import { IssuerService } from './issuer.service';
import { IssuerUrls, parseIssuerUrl } from './issuer-urls';

export const VERIFICATION_STATUSES = ['VALID', 'REVOKED', 'REPLACED', 'NOT_VALID'] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];
export const INVALID_REASONS = [
  'TAMPERED',
  'UNKNOWN_ISSUER',
  'EXPIRED',
  'NOT_YET_VALID',
  'MALFORMED',
  'STATUS_UNAVAILABLE',
] as const;
export type InvalidReason = (typeof INVALID_REASONS)[number];

export interface VerificationOutcome {
  status: VerificationStatus;
  reason: InvalidReason | null;
  /** The proof checks out (issuer's key, untouched content) — also for a revoked credential. */
  signatureValid: boolean;
  revokedAt: Date | null;
  replacedAt: Date | null;
  /** The verified credential (absent when it is not valid: nothing of a forged one is shown). */
  credential: Record<string, unknown> | null;
  /** Our record of it, when the credential is one of ours. */
  certificate: Certificate | null;
}

/** Public verifications per client address in the window: enough for people, not for harvesting. */
export const VERIFICATIONS_PER_WINDOW = 60;
export const VERIFICATION_WINDOW_SECONDS = 300;
const MAX_CLOCK_SKEW_MS = 5 * 60_000;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const idOf = (v: unknown): string | null =>
  typeof v === 'string' ? v : isObject(v) && typeof v['id'] === 'string' ? v['id'] : null;

/**
 * Verifies credentials the way an outside verifier would (the library, offline), then reads what
 * the library leaves to the caller: the revocation bit of the status list. "Valid" means proof,
 * issuer, dates and status all hold.
 */
@Injectable()
export class VerificationService {
  constructor(
    private readonly repo: CertificatesRepository,
    private readonly issuer: IssuerService,
  ) {}

  /** Counts a public request of this address; TOO_MANY_ATTEMPTS past the limit. */
  async throttle(ip: string): Promise<void> {
    const n = await this.repo.recordAttempt(ip || 'unknown', VERIFICATION_WINDOW_SECONDS);
    if (n > VERIFICATIONS_PER_WINDOW) throw Errors.tooManyAttempts(VERIFICATION_WINDOW_SECONDS);
    if (n === 1) await this.repo.pruneAttempts();
  }

  byPublicId(publicId: string): Promise<Certificate | null> {
    return /^[A-Za-z0-9_-]{22}$/.test(publicId) ? this.repo.byPublicId(publicId) : Promise.resolve(null);
  }

  byNumber(number: string): Promise<Certificate | null> {
    const normalised = number.trim().toUpperCase();
    return /^TND-\d{4}-[A-Z]{2}-\d{6,}$/.test(normalised) ? this.repo.byNumber(normalised) : Promise.resolve(null);
  }

  async verify(input: unknown, now = new Date()): Promise<VerificationOutcome> {
    const invalid = (reason: InvalidReason, signatureValid = false): VerificationOutcome => ({
      status: 'NOT_VALID',
      reason,
      signatureValid,
      revokedAt: null,
      replacedAt: null,
      credential: null,
      certificate: null,
    });
    if (!isObject(input)) return invalid('MALFORMED');
    const contexts = input['@context'];
    const types = input['type'];
    if (!Array.isArray(contexts) || contexts[0] !== CREDENTIALS_V2_CONTEXT) return invalid('MALFORMED');
    if (!Array.isArray(types) || !types.includes('VerifiableCredential')) return invalid('MALFORMED');
    const proofs = Array.isArray(input['proof']) ? input['proof'] : [input['proof']];
    if (!proofs.length || !proofs.every(isObject)) return invalid('MALFORMED');

    // Whose is it? Only our issuer's keys resolve offline; anything else is an unknown issuer.
    const base = this.issuer.base;
    if (idOf(input['issuer']) !== this.issuer.issuerId) return invalid('UNKNOWN_ISSUER');
    for (const proof of proofs) {
      const method =
        typeof proof['verificationMethod'] === 'string' ? parseIssuerUrl(base, proof['verificationMethod']) : null;
      if (method?.kind !== 'key' || !(await this.repo.keyById(method.keyId))) return invalid('UNKNOWN_ISSUER');
    }

    const result = await verifyWithLibrary(input, this.issuer.documentLoader(), now);
    const validFrom = typeof input['validFrom'] === 'string' ? new Date(input['validFrom']) : null;
    const validUntil = typeof input['validUntil'] === 'string' ? new Date(input['validUntil']) : null;
    if (!result.proofVerified) {
      if (validUntil && validUntil.getTime() < now.getTime() - MAX_CLOCK_SKEW_MS) return invalid('EXPIRED');
      if (validFrom && validFrom.getTime() > now.getTime() + MAX_CLOCK_SKEW_MS) return invalid('NOT_YET_VALID');
      const jsonLdError = result.errors.some(
        (m) => /safe mode|undefined|context|invalid|JSON-LD/i.test(m) && !/signature/i.test(m),
      );
      return invalid(jsonLdError ? 'MALFORMED' : 'TAMPERED');
    }
    if (!result.statusVerified) return invalid('STATUS_UNAVAILABLE', true);

    const publicId = /\/api\/credentials\/([A-Za-z0-9_-]{22})$/.exec(String(input['id'] ?? ''))?.[1];
    const record =
      publicId && String(input['id']) === IssuerUrls.credential(base, publicId)
        ? await this.repo.byPublicId(publicId)
        : null;
    const revoked = result.statuses.some((s) => s.purpose === 'revocation' && s.set);
    const outcome: VerificationOutcome = {
      status: 'VALID',
      reason: null,
      signatureValid: true,
      revokedAt: null,
      replacedAt: null,
      credential: input,
      certificate: record,
    };
    if (!revoked) return outcome;
    if (record?.status === 'REPLACED') return { ...outcome, status: 'REPLACED', replacedAt: record.replacedAt };
    return {
      ...outcome,
      status: 'REVOKED',
      revokedAt: record?.revokedAt ?? null,
      replacedAt: record?.replacedAt ?? null,
    };
  }
}
