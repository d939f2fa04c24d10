import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { CompetenceProfileView } from '../modules/competences/components/CompetenceProfileView';

/** `/competences`: the published joint competence profile, for everyone signed in. */
export function CompetencesPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('competences.title')} description={t('competences.intro')} />
      <CompetenceProfileView />
    </>
  );
}
