import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { RequirePermission } from '../modules/session/components/RequirePermission';
import { MyProposals } from '../modules/toolbox/components/MyProposals';

/** `/toolbox/my-proposals`: everyone who may propose sees what became of their proposals. */
export function MyProposalsPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="proposal.mine">
      <PageHeader title={t('toolbox.proposals.title')} description={t('toolbox.proposals.intro')} />
      <MyProposals />
    </RequirePermission>
  );
}
