import { useSuspenseQuery } from '@apollo/client/react';
import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { EditionList } from '../modules/editions/components/EditionList';
import { EditionsQuery } from '../modules/editions/graphql/editions';

export function EditionsPage() {
  const { t } = useTranslation();
  const { data } = useSuspenseQuery(EditionsQuery, { fetchPolicy: 'cache-and-network' });
  return (
    <>
      <PageHeader title={t('editions.title')} description={t('editions.intro')} />
      <EditionList editions={data.editions} />
    </>
  );
}
