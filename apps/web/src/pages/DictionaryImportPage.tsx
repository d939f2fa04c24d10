import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { GlossaryImport } from '../modules/glossary-import/components/GlossaryImport';
import { RequirePermission } from '../modules/session/components/RequirePermission';

/** `/dictionary/import`: export for every reader is on the dictionary page; this page is for editors. */
export function DictionaryImportPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="glossary.edit">
      <PageHeader title={t('glossaryImport.title')} description={t('glossaryImport.intro')} />
      <GlossaryImport />
    </RequirePermission>
  );
}
