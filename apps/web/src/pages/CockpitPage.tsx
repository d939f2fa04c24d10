import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { CockpitView } from '../modules/cockpit/components/CockpitView';
import { navItem } from '../modules/navigation/nav-items';
import { RequireRoles } from '../modules/session/components/RequireRoles';

/** `/cockpit`: trained tutors against the edition's target, in the viewer's scope. */
export function CockpitPage() {
  const { t } = useTranslation();
  return (
    <RequireRoles roles={navItem('cockpit').roles}>
      <PageHeader title={t('cockpit.title')} description={t('cockpit.intro')} />
      <CockpitView />
    </RequireRoles>
  );
}
