import { Alert, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, type AppError } from './app-error';

export interface ErrorAlertProps {
  error: Pick<AppError, 'code' | 'retryAfterSeconds' | 'correlationId' | 'details'>;
  /** Defaults to "Something went wrong"; `null` for none. */
  title?: ReactNode;
  /** Replaces the code's general text where the screen knows better (wrong password at sign-in). */
  message?: ReactNode;
  /** Actions such as "Reload the page". */
  children?: ReactNode;
}

/**
 * The translated explanation of an error code, with the correlation id that support can look up
 * in the server logs. Announced to screen readers when it appears (role="alert").
 */
export function ErrorAlert({ error, title, message, children }: ErrorAlertProps) {
  const { t } = useTranslation();
  const { key, values } = errorMessage(error);
  return (
    <Alert color="red" title={title === undefined ? t('errors.title') : title} role="alert">
      <Stack gap="xs">
        <Text size="sm">{message ?? t(key, values)}</Text>
        {error.correlationId && (
          <Text size="sm" style={{ userSelect: 'all' }}>
            {t('errors.correlationId', { id: error.correlationId })}
          </Text>
        )}
        {children}
      </Stack>
    </Alert>
  );
}
