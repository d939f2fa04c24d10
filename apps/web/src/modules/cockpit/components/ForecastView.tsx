import { List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import type { Progress } from './types';

/** The forecast's method in words, and where the shortfall is. */
export function ForecastView({ p }: { p: Progress }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const short = p.byCountry
    .filter((c) => (c.shortfall ?? 0) > 0)
    .sort((a, b) => (b.shortfall ?? 0) - (a.shortfall ?? 0));
  const hasTarget = p.target !== null && p.target !== undefined;
  const rate = `${format.number(Math.round(p.attendanceRate * 1000) / 10)} %`;
  return (
    <Stack gap="sm" data-testid="forecast">
      <Text>
        {hasTarget
          ? t('cockpit.forecast.summary', {
              forecast: format.number(p.forecastTrained),
              date: format.date(p.endsOn),
              target: format.number(p.target ?? 0),
            })
          : t('cockpit.forecast.summaryNoTarget', {
              forecast: format.number(p.forecastTrained),
              date: format.date(p.endsOn),
            })}
      </Text>
      <Text size="sm" c="dimmed" data-testid="forecast-method">
        {t('cockpit.forecast.method', {
          trained: format.number(p.trained),
          onTrack: format.number(p.onTrack),
          rate,
        })}
      </Text>
      {short.length ? (
        <List data-testid="shortfalls">
          {short.map((c) => (
            <List.Item key={`${c.country}-${c.side}`}>
              {t('cockpit.forecast.shortfall', {
                group: `${format.country(c.country)} · ${t(`cockpit.sides.${c.side}`)}`,
                shortfall: format.number(c.shortfall ?? 0),
                seats: format.number(c.seatsToSchedule ?? 0),
              })}
            </List.Item>
          ))}
        </List>
      ) : (
        // Without a target (a manager's organisation, say) "no shortfall" would claim a success.
        <Text>{hasTarget ? t('cockpit.forecast.noShortfall') : t('cockpit.forecast.noTarget')}</Text>
      )}
    </Stack>
  );
}
