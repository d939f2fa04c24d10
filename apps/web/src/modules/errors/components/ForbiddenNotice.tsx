import { Button } from '@mantine/core';
import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function ForbiddenNotice() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('forbidden.title')} description={t('forbidden.body')} />
      <Button component={Link} to="/" variant="light">
        {t('errors.goHome')}
      </Button>
    </>
  );
}
