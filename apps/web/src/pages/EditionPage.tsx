import { useParams } from 'react-router';
import { EditionDetail } from '../modules/editions/components/EditionDetail';
import { isEditionId } from '../modules/editions/edition-path';
import { NotFoundNotice } from '../modules/errors/components/NotFoundNotice';

/** `/editions/:editionId` */
export function EditionPage() {
  const { editionId } = useParams();
  // A mistyped address is "not found" without asking the server.
  if (!isEditionId(editionId)) return <NotFoundNotice />;
  return <EditionDetail key={editionId} editionId={editionId} />;
}
