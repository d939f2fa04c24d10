import { Alert, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PagedList } from '../../operations/components/PagedList';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { may } from '../../session/roles';
import { useSignedInPerson } from '../../session/session-context';
import { useDissolveTandem } from '../hooks/useDissolveTandem';
import { PAIRING_QUERIES } from '../hooks/useFormTandem';
import { useTandemList } from '../hooks/useTandemList';
import { readTandemFilters, writeTandemFilters } from '../tandem-filters';
import { isTandemStatus, TANDEM_STATUSES, tandemStatusKey } from '../tandem-labels';
import { viewerCountries } from '../../session/viewer-countries';
import { DissolveTandemDialog } from './DissolveTandemDialog';
import { TandemTable } from './TandemTable';
import { UnpairedTutors } from './UnpairedTutors';

/**
 * `/tandems?country=&status=&unpaired=`: the tandems of the viewer's countries with filters and
 * "Show more"; for coordinators and administrators the unpaired tutors with suggested partners.
 */
export function TandemsOverview() {
  const { t } = useTranslation();
  const format = useFormatter();
  const person = useSignedInPerson();
  const [params, setParams] = useSearchParams();
  const filters = readTandemFilters(params);
  const listCountries = viewerCountries(person.roles, 'tandem.list');
  const pairingCountries = viewerCountries(person.roles, 'tandem.form');
  const canPair = may(person.roles, 'tandem.form') && pairingCountries.length > 0;
  const requestedPairing = (params.get('unpaired') ?? '').toUpperCase();
  const pairingCountry = pairingCountries.includes(requestedPairing) ? requestedPairing : pairingCountries[0];

  const page = useTandemList(filters);
  const dissolve = useDissolveTandem(PAIRING_QUERIES);

  const dissolvedRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (dissolve.dissolved) dissolvedRef.current?.focus();
  }, [dissolve.dissolved]);

  const setParam = (name: string, value: string | null) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(name, value);
      else next.delete(name);
      return next;
    });

  return (
    <Stack gap="xl">
      {canPair && (
        <UnpairedTutors
          countries={pairingCountries}
          country={pairingCountry}
          onCountryChange={(country) => setParam('unpaired', country)}
        />
      )}

      <Stack component="section" aria-labelledby="tandem-list" gap="md">
        <Title order={2} id="tandem-list">
          {t('tandems.list.listTitle')}
        </Title>
        <form onSubmit={(event) => event.preventDefault()} aria-label={t('tandems.list.filtersLabel')} noValidate>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
            {listCountries.length > 1 && (
              <NativeSelect
                label={t('tandems.list.country')}
                value={filters.country ?? ''}
                onChange={(event) =>
                  setParams((current) =>
                    writeTandemFilters(current, { ...filters, country: event.currentTarget.value || null }),
                  )
                }
                data={[
                  { value: '', label: t('tandems.list.allCountries') },
                  ...listCountries.map((code) => ({ value: code, label: format.country(code) })),
                ]}
              />
            )}
            <NativeSelect
              label={t('tandems.list.status')}
              value={filters.status ?? ''}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setParams((current) =>
                  writeTandemFilters(current, { ...filters, status: isTandemStatus(value) ? value : null }),
                );
              }}
              data={[
                { value: '', label: t('tandems.list.allStatuses') },
                ...TANDEM_STATUSES.map((status) => ({ value: status, label: t(tandemStatusKey(status)) })),
              ]}
            />
          </SimpleGrid>
        </form>
        {dissolve.dissolved && (
          <Alert ref={dissolvedRef} tabIndex={-1} color="teal" role="status" data-testid="tandem-dissolved">
            {t('tandems.dissolve.done', {
              school: dissolve.dissolved.schoolTutor.displayName,
              company: dissolve.dissolved.companyTutor.displayName,
            })}
          </Alert>
        )}
        <PagedList page={page} showMoreLabel={t('tandems.list.showMore')}>
          {(connection) => {
            const tandems = connection.edges.map((edge) => edge.node);
            return (
              <>
                <Text fw={500} role="status" data-testid="tandem-count">
                  {t('tandems.list.total', { count: connection.totalCount })}
                </Text>
                {tandems.length === 0 ? (
                  <Text>{t('tandems.list.empty')}</Text>
                ) : (
                  <>
                    <TandemTable tandems={tandems} onDissolve={dissolve.start} />
                    <Text size="sm" c="dimmed">
                      {t('tandems.list.shown', { shown: tandems.length, total: connection.totalCount })}
                    </Text>
                  </>
                )}
              </>
            );
          }}
        </PagedList>
      </Stack>

      <DissolveTandemDialog
        tandem={dissolve.pending}
        saving={dissolve.saving}
        failure={dissolve.failure}
        onConfirm={(reason) => void dissolve.confirm(reason)}
        onCancel={dissolve.cancel}
      />
    </Stack>
  );
}
