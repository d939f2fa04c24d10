import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { navItem } from '../modules/navigation/nav-items';
import { RequirePermission } from '../modules/session/components/RequirePermission';
import { ScheduleSessionForm } from '../modules/training-sessions/components/ScheduleSessionForm';

/** `/sessions/new`: schedule a session, or a series of the same module. */
export function NewSessionPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission={navItem('agenda').permission}>
      <PageHeader title={t('sessions.schedule.title')} description={t('sessions.schedule.intro')} />
      <ScheduleSessionForm />
    </RequirePermission>
  );
}
