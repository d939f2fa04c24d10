import { useSuspenseQuery } from '@apollo/client/react';
import { Alert, Paper, Stack, Table, Text } from '@mantine/core';
import { RecordCard, RecordCards, useIsPhone } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { TandemComparisonQuery } from '../graphql/self-assessments';
import { useRoundLabel } from '../hooks/useRoundLabel';

/**
 * School partner vs company partner per competence, biggest differences first, where both shared.
 * On a phone, one card per competence with both levels and the difference labelled.
 */
export function TandemComparison() {
  const { t } = useTranslation();
  const label = useRoundLabel();
  const phone = useIsPhone();
  const { data } = useSuspenseQuery(TandemComparisonQuery, { fetchPolicy: 'cache-and-network' });
  const c = data.tandemComparison;
  if (!c) {
    return (
      <Paper withBorder p="lg">
        <Text>{t('selfAssessment.tandem.none')}</Text>
      </Paper>
    );
  }
  const school = t('selfAssessment.tandem.school', { name: c.schoolTutorName });
  const company = t('selfAssessment.tandem.company', { name: c.companyTutorName });
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('selfAssessment.tandem.round', { round: label(c.round) })}
      </Text>
      {!c.mineShared && <Alert color="blue">{t('selfAssessment.tandem.mineNotShared')}</Alert>}
      {c.mineShared && !c.partnerShared && <Alert color="blue">{t('selfAssessment.tandem.partnerNotShared')}</Alert>}
      {c.rows.length > 0 && phone && (
        <RecordCards aria-label={t('selfAssessment.tandem.title')} data-testid="tandem-comparison">
          {c.rows.map((row) => (
            <RecordCard
              key={row.competence.id}
              data-testid="comparison-row"
              title={`${row.competence.code} ${row.competence.title}`}
              fields={[
                { label: school, value: row.schoolLevel ?? '–' },
                { label: company, value: row.companyLevel ?? '–' },
                { label: t('selfAssessment.tandem.difference'), value: row.difference ?? '–' },
              ]}
            />
          ))}
        </RecordCards>
      )}
      {c.rows.length > 0 && !phone && (
        <Table.ScrollContainer minWidth={560}>
          <Table striped data-testid="tandem-comparison">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('selfAssessment.tandem.competence')}</Table.Th>
                <Table.Th scope="col">{school}</Table.Th>
                <Table.Th scope="col">{company}</Table.Th>
                <Table.Th scope="col">{t('selfAssessment.tandem.difference')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {c.rows.map((row) => (
                <Table.Tr key={row.competence.id} data-testid="comparison-row">
                  <Table.Th scope="row" fw={row.difference ? 600 : 400}>
                    {row.competence.code} {row.competence.title}
                  </Table.Th>
                  <Table.Td>{row.schoolLevel ?? '–'}</Table.Td>
                  <Table.Td>{row.companyLevel ?? '–'}</Table.Td>
                  <Table.Td>{row.difference ?? '–'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
