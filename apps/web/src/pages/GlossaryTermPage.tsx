import { useParams } from 'react-router';
import { TermDetail } from '../modules/dictionary/components/TermDetail';
import { isGlossaryTermId } from '../modules/dictionary/labels';
import { NotFoundNotice } from '../modules/errors/components/NotFoundNotice';

/** `/dictionary/:termId` */
export function GlossaryTermPage() {
  const { termId } = useParams();
  if (!isGlossaryTermId(termId)) return <NotFoundNotice />;
  return <TermDetail key={termId} id={termId} />;
}
