import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { ErrorAlert } from '@tandem/web-ui';
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
 * (the filters in the address), with a CSV of the filtered list; "Show more" pages on.
 */
export function PeopleDirectory() {
  const { t } = useTranslation();
  const format = useFormatter();
  const { filter, set } = usePeopleFilter();
  const { connection: people, error, loadingMore, moreError, hasMore, showMore } = usePeopleDirectory(filter);

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
          {people.edges.length > 0 && (
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
                      <Table.Td>
                        <Anchor component={Link} to={personRecordPath(node.id)}>
                          {node.displayName}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{node.email}</Table.Td>
                      <Table.Td>
                        {node.organisation ? (
                          <Anchor component={Link} to={organisationPath(node.organisation.id)} size="sm">
                            {node.organisation.name}
                          </Anchor>
                        ) : (
                          '–'
                        )}
                      </Table.Td>
                      <Table.Td>{node.countryCode ? format.country(node.countryCode) : '–'}</Table.Td>
                      <Table.Td>
                        <RoleBadges roles={node.roles} />
                      </Table.Td>
                      <Table.Td>
                        <Badge
                          variant="outline"
                          radius="sm"
                          tt="none"
                          color={node.status === 'ACTIVE' ? 'teal.9' : 'red.9'}
                        >
                          {t(`personRecord.status.${node.status}`)}
                        </Badge>
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
