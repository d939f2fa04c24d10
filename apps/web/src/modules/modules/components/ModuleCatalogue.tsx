import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Card, Group, Loader, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { LOCALE_NATIVE_NAMES, LOCALES, PROGRAMME_COUNTRIES, isLocale, isProgrammeCountry } from '@tandem/shared-domain';
import type { ModuleFilter, ModuleKind, ModuleSummaryFragment } from '@tandem/web-graphql';
import { ErrorAlert } from '@tandem/web-ui';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAddressParams } from '../../navigation/hooks/useAddressParams';
import { toAppError } from '../../errors/to-app-error';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { useCurrentLocale } from '../../i18n/hooks/useLocale';
import { ModulesQuery } from '../graphql/modules';
import { modulePath } from '../module-path';
import { FallbackMarker } from './FallbackMarker';
import { ModuleFacts } from './ModuleFacts';

const KINDS: readonly ModuleKind[] = ['JOINT', 'NATIONAL'];

function isKind(value: string | null): value is ModuleKind {
  return !!value && (KINDS as readonly string[]).includes(value);
}

/** The filters live in the address (`?kind=JOINT&country=EE&language=et&q=safety`): shareable, and Back works. */
function useCatalogueFilter() {
  const [params, update] = useAddressParams();
  const kind = params.get('kind');
  const country = params.get('country');
  const language = params.get('language');
  const filter = {
    kind: isKind(kind) ? kind : null,
    country: country && isProgrammeCountry(country) ? country : null,
    language: isLocale(language) ? language : null,
    search: params.get('q') ?? '',
  };
  const set = (name: 'kind' | 'country' | 'language' | 'q', value: string | null) => update({ [name]: value });
  return { filter, set };
}

/** The module catalogue: joint and national modules in the viewer's language, filtered. */
export function ModuleCatalogue() {
  const { t } = useTranslation();
  const format = useFormatter();
  const locale = useCurrentLocale();
  const { filter, set } = useCatalogueFilter();
  const [search, setSearch] = useState(filter.search);
  const [debouncedSearch] = useDebouncedValue(search, 300);
  useEffect(() => {
    if (debouncedSearch.trim() !== filter.search) set('q', debouncedSearch.trim() || null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debouncedSearch]);

  const variables: { filter: ModuleFilter; language: string } = {
    filter: {
      ...(filter.kind && { kind: filter.kind }),
      ...(filter.country && { countryCode: filter.country }),
      ...(filter.language && { language: filter.language }),
      ...(filter.search && { search: filter.search }),
    },
    language: locale,
  };
  const { data, previousData, loading, error } = useQuery(ModulesQuery, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  const modules = (data ?? previousData)?.modules;

  return (
    <Stack gap="lg">
      <Card
        component="form"
        noValidate
        role="search"
        aria-label={t('modules.filters.label')}
        onSubmit={(e) => e.preventDefault()}
        withBorder
      >
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
          <Select
            label={t('modules.filters.kind')}
            placeholder={t('modules.filters.all')}
            data={KINDS.map((kind) => ({
              value: kind,
              label: t(`modules.kinds.${kind}`),
            }))}
            value={filter.kind}
            onChange={(value) => set('kind', value)}
            clearable
            clearButtonProps={{ 'aria-label': t('modules.filters.clear') }}
            data-testid="filter-kind"
          />
          <Select
            label={t('modules.filters.country')}
            placeholder={t('modules.filters.all')}
            data={PROGRAMME_COUNTRIES.map((code) => ({
              value: code,
              label: format.country(code),
            }))}
            value={filter.country}
            onChange={(value) => set('country', value)}
            clearable
            clearButtonProps={{ 'aria-label': t('modules.filters.clear') }}
          />
          <Select
            label={t('modules.filters.language')}
            description={t('modules.filters.languageHelp')}
            placeholder={t('modules.filters.all')}
            data={LOCALES.map((code) => ({
              value: code,
              label: LOCALE_NATIVE_NAMES[code],
            }))}
            value={filter.language}
            onChange={(value) => set('language', value)}
            clearable
            clearButtonProps={{ 'aria-label': t('modules.filters.clear') }}
          />
          <TextInput
            type="search"
            label={t('modules.filters.search')}
            description={t('modules.filters.searchHelp')}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
          />
        </SimpleGrid>
      </Card>

      {error && !modules && <ErrorAlert error={toAppError(error)} />}
      {!modules && loading && (
        <Group role="status" gap="sm">
          <Loader size="sm" aria-hidden="true" />
          <Text>{t('app.loading')}</Text>
        </Group>
      )}
      {modules && (
        <>
          <Text role="status" size="sm" c="dimmed" data-testid="module-count">
            {t('modules.count', { count: modules.length })}
          </Text>
          {modules.length === 0 ? (
            <Text>{t('modules.empty')}</Text>
          ) : (
            <SimpleGrid component="ul" cols={{ base: 1, md: 2 }} spacing="md" p={0} m={0} style={{ listStyle: 'none' }}>
              {modules.map((module) => (
                <ModuleCard key={module.versionId} module={module} />
              ))}
            </SimpleGrid>
          )}
        </>
      )}
    </Stack>
  );
}

function ModuleCard({ module }: { module: ModuleSummaryFragment }) {
  const { t } = useTranslation();
  const headingId = `module-${module.id}`;
  return (
    <Card component="li" withBorder aria-labelledby={headingId} data-testid="module-card" data-code={module.code}>
      <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
        <Text size="sm" fw={700} c="baltic.8" ff="monospace">
          {module.code}
        </Text>
        <Group gap={4}>
          {module.canEdit && module.status === 'DRAFT' && (
            <Badge color="orange" data-testid="draft-badge">
              {t('modules.draft')}
            </Badge>
          )}
          {module.canEdit && module.status !== 'DRAFT' && module.draftVersion !== null && (
            <Badge color="orange" variant="outline">
              {t('modules.draftInProgress', { version: module.draftVersion })}
            </Badge>
          )}
          <Badge variant="light">{t('modules.versionNumber', { version: module.version })}</Badge>
        </Group>
      </Group>
      <Title order={2} size="h4" id={headingId} mt={4} mb="xs">
        <Anchor component={Link} to={modulePath(module.id)} inherit>
          {module.title}
        </Anchor>
        <FallbackMarker show={module.titleIsFallback} />
      </Title>
      <ModuleFacts module={module} />
    </Card>
  );
}
