import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { NationalProgrammeList } from '../modules/national-programmes/components/NationalProgrammeList';

/** `/national-programmes` */
export function NationalProgrammesPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('nationalProgrammes.title')} description={t('nationalProgrammes.intro')} />
      <NationalProgrammeList />
    </>
  );
}
