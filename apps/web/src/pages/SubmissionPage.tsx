import { isUuid } from '@tandem/shared-domain';
import { useParams } from 'react-router';
import { SubmissionDetail } from '../modules/assignments/components/SubmissionDetail';
import { NotFoundNotice } from '../modules/errors/components/NotFoundNotice';

/** `/submissions/:submissionId`: one tandem submission, for its partners, the trainers and coordinators of its country. */
export function SubmissionPage() {
  const { submissionId } = useParams();
  if (!isUuid(submissionId)) return <NotFoundNotice />;
  return <SubmissionDetail key={submissionId} submissionId={submissionId} />;
}
