import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { navItem } from '../modules/navigation/nav-items';
import { RequireRoles } from '../modules/session/components/RequireRoles';
import { ScheduleSessionForm } from '../modules/training-sessions/components/ScheduleSessionForm';

/** `/sessions/new`: schedule a session, or a series of the same module. */
export function NewSessionPage() {
  const { t } = useTranslation();
  return (
    <RequireRoles roles={navItem('agenda').roles}>
      <PageHeader title={t('sessions.schedule.title')} description={t('sessions.schedule.intro')} />
      <ScheduleSessionForm />
    </RequireRoles>
  );
}
