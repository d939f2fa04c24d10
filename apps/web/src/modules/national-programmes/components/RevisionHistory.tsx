import { Anchor, Badge, Group, Table, Title } from '@mantine/core';
import type { NationalProgrammeDetailFragment } from '@tandem/web-graphql';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { nationalProgrammePath } from '../programme-path';
import { ProgrammeStatusBadge } from './ProgrammeStatusBadge';

/** Every revision of the country's programme, the one shown marked. */
export function RevisionHistory({ programme }: { programme: NationalProgrammeDetailFragment }) {
  const { t } = useTranslation();
  const format = useFormatter();
  return (
    <section aria-labelledby="revision-history">
      <Title order={2} id="revision-history" mb="xs">
        {t('nationalProgrammes.history.title')}
      </Title>
      <Table.ScrollContainer minWidth={560}>
        <Table withTableBorder verticalSpacing="xs" data-testid="programme-revisions">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('nationalProgrammes.revision')}</Table.Th>
              <Table.Th scope="col">{t('nationalProgrammes.statusLabel')}</Table.Th>
              <Table.Th scope="col">{t('nationalProgrammes.submitted')}</Table.Th>
              <Table.Th scope="col">{t('nationalProgrammes.decided')}</Table.Th>
              <Table.Th scope="col">{t('nationalProgrammes.returnComments')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {programme.revisions.map((r) => (
              <Table.Tr
                key={r.id}
                aria-current={r.id === programme.id ? 'true' : undefined}
                bg={r.id === programme.id ? 'baltic.0' : undefined}
              >
                <Table.Th scope="row">
                  {r.id === programme.id ? (
                    t('nationalProgrammes.revisionNumber', {
                      revision: r.revision,
                    })
                  ) : (
                    <Anchor component={Link} to={nationalProgrammePath(r.id)}>
                      {t('nationalProgrammes.revisionNumber', {
                        revision: r.revision,
                      })}
                    </Anchor>
                  )}
                </Table.Th>
                <Table.Td>
                  <Group gap="xs">
                    <ProgrammeStatusBadge status={r.status} />
                    {r.inForce && (
                      <Badge variant="outline" color="teal">
                        {t('nationalProgrammes.inForce')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{r.submittedAt ? format.dateTime(r.submittedAt) : '—'}</Table.Td>
                <Table.Td>
                  {r.decidedAt
                    ? t('nationalProgrammes.byOn', {
                        name: r.decidedByName ?? '—',
                        date: format.dateTime(r.decidedAt),
                      })
                    : '—'}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{r.returnComments ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}
