import { useParams } from 'react-router';
import { NotFoundNotice } from '../modules/errors/components/NotFoundNotice';
import { navItem } from '../modules/navigation/nav-items';
import { ApplicationDetail } from '../modules/network-applications/components/ApplicationDetail';
import { isApplicationId } from '../modules/network-applications/labels';
import { RequireRoles } from '../modules/session/components/RequireRoles';

/** `/network/applications/:applicationId`: one application, to approve or reject. */
export function NetworkApplicationPage() {
  const { applicationId } = useParams();
  return (
    <RequireRoles roles={navItem('networkApplications').roles}>
      {isApplicationId(applicationId) ? (
        <ApplicationDetail key={applicationId} id={applicationId} />
      ) : (
        <NotFoundNotice />
      )}
    </RequireRoles>
  );
}
