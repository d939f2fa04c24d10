import { MantineProvider } from '@mantine/core';
import type { MockLink } from '@apollo/client/testing';
import type { SessionPersonFragment } from '@tandem/web-graphql';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { mockedApollo } from './mocked-apollo';

// jsdom has no matchMedia; Mantine asks it for the colour scheme.
window.matchMedia ??= (query: string) =>
  ({
    matches: false,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }) as unknown as MediaQueryList;

// Nor ResizeObserver; Mantine's SegmentedControl measures its items with one.
globalThis.ResizeObserver ??= class {
  observe() {
    return undefined;
  }
  unobserve() {
    return undefined;
  }
  disconnect() {
    return undefined;
  }
};

// Nor document.fonts; Mantine's autosizing Textarea listens to it for fonts that finish loading.
if (!('fonts' in document))
  Object.defineProperty(document, 'fonts', {
    value: { addEventListener: () => undefined, removeEventListener: () => undefined },
    configurable: true,
  });

const signedOut = {
  session: { status: 'signedOut', reason: 'anonymous' },
  signIn: () => undefined,
  end: () => undefined,
} as const;

export interface RenderOptions {
  /** The person signed in (components that link names to records need one); signed out by default. */
  person?: SessionPersonFragment;
  /** What the API answers (MockLink); nothing by default. */
  mocks?: ReadonlyArray<MockLink.MockedResponse>;
  /** Inside a router at `/`, for components with links. */
  router?: boolean;
}

/** Renders a component as the app would: Mantine, the app's i18n (English), a session, the API as mocked. */
export function renderInApp(ui: ReactNode, { person, mocks = [], router = false }: RenderOptions = {}) {
  const session = person
    ? { session: { status: 'signedIn', person } as const, signIn: () => undefined, end: () => undefined }
    : signedOut;
  const app = mockedApollo(mocks, { session });
  const view = render(router ? <MemoryRouter>{ui}</MemoryRouter> : ui, {
    wrapper: ({ children }) => app.wrapper({ children: <MantineProvider>{children}</MantineProvider> }),
  });
  return { ...view, apollo: app };
}
