import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { navItem } from '../modules/navigation/nav-items';
import { PeerReviewList } from '../modules/peer-reviews/components/PeerReviewList';
import { RequirePermission } from '../modules/session/components/RequirePermission';

/** `/peer-reviews`: the peer reviews of the national programmes (European Peer Review, EQAVET). */
export function PeerReviewsPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission={navItem('peerReviews').permission}>
      <PageHeader title={t('peerReviews.title')} description={t('peerReviews.intro')} />
      <PeerReviewList />
    </RequirePermission>
  );
}
