import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { AuditLog } from '../modules/audit/components/AuditLog';
import { navItem } from '../modules/navigation/nav-items';
import { RequirePermission } from '../modules/session/components/RequirePermission';

/** `/admin/audit?page=2`: administrators only (the API refuses everyone else regardless). */
export function AuditPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission={navItem('auditLog').permission}>
      <PageHeader title={t('audit.title')} description={t('audit.intro')} />
      <AuditLog />
    </RequirePermission>
  );
}
