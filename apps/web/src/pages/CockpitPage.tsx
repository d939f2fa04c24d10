import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { CockpitView } from '../modules/cockpit/components/CockpitView';
import { navItem } from '../modules/navigation/nav-items';
import { RequirePermission } from '../modules/session/components/RequirePermission';

/** `/cockpit`: trained tutors against the edition's target, in the viewer's scope. */
export function CockpitPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission={navItem('cockpit').permission}>
      <PageHeader title={t('cockpit.title')} description={t('cockpit.intro')} />
      <CockpitView />
    </RequirePermission>
  );
}
