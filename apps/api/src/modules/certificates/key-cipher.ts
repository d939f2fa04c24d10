import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1';

/** AES-256-GCM key for the issuer's secret key, derived from SESSION_SECRET (HKDF-SHA256, its own label). */
function derive(sessionSecret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', sessionSecret, 'tandem', 'certificate-issuer-key/v1', 32));
}

/** `v1.<iv>.<tag>.<ciphertext>` (base64url): what is stored for a generated key. */
export function encryptSecret(plain: string, sessionSecret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', derive(sessionSecret), iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), body]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
}

/** Throws when the text was not encrypted with this secret (a changed SESSION_SECRET). */
export function decryptSecret(stored: string, sessionSecret: string): string {
  const [version, iv, tag, body] = stored.split('.');
  if (version !== VERSION || !iv || !tag || !body) throw new Error('Unknown format of the stored issuer key.');
  const decipher = createDecipheriv('aes-256-gcm', derive(sessionSecret), Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}
