import { Anchor, Table, Text } from '@mantine/core';
import type { PersonRecordQuery } from '@tandem/web-graphql';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { tutorSideKey } from '../../network/labels';
import { TandemStatusBadge } from '../../tandems/components/TandemStatusBadge';
import { PersonLink } from './PersonLink';
import { RecordSection } from './RecordSection';

type PersonRecord = PersonRecordQuery['personRecord'];

/** The person's tandems (dissolved ones too), each with the partner. */
export function RecordTandems({ record }: { record: PersonRecord }) {
  const { t } = useTranslation();
  const format = useFormatter();
  return (
    <RecordSection
      id="tandem"
      title={t('personRecord.tandem.title')}
      empty={!record.tandems.length && t('personRecord.tandem.none')}
    >
      <Table.ScrollContainer minWidth={560}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('personRecord.tandem.partner')}</Table.Th>
              <Table.Th scope="col">{t('personRecord.tandem.edition')}</Table.Th>
              <Table.Th scope="col">{t('personRecord.tandem.status')}</Table.Th>
              <Table.Th scope="col">{t('personRecord.tandem.since')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {record.tandems.map((tandem) => (
              <Table.Tr key={tandem.id} data-testid="record-tandem">
                <Table.Td>
                  <PersonLink personId={tandem.partnerId}>{tandem.partnerName}</PersonLink>
                  <Text size="xs" c="dimmed">
                    {[t(tutorSideKey(tandem.side === 'SCHOOL' ? 'COMPANY' : 'SCHOOL')), tandem.partnerOrganisation]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                </Table.Td>
                <Table.Td>{tandem.editionName}</Table.Td>
                <Table.Td>
                  <TandemStatusBadge status={tandem.status} />
                </Table.Td>
                <Table.Td>
                  {tandem.activatedAt ? format.dateTime(tandem.activatedAt) : '–'}
                  {tandem.dissolvedAt && ` – ${format.dateTime(tandem.dissolvedAt)}`}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </RecordSection>
  );
}

/** Every seat the person held, newest first, with the attendance marked for it. */
export function RecordEnrolments({ record }: { record: PersonRecord }) {
  const { t } = useTranslation();
  const format = useFormatter();
  return (
    <RecordSection
      id="enrolments"
      title={t('personRecord.enrolments.title')}
      empty={!record.enrolments.length && t('personRecord.enrolments.none')}
    >
      <Table.ScrollContainer minWidth={640}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('personRecord.enrolments.session')}</Table.Th>
              <Table.Th scope="col">{t('personRecord.enrolments.date')}</Table.Th>
              <Table.Th scope="col">{t('personRecord.enrolments.hours')}</Table.Th>
              <Table.Th scope="col">{t('personRecord.enrolments.booking')}</Table.Th>
              <Table.Th scope="col">{t('personRecord.enrolments.attendance')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {record.enrolments.map((e) => (
              <Table.Tr
                key={`${e.sessionId}-${e.enrolmentStatus}`}
                data-testid="record-enrolment"
                data-attendance={e.attendance ?? ''}
              >
                <Table.Td>
                  <Anchor component={Link} to={`/sessions/${e.sessionId}`}>
                    {e.moduleTitle}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {e.moduleCode} · {t(`sessions.status.${e.sessionStatus}`)}
                  </Text>
                </Table.Td>
                <Table.Td>{format.dateTime(e.startsAt)}</Table.Td>
                <Table.Td>{format.number(e.hours)}</Table.Td>
                <Table.Td>{t(`enrolments.status.${e.enrolmentStatus}`)}</Table.Td>
                <Table.Td>
                  {e.attendance ? t(`enrolments.attendance.${e.attendance}`) : t('personRecord.enrolments.unmarked')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </RecordSection>
  );
}
