import { Anchor, Badge, Table, VisuallyHidden } from '@mantine/core';
import type { NetworkApplicationsQuery } from '@tandem/web-graphql';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { organisationKindKey } from '../../network/labels';
import { networkApplicationPath } from '../application-form';
import { applicationStatusKey } from '../labels';

type QueuedApplication = NetworkApplicationsQuery['networkApplications']['edges'][number]['node'];

const STATUS_COLOURS = { PENDING: 'yellow', APPROVED: 'teal', REJECTED: 'gray' } as const;

/** The applications of the queue's page(s), each linking to its detail. */
export function ApplicationTable({ applications }: { applications: QueuedApplication[] }) {
  const { t } = useTranslation();
  const format = useFormatter();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover verticalSpacing="sm" bg="white" withTableBorder>
        <caption>
          <VisuallyHidden>{t('networkApplication.list.caption')}</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('networkApplication.list.organisation')}</Table.Th>
            <Table.Th scope="col">{t('networkApplication.list.kind')}</Table.Th>
            <Table.Th scope="col">{t('networkApplication.list.country')}</Table.Th>
            <Table.Th scope="col">{t('networkApplication.list.contact')}</Table.Th>
            <Table.Th scope="col">{t('networkApplication.list.received')}</Table.Th>
            <Table.Th scope="col">{t('networkApplication.list.state')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {applications.map((application) => (
            <Table.Tr key={application.id} data-testid="application-row">
              <Table.Th scope="row" fw={500}>
                <Anchor component={Link} to={networkApplicationPath(application.id)}>
                  {application.organisationName}
                </Anchor>
              </Table.Th>
              <Table.Td>{t(organisationKindKey(application.kind))}</Table.Td>
              <Table.Td>
                {format.country(application.country)}, {application.city}
              </Table.Td>
              <Table.Td>
                {application.contactGivenName} {application.contactFamilyName}
              </Table.Td>
              <Table.Td>{format.dateTime(application.createdAt)}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={STATUS_COLOURS[application.status]}>
                  {t(applicationStatusKey(application.status))}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
