import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { CountriesQuery } from '../graphql/network';

export interface CountryOptionGroup {
  group: string;
  items: { value: string; label: string }[];
}

/**
 * Country choices for a filter, named in the viewer's language: the programme countries first,
 * then the others alphabetically. Until the list arrives, the current value stays choosable.
 */
export function useCountryOptions(current: string | null): CountryOptionGroup[] {
  const { t } = useTranslation();
  const format = useFormatter();
  const { data } = useQuery(CountriesQuery, { fetchPolicy: 'cache-first' });
  return useMemo(() => {
    const countries = data?.countries ?? (current ? [{ code: current, programmeCountry: true }] : []);
    const option = (code: string) => ({ value: code, label: format.country(code) });
    const programme = countries.filter((c) => c.programmeCountry).map((c) => option(c.code));
    const others = countries
      .filter((c) => !c.programmeCountry)
      .map((c) => option(c.code))
      .sort((a, b) => a.label.localeCompare(b.label, format.locale));
    return [
      { group: t('network.filters.programmeCountries'), items: programme },
      ...(others.length ? [{ group: t('network.filters.otherCountries'), items: others }] : []),
    ];
  }, [data, current, format, t]);
}
