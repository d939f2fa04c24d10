import type { DocumentLoader } from '@digitalbazaar/vc';
import { staticContext } from './contexts';

/** Thrown for a URL that is neither a bundled context nor one of our issuer's documents. */
export class UnknownDocumentError extends Error {
  constructor(readonly url: string) {
    super(`Document not available offline: ${url}`);
    this.name = 'UnknownDocumentError';
  }
}

/** Resolves the issuer's own documents (controller, keys, status lists) from the database, or null. */
export type OwnDocuments = (url: string) => Promise<Record<string, unknown> | null>;

/**
 * The document loader of every signing and verification: bundled contexts first, then the
 * issuer's own documents; everything else is refused (no network at run time).
 */
export function createDocumentLoader(own: OwnDocuments): DocumentLoader {
  return async (url: string) => {
    const context = staticContext(url);
    if (context) return { contextUrl: null, documentUrl: url, document: context };
    const document = await own(url);
    if (document) return { contextUrl: null, documentUrl: url, document };
    throw new UnknownDocumentError(url);
  };
}
