import { isUuid } from '@tandem/shared-domain';
import { useParams } from 'react-router';
import { NotFoundNotice } from '../modules/errors/components/NotFoundNotice';
import { navItem } from '../modules/navigation/nav-items';
import { SelfAssessmentForm } from '../modules/self-assessments/components/SelfAssessmentForm';
import { RequirePermission } from '../modules/session/components/RequirePermission';

/** `/self-assessments/:id`: the tutor's own self-assessment (or their partner's, when shared). */
export function SelfAssessmentPage() {
  const { selfAssessmentId } = useParams();
  if (!isUuid(selfAssessmentId)) return <NotFoundNotice />;
  return (
    <RequirePermission permission={navItem('selfAssessments').permission}>
      <SelfAssessmentForm key={selfAssessmentId} id={selfAssessmentId} />
    </RequirePermission>
  );
}
