import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { TutorImport } from '../modules/imports/components/TutorImport';
import { navItem } from '../modules/navigation/nav-items';
import { RequirePermission } from '../modules/session/components/RequirePermission';

/** `/imports/tutors`: coordinators and administrators. */
export function TutorImportPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission={navItem('importTutors').permission}>
      <PageHeader title={t('imports.title')} description={t('imports.intro')} />
      <TutorImport />
    </RequirePermission>
  );
}
