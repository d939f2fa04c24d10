import { isUuid } from '@tandem/shared-domain';
import { useParams } from 'react-router';
import { NotFoundNotice } from '../modules/errors/components/NotFoundNotice';
import { navItem } from '../modules/navigation/nav-items';
import { PersonRoles } from '../modules/people/components/PersonRoles';
import { RequirePermission } from '../modules/session/components/RequirePermission';

/** `/people/:personId`: a person's roles, granted and revoked in the viewer's scope. */
export function PersonPage() {
  const { personId } = useParams();
  return (
    <RequirePermission permission={navItem('people').permission}>
      {/* A mistyped address is "not found" without asking the server. */}
      {isUuid(personId) ? <PersonRoles key={personId} id={personId} /> : <NotFoundNotice />}
    </RequirePermission>
  );
}
