import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import type { Progress } from './types';

/** The headline: trained / target, in training, the forecast by the edition's end, the attendance rate. */
export function CockpitHeadline({ p }: { p: Progress }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const percent = p.target ? Math.round((100 * p.trained) / p.target) : null;
  const figures = [
    {
      id: 'trained',
      label: t('cockpit.headline.trained'),
      value:
        p.target === null || p.target === undefined
          ? format.number(p.trained)
          : t('cockpit.headline.ofTarget', {
              trained: format.number(p.trained),
              target: format.number(p.target),
            }),
      note:
        percent === null
          ? t('cockpit.headline.noTarget')
          : t('cockpit.headline.percent', { percent: format.number(percent) }),
    },
    {
      id: 'inTraining',
      label: t('cockpit.headline.inTraining'),
      value: format.number(p.inTraining),
      note: t('cockpit.headline.inTandem', { n: format.number(p.inTandem) }),
    },
    {
      id: 'forecast',
      label: t('cockpit.headline.forecast', { date: format.date(p.endsOn) }),
      value: format.number(p.forecastTrained),
      note: t('cockpit.headline.onTrack', { n: format.number(p.onTrack) }),
    },
    {
      id: 'attendance',
      label: t('cockpit.headline.attendanceRate'),
      value: `${format.number(Math.round(p.attendanceRate * 1000) / 10)} %`,
      note: t('cockpit.headline.withdrawn', { n: format.number(p.withdrawn) }),
    },
  ];
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} data-testid="cockpit-headline">
      {figures.map((f) => (
        <Paper key={f.id} withBorder p="md" data-testid={`headline-${f.id}`}>
          <Text size="sm" c="dimmed">
            {f.label}
          </Text>
          <Text fz={28} fw={700}>
            {f.value}
          </Text>
          <Text size="sm">{f.note}</Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
