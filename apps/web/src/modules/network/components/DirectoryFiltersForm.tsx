import { Button, Group, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DIRECTORY_SEARCH_MAX_LENGTH, hasDirectoryFilters, type DirectoryFilters } from '../directory-filters';
import { useCountryOptions } from '../hooks/useCountryOptions';
import {
  isOrganisationKind,
  isSector,
  ORGANISATION_KINDS,
  organisationKindKey,
  SECTORS_LIST,
  sectorKey,
} from '../labels';

interface Props {
  filters: DirectoryFilters;
  onChange: (filters: DirectoryFilters) => void;
}

/**
 * The directory's search and filters. The choices apply at once; the search text when the form is
 * sent (Enter or the button), so that typing does not reload the list at every key.
 */
export function DirectoryFiltersForm({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const countries = useCountryOptions(filters.country);
  const [search, setSearch] = useState(filters.search);
  // Back and forward (or a link) change the filters from outside: the box follows.
  useEffect(() => setSearch(filters.search), [filters.search]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onChange({ ...filters, search: search.trim() });
  }

  return (
    <form onSubmit={onSubmit} role="search" aria-label={t('network.filters.label')} noValidate>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
        <TextInput
          type="search"
          label={t('network.filters.search')}
          description={t('network.filters.searchHelp')}
          name="q"
          value={search}
          maxLength={DIRECTORY_SEARCH_MAX_LENGTH}
          onChange={(event) => setSearch(event.currentTarget.value)}
        />
        <NativeSelect
          label={t('network.filters.country')}
          name="country"
          value={filters.country ?? ''}
          onChange={(event) =>
            onChange({ ...filters, search: search.trim(), country: event.currentTarget.value || null })
          }
          data={[{ value: '', label: t('network.filters.allCountries') }, ...countries]}
        />
        <NativeSelect
          label={t('network.filters.kind')}
          name="kind"
          value={filters.kind ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value;
            onChange({ ...filters, search: search.trim(), kind: isOrganisationKind(value) ? value : null });
          }}
          data={[
            { value: '', label: t('network.filters.allKinds') },
            ...ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t(organisationKindKey(kind)) })),
          ]}
        />
        <NativeSelect
          label={t('network.filters.sector')}
          name="sector"
          value={filters.sector ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value;
            onChange({ ...filters, search: search.trim(), sector: isSector(value) ? value : null });
          }}
          data={[
            { value: '', label: t('network.filters.allSectors') },
            ...SECTORS_LIST.map((sector) => ({ value: sector, label: t(sectorKey(sector)) })),
          ]}
        />
      </SimpleGrid>
      <Group mt="md" gap="sm">
        <Button type="submit">{t('network.filters.submit')}</Button>
        {hasDirectoryFilters(filters) && (
          <Button
            variant="default"
            onClick={() => {
              setSearch('');
              onChange({ search: '', country: null, kind: null, sector: null });
            }}
          >
            {t('network.filters.clear')}
          </Button>
        )}
      </Group>
    </form>
  );
}
