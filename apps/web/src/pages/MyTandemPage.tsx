import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { navItem } from '../modules/navigation/nav-items';
import { RequireRoles } from '../modules/session/components/RequireRoles';
import { MyTandem } from '../modules/tandems/components/MyTandem';

/** `/tandem`: the signed-in tutor's tandem. */
export function MyTandemPage() {
  const { t } = useTranslation();
  return (
    <RequireRoles roles={navItem('myTandem').roles}>
      <PageHeader title={t('tandems.my.title')} description={t('tandems.my.intro')} />
      <MyTandem />
    </RequireRoles>
  );
}
