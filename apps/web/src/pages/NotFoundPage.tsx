import { NotFoundNotice } from '../modules/errors/components/NotFoundNotice';

export function NotFoundPage() {
  return <NotFoundNotice />;
}
