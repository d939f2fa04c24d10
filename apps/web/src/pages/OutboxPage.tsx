import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { navItem } from '../modules/navigation/nav-items';
import { Outbox } from '../modules/outbox/components/Outbox';
import { RequirePermission } from '../modules/session/components/RequirePermission';

/** `/admin/outbox`: administrators, on servers that are not in production. */
export function OutboxPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission={navItem('outbox').permission}>
      <PageHeader title={t('outbox.title')} description={t('outbox.intro')} />
      <Outbox />
    </RequirePermission>
  );
}
