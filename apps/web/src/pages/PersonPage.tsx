import { isUuid } from '@tandem/shared-domain';
import { useParams } from 'react-router';
import { NotFoundNotice } from '../modules/errors/components/NotFoundNotice';
import { navItem } from '../modules/navigation/nav-items';
import { PersonRoles } from '../modules/people/components/PersonRoles';
import { RequireRoles } from '../modules/session/components/RequireRoles';

/** `/people/:personId`: a person's roles, granted and revoked in the viewer's scope. */
export function PersonPage() {
  const { personId } = useParams();
  return (
    <RequireRoles roles={navItem('people').roles}>
      {/* A mistyped address is "not found" without asking the server. */}
      {isUuid(personId) ? <PersonRoles key={personId} id={personId} /> : <NotFoundNotice />}
    </RequireRoles>
  );
}
