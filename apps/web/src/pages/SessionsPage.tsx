import { Stack, Title } from '@mantine/core';
import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { may } from '../modules/session/roles';
import { useSignedInPerson } from '../modules/session/session-context';
import { MyEnrolments } from '../modules/training-sessions/components/MyEnrolments';
import { OpenSessions } from '../modules/training-sessions/components/OpenSessions';

/** `/sessions`: the sessions open to the viewer and, for tutors, their own enrolments. */
export function SessionsPage() {
  const { t } = useTranslation();
  const person = useSignedInPerson();
  const tutor = may(person.roles, 'tutor.self');
  return (
    <Stack gap="lg">
      <PageHeader title={t('sessions.title')} description={t('sessions.intro')} />
      {tutor && (
        <section aria-labelledby="my-enrolments-title">
          <Title order={2} size="h3" id="my-enrolments-title" mb="sm">
            {t('enrolments.myTitle')}
          </Title>
          <MyEnrolments />
        </section>
      )}
      <section aria-labelledby="open-sessions-title">
        <Title order={2} size="h3" id="open-sessions-title" mb="sm">
          {t('sessions.openTitle')}
        </Title>
        <OpenSessions />
      </section>
    </Stack>
  );
}
