import { useParams } from 'react-router';
import { NotFoundNotice } from '../modules/errors/components/NotFoundNotice';
import { navItem } from '../modules/navigation/nav-items';
import { isOrganisationId } from '../modules/network/labels';
import { PersonRoles } from '../modules/people/components/PersonRoles';
import { RequireRoles } from '../modules/session/components/RequireRoles';

/** `/people/:personId`: a person's roles, granted and revoked in the viewer's scope. */
export function PersonPage() {
  const { personId } = useParams();
  return (
    <RequireRoles roles={navItem('people').roles}>
      {/* Ids are UUIDs, like organisations': a mistyped address is "not found" without asking the server. */}
      {isOrganisationId(personId) ? <PersonRoles key={personId} id={personId} /> : <NotFoundNotice />}
    </RequireRoles>
  );
}
