/** The stable addresses (under PUBLIC_URL) of the issuer's documents; credentials carry them. */
export const IssuerUrls = {
  issuer: (base: string) => `${base}/api/issuer`,
  key: (base: string, keyId: string) => `${base}/api/issuer/keys/${keyId}`,
  statusList: (base: string, listId: number) => `${base}/api/status-lists/${listId}`,
  credential: (base: string, publicId: string) => `${base}/api/credentials/${publicId}`,
  achievement: (base: string, editionId: string, language: string) =>
    `${base}/api/achievements/${editionId}/${language}`,
  verifyPage: (base: string, publicId: string) => `${base}/verify/${publicId}`,
};

/** The parts of one of our URLs, or null for anything else. */
export function parseIssuerUrl(
  base: string,
  url: string,
): { kind: 'issuer' } | { kind: 'key'; keyId: string } | { kind: 'statusList'; listId: number } | null {
  if (!url.startsWith(`${base}/api/`)) return null;
  const path = url.slice(base.length);
  if (path === '/api/issuer') return { kind: 'issuer' };
  const key = /^\/api\/issuer\/keys\/([0-9a-f-]{36})$/.exec(path);
  if (key) return { kind: 'key', keyId: key[1] };
  const list = /^\/api\/status-lists\/([1-9][0-9]{0,9})$/.exec(path);
  if (list) return { kind: 'statusList', listId: Number(list[1]) };
  return null;
}
