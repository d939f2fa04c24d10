import { NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCountryOptions } from '../../network/hooks/useCountryOptions';

export interface HostPlace {
  hostOrganisation: string;
  hostCountry: string;
}

interface Props<F extends string, U extends string> {
  values: HostPlace & Record<F | U, string>;
  /** The names (and API fields) of the first and last day: `startsOn`/`endsOn`, `availableFrom`/`availableUntil`. */
  dates: { from: F; until: U; fromLabel: string; untilLabel: string };
  onChange: (field: keyof HostPlace | F | U, value: string) => void;
  fieldError: (field: string) => string | undefined;
}

/** Where and when, as a mobility and a host offer both ask it: host organisation, host country, first and last day. */
export function HostPlaceFields<F extends string, U extends string>({
  values,
  dates,
  onChange,
  fieldError,
}: Props<F, U>) {
  const { t } = useTranslation();
  const countries = useCountryOptions(values.hostCountry || null);
  return (
    <>
      <TextInput
        label={t('toolbox.mobilities.hostOrganisation')}
        name="hostOrganisation"
        required
        maxLength={200}
        value={values.hostOrganisation}
        onChange={(e) => onChange('hostOrganisation', e.currentTarget.value)}
        error={fieldError('hostOrganisation')}
      />
      <NativeSelect
        label={t('toolbox.mobilities.hostCountry')}
        name="hostCountry"
        required
        value={values.hostCountry}
        onChange={(e) => onChange('hostCountry', e.currentTarget.value)}
        error={fieldError('hostCountry')}
        data={[{ value: '', label: t('toolbox.mobilities.chooseCountry') }, ...countries]}
      />
      {(
        [
          [dates.from, dates.fromLabel],
          [dates.until, dates.untilLabel],
        ] as const
      ).map(([name, label]) => (
        <TextInput
          key={name}
          type="date"
          label={label}
          name={name}
          required
          value={values[name]}
          onChange={(e) => onChange(name, e.currentTarget.value)}
          error={fieldError(name)}
        />
      ))}
    </>
  );
}
