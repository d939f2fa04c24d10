import { Anchor, Button, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { TandemListItemFragment } from '@tandem/web-graphql';
import { RecordCard, RecordCards, useIsPhone } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { organisationPath } from '../../network/labels';
import { TandemStatusBadge } from './TandemStatusBadge';
import { PersonLink } from '../../person-record/components/PersonLink';

function TutorCell({ tutor }: { tutor: TandemListItemFragment['schoolTutor'] }) {
  return (
    <Stack gap={0}>
      <Text fw={500}>
        <PersonLink personId={tutor.id}>{tutor.displayName}</PersonLink>
      </Text>
      <Anchor component={Link} to={organisationPath(tutor.organisation.id)} size="sm">
        {tutor.organisation.name}
      </Anchor>
    </Stack>
  );
}

interface Props {
  tandems: readonly TandemListItemFragment[];
  onDissolve?: (tandem: TandemListItemFragment) => void;
}

/**
 * Tandems with both partners, status and when they were formed; "Dissolve" where the viewer may.
 * On a phone, one card per tandem with "Dissolve" in full view.
 */
export function TandemTable({ tandems, onDissolve }: Props) {
  const { t } = useTranslation();
  const format = useFormatter();
  const phone = useIsPhone();
  const withActions = !!onDissolve && tandems.some((tandem) => tandem.canDissolve);
  const created = (tandem: TandemListItemFragment) => (
    <time dateTime={tandem.createdAt}>{format.dateTime(tandem.createdAt)}</time>
  );
  const dissolveButton = (tandem: TandemListItemFragment) =>
    onDissolve && tandem.canDissolve && tandem.status !== 'DISSOLVED' ? (
      <Button
        variant="default"
        size="xs"
        onClick={() => onDissolve(tandem)}
        aria-label={t('tandems.dissolve.buttonLabel', {
          school: tandem.schoolTutor.displayName,
          company: tandem.companyTutor.displayName,
        })}
      >
        {t('tandems.dissolve.button')}
      </Button>
    ) : null;
  if (phone)
    return (
      <RecordCards aria-label={t('tandems.list.caption')} data-testid="tandem-table">
        {tandems.map((tandem) => (
          <RecordCard
            key={tandem.id}
            data-testid="tandem-row"
            data-status={tandem.status}
            title={t('tandems.list.names', {
              school: tandem.schoolTutor.displayName,
              company: tandem.companyTutor.displayName,
            })}
            fields={[
              { label: t('tandems.list.columns.school'), value: <TutorCell tutor={tandem.schoolTutor} /> },
              { label: t('tandems.list.columns.company'), value: <TutorCell tutor={tandem.companyTutor} /> },
              { label: t('tandems.list.columns.status'), value: <TandemStatusBadge status={tandem.status} /> },
              { label: t('tandems.list.columns.created', { zone: format.timeZone }), value: created(tandem) },
            ]}
            actions={dissolveButton(tandem)}
          />
        ))}
      </RecordCards>
    );
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover verticalSpacing="sm" bg="white" withTableBorder data-testid="tandem-table">
        <caption>
          <VisuallyHidden>{t('tandems.list.caption')}</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('tandems.list.columns.school')}</Table.Th>
            <Table.Th scope="col">{t('tandems.list.columns.company')}</Table.Th>
            <Table.Th scope="col">{t('tandems.list.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('tandems.list.columns.created', { zone: format.timeZone })}</Table.Th>
            {withActions && (
              <Table.Th scope="col">
                <VisuallyHidden>{t('tandems.list.columns.actions')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tandems.map((tandem) => (
            <Table.Tr key={tandem.id} data-testid="tandem-row" data-status={tandem.status}>
              <Table.Td>
                <TutorCell tutor={tandem.schoolTutor} />
              </Table.Td>
              <Table.Td>
                <TutorCell tutor={tandem.companyTutor} />
              </Table.Td>
              <Table.Td>
                <TandemStatusBadge status={tandem.status} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{created(tandem)}</Table.Td>
              {withActions && <Table.Td>{dissolveButton(tandem)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
