import { RequirePermission } from '../modules/session/components/RequirePermission';
import { NewStudyVisit } from '../modules/study-visits/components/NewStudyVisit';

/** `/study-visits/new` */
export function NewStudyVisitPage() {
  return (
    <RequirePermission permission="studyVisit.manage">
      <NewStudyVisit />
    </RequirePermission>
  );
}
