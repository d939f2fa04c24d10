import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PagedList } from '../../operations/components/PagedList';
import { useReviewQueue } from '../hooks/useToolbox';
import { ResourceList } from './ResourceList';
import { ReviewDecision } from './ReviewDecision';

/** `/toolbox/review`: the proposals of the reviewer's scope, newest first. */
export function ReviewQueue() {
  const { t } = useTranslation();
  const page = useReviewQueue();
  return (
    <section aria-label={t('toolbox.resources.review.queueLabel')}>
      <PagedList page={page} showMoreLabel={t('toolbox.resources.showMore')} retryLabel={t('toolbox.retry')}>
        {(connection) => {
          const resources = connection.edges.map((edge) => edge.node);
          return (
            <>
              <Text fw={500} role="status">
                {t('toolbox.resources.review.total', { count: connection.totalCount })}
              </Text>
              {resources.length === 0 ? (
                <Text>{t('toolbox.resources.review.empty')}</Text>
              ) : (
                <ResourceList resources={resources}>
                  {(resource) => <ReviewDecision resource={resource} />}
                </ResourceList>
              )}
            </>
          );
        }}
      </PagedList>
    </section>
  );
}
