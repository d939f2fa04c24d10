import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { navItem } from '../modules/navigation/nav-items';
import { RequirePermission } from '../modules/session/components/RequirePermission';
import { HostOffers } from '../modules/study-visits/components/HostOffers';

/** `/host-offers`: placements offered in the network, requests for them and their decisions. */
export function HostOffersPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission={navItem('hostOffers').permission}>
      <PageHeader title={t('toolbox.hostOffers.title')} description={t('toolbox.hostOffers.intro')} />
      <HostOffers />
    </RequirePermission>
  );
}
