import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, NativeSelect, SimpleGrid, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { MobilityFieldsFragment } from '@tandem/web-graphql';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { useCountryOptions } from '../../network/hooks/useCountryOptions';
import { PagedList } from '../../operations/components/PagedList';
import { may } from '../../session/roles';
import { useSignedInPerson } from '../../session/session-context';
import { MobilityOrganisationsQuery } from '../graphql/mobilities';
import { useMobilityRegister } from '../hooks/useMobilities';
import { MOBILITY_KINDS, mobilityKindKey, mobilityPath } from '../labels';
import {
  EMPTY_MOBILITY_FILTERS,
  hasMobilityFilters,
  mobilityFiltersToParams,
  readMobilityFilters,
  type MobilityFilters,
} from '../mobility-filters';

const FIRST_YEAR = 2020;

/** Who went: the person, or the group of VET learners. */
export function useWhoText() {
  const { t } = useTranslation();
  return (m: Pick<MobilityFieldsFragment, 'person' | 'learnerCount'>) =>
    m.person?.name ?? (m.learnerCount ? t('toolbox.mobilities.learners', { count: m.learnerCount }) : '—');
}

/** `/mobilities?kind=&country=&year=&organisation=`: the filters live in the address. */
export function MobilityRegister() {
  const { t } = useTranslation();
  const format = useFormatter();
  const who = useWhoText();
  const person = useSignedInPerson();
  const [params, setParams] = useSearchParams();
  const filters = readMobilityFilters(params);
  const page = useMobilityRegister(filters);
  const countries = useCountryOptions(filters.hostCountry);
  const canRecord = may(person.roles, 'mobility.record');
  const organisations = useQuery(MobilityOrganisationsQuery, { skip: !canRecord });
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear + 2 - FIRST_YEAR }, (_, i) => String(thisYear + 1 - i));
  const apply = (next: MobilityFilters) => setParams(mobilityFiltersToParams(next));

  return (
    <Stack gap="lg">
      <form role="search" aria-label={t('toolbox.mobilities.filters')} onSubmit={(e) => e.preventDefault()} noValidate>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
          <NativeSelect
            label={t('toolbox.mobilities.kind')}
            name="kind"
            value={filters.kind ?? ''}
            onChange={(e) =>
              apply({ ...filters, kind: MOBILITY_KINDS.find((k) => k === e.currentTarget.value) ?? null })
            }
            data={[
              { value: '', label: t('toolbox.mobilities.allKinds') },
              ...MOBILITY_KINDS.map((k) => ({ value: k, label: t(mobilityKindKey(k)) })),
            ]}
          />
          <NativeSelect
            label={t('toolbox.mobilities.hostCountry')}
            name="country"
            value={filters.hostCountry ?? ''}
            onChange={(e) => apply({ ...filters, hostCountry: e.currentTarget.value || null })}
            data={[{ value: '', label: t('toolbox.mobilities.allCountries') }, ...countries]}
          />
          <NativeSelect
            label={t('toolbox.mobilities.year')}
            name="year"
            value={filters.year ? String(filters.year) : ''}
            onChange={(e) => apply({ ...filters, year: e.currentTarget.value ? Number(e.currentTarget.value) : null })}
            data={[{ value: '', label: t('toolbox.mobilities.allYears') }, ...years]}
          />
          {canRecord && (
            <NativeSelect
              label={t('toolbox.mobilities.organisation')}
              name="organisation"
              value={filters.organisationId ?? ''}
              onChange={(e) => apply({ ...filters, organisationId: e.currentTarget.value || null })}
              data={[
                { value: '', label: t('toolbox.mobilities.allOrganisations') },
                ...(organisations.data?.mobilityOrganisations ?? []).map((o) => ({ value: o.id, label: o.name })),
              ]}
            />
          )}
        </SimpleGrid>
        {hasMobilityFilters(filters) && (
          <Group mt="md">
            <Button variant="default" onClick={() => apply(EMPTY_MOBILITY_FILTERS)}>
              {t('toolbox.mobilities.clearFilters')}
            </Button>
          </Group>
        )}
      </form>
      <section aria-label={t('toolbox.mobilities.results')}>
        <PagedList page={page} showMoreLabel={t('toolbox.mobilities.showMore')} retryLabel={t('toolbox.retry')}>
          {(connection) => {
            const mobilities = connection.edges.map((e) => e.node);
            return (
              <>
                <Text fw={500} role="status" data-testid="mobility-count">
                  {t('toolbox.mobilities.total', { count: connection.totalCount })}
                </Text>
                {mobilities.length === 0 ? (
                  <Text>{t('toolbox.mobilities.empty')}</Text>
                ) : (
                  <Table.ScrollContainer minWidth={720}>
                    <Table striped highlightOnHover verticalSpacing="sm" bg="white" withTableBorder>
                      <caption>
                        <VisuallyHidden>{t('toolbox.mobilities.tableCaption')}</VisuallyHidden>
                      </caption>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th scope="col">{t('toolbox.mobilities.dates')}</Table.Th>
                          <Table.Th scope="col">{t('toolbox.mobilities.kind')}</Table.Th>
                          <Table.Th scope="col">{t('toolbox.mobilities.who')}</Table.Th>
                          <Table.Th scope="col">{t('toolbox.mobilities.from')}</Table.Th>
                          <Table.Th scope="col">{t('toolbox.mobilities.host')}</Table.Th>
                          <Table.Th scope="col">{t('toolbox.mobilities.duration')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {mobilities.map((m) => (
                          <Table.Tr key={m.id} data-testid="mobility-row">
                            <Table.Th scope="row" fw={500}>
                              <Anchor component={Link} to={mobilityPath(m.id)}>
                                {format.dateRange(m.startsOn, m.endsOn)}
                              </Anchor>
                            </Table.Th>
                            <Table.Td>{t(mobilityKindKey(m.kind))}</Table.Td>
                            <Table.Td>{who(m)}</Table.Td>
                            <Table.Td>{m.fromOrganisation.name}</Table.Td>
                            <Table.Td>
                              {m.hostOrganisation} ({format.country(m.hostCountry)})
                            </Table.Td>
                            <Table.Td>{t('toolbox.mobilities.days', { count: m.durationDays })}</Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                )}
                <Text size="sm" c="dimmed">
                  {t('toolbox.mobilities.shown', { shown: mobilities.length, total: connection.totalCount })}
                </Text>
              </>
            );
          }}
        </PagedList>
      </section>
    </Stack>
  );
}
