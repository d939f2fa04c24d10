import { Button } from '@mantine/core';
import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { navItem } from '../modules/navigation/nav-items';
import { may } from '../modules/session/roles';
import { RequirePermission } from '../modules/session/components/RequirePermission';
import { useSignedInPerson } from '../modules/session/session-context';
import { MobilityRegister } from '../modules/study-visits/components/MobilityRegister';

/** `/mobilities?kind=&country=&year=&organisation=`: the mobility register the viewer reads. */
export function MobilitiesPage() {
  const { t } = useTranslation();
  const person = useSignedInPerson();
  return (
    <RequirePermission permission={navItem('mobilities').permission}>
      <PageHeader
        title={t('toolbox.mobilities.title')}
        description={t('toolbox.mobilities.intro')}
        actions={
          may(person.roles, 'mobility.record') && (
            <Button component={Link} to="/mobilities/new">
              {t('toolbox.mobilities.record')}
            </Button>
          )
        }
      />
      <MobilityRegister />
    </RequirePermission>
  );
}
