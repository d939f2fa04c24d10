import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { navItem } from '../modules/navigation/nav-items';
import { Outbox } from '../modules/outbox/components/Outbox';
import { RequireRoles } from '../modules/session/components/RequireRoles';

/** `/admin/outbox`: administrators, on servers that are not in production. */
export function OutboxPage() {
  const { t } = useTranslation();
  return (
    <RequireRoles roles={navItem('outbox').roles}>
      <PageHeader title={t('outbox.title')} description={t('outbox.intro')} />
      <Outbox />
    </RequireRoles>
  );
}
