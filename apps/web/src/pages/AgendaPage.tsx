import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { navItem } from '../modules/navigation/nav-items';
import { RequirePermission } from '../modules/session/components/RequirePermission';
import { Agenda } from '../modules/training-sessions/components/Agenda';

/** `/agenda`: the trainer's sessions with seats left and their rosters. */
export function AgendaPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission={navItem('agenda').permission}>
      <PageHeader title={t('sessions.agendaTitle')} description={t('sessions.agendaIntro')} />
      <Agenda />
    </RequirePermission>
  );
}
