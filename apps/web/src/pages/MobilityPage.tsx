import { useParams } from 'react-router';
import { NotFoundNotice } from '../modules/errors/components/NotFoundNotice';
import { navItem } from '../modules/navigation/nav-items';
import { RequirePermission } from '../modules/session/components/RequirePermission';
import { MobilityDetail } from '../modules/study-visits/components/MobilityDetail';
import { isMobilityId } from '../modules/study-visits/labels';

/** `/mobilities/:mobilityId` */
export function MobilityPage() {
  const { mobilityId } = useParams();
  if (!isMobilityId(mobilityId)) return <NotFoundNotice />;
  return (
    <RequirePermission permission={navItem('mobilities').permission}>
      <MobilityDetail key={mobilityId} id={mobilityId} />
    </RequirePermission>
  );
}
