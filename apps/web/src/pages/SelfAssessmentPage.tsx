import { useParams } from 'react-router';
import { NotFoundNotice } from '../modules/errors/components/NotFoundNotice';
import { navItem } from '../modules/navigation/nav-items';
import { SelfAssessmentForm } from '../modules/self-assessments/components/SelfAssessmentForm';
import { RequireRoles } from '../modules/session/components/RequireRoles';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `/self-assessments/:id`: the tutor's own self-assessment (or their partner's, when shared). */
export function SelfAssessmentPage() {
  const { selfAssessmentId } = useParams();
  if (!selfAssessmentId || !UUID.test(selfAssessmentId)) return <NotFoundNotice />;
  return (
    <RequireRoles roles={navItem('selfAssessments').roles}>
      <SelfAssessmentForm key={selfAssessmentId} id={selfAssessmentId} />
    </RequireRoles>
  );
}
