import { Button } from '@mantine/core';
import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundNotice() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('notFound.title')} description={t('notFound.body')} />
      <Button component={Link} to="/" variant="light">
        {t('notFound.home')}
      </Button>
    </>
  );
}
