import { Button, Group, Select, Stack, Text } from '@mantine/core';
import type { CitationSourceInput } from '@tandem/web-graphql';
import { ErrorAlert, useFieldErrors, type AppError } from '@tandem/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';

const ALL = 'ALL';
const FIGURES = ['ATTENDANCE_RATE', 'TRAINED_SHARE'] as const;

/** Cites a programme figure (attendance rate, share trained) for a group; the API takes the snapshot. */
export function FigurePicker({
  onCite,
  citing,
}: {
  onCite: (source: CitationSourceInput) => Promise<{ error: AppError | null }>;
  citing: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormatter();
  const [figure, setFigure] = useState<(typeof FIGURES)[number]>('TRAINED_SHARE');
  const [country, setCountry] = useState(ALL);
  const [side, setSide] = useState(ALL);
  const [failure, setFailure] = useState<AppError | null>(null);
  const { all } = useFieldErrors(failure);

  async function cite() {
    const { error } = await onCite({
      figure,
      countryCode: country === ALL ? null : country,
      side: side === ALL ? null : side,
    });
    setFailure(error);
  }

  return (
    <Stack gap="xs" data-testid="figure-picker">
      <Text size="sm" fw={600}>
        {t('policy.evidence.figure')}
      </Text>
      <Group align="flex-end" wrap="wrap">
        <Select
          label={t('policy.evidence.figure')}
          value={figure}
          onChange={(v) => v && setFigure(v as (typeof FIGURES)[number])}
          data={FIGURES.map((f) => ({ value: f, label: t(`policy.evidence.figures.${f}`) }))}
          allowDeselect={false}
          w={240}
        />
        <Select
          label={t('evidence.cite.country')}
          value={country}
          onChange={(v) => setCountry(v ?? ALL)}
          data={[
            { value: ALL, label: t('evidence.snapshot.allCountries') },
            ...['EE', 'LV', 'LT'].map((c) => ({ value: c, label: format.country(c) })),
          ]}
          allowDeselect={false}
          w={160}
        />
        <Select
          label={t('evidence.cite.side')}
          value={side}
          onChange={(v) => setSide(v ?? ALL)}
          data={[
            { value: ALL, label: t('evidence.snapshot.bothSides') },
            { value: 'SCHOOL', label: t('evidence.side.SCHOOL') },
            { value: 'COMPANY', label: t('evidence.side.COMPANY') },
          ]}
          allowDeselect={false}
          w={160}
        />
        <Button onClick={cite} loading={citing} variant="light">
          {t('policy.evidence.cite')}
        </Button>
      </Group>
      {failure && (
        <ErrorAlert error={failure}>
          {all.map((e) => (
            <Text key={e.field} size="sm">
              {e.text}
            </Text>
          ))}
        </ErrorAlert>
      )}
    </Stack>
  );
}
