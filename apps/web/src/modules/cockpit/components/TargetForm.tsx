import { useSuspenseQuery } from '@apollo/client/react';
import { Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { ErrorAlert } from '@tandem/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { TargetQuery } from '../graphql/targets';
import { useSetTarget } from '../hooks/useCockpitActions';

const COUNTRIES = ['EE', 'LV', 'LT'];
const SIDES = ['SCHOOL', 'COMPANY'] as const;

/** ADMIN: the edition's target and its splits by country and side (an empty split is no split). */
export function TargetForm() {
  const { t } = useTranslation();
  const format = useFormatter();
  const { data } = useSuspenseQuery(TargetQuery);
  const { save, saving: loading, failure } = useSetTarget();
  const [saved, setSaved] = useState(false);
  const of = (list: { key: string; value: number }[], key: string) => list.find((s) => s.key === key)?.value ?? '';
  const [total, setTotal] = useState<number | string>(data.target.total);
  const [countries, setCountries] = useState<Record<string, number | string>>(
    Object.fromEntries(COUNTRIES.map((c) => [c, of(data.target.byCountry, c)])),
  );
  const [sides, setSides] = useState<Record<string, number | string>>(
    Object.fromEntries(SIDES.map((s) => [s, of(data.target.bySide, s)])),
  );
  const splits = (values: Record<string, number | string>) =>
    Object.entries(values)
      .filter(([, v]) => v !== '')
      .map(([key, value]) => ({ key, value: Number(value) }));

  async function onSave() {
    setSaved(false);
    setSaved(
      await save({
        editionId: data.target.editionId,
        total: Number(total),
        byCountry: splits(countries),
        bySide: splits(sides),
      }),
    );
  }

  return (
    <Stack gap="sm" data-testid="target-form">
      {failure && <ErrorAlert error={failure} />}
      <NumberInput label={t('targets.total')} min={0} max={100000} value={total} onChange={setTotal} w={200} />
      <Group gap="sm" align="end">
        {COUNTRIES.map((c) => (
          <NumberInput
            key={c}
            label={format.country(c)}
            min={0}
            value={countries[c]}
            onChange={(v) => setCountries({ ...countries, [c]: v })}
            w={140}
          />
        ))}
      </Group>
      <Group gap="sm" align="end">
        {SIDES.map((s) => (
          <NumberInput
            key={s}
            label={t(`cockpit.sides.${s}`)}
            min={0}
            value={sides[s]}
            onChange={(v) => setSides({ ...sides, [s]: v })}
            w={140}
          />
        ))}
      </Group>
      <Text size="sm" c="dimmed">
        {t('targets.splitHint')}
      </Text>
      <Group>
        <Button loading={loading} onClick={() => void onSave()}>
          {t('targets.save')}
        </Button>
        {saved && <Text role="status">{t('targets.saved')}</Text>}
      </Group>
    </Stack>
  );
}
