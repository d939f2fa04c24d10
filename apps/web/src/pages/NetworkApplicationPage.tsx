import { useParams } from 'react-router';
import { NotFoundNotice } from '../modules/errors/components/NotFoundNotice';
import { navItem } from '../modules/navigation/nav-items';
import { ApplicationDetail } from '../modules/network-applications/components/ApplicationDetail';
import { isApplicationId } from '../modules/network-applications/labels';
import { RequirePermission } from '../modules/session/components/RequirePermission';

/** `/network/applications/:applicationId`: one application, to approve or reject. */
export function NetworkApplicationPage() {
  const { applicationId } = useParams();
  return (
    <RequirePermission permission={navItem('networkApplications').permission}>
      {isApplicationId(applicationId) ? (
        <ApplicationDetail key={applicationId} id={applicationId} />
      ) : (
        <NotFoundNotice />
      )}
    </RequirePermission>
  );
}
