import { useSuspenseQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { DetailItem, ErrorAlert, PageHeader, PageSection } from '@tandem/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { may } from '../../session/roles';
import { useSignedInPerson } from '../../session/session-context';
import { StudyVisitQuery } from '../graphql/study-visits';
import { useApplyToStudyVisit, useUpdateStudyVisit } from '../hooks/useStudyVisitActions';
import { euro, participantStatusKey } from '../labels';
import { StudyVisitForm, studyVisitFormValues, toStudyVisitInput } from './StudyVisitForm';
import { VisitParticipants } from './VisitParticipants';
import { VisitReport } from './VisitReport';

/** `/study-visits/:id`: host, dates, agenda, participants, applying and the shared report. */
export function StudyVisitDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const person = useSignedInPerson();
  const { data } = useSuspenseQuery(StudyVisitQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const visit = data.studyVisit;
  const apply = useApplyToStudyVisit();
  const canApply = may(person.roles, 'studyVisit.apply');
  // Participants are selected by the organising country's coordinators (canEdit), or by any
  // coordinator for a visit of the whole programme; the API checks the same.
  const canManage = may(person.roles, 'studyVisit.manage') && (visit.canEdit || !visit.organisedByCountry);
  const days = [...new Set(visit.agenda.map((a) => a.day))].sort();
  const [editing, setEditing] = useState(false);
  const update = useUpdateStudyVisit();

  return (
    <>
      <Anchor component={Link} to="/study-visits" size="sm" mb="xs" display="inline-block">
        ← {t('toolbox.studyVisits.back')}
      </Anchor>
      <PageHeader
        title={visit.title}
        description={`${format.country(visit.hostCountry)} · ${format.dateRange(visit.startsOn, visit.endsOn)}`}
        actions={
          <Group gap="sm">
            {visit.canEdit && !editing && (
              <Button variant="default" onClick={() => setEditing(true)}>
                {t('toolbox.studyVisits.plan.edit')}
              </Button>
            )}
            {canApply && !visit.myStatus && (
              <Button loading={apply.loading} onClick={() => void apply.run({ id: visit.id })}>
                {t('toolbox.studyVisits.apply')}
              </Button>
            )}
          </Group>
        }
      />
      <Stack gap="lg">
        {editing && (
          <PageSection id="visit-edit" title={t('toolbox.studyVisits.plan.edit')}>
            <StudyVisitForm
              initial={studyVisitFormValues(visit)}
              submitLabel={t('toolbox.studyVisits.plan.save')}
              saving={update.loading}
              failure={update.failure}
              onCancel={() => setEditing(false)}
              onSubmit={(values) =>
                void update.run({ id: visit.id, input: toStudyVisitInput(values) }).then((done) => {
                  if (done) setEditing(false);
                })
              }
            />
          </PageSection>
        )}
        {apply.failure && <ErrorAlert error={apply.failure} />}
        {visit.myStatus && (
          <Alert color="teal" role="status" data-testid="my-status">
            {t('toolbox.studyVisits.myStatus', { status: t(participantStatusKey(visit.myStatus)) })}
          </Alert>
        )}
        <PageSection id="visit-about" title={t('toolbox.studyVisits.about')}>
          <SimpleGrid component="dl" cols={{ base: 1, sm: 3 }} spacing="md" m={0}>
            <DetailItem term={t('toolbox.studyVisits.hostCountry')}>{format.country(visit.hostCountry)}</DetailItem>
            <DetailItem term={t('toolbox.studyVisits.hosts')}>{visit.hostOrganisations.join(', ') || '—'}</DetailItem>
            <DetailItem term={t('toolbox.studyVisits.dates')}>
              {format.dateRange(visit.startsOn, visit.endsOn)}
            </DetailItem>
          </SimpleGrid>
          {visit.description && <Text mt="md">{visit.description}</Text>}
        </PageSection>
        {visit.budget.length > 0 && (
          <PageSection id="visit-budget" title={t('toolbox.studyVisits.budget')}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('toolbox.studyVisits.plan.budgetItem')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('toolbox.studyVisits.plan.amountEur')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {visit.budget.map((b, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>{b.label}</Table.Td>
                    <Table.Td ta="right">{euro(format.locale, b.amount)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr>
                  <Table.Th scope="row">{t('toolbox.studyVisits.plan.total')}</Table.Th>
                  <Table.Td ta="right" fw={600} data-testid="visit-budget-total">
                    {euro(format.locale, visit.budgetTotal)}
                  </Table.Td>
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </PageSection>
        )}
        <PageSection id="visit-agenda" title={t('toolbox.studyVisits.agenda')}>
          {days.length === 0 && <Text c="dimmed">{t('toolbox.studyVisits.noAgenda')}</Text>}
          <Stack gap="md">
            {days.map((day) => (
              <Table key={day} data-testid="agenda-day">
                <Table.Caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600 }}>
                  {format.date(day)}
                </Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col" w={100}>
                      {t('toolbox.studyVisits.time')}
                    </Table.Th>
                    <Table.Th scope="col">{t('toolbox.studyVisits.item')}</Table.Th>
                    <Table.Th scope="col">{t('toolbox.studyVisits.place')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {visit.agenda
                    .filter((a) => a.day === day)
                    .map((a, i) => (
                      <Table.Tr key={i}>
                        <Table.Td>{a.time ?? '—'}</Table.Td>
                        <Table.Td>{a.title}</Table.Td>
                        <Table.Td>{a.place ?? '—'}</Table.Td>
                      </Table.Tr>
                    ))}
                </Table.Tbody>
              </Table>
            ))}
          </Stack>
        </PageSection>
        <PageSection id="visit-participants" title={t('toolbox.studyVisits.participants')}>
          <Group mb="sm" gap="xs">
            {visit.participants.length > 0 && (
              <Badge variant="light" color="baltic.9">
                {t('toolbox.studyVisits.participantCount', { count: visit.participants.length })}
              </Badge>
            )}
          </Group>
          <VisitParticipants visit={visit} canManage={canManage} />
        </PageSection>
        <PageSection id="visit-report" title={t('toolbox.studyVisits.report')}>
          <VisitReport visit={visit} viewerId={person.id} />
        </PageSection>
      </Stack>
    </>
  );
}
