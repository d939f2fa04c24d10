import { useParams } from 'react-router';
import { NotFoundNotice } from '../modules/errors/components/NotFoundNotice';
import { ModuleDetail } from '../modules/modules/components/ModuleDetail';
import { isModuleId } from '../modules/modules/module-path';

/** `/modules/:moduleId` (`?edit=1` for its editors) */
export function ModulePage() {
  const { moduleId } = useParams();
  if (!isModuleId(moduleId)) return <NotFoundNotice />;
  return <ModuleDetail key={moduleId} moduleId={moduleId} />;
}
