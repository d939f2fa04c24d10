import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { navItem } from '../modules/navigation/nav-items';
import { RequirePermission } from '../modules/session/components/RequirePermission';
import { ReviewQueue } from '../modules/toolbox/components/ReviewQueue';

/** `/toolbox/review`: coordinators (their country) and admins (Baltic-wide) decide on proposals. */
export function ToolboxReviewPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission={navItem('toolboxReview').permission}>
      <PageHeader title={t('toolbox.resources.review.title')} description={t('toolbox.resources.review.intro')} />
      <ReviewQueue />
    </RequirePermission>
  );
}
