import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { OrganisationDirectory } from '../modules/network/components/OrganisationDirectory';

/** `/organisations?q=&country=&kind=&sector=`: the network directory, for every signed-in person. */
export function OrganisationsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('network.title')} description={t('network.intro')} />
      <OrganisationDirectory />
    </>
  );
}
