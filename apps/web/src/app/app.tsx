import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { tandemCssVariables, tandemTheme } from '@tandem/web-ui';
import { useCallback, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { SessionProvider } from '../modules/session/components/SessionProvider';
import { createApolloClient } from './apollo';
import { createI18n } from './i18n';
import { AppRoutes } from './router';

/**
 * The providers, outside in: look (Mantine), language (i18next), data (Apollo), who is signed in
 * (SessionProvider, which needs the first three), then the routes. Each singleton is created once
 * per mounted app, so a test can mount a fresh one.
 */
export function App() {
  const [i18n] = useState(() => createI18n());
  const [client, setClient] = useState(() => createApolloClient());

  // When a session ends, the next person (or the same one, signing in again) starts with a new
  // client: nothing cached stays, including the failed queries that pages suspended on (Apollo
  // keeps those per client and would throw their UNAUTHENTICATED again after sign-in).
  const renewClient = useCallback(
    () =>
      setClient((previous) => {
        void previous.clearStore();
        return createApolloClient();
      }),
    [],
  );

  return (
    <MantineProvider theme={tandemTheme} cssVariablesResolver={tandemCssVariables}>
      <I18nextProvider i18n={i18n}>
        <ApolloProvider client={client}>
          <SessionProvider onSessionEnd={renewClient}>
            <BrowserRouter>
              <AppRoutes />
            </BrowserRouter>
          </SessionProvider>
        </ApolloProvider>
      </I18nextProvider>
    </MantineProvider>
  );
}
