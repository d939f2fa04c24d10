import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { ReviewList } from '../modules/assignments/components/ReviewList';
import { navItem } from '../modules/navigation/nav-items';
import { RequireRoles } from '../modules/session/components/RequireRoles';

/** `/reviews`: submissions of the viewer's countries; trainers review, coordinators read. */
export function ReviewsPage() {
  const { t } = useTranslation();
  return (
    <RequireRoles roles={navItem('reviews').roles}>
      <PageHeader title={t('assignments.review.pageTitle')} description={t('assignments.review.pageIntro')} />
      <ReviewList />
    </RequireRoles>
  );
}
