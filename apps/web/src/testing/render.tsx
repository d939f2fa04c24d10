import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { mockedApollo } from './mocked-apollo';

// jsdom has no matchMedia; Mantine asks it for the colour scheme.
window.matchMedia ??= (query: string) =>
  ({
    matches: false,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }) as unknown as MediaQueryList;

const signedOut = {
  session: { status: 'signedOut', reason: 'anonymous' },
  signIn: () => undefined,
  end: () => undefined,
} as const;

/** Renders a component as the app would: Mantine, the app's i18n (English), a signed-out session, no API. */
export function renderInApp(ui: ReactNode) {
  const app = mockedApollo([], { session: signedOut });
  return render(ui, {
    wrapper: ({ children }) => app.wrapper({ children: <MantineProvider>{children}</MantineProvider> }),
  });
}
