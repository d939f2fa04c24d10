import { Alert } from '@mantine/core';
import { ErrorAlert, type AppError } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';

/** A CONFLICT on a decision has one of two causes, said in one text; other errors by their code. */
export function DecisionFailure({ error }: { error: AppError }) {
  const { t } = useTranslation();
  if (error.code !== 'CONFLICT') return <ErrorAlert error={error} />;
  return (
    <Alert color="red" role="alert" data-testid="decision-conflict">
      {t('networkApplication.errors.conflict')}
    </Alert>
  );
}
