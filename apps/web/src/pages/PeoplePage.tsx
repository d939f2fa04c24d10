import { Button, Group } from '@mantine/core';
import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { navItem } from '../modules/navigation/nav-items';
import { PeopleDirectory } from '../modules/people/components/PeopleDirectory';
import { RequirePermission } from '../modules/session/components/RequirePermission';

/** `/people`: the people an administrator or coordinator manages, with their roles. */
export function PeoplePage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission={navItem('people').permission}>
      <PageHeader title={t('people.directory.title')} description={t('people.directory.intro')} />
      <Group mb="md">
        <Button component={Link} to="/people/invite" variant="light">
          {t('nav.invitePeople')}
        </Button>
      </Group>
      <PeopleDirectory />
    </RequirePermission>
  );
}
