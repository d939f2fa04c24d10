import { Anchor, Button, Group, NativeSelect, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { ROLES, isRole, type Role } from '@tandem/shared-domain';
import { ErrorAlert } from '@tandem/web-ui';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { useSignedInPerson } from '../../session/session-context';
import { usePeopleDirectory } from '../hooks/usePeopleDirectory';
import { grantableCountries } from '../invite-person';
import { RoleBadges } from './RoleBadges';

/** Everyone the viewer manages, searchable by name or e-mail, filtered by role and country; "Show more" pages on. */
export function PeopleDirectory() {
  const { t } = useTranslation();
  const format = useFormatter();
  const person = useSignedInPerson();
  const countries = useMemo(() => grantableCountries(person.roles), [person.roles]);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [role, setRole] = useState<Role | null>(null);
  const [country, setCountry] = useState<string | null>(null);
  const {
    connection: people,
    error,
    loadingMore,
    moreError,
    hasMore,
    showMore,
  } = usePeopleDirectory({
    search: debounced,
    role,
    country,
  });

  return (
    <Stack gap="md">
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
            w={320}
          />
          <NativeSelect
            label={t('people.directory.role')}
            value={role ?? ''}
            onChange={(e) => setRole(isRole(e.currentTarget.value) ? e.currentTarget.value : null)}
            data={[
              { value: '', label: t('people.directory.anyRole') },
              ...ROLES.map((r) => ({ value: r, label: t(`roles.${r}.name`) })),
            ]}
          />
          {countries.length > 1 && (
            <NativeSelect
              label={t('people.directory.country')}
              value={country ?? ''}
              onChange={(e) => setCountry(e.currentTarget.value || null)}
              data={[
                { value: '', label: t('people.directory.anyCountry') },
                ...countries.map((c) => ({ value: c, label: format.country(c) })),
              ]}
            />
          )}
        </Group>
      </Paper>

      {error && !people ? (
        <ErrorAlert error={error} />
      ) : !people ? (
        <Text role="status">{t('app.loading')}</Text>
      ) : (
        <>
          <Text size="sm" role="status" aria-live="polite" data-testid="people-count">
            {t('people.directory.count', { count: people.totalCount })}
          </Text>
          {people.edges.length > 0 && (
            <Table.ScrollContainer minWidth={640}>
              <Table striped highlightOnHover>
                <Table.Caption>{t('people.directory.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('people.directory.name')}</Table.Th>
                    <Table.Th scope="col">{t('people.directory.email')}</Table.Th>
                    <Table.Th scope="col">{t('people.directory.roles')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {people.edges.map(({ node }) => (
                    <Table.Tr key={node.id} data-testid="person-row">
                      <Table.Td>
                        <Anchor component={Link} to={`/people/${node.id}`}>
                          {node.displayName}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{node.email}</Table.Td>
                      <Table.Td>
                        <RoleBadges roles={node.roles} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {moreError && <ErrorAlert error={moreError} />}
          {hasMore && (
            <Group>
              <Button variant="default" loading={loadingMore} onClick={() => void showMore()}>
                {t('people.directory.showMore')}
              </Button>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
