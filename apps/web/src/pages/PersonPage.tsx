import { isUuid } from '@tandem/shared-domain';
import { useParams } from 'react-router';
import { NotFoundNotice } from '../modules/errors/components/NotFoundNotice';
import { PersonRecordView } from '../modules/person-record/components/PersonRecordView';

/**
 * `/people/:personId`: a person's record, with the role editor for those who manage roles. Open to
 * every signed-in person (their own record); the API answers FORBIDDEN for others out of scope.
 */
export function PersonPage() {
  const { personId } = useParams();
  // A mistyped address is "not found" without asking the server.
  return isUuid(personId) ? <PersonRecordView key={personId} id={personId} /> : <NotFoundNotice />;
}
