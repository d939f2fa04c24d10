import { useParams } from 'react-router';
import { NotFoundNotice } from '../modules/errors/components/NotFoundNotice';
import { StudyVisitDetail } from '../modules/study-visits/components/StudyVisitDetail';
import { isStudyVisitId } from '../modules/study-visits/labels';

/** `/study-visits/:studyVisitId` */
export function StudyVisitPage() {
  const { studyVisitId } = useParams();
  if (!isStudyVisitId(studyVisitId)) return <NotFoundNotice />;
  return <StudyVisitDetail key={studyVisitId} id={studyVisitId} />;
}
