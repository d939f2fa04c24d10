import { Alert, List } from '@mantine/core';
import { ErrorAlert } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import type { UploadFailure as Failure } from '../hooks/useTutorUpload';
import { RowErrorTable } from './RowErrorTable';

/** Why a tutor file was refused: too large, unreadable, rows refused, or an error code. */
export function UploadFailure({ failure }: { failure: Failure }) {
  const { t } = useTranslation();
  if (failure.tooLarge) {
    return (
      <Alert color="red" role="alert">
        {t('imports.errors.tooLarge')}
      </Alert>
    );
  }
  if (failure.fileMessages.length) {
    return (
      <Alert color="red" role="alert" title={t('imports.errors.unreadable')}>
        <List size="sm">
          {failure.fileMessages.map((message) => (
            <List.Item key={message}>{message}</List.Item>
          ))}
        </List>
      </Alert>
    );
  }
  if (failure.rowErrors.length) {
    return (
      <>
        <Alert color="red" role="alert">
          {t('imports.errors.rowsRefused')}
        </Alert>
        <RowErrorTable errors={failure.rowErrors} />
      </>
    );
  }
  return <ErrorAlert error={failure.error} />;
}
