import { useParams } from 'react-router';
import { NotFoundNotice } from '../modules/errors/components/NotFoundNotice';
import { OrganisationDetail } from '../modules/network/components/OrganisationDetail';
import { isOrganisationId } from '../modules/network/labels';

/** `/organisations/:organisationId` */
export function OrganisationPage() {
  const { organisationId } = useParams();
  // A mistyped address is "not found" without asking the server.
  if (!isOrganisationId(organisationId)) return <NotFoundNotice />;
  return <OrganisationDetail key={organisationId} id={organisationId} />;
}
