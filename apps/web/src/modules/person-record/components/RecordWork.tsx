import { Anchor, Table } from '@mantine/core';
import type { PersonRecordQuery } from '@tandem/web-graphql';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { RecordSection } from './RecordSection';

type PersonRecord = PersonRecordQuery['personRecord'];

/** Per round: taken or not, and when (the ratings stay with the person). */
export function RecordSelfAssessments({ record }: { record: PersonRecord }) {
  const { t } = useTranslation();
  const format = useFormatter();
  return (
    <RecordSection
      id="self-assessments"
      title={t('personRecord.selfAssessments.title')}
      empty={!record.selfAssessments.length && t('personRecord.selfAssessments.none')}
    >
      <Table.ScrollContainer minWidth={520}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('personRecord.selfAssessments.round')}</Table.Th>
              <Table.Th scope="col">{t('personRecord.selfAssessments.open')}</Table.Th>
              <Table.Th scope="col">{t('personRecord.selfAssessments.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {record.selfAssessments.map((r) => (
              <Table.Tr key={r.roundId} data-testid="record-round" data-status={r.status ?? 'NOT_STARTED'}>
                <Table.Td>{t(`selfAssessment.round.${r.kind}`, { number: r.moduleNumber ?? 0 })}</Table.Td>
                <Table.Td>
                  {format.dateTime(r.opensAt)} – {format.dateTime(r.closesAt)}
                </Table.Td>
                <Table.Td>
                  {r.status === 'SUBMITTED' && r.submittedAt
                    ? t('personRecord.selfAssessments.submittedOn', { date: format.dateTime(r.submittedAt) })
                    : r.status === 'DRAFT'
                      ? t('personRecord.selfAssessments.draft')
                      : t('personRecord.selfAssessments.notStarted')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </RecordSection>
  );
}

/** The tandem assignments of the person's modules and where their tandem's work stands. */
export function RecordAssignments({ record }: { record: PersonRecord }) {
  const { t } = useTranslation();
  const format = useFormatter();
  return (
    <RecordSection
      id="assignments"
      title={t('personRecord.assignments.title')}
      empty={!record.assignments.length && t('personRecord.assignments.none')}
    >
      <Table.ScrollContainer minWidth={520}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('personRecord.assignments.assignment')}</Table.Th>
              <Table.Th scope="col">{t('personRecord.assignments.due')}</Table.Th>
              <Table.Th scope="col">{t('personRecord.assignments.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {record.assignments.map((a) => (
              <Table.Tr key={a.assignmentId} data-testid="record-assignment">
                <Table.Td>
                  {a.title} ({a.moduleCode})
                </Table.Td>
                <Table.Td>{format.date(a.dueOn)}</Table.Td>
                <Table.Td>{t(`assignments.status.${a.status ?? 'NOT_STARTED'}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </RecordSection>
  );
}

export function RecordCertificates({ record }: { record: PersonRecord }) {
  const { t } = useTranslation();
  const format = useFormatter();
  return (
    <RecordSection
      id="certificates"
      title={t('personRecord.certificates.title')}
      empty={!record.certificates.length && t('personRecord.certificates.none')}
    >
      <Table.ScrollContainer minWidth={520}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('personRecord.certificates.number')}</Table.Th>
              <Table.Th scope="col">{t('personRecord.certificates.edition')}</Table.Th>
              <Table.Th scope="col">{t('personRecord.certificates.status')}</Table.Th>
              <Table.Th scope="col">{t('personRecord.certificates.issued')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {record.certificates.map((c) => (
              <Table.Tr key={c.id} data-testid="record-certificate">
                <Table.Td>
                  <Anchor component={Link} to={`/verify/${c.publicId}`}>
                    {c.number}
                  </Anchor>
                </Table.Td>
                <Table.Td>{c.editionName}</Table.Td>
                <Table.Td>{t(`certificates.status.${c.status}`)}</Table.Td>
                <Table.Td>{format.dateTime(c.issuedAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </RecordSection>
  );
}
