import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { navItem } from '../modules/navigation/nav-items';
import { RequirePermission } from '../modules/session/components/RequirePermission';
import { TandemsOverview } from '../modules/tandems/components/TandemsOverview';

/** `/tandems?country=&status=&unpaired=`: coordinators, administrators and observers. */
export function TandemsPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission={navItem('tandems').permission}>
      <PageHeader title={t('tandems.list.title')} description={t('tandems.list.intro')} />
      <TandemsOverview />
    </RequirePermission>
  );
}
