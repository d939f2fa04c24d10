import { useSuspenseQuery } from '@apollo/client/react';
import { Stack } from '@mantine/core';
import { PageHeader, PageSection } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { AuditTrail } from '../../audit/components/AuditTrail';
import { PersonRoles } from '../../people/components/PersonRoles';
import { may } from '../../session/roles';
import { useSignedInPerson } from '../../session/session-context';
import { PersonRecordQuery } from '../graphql/person-record';
import { RecordOverview } from './RecordOverview';
import { RecordEnrolments, RecordTandems } from './RecordParticipation';
import { RecordHistory, RecordHours } from './RecordProgress';
import { RecordAssignments, RecordCertificates, RecordSelfAssessments } from './RecordWork';

/** A person's record, section by section; the role editor below it for those who manage roles. */
export function PersonRecordView({ id }: { id: string }) {
  const { t } = useTranslation();
  const viewer = useSignedInPerson();
  const { data } = useSuspenseQuery(PersonRecordQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const record = data.personRecord;
  return (
    <Stack gap="lg">
      <PageHeader title={record.displayName} description={t('personRecord.description')} />
      <RecordOverview record={record} />
      <RecordTandems record={record} />
      <RecordEnrolments record={record} />
      <RecordHours record={record} />
      <RecordSelfAssessments record={record} />
      <RecordAssignments record={record} />
      <RecordCertificates record={record} />
      <RecordHistory record={record} />
      {may(viewer.roles, 'audit.read') && (
        <PageSection id="record-access-log" title={t('privacy.accessLog.personTitle')}>
          <AuditTrail personId={id} />
        </PageSection>
      )}
      {may(viewer.roles, 'role.manage') && <PersonRoles id={id} embedded />}
    </Stack>
  );
}
