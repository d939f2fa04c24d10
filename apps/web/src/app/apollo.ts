import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { pagedConnection } from '../modules/operations/connection';
import { toAppError } from '../modules/errors/to-app-error';
import { sessionEvents } from '../modules/session/session-events';

/**
 * Operations whose UNAUTHENTICATED answer is not "your session has ended": `Me` asks whether there
 * is a session at all, `Login` answers a wrong password, `Logout` may find the session gone.
 */
const SESSION_OPERATIONS: ReadonlySet<string> = new Set(['Me', 'Login', 'Logout']);

/** Same origin: the API serves the app and `/graphql` (Vite proxies it in development). */
export function createApolloClient(): ApolloClient {
  const expiredSession = new ErrorLink(({ error, operation }) => {
    if (SESSION_OPERATIONS.has(operation.operationName ?? '')) return;
    if (toAppError(error).code === 'UNAUTHENTICATED') sessionEvents.expired();
  });

  return new ApolloClient({
    link: ApolloLink.from([expiredSession, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
    cache: createCache(),
  });
}

/**
 * Every object the API returns has an `id`: the default normalisation keeps one copy of a Person,
 * Edition or CyclePhase, so a mutation's answer updates every page that shows it. WhereWeAreNow has
 * no id of its own: a fresh answer is merged into the cached one. A Module's `id` names the module,
 * not the version shown: the published version and an editor's draft (and the texts in another
 * language) are kept apart by version and language. The connections the app pages through with
 * "Show more" append each next page (`useConnection`).
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          completionPeople: pagedConnection(),
          mobilities: pagedConnection(),
          networkApplications: pagedConnection(),
          organisations: pagedConnection(),
          outboxMessages: pagedConnection(),
          people: pagedConnection(),
          resources: pagedConnection(),
          tandems: pagedConnection(),
        },
      },
      WhereWeAreNow: { merge: true },
      Module: { keyFields: ['versionId', 'language'] },
    },
  });
}
