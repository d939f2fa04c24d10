import { isUuid } from '@tandem/shared-domain';
import { useParams } from 'react-router';
import { NotFoundNotice } from '../modules/errors/components/NotFoundNotice';
import { navItem } from '../modules/navigation/nav-items';
import { PeerReviewDetail } from '../modules/peer-reviews/components/PeerReviewDetail';
import { RequirePermission } from '../modules/session/components/RequirePermission';

/** `/peer-reviews/:reviewId` */
export function PeerReviewPage() {
  const { reviewId } = useParams();
  if (!isUuid(reviewId)) return <NotFoundNotice />;
  return (
    <RequirePermission permission={navItem('peerReviews').permission}>
      <PeerReviewDetail key={reviewId} reviewId={reviewId} />
    </RequirePermission>
  );
}
