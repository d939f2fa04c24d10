import { Inject, Injectable } from '@nestjs/common';
import type { DocumentLoader } from '@digitalbazaar/vc';
import { randomInt } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { publicBaseUrl } from '../invitations/account-tokens';
import { CertificatesRepository } from './certificates.repository';
import { DID_CONTEXT, MULTIKEY_CONTEXT } from './credentials/contexts';
import { generateKeyPair, signCredential, statusListCredential, type SigningKey } from './credentials/data-integrity';
import { createDocumentLoader } from './credentials/document-loader';
import type { CredentialIssuerKey } from './issuer-key.entity';
import { IssuerUrls, parseIssuerUrl } from './issuer-urls';
import { decryptSecret, encryptSecret } from './key-cipher';

/** Bits per status list: the specification's minimum (16 KB), so one entry hides among 131,072. */
export const STATUS_LIST_LENGTH = 131_072;

/**
 * The issuer: its signing keys (created on first use, rotated by ADMIN, old public keys kept
 * resolvable), its controller and key documents, its revocation status lists, and the document
 * loader that resolves all of these from the database without any network.
 */
@Injectable()
export class IssuerService {
  constructor(
    private readonly repo: CertificatesRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get base(): string {
    return publicBaseUrl(this.config);
  }

  get issuerId(): string {
    return IssuerUrls.issuer(this.base);
  }

  /** The key that signs now: the configured one, or the stored generated one (created when there is none). */
  async signingKey(): Promise<{ row: CredentialIssuerKey; key: SigningKey }> {
    const seed = this.config.CREDENTIAL_ISSUER_KEY_SEED;
    if (seed) {
      const pair = await generateKeyPair(Buffer.from(seed, 'base64url'));
      const current = await this.repo.currentKey();
      const row =
        current?.publicKeyMultibase === pair.publicKeyMultibase
          ? current
          : await this.adoptConfigured(pair.publicKeyMultibase);
      return { row, key: this.asSigningKey(row, pair.secretKeyMultibase) };
    }
    let row = await this.repo.currentKey();
    if (!row || row.source !== 'GENERATED') row = await this.createKey(row?.id ?? null);
    return {
      row,
      key: this.asSigningKey(row, decryptSecret(row.secretKeyCiphertext as string, this.config.SESSION_SECRET)),
    };
  }

  /** ADMIN's rotation: a new generated key signs from now on; the old one stays published. */
  async rotate(): Promise<CredentialIssuerKey> {
    if (this.config.CREDENTIAL_ISSUER_KEY_SEED)
      throw new Error('The signing key is configured (CREDENTIAL_ISSUER_KEY_SEED): rotate it there.');
    const current = await this.repo.currentKey();
    return this.createKey(current?.id ?? null, true);
  }

  private asSigningKey(row: CredentialIssuerKey, secretKeyMultibase: string): SigningKey {
    return {
      id: IssuerUrls.key(this.base, row.id),
      controller: this.issuerId,
      publicKeyMultibase: row.publicKeyMultibase,
      secretKeyMultibase,
    };
  }

  /**
   * Creates a generated key under the keys' lock, unless another replica did meanwhile: without
   * `rotate`, any current generated key will do; with it, only a key other than `seenCurrentId`.
   */
  private async createKey(seenCurrentId: string | null, rotate = false): Promise<CredentialIssuerKey> {
    const pair = await generateKeyPair();
    return this.repo.transaction(async (manager) => {
      await this.repo.lockKeys(manager);
      const current = await this.repo.currentKey(manager);
      if (current?.source === 'GENERATED' && (!rotate || current.id !== seenCurrentId)) return current;
      if (current) await this.repo.retireCurrentKey(manager);
      return this.repo.insertKey(manager, {
        publicKeyMultibase: pair.publicKeyMultibase,
        secretKeyCiphertext: encryptSecret(pair.secretKeyMultibase, this.config.SESSION_SECRET),
        source: 'GENERATED',
      });
    });
  }

  private adoptConfigured(publicKeyMultibase: string): Promise<CredentialIssuerKey> {
    return this.repo.transaction(async (manager) => {
      await this.repo.lockKeys(manager);
      const known = await this.repo.keyByPublicKey(manager, publicKeyMultibase);
      if (known?.isCurrent) return known;
      await this.repo.retireCurrentKey(manager);
      if (known) {
        await this.repo.reinstateKey(manager, known.id);
        return { ...known, isCurrent: true, retiredAt: null };
      }
      return this.repo.insertKey(manager, { publicKeyMultibase, secretKeyCiphertext: null, source: 'CONFIGURED' });
    });
  }

  sign(credential: Record<string, unknown>, key: SigningKey, date = new Date()): Promise<Record<string, unknown>> {
    return signCredential(credential, key, this.documentLoader(), date);
  }

  // --- status lists ------------------------------------------------------------------------------

  /** An index of the current list (a new list when there is none or it is full), in the caller's transaction. */
  async allocateStatus(manager: EntityManager, key: SigningKey): Promise<{ listId: number; index: number }> {
    let list = await this.repo.lockCurrentList(manager);
    let index = list ? await this.repo.takeIndex(manager, list.id) : null;
    if (list === null || index === null) {
      if (list) await this.repo.closeList(manager, list.id);
      list = await this.repo.insertList(manager, {
        length: STATUS_LIST_LENGTH,
        multiplier: 2 * randomInt(1, STATUS_LIST_LENGTH / 2) + 1,
        offsetIndex: randomInt(0, STATUS_LIST_LENGTH),
      });
      await this.publishList(manager, list.id, key);
      index = (await this.repo.takeIndex(manager, list.id)) as number;
    }
    return { listId: list.id, index };
  }

  /** Re-signs the list from the certificates' statuses, under the list's row lock (one writer at a time). */
  async publishList(manager: EntityManager, listId: number, key: SigningKey): Promise<void> {
    const list = await this.repo.lockList(manager, listId);
    const setIndexes = await this.repo.setIndexes(manager, listId);
    const unsigned = await statusListCredential({
      id: IssuerUrls.statusList(this.base, listId),
      length: list.length,
      setIndexes,
      purpose: list.purpose,
    });
    const now = new Date();
    const signed = await this.sign({ ...unsigned, issuer: this.issuerId, validFrom: isoSeconds(now) }, key, now);
    await this.repo.saveListCredential(manager, listId, signed);
  }

  // --- documents ---------------------------------------------------------------------------------

  async controllerDocument(): Promise<Record<string, unknown>> {
    const keys = await this.repo.allKeys();
    const methods = keys.map((k) => this.keyDocument(k, false));
    return {
      '@context': [DID_CONTEXT, MULTIKEY_CONTEXT],
      id: this.issuerId,
      verificationMethod: methods,
      assertionMethod: methods.map((m) => m['id']),
    };
  }

  keyDocument(key: CredentialIssuerKey, withContext = true): Record<string, unknown> {
    return {
      ...(withContext ? { '@context': MULTIKEY_CONTEXT } : {}),
      id: IssuerUrls.key(this.base, key.id),
      type: 'Multikey',
      controller: this.issuerId,
      publicKeyMultibase: key.publicKeyMultibase,
    };
  }

  /** Our own document at this URL (controller, key, status list), or null. */
  async ownDocument(url: string): Promise<Record<string, unknown> | null> {
    const parsed = parseIssuerUrl(this.base, url);
    if (!parsed) return null;
    if (parsed.kind === 'issuer') return this.controllerDocument();
    if (parsed.kind === 'key') {
      const key = await this.repo.keyById(parsed.keyId);
      return key ? this.keyDocument(key) : null;
    }
    return (await this.repo.listById(parsed.listId))?.credential ?? null;
  }

  documentLoader(): DocumentLoader {
    return createDocumentLoader((url) => this.ownDocument(url));
  }
}

/** XML Schema dateTime without fractions, as credentials show it. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
