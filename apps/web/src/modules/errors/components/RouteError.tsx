import { Button, Group } from '@mantine/core';
import { ErrorAlert, PageHeader } from '@tandem/web-ui';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { sessionEvents } from '../../session/session-events';
import { signInPath } from '../../session/sign-in-path';
import { toAppError } from '../to-app-error';
import { ForbiddenNotice } from './ForbiddenNotice';
import { NotFoundNotice } from './NotFoundNotice';

/**
 * What a route's error boundary shows (RouteErrorBoundary): whatever a page threw, explained by its
 * error code in the viewer's language, with the correlation id support needs. UNAUTHENTICATED goes
 * to the sign-in page.
 */
export function RouteError({ error }: { error: unknown }) {
  const location = useLocation();
  const { t } = useTranslation();
  const appError = toAppError(error);
  const unauthenticated = appError.code === 'UNAUTHENTICATED';

  // Logging is React's onCaughtError (reportCaughtError): once per error, not once per render.
  useEffect(() => {
    if (unauthenticated) sessionEvents.expired();
  }, [unauthenticated]);

  if (unauthenticated) return <Navigate to={signInPath(location, 'expired')} replace />;
  if (appError.code === 'NOT_FOUND') return <NotFoundNotice />;
  if (appError.code === 'FORBIDDEN') return <ForbiddenNotice />;

  return (
    <>
      <PageHeader title={t('errors.title')} />
      <ErrorAlert error={appError}>
        <Group gap="sm">
          <Button variant="default" onClick={() => window.location.reload()}>
            {t('errors.reload')}
          </Button>
          <Button component={Link} to="/" variant="subtle">
            {t('errors.goHome')}
          </Button>
        </Group>
      </ErrorAlert>
    </>
  );
}
