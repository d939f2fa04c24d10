import { useParams } from 'react-router';
import { NotFoundNotice } from '../modules/errors/components/NotFoundNotice';
import { ResourceDetail } from '../modules/toolbox/components/ResourceDetail';
import { isResourceId } from '../modules/toolbox/labels';

/** `/toolbox/:resourceId` */
export function ResourcePage() {
  const { resourceId } = useParams();
  if (!isResourceId(resourceId)) return <NotFoundNotice />;
  return <ResourceDetail key={resourceId} id={resourceId} />;
}
