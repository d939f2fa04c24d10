import { Button, Group, Loader, Modal, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { ErrorAlert } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from './ScrollRegion';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { useCompletionPeople } from '../hooks/useCompletionPeople';
import type { PeopleFilter } from '../export-links';
import { ExportLinks } from './ExportLinks';
import { WithdrawControl } from './WithdrawControl';
import { PersonLink } from '../../person-record/components/PersonLink';

/** The tutors behind a cockpit number (in the viewer's scope, enforced by the API), with exports. */
export function PeopleDrillDown({
  editionId,
  filter,
  title,
  onClose,
}: {
  editionId: string;
  filter: PeopleFilter | null;
  title: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormatter();
  const { connection: page, loading, loadingMore, error, moreError, hasMore, showMore } = useCompletionPeople(filter);
  const withActions = !!page?.edges.some((e) => e.node.canWithdraw);
  return (
    <Modal
      opened={!!filter}
      onClose={onClose}
      title={title}
      size="xl"
      closeButtonProps={{ 'aria-label': t('cockpit.drill.close') }}
    >
      <Stack gap="sm" data-testid="drill-down">
        {error && <ErrorAlert error={error} />}
        {loading && !page && <Loader size="sm" aria-label={t('cockpit.drill.loading')} />}
        {page && (
          <>
            <Group justify="space-between">
              <Text size="sm" data-testid="drill-count">
                {t('cockpit.drill.count', {
                  n: format.number(page.totalCount),
                })}
              </Text>
              <ExportLinks table="people" filter={filter ?? {}} label={title} />
            </Group>
            <ScrollRegion label={title} minWidth={760}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('cockpit.people.name')}</Table.Th>
                    <Table.Th scope="col">{t('cockpit.people.organisation')}</Table.Th>
                    <Table.Th scope="col">{t('cockpit.people.status')}</Table.Th>
                    <Table.Th scope="col">{t('cockpit.people.hours')}</Table.Th>
                    <Table.Th scope="col">{t('cockpit.people.joint')}</Table.Th>
                    <Table.Th scope="col">{t('cockpit.people.assignments')}</Table.Th>
                    <Table.Th scope="col">{t('cockpit.people.trainedAt')}</Table.Th>
                    {withActions && (
                      <Table.Th scope="col">
                        <VisuallyHidden>{t('cockpit.people.actions')}</VisuallyHidden>
                      </Table.Th>
                    )}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {page.edges.map(({ node: n }) => (
                    <Table.Tr key={n.personId} data-testid="drill-person" data-country={n.countryCode}>
                      <Table.Th scope="row">
                        <Text size="sm" fw={500}>
                          <PersonLink personId={n.personId}>{n.name}</PersonLink>
                        </Text>
                        {n.email && (
                          <Text size="xs" c="dimmed">
                            {n.email}
                          </Text>
                        )}
                      </Table.Th>
                      <Table.Td>
                        {n.organisationName} ({format.country(n.countryCode)})
                      </Table.Td>
                      <Table.Td>{t(`completion.status.${n.status}`)}</Table.Td>
                      <Table.Td>{format.number(n.nationalHours)}</Table.Td>
                      <Table.Td>{n.jointAttended.length ? n.jointAttended.join(', ') : '–'}</Table.Td>
                      <Table.Td>
                        {format.number(n.assignmentsAccepted)} / {format.number(n.assignmentsRequired)}
                      </Table.Td>
                      <Table.Td>{n.trainedAt ? format.dateTime(n.trainedAt) : '–'}</Table.Td>
                      {withActions && (
                        <Table.Td>
                          {n.canWithdraw && (
                            <WithdrawControl
                              editionId={editionId}
                              personId={n.personId}
                              name={n.name}
                              status={n.status}
                            />
                          )}
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollRegion>
            {moreError && <ErrorAlert error={moreError} />}
            {hasMore && (
              <Button variant="light" loading={loadingMore} onClick={() => void showMore()}>
                {t('cockpit.drill.more')}
              </Button>
            )}
          </>
        )}
      </Stack>
    </Modal>
  );
}
