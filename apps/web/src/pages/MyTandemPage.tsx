import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { navItem } from '../modules/navigation/nav-items';
import { RequirePermission } from '../modules/session/components/RequirePermission';
import { MyTandem } from '../modules/tandems/components/MyTandem';

/** `/tandem`: the signed-in tutor's tandem. */
export function MyTandemPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission={navItem('myTandem').permission}>
      <PageHeader title={t('tandems.my.title')} description={t('tandems.my.intro')} />
      <MyTandem />
    </RequirePermission>
  );
}
