import { isUuid } from '@tandem/shared-domain';
import { useParams } from 'react-router';
import { NotFoundNotice } from '../modules/errors/components/NotFoundNotice';
import { navItem } from '../modules/navigation/nav-items';
import { SelfAssessmentForm } from '../modules/self-assessments/components/SelfAssessmentForm';
import { RequireRoles } from '../modules/session/components/RequireRoles';

/** `/self-assessments/:id`: the tutor's own self-assessment (or their partner's, when shared). */
export function SelfAssessmentPage() {
  const { selfAssessmentId } = useParams();
  if (!isUuid(selfAssessmentId)) return <NotFoundNotice />;
  return (
    <RequireRoles roles={navItem('selfAssessments').roles}>
      <SelfAssessmentForm key={selfAssessmentId} id={selfAssessmentId} />
    </RequireRoles>
  );
}
