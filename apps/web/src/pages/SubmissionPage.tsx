import { useParams } from 'react-router';
import { SubmissionDetail } from '../modules/assignments/components/SubmissionDetail';
import { NotFoundNotice } from '../modules/errors/components/NotFoundNotice';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `/submissions/:submissionId`: one tandem submission, for its partners, the trainers and coordinators of its country. */
export function SubmissionPage() {
  const { submissionId } = useParams();
  if (!submissionId || !UUID.test(submissionId)) return <NotFoundNotice />;
  return <SubmissionDetail key={submissionId} submissionId={submissionId} />;
}
