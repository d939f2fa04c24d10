import { Alert, Box } from '@mantine/core';
import { ErrorAlert, type AppError } from '@tandem/web-ui';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * What the last booking or cancellation did, announced to screen readers. It takes the focus on every
 * answer (`attempt` counts them): the button that was pressed turns into a status badge, and the
 * focus would otherwise fall back to the top of the page. Keyed by the attempt, not the status, so a
 * second booking that ends as the first ("Confirmed" twice) moves the focus too.
 */
export function BookingResult({
  failure,
  status,
  attempt,
}: {
  failure: AppError | null;
  status: string | null;
  attempt: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Each answer is a failure or a status: nothing to focus before the first.
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);
  return (
    <Box ref={ref} tabIndex={-1} style={{ outline: 'none' }} data-testid="booking-result-region">
      <BookingOutcome failure={failure} status={status} />
    </Box>
  );
}

function BookingOutcome({ failure, status }: { failure: AppError | null; status: string | null }) {
  const { t } = useTranslation();
  if (failure) {
    const messages: Partial<Record<string, string>> = {
      SESSION_FULL: t('enrolments.errors.SESSION_FULL'),
      TANDEM_REQUIRED: t('enrolments.errors.TANDEM_REQUIRED'),
      ENROLMENT_CLOSED: t('enrolments.errors.ENROLMENT_CLOSED'),
      CONFLICT: t('enrolments.errors.CONFLICT'),
    };
    return <ErrorAlert error={failure} message={messages[failure.code]} />;
  }
  if (status !== 'CONFIRMED' && status !== 'WAITLISTED' && status !== 'CANCELLED') return null;
  return (
    <Alert
      color={status === 'CONFIRMED' ? 'green' : status === 'WAITLISTED' ? 'yellow' : 'gray'}
      role="status"
      data-testid="booking-result"
      data-status={status}
    >
      {t(`enrolments.result.${status}`)}
    </Alert>
  );
}
