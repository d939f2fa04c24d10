import { useSuspenseQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { useCurrentLocale } from '../../i18n/hooks/useLocale';
import { NationalProgrammesQuery } from '../graphql/national-programmes';
import { nationalProgrammePath } from '../programme-path';
import { ProgrammeStatusBadge } from './ProgrammeStatusBadge';

/** One row per country: the revision the viewer may read, its status and its total hours. */
export function NationalProgrammeList() {
  const { t } = useTranslation();
  const format = useFormatter();
  const locale = useCurrentLocale();
  const { data } = useSuspenseQuery(NationalProgrammesQuery, {
    variables: { language: locale },
    fetchPolicy: 'cache-and-network',
  });
  const programmes = [...data.nationalProgrammes].sort((a, b) => a.countryCode.localeCompare(b.countryCode));
  if (programmes.length === 0) return <Text>{t('nationalProgrammes.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table withTableBorder striped verticalSpacing="sm" data-testid="national-programmes">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('nationalProgrammes.country')}</Table.Th>
            <Table.Th scope="col">{t('nationalProgrammes.statusLabel')}</Table.Th>
            <Table.Th scope="col">{t('nationalProgrammes.revision')}</Table.Th>
            <Table.Th scope="col" style={{ textAlign: 'end' }}>
              {t('nationalProgrammes.totalHours')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {programmes.map((p) => (
            <Table.Tr key={p.id} data-testid="national-programme-row" data-country={p.countryCode}>
              <Table.Th scope="row">
                <Anchor component={Link} to={nationalProgrammePath(p.id)} fw={600}>
                  {t('nationalProgrammes.ofCountry', {
                    country: format.country(p.countryCode),
                  })}
                </Anchor>
              </Table.Th>
              <Table.Td>
                <Group gap="xs">
                  <ProgrammeStatusBadge status={p.status} />
                  {p.inForce && (
                    <Badge variant="outline" color="teal">
                      {t('nationalProgrammes.inForce')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>{format.number(p.revision)}</Table.Td>
              <Table.Td style={{ textAlign: 'end' }}>
                {t('nationalProgrammes.hoursValue', {
                  hours: format.number(p.totalHours),
                })}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
