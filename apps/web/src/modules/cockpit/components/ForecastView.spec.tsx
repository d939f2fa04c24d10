import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { englishCatalogue } from '@tandem/shared-i18n';
import type { ReactNode } from 'react';
import { mockedApollo } from '../../../testing/mocked-apollo';
import { ForecastView } from './ForecastView';
import type { Progress } from './types';

const progress = (target: number | null): Progress =>
  ({
    target,
    forecastTrained: 4,
    endsOn: '2027-08-31',
    trained: 2,
    onTrack: 2,
    attendanceRate: 0.9,
    byCountry: [],
  }) as unknown as Progress;

const signedOut = {
  session: { status: 'signedOut', reason: 'anonymous' },
  signIn: () => undefined,
  end: () => undefined,
} as const;
const app = mockedApollo([], { session: signedOut });
const wrapper = ({ children }: { children: ReactNode }) =>
  app.wrapper({ children: <MantineProvider>{children}</MantineProvider> });

// jsdom has no matchMedia; Mantine asks it for the colour scheme.
beforeAll(() => {
  window.matchMedia ??= (query: string) =>
    ({
      matches: false,
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }) as unknown as MediaQueryList;
});

describe('ForecastView', () => {
  it('claims no success where there is no target (a manager’s organisation)', () => {
    render(<ForecastView p={progress(null)} />, { wrapper });
    expect(screen.getByText(englishCatalogue.cockpit.forecast.noTarget)).toBeTruthy();
    expect(screen.queryByText(englishCatalogue.cockpit.forecast.noShortfall)).toBeNull();
    expect(screen.queryByText(/target –/)).toBeNull();
  });

  it('says there is no shortfall when a target is met by the forecast', () => {
    render(<ForecastView p={progress(4)} />, { wrapper });
    expect(screen.getByText(englishCatalogue.cockpit.forecast.noShortfall)).toBeTruthy();
  });
});
