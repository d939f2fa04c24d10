import { useSuspenseQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { PeerReviewsQuery } from '../graphql/peer-reviews';

/** One row per reviewed national programme: its stage, its peers' countries, the visit and the report deadline. */
export function PeerReviewList() {
  const { t } = useTranslation();
  const format = useFormatter();
  const { data } = useSuspenseQuery(PeerReviewsQuery, { fetchPolicy: 'cache-and-network' });
  if (!data.peerReviews.length) return <Text>{t('peerReviews.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table withTableBorder striped verticalSpacing="sm" data-testid="peer-reviews">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('peerReviews.programme')}</Table.Th>
            <Table.Th scope="col">{t('peerReviews.stageLabel')}</Table.Th>
            <Table.Th scope="col">{t('peerReviews.peersFrom')}</Table.Th>
            <Table.Th scope="col">{t('peerReviews.visit.dates')}</Table.Th>
            <Table.Th scope="col">{t('peerReviews.report.due')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.peerReviews.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Th scope="row">
                <Anchor component={Link} to={`/peer-reviews/${r.id}`} fw={600}>
                  {t('peerReviews.ofCountry', { country: format.country(r.countryCode) })}
                </Anchor>
              </Table.Th>
              <Table.Td>
                <Badge variant="light">{t(`peerReviews.stage.${r.stage}`)}</Badge>
              </Table.Td>
              <Table.Td>{r.peers.map((p) => format.country(p.countryCode)).join(', ') || '—'}</Table.Td>
              <Table.Td>
                {r.visitStartsOn && r.visitEndsOn ? format.dateRange(r.visitStartsOn, r.visitEndsOn) : '—'}
              </Table.Td>
              <Table.Td>
                <Group gap="xs">
                  {r.reportDueOn ? format.date(r.reportDueOn) : '—'}
                  {r.reportOverdue && <Badge color="red">{t('peerReviews.report.overdue')}</Badge>}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
