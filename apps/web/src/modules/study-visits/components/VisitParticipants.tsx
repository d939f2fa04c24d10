import { NativeSelect, Table } from '@mantine/core';
import type { StudyVisitFieldsFragment } from '@tandem/web-graphql';
import { ErrorAlert } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { useSetParticipantStatus } from '../hooks/useStudyVisitActions';
import { PARTICIPANT_STATUSES, isParticipantStatus, participantStatusKey } from '../labels';

/** Who applied, was selected or went; a manager moves each participant on. */
export function VisitParticipants({ visit, canManage }: { visit: StudyVisitFieldsFragment; canManage: boolean }) {
  const { t } = useTranslation();
  const setStatus = useSetParticipantStatus();
  if (visit.participants.length === 0) return <p>{t('toolbox.studyVisits.noParticipants')}</p>;
  return (
    <>
      {setStatus.failure && <ErrorAlert error={setStatus.failure} />}
      <Table data-testid="participants">
        <Table.Caption>{t('toolbox.studyVisits.participantsCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('toolbox.studyVisits.participant')}</Table.Th>
            <Table.Th scope="col">{t('toolbox.studyVisits.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {visit.participants.map((p) => (
            <Table.Tr key={p.person.id}>
              <Table.Th scope="row" fw={500}>
                {p.person.name ?? t('toolbox.studyVisits.nameWithheld')}
              </Table.Th>
              <Table.Td>
                {canManage ? (
                  <NativeSelect
                    aria-label={t('toolbox.studyVisits.statusOf', {
                      name: p.person.name ?? t('toolbox.studyVisits.nameWithheld'),
                    })}
                    value={p.status}
                    disabled={setStatus.loading}
                    onChange={(e) => {
                      const status = e.currentTarget.value;
                      if (isParticipantStatus(status))
                        void setStatus.run({ id: visit.id, personId: p.person.id, status });
                    }}
                    data={PARTICIPANT_STATUSES.map((s) => ({ value: s, label: t(participantStatusKey(s)) }))}
                    maw={200}
                  />
                ) : (
                  t(participantStatusKey(p.status))
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
