import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { navItem } from '../modules/navigation/nav-items';
import { RequireRoles } from '../modules/session/components/RequireRoles';
import { TandemsOverview } from '../modules/tandems/components/TandemsOverview';

/** `/tandems?country=&status=&unpaired=`: coordinators, administrators and observers. */
export function TandemsPage() {
  const { t } = useTranslation();
  return (
    <RequireRoles roles={navItem('tandems').roles}>
      <PageHeader title={t('tandems.list.title')} description={t('tandems.list.intro')} />
      <TandemsOverview />
    </RequireRoles>
  );
}
