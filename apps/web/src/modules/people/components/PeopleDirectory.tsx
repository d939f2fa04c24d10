import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { ErrorAlert, RecordCard, RecordCards, useIsPhone } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { organisationPath } from '../../network/labels';
import { personRecordPath } from '../../person-record/record-access';
import { usePeopleDirectory } from '../hooks/usePeopleDirectory';
import { peopleExportHref, usePeopleFilter } from '../hooks/usePeopleFilter';
import { PeopleFilters } from './PeopleFilters';
import { RoleBadges } from './RoleBadges';

/**
 * Everyone the viewer manages, filtered by name or e-mail, role, country, organisation and status
 * (the filters in the address), with a CSV of the filtered list; "Show more" pages on. Cards on a phone.
 */
export function PeopleDirectory() {
  const { t } = useTranslation();
  const format = useFormatter();
  const { filter, set } = usePeopleFilter();
  const { connection: people, error, loadingMore, moreError, hasMore, showMore } = usePeopleDirectory(filter);
  const phone = useIsPhone();
  type Person = NonNullable<typeof people>['edges'][number]['node'];
  const name = (node: Person) => (
    <Anchor component={Link} to={personRecordPath(node.id)}>
      {node.displayName}
    </Anchor>
  );
  const organisation = (node: Person) =>
    node.organisation ? (
      <Anchor component={Link} to={organisationPath(node.organisation.id)} size="sm">
        {node.organisation.name}
      </Anchor>
    ) : (
      '–'
    );
  const country = (node: Person) => (node.countryCode ? format.country(node.countryCode) : '–');
  const status = (node: Person) => (
    <Badge variant="outline" color={node.status === 'ACTIVE' ? 'teal' : 'red'}>
      {t(`personRecord.status.${node.status}`)}
    </Badge>
  );

  return (
    <Stack gap="md">
      <PeopleFilters filter={filter} set={set} />

      {error && !people ? (
        <ErrorAlert error={error} />
      ) : !people ? (
        <Text role="status">{t('app.loading')}</Text>
      ) : (
        <>
          <Group justify="space-between">
            <Text size="sm" role="status" aria-live="polite" data-testid="people-count">
              {t('people.directory.count', { count: people.totalCount })}
            </Text>
            <Anchor size="sm" href={peopleExportHref(filter)} download data-testid="people-export">
              {t('people.directory.exportCsv')}
            </Anchor>
          </Group>
          {people.edges.length > 0 &&
            (phone ? (
              <RecordCards aria-label={t('people.directory.caption')}>
                {people.edges.map(({ node }) => (
                  <RecordCard
                    key={node.id}
                    data-testid="person-row"
                    title={name(node)}
                    fields={[
                      { label: t('people.directory.email'), value: node.email },
                      { label: t('people.directory.organisation'), value: organisation(node) },
                      { label: t('people.directory.country'), value: country(node) },
                      { label: t('people.directory.roles'), value: <RoleBadges roles={node.roles} /> },
                      { label: t('people.directory.status'), value: status(node) },
                    ]}
                  />
                ))}
              </RecordCards>
            ) : (
              <Table.ScrollContainer minWidth={880}>
                <Table striped highlightOnHover>
                  <Table.Caption>{t('people.directory.caption')}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('people.directory.name')}</Table.Th>
                      <Table.Th scope="col">{t('people.directory.email')}</Table.Th>
                      <Table.Th scope="col">{t('people.directory.organisation')}</Table.Th>
                      <Table.Th scope="col">{t('people.directory.country')}</Table.Th>
                      <Table.Th scope="col">{t('people.directory.roles')}</Table.Th>
                      <Table.Th scope="col">{t('people.directory.status')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {people.edges.map(({ node }) => (
                      <Table.Tr key={node.id} data-testid="person-row">
                        <Table.Td>{name(node)}</Table.Td>
                        <Table.Td>{node.email}</Table.Td>
                        <Table.Td>{organisation(node)}</Table.Td>
                        <Table.Td>{country(node)}</Table.Td>
                        <Table.Td>
                          <RoleBadges roles={node.roles} />
                        </Table.Td>
                        <Table.Td>{status(node)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            ))}
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
