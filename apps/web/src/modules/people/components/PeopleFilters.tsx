import { Group, NativeSelect, Paper, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { ROLES } from '@tandem/shared-domain';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { useSignedInPerson } from '../../session/session-context';
import { useEmployerChoices } from '../hooks/useEmployerChoices';
import { PERSON_STATUSES, type PeopleFilter, type PeopleFilterParam } from '../hooks/usePeopleFilter';
import { grantableCountries } from '../invite-person';

/** Search, role, country, organisation (of the chosen or only country) and account status. */
export function PeopleFilters({
  filter,
  set,
}: {
  filter: PeopleFilter;
  set: (changes: Partial<Record<PeopleFilterParam, string | null>>) => void;
}) {
  const { t } = useTranslation();
  const format = useFormatter();
  const person = useSignedInPerson();
  const countries = useMemo(() => grantableCountries(person.roles), [person.roles]);
  const organisationCountry = filter.country ?? (countries.length === 1 ? countries[0] : null);
  const { choices: organisations } = useEmployerChoices(organisationCountry, null);
  const [search, setSearch] = useState(filter.search);
  const [debounced] = useDebouncedValue(search.trim(), 300);
  useEffect(() => {
    if (debounced !== filter.search) set({ q: debounced || null });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);

  return (
    <Paper
      withBorder
      p="md"
      component="form"
      noValidate
      role="search"
      aria-label={t('people.directory.filters')}
      onSubmit={(e) => e.preventDefault()}
    >
      <Group align="flex-end" gap="md" wrap="wrap">
        <TextInput
          label={t('people.directory.search')}
          description={t('people.directory.searchHint')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={280}
        />
        <NativeSelect
          label={t('people.directory.role')}
          value={filter.role ?? ''}
          onChange={(e) => set({ role: e.currentTarget.value || null })}
          data={[
            { value: '', label: t('people.directory.anyRole') },
            ...ROLES.map((r) => ({ value: r, label: t(`roles.${r}.name`) })),
          ]}
        />
        {countries.length > 1 && (
          <NativeSelect
            label={t('people.directory.country')}
            value={filter.country ?? ''}
            // Another country's organisations do not apply: the organisation filter starts over.
            onChange={(e) => set({ country: e.currentTarget.value || null, organisation: null })}
            data={[
              { value: '', label: t('people.directory.anyCountry') },
              ...countries.map((c) => ({ value: c, label: format.country(c) })),
            ]}
          />
        )}
        {organisationCountry && (
          <NativeSelect
            label={t('people.directory.organisation')}
            value={filter.organisationId ?? ''}
            onChange={(e) => set({ organisation: e.currentTarget.value || null })}
            data={[{ value: '', label: t('people.directory.anyOrganisation') }, ...organisations]}
            maw={320}
          />
        )}
        <NativeSelect
          label={t('people.directory.status')}
          value={filter.status ?? ''}
          onChange={(e) => set({ status: e.currentTarget.value || null })}
          data={[
            { value: '', label: t('people.directory.anyStatus') },
            ...PERSON_STATUSES.map((s) => ({ value: s, label: t(`personRecord.status.${s}`) })),
          ]}
        />
      </Group>
    </Paper>
  );
}
