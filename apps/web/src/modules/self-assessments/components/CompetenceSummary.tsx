import { useSuspenseQuery } from '@apollo/client/react';
import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CompetenceProfileQuery } from '../../competences/graphql/competences';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { useSignedInPerson } from '../../session/session-context';
import { MySelfAssessmentsQuery } from '../graphql/self-assessments';
import { useRoundLabel } from '../hooks/useRoundLabel';
import { areaMeans } from '../progress';

/**
 * The tutor's own competence summary, laid out for printing: the browser's "Save as PDF" makes the
 * PDF (in any of the five languages and scripts, with no fonts to ship in the server).
 */
export function CompetenceSummary() {
  const { t } = useTranslation();
  const format = useFormatter();
  const label = useRoundLabel();
  const person = useSignedInPerson();
  const { data } = useSuspenseQuery(MySelfAssessmentsQuery, { fetchPolicy: 'cache-and-network' });
  const { data: profileData } = useSuspenseQuery(CompetenceProfileQuery, { variables: {} });
  const profile = profileData.competenceProfile;
  const submitted = data.mySelfAssessments.filter((s) => s.status === 'SUBMITTED');
  const rounds = submitted.map((s) => ({ roundKey: label(s.round), ratings: s.ratings }));
  const means = areaMeans(
    rounds,
    profile.areas.map((a) => a.code),
  );
  const levelOf = (roundIndex: number, code: string) =>
    submitted[roundIndex].ratings.find((r) => r.competence.code === code)?.level;
  return (
    <Stack gap="lg" className="print-summary">
      <Group justify="space-between" className="no-print">
        <Text>{t('selfAssessment.summary.intro')}</Text>
        <Button onClick={() => window.print()}>{t('selfAssessment.summary.print')}</Button>
      </Group>
      <Text>
        {t('selfAssessment.summary.preparedFor', {
          name: person.displayName,
          date: format.date(new Date().toISOString().slice(0, 10)),
        })}
      </Text>
      {!submitted.length ? (
        <Paper withBorder p="lg">
          <Text>{t('selfAssessment.progress.none')}</Text>
        </Paper>
      ) : (
        <>
          <Title order={2} size="h3">
            {t('selfAssessment.progress.area')}
          </Title>
          <Table withTableBorder withColumnBorders data-testid="summary-areas">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('selfAssessment.progress.area')}</Table.Th>
                {rounds.map((r) => (
                  <Table.Th scope="col" key={r.roundKey}>
                    {r.roundKey}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {profile.areas.map((a, i) => (
                <Table.Tr key={a.id}>
                  <Table.Th scope="row">{a.title}</Table.Th>
                  {rounds.map((r) => (
                    <Table.Td key={r.roundKey}>
                      {typeof means[i][r.roundKey] === 'number' ? format.number(means[i][r.roundKey] as number) : '–'}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Title order={2} size="h3">
            {t('selfAssessment.progress.competence')}
          </Title>
          <Table withTableBorder withColumnBorders data-testid="summary-competences">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('selfAssessment.progress.competence')}</Table.Th>
                {rounds.map((r) => (
                  <Table.Th scope="col" key={r.roundKey}>
                    {r.roundKey}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {profile.areas.flatMap((a) =>
                a.competences.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Th scope="row">
                      {c.code} {c.title}
                    </Table.Th>
                    {rounds.map((r, i) => (
                      <Table.Td key={r.roundKey}>{levelOf(i, c.code) ?? '–'}</Table.Td>
                    ))}
                  </Table.Tr>
                )),
              )}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
