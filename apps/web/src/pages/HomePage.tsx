import { SimpleGrid, Stack, Title } from '@mantine/core';
import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { RoleCard } from '../modules/home/components/RoleCard';
import { MyNextStepsPanel } from '../modules/home/components/MyNextStepsPanel';
import { RoleGrantList } from '../modules/home/components/RoleGrantList';
import { WorkQueuePanel } from '../modules/home/components/WorkQueuePanel';
import { WhereWeAreNowPanel } from '../modules/home/components/WhereWeAreNowPanel';
import { heldRoles, may } from '../modules/session/roles';
import { PendingSurveysPanel } from '../modules/surveys/components/PendingSurveysPanel';
import { YouSaidWeDidPanel } from '../modules/evidence/components/YouSaidWeDidPanel';
import { useSignedInPerson } from '../modules/session/session-context';

export function HomePage() {
  const { t } = useTranslation();
  const person = useSignedInPerson();
  const roles = heldRoles(person.roles);
  return (
    <>
      <PageHeader
        title={t('home.greeting', { name: person.givenName || person.displayName })}
        description={t('home.intro')}
      />
      <Stack gap="xl">
        {may(person.roles, 'home.workQueue') && <WorkQueuePanel />}
        {may(person.roles, 'home.nextSteps') && <MyNextStepsPanel />}
        {may(person.roles, 'survey.answer') && <PendingSurveysPanel />}
        {may(person.roles, 'evidence.read') && <YouSaidWeDidPanel />}
        <WhereWeAreNowPanel ownStepsShown={may(person.roles, 'home.nextSteps')} />
        <section aria-labelledby="your-roles">
          <Title order={2} id="your-roles" mb="sm">
            {t('home.rolesTitle')}
          </Title>
          <RoleGrantList grants={person.roles} />
        </section>
        {roles.length > 0 && (
          <section aria-labelledby="what-you-do">
            <Title order={2} id="what-you-do" mb="sm">
              {t('home.whatYouDoTitle')}
            </Title>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
              {roles.map((role) => (
                <RoleCard key={role} role={role} />
              ))}
            </SimpleGrid>
          </section>
        )}
      </Stack>
    </>
  );
}
