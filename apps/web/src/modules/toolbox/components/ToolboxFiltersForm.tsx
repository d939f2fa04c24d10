import { Button, Group, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { LOCALE_NATIVE_NAMES, LOCALES, isLocale } from '@tandem/shared-domain';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useToolboxFilterOptions, type FilterOption } from '../hooks/useToolboxFilterOptions';
import {
  AUDIENCE_LIST,
  RESOURCE_KINDS,
  RESOURCE_SORTS,
  audienceKey,
  isAudience,
  isResourceKind,
  isToolboxSort,
  resourceKindKey,
} from '../labels';
import {
  EMPTY_TOOLBOX_FILTERS,
  TOOLBOX_SEARCH_MAX_LENGTH,
  hasToolboxFilters,
  type ToolboxFilters,
} from '../toolbox-filters';

/** A choice from the address that the lists do not (yet) have stays selectable rather than vanishing. */
function withChosen(options: FilterOption[], chosen: string | null): FilterOption[] {
  return !chosen || options.some((o) => o.value === chosen) ? options : [...options, { value: chosen, label: chosen }];
}

interface Props {
  filters: ToolboxFilters;
  onChange: (filters: ToolboxFilters) => void;
}

/** The choices apply at once; the search text when the form is sent, so typing does not reload at every key. */
export function ToolboxFiltersForm({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const options = useToolboxFilterOptions();
  const [search, setSearch] = useState(filters.search);
  useEffect(() => setSearch(filters.search), [filters.search]);
  const change = (next: Partial<ToolboxFilters>) => onChange({ ...filters, search: search.trim(), ...next });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    change({});
  }

  return (
    <form onSubmit={onSubmit} role="search" aria-label={t('toolbox.resources.filters.label')} noValidate>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
        <TextInput
          type="search"
          label={t('toolbox.resources.filters.search')}
          description={t('toolbox.resources.filters.searchHelp')}
          name="q"
          value={search}
          maxLength={TOOLBOX_SEARCH_MAX_LENGTH}
          onChange={(event) => setSearch(event.currentTarget.value)}
        />
        <NativeSelect
          label={t('toolbox.resources.filters.kind')}
          value={filters.kind ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value;
            change({ kind: isResourceKind(value) ? value : null });
          }}
          data={[
            { value: '', label: t('toolbox.resources.filters.allKinds') },
            ...RESOURCE_KINDS.map((kind) => ({ value: kind, label: t(resourceKindKey(kind)) })),
          ]}
        />
        <NativeSelect
          label={t('toolbox.resources.filters.language')}
          value={filters.language ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value;
            change({ language: isLocale(value) ? value : null });
          }}
          data={[
            { value: '', label: t('toolbox.resources.filters.allLanguages') },
            ...LOCALES.map((code) => ({ value: code, label: LOCALE_NATIVE_NAMES[code] })),
          ]}
        />
        <NativeSelect
          label={t('toolbox.resources.filters.audience')}
          value={filters.audience ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value;
            change({ audience: isAudience(value) ? value : null });
          }}
          data={[
            { value: '', label: t('toolbox.resources.filters.allAudiences') },
            ...AUDIENCE_LIST.map((audience) => ({ value: audience, label: t(audienceKey(audience)) })),
          ]}
        />
        <NativeSelect
          label={t('toolbox.resources.filters.competence')}
          value={filters.competenceId ?? ''}
          onChange={(event) => change({ competenceId: event.currentTarget.value || null })}
          data={[
            { value: '', label: t('toolbox.resources.filters.allCompetences') },
            ...withChosen(options.competences, filters.competenceId),
          ]}
        />
        <NativeSelect
          label={t('toolbox.resources.filters.module')}
          value={filters.moduleId ?? ''}
          onChange={(event) => change({ moduleId: event.currentTarget.value || null })}
          data={[
            { value: '', label: t('toolbox.resources.filters.allModules') },
            ...withChosen(options.modules, filters.moduleId),
          ]}
        />
        <NativeSelect
          label={t('toolbox.resources.filters.sort')}
          value={filters.sort ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value;
            change({ sort: isToolboxSort(value) ? value : null });
          }}
          data={[
            { value: '', label: t('toolbox.resources.sorts.DEFAULT') },
            ...RESOURCE_SORTS.map((sort) => ({ value: sort, label: t(`toolbox.resources.sorts.${sort}`) })),
          ]}
        />
      </SimpleGrid>
      <Group mt="md" gap="sm">
        <Button type="submit">{t('toolbox.resources.filters.submit')}</Button>
        {hasToolboxFilters(filters) && (
          <Button
            variant="default"
            onClick={() => {
              setSearch('');
              onChange(EMPTY_TOOLBOX_FILTERS);
            }}
          >
            {t('toolbox.resources.filters.clear')}
          </Button>
        )}
      </Group>
    </form>
  );
}
