import { Anchor, Table, Text, VisuallyHidden } from '@mantine/core';
import type { OrganisationSummaryFragment } from '@tandem/web-graphql';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { organisationKindKey, organisationPath, sectorKey } from '../labels';

/** Organisations by name with kind, city, country and sector; each name links to its page. */
export function OrganisationTable({
  organisations,
  caption,
}: {
  organisations: readonly OrganisationSummaryFragment[];
  caption: string;
}) {
  const { t } = useTranslation();
  const format = useFormatter();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped highlightOnHover verticalSpacing="sm" bg="white" withTableBorder>
        <caption>
          <VisuallyHidden>{caption}</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('network.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('network.columns.kind')}</Table.Th>
            <Table.Th scope="col">{t('network.columns.city')}</Table.Th>
            <Table.Th scope="col">{t('network.columns.country')}</Table.Th>
            <Table.Th scope="col">{t('network.columns.sector')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {organisations.map((organisation) => (
            <Table.Tr key={organisation.id} data-testid="organisation-row">
              <Table.Th scope="row" fw={500}>
                <Anchor component={Link} to={organisationPath(organisation.id)}>
                  {organisation.name}
                </Anchor>
              </Table.Th>
              <Table.Td>{t(organisationKindKey(organisation.kind))}</Table.Td>
              <Table.Td>{organisation.city ?? <NotGiven />}</Table.Td>
              <Table.Td>{format.country(organisation.country)}</Table.Td>
              <Table.Td>{organisation.sector ? t(sectorKey(organisation.sector)) : <NotGiven />}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function NotGiven() {
  const { t } = useTranslation();
  return (
    <Text span c="dimmed" size="sm">
      {t('network.notGiven')}
    </Text>
  );
}
