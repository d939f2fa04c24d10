import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { TutorImport } from '../modules/imports/components/TutorImport';
import { navItem } from '../modules/navigation/nav-items';
import { RequireRoles } from '../modules/session/components/RequireRoles';

/** `/imports/tutors`: coordinators and administrators. */
export function TutorImportPage() {
  const { t } = useTranslation();
  return (
    <RequireRoles roles={navItem('importTutors').roles}>
      <PageHeader title={t('imports.title')} description={t('imports.intro')} />
      <TutorImport />
    </RequireRoles>
  );
}
