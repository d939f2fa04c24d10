import { screen } from '@testing-library/react';
import { englishCatalogue } from '@tandem/shared-i18n';
import { renderInApp } from '../../../testing/render';
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

describe('ForecastView', () => {
  it('claims no success where there is no target (a manager’s organisation)', () => {
    renderInApp(<ForecastView p={progress(null)} />);
    expect(screen.getByText(englishCatalogue.cockpit.forecast.noTarget)).toBeTruthy();
    expect(screen.queryByText(englishCatalogue.cockpit.forecast.noShortfall)).toBeNull();
    expect(screen.queryByText(/target –/)).toBeNull();
  });

  it('says there is no shortfall when a target is met by the forecast', () => {
    renderInApp(<ForecastView p={progress(4)} />);
    expect(screen.getByText(englishCatalogue.cockpit.forecast.noShortfall)).toBeTruthy();
  });
});
