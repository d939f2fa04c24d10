import { ApolloClient, ApolloLink, type InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createCache } from '../app/apollo';
import { createI18n } from '../app/i18n';
import { SessionContext, type SessionApi } from '../modules/session/session-context';

/** One request the app sent: what the API would have received. */
export interface SentRequest {
  operationName: string | undefined;
  variables: Record<string, unknown>;
}

export interface MockedApollo {
  /** Renders the hook under test inside the client: `renderHook(hook, { wrapper })`. */
  wrapper: (props: { children: ReactNode }) => ReactNode;
  client: ApolloClient;
  /** The app's own cache (its type policies), to assert what a change left in it. */
  cache: InMemoryCache;
  /** Every operation sent, in order, with its variables. */
  sent: SentRequest[];
  /** The operations sent with this name. */
  sentAs: (operationName: string) => SentRequest[];
}

/**
 * An Apollo client on the app's cache (and the app's i18n, in English) whose link answers from
 * `mocks` (MockLink: a request without a matching mock fails the operation) and records every
 * request it sees. `session`: the session the hooks see (none by default).
 */
export function mockedApollo(
  mocks: ReadonlyArray<MockLink.MockedResponse>,
  { session = null }: { session?: SessionApi | null } = {},
): MockedApollo {
  const sent: SentRequest[] = [];
  const record = new ApolloLink((operation, forward) => {
    sent.push({ operationName: operation.operationName, variables: { ...operation.variables } });
    return forward(operation);
  });
  const cache = createCache();
  const client = new ApolloClient({
    cache,
    link: ApolloLink.from([record, new MockLink(mocks, { showWarnings: false })]),
  });
  const i18n = createI18n('en');
  return {
    wrapper: ({ children }) => (
      <I18nextProvider i18n={i18n}>
        <SessionContext.Provider value={session}>
          <ApolloProvider client={client}>{children}</ApolloProvider>
        </SessionContext.Provider>
      </I18nextProvider>
    ),
    client,
    cache,
    sent,
    sentAs: (operationName) => sent.filter((request) => request.operationName === operationName),
  };
}
