import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { ReviewList } from '../modules/assignments/components/ReviewList';
import { navItem } from '../modules/navigation/nav-items';
import { RequirePermission } from '../modules/session/components/RequirePermission';

/** `/reviews`: submissions of the viewer's countries; trainers review, coordinators read. */
export function ReviewsPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission={navItem('reviews').permission}>
      <PageHeader title={t('assignments.review.pageTitle')} description={t('assignments.review.pageIntro')} />
      <ReviewList />
    </RequirePermission>
  );
}
