import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

// The theme picks each colour's shade that keeps white text at 4.5:1 (readable-colors.ts).

const SESSION_COLOURS: Record<string, string> = {
  SCHEDULED: 'blue',
  IN_PROGRESS: 'orange',
  COMPLETED: 'teal',
  CANCELLED: 'gray',
};
const ENROLMENT_COLOURS: Record<string, string> = {
  CONFIRMED: 'teal',
  WAITLISTED: 'grape',
  CANCELLED: 'gray',
};

export function SessionStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Badge color={SESSION_COLOURS[status] ?? 'gray'} variant="filled">
      {t(`sessions.status.${status}`, { defaultValue: status })}
    </Badge>
  );
}

export function EnrolmentStatusBadge({ status, position }: { status: string; position?: number | null }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={ENROLMENT_COLOURS[status] ?? 'gray'}
      variant="filled"

      data-testid="enrolment-status"
      data-status={status}
    >
      {status === 'WAITLISTED' && position
        ? t('enrolments.waitlistedAt', { position })
        : t(`enrolments.status.${status}`, { defaultValue: status })}
    </Badge>
  );
}

const ATTENDANCE_COLOURS: Record<string, string> = {
  PRESENT: 'teal',
  ABSENT: 'red',
  EXCUSED: 'gray',
};

/** What a past enrolment came to for the viewer: attended, absent, excused, or not marked yet. */
export function AttendanceBadge({ status }: { status: string | null }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={status ? (ATTENDANCE_COLOURS[status] ?? 'gray') : 'gray'}
      variant="filled"

      data-testid="enrolment-attendance"
      data-status={status ?? 'UNMARKED'}
    >
      {status ? t(`enrolments.attendance.${status}`, { defaultValue: status }) : t('attendance.unmarked')}
    </Badge>
  );
}
