import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { AuditLog } from '../modules/audit/components/AuditLog';
import { navItem } from '../modules/navigation/nav-items';
import { RequireRoles } from '../modules/session/components/RequireRoles';

/** `/admin/audit?page=2`: administrators only (the API refuses everyone else regardless). */
export function AuditPage() {
  const { t } = useTranslation();
  return (
    <RequireRoles roles={navItem('auditLog').roles}>
      <PageHeader title={t('audit.title')} description={t('audit.intro')} />
      <AuditLog />
    </RequireRoles>
  );
}
